import { Typography } from '@mui/material'
import { type FieldProps, useFieldValue, useLocaleState } from 'react-admin'
import { formatFileSize } from './fileSize'

/** A size in bytes as kB or MB. */
export const FileSizeField = (props: FieldProps) => {
  const bytes = useFieldValue(props)
  const [locale] = useLocaleState()
  if (typeof bytes !== 'number') return null
  return (
    <Typography component="span" variant="body2">
      {formatFileSize(bytes, locale)}
    </Typography>
  )
}
