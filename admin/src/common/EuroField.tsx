import { Typography } from '@mui/material'
import { type FieldProps, useFieldValue, useLocaleState } from 'react-admin'
import { formatEuros } from './money'

/** Shows an amount stored in integer cents as euros. */
export const EuroField = (props: FieldProps) => {
  const cents = useFieldValue(props)
  const [locale] = useLocaleState()
  if (typeof cents !== 'number') return null
  return (
    <Typography component="span" variant="body2">
      {formatEuros(cents, locale)}
    </Typography>
  )
}
