import { Alert, AlertTitle, Box } from '@mui/material'
import { useRecordContext, useTranslate } from 'react-admin'
import type { Application } from '../types'

/** The API's soft warnings (already in the reader's language), shown only when there are any. */
export const ApplicationWarnings = () => {
  const application = useRecordContext<Application>()
  const translate = useTranslate()
  if (!application?.warnings?.length) return null
  return (
    <Alert severity="warning" sx={{ mb: 2 }} data-testid="application-warnings">
      <AlertTitle>{translate('resources.applications.warningsTitle')}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 3 }}>
        {application.warnings.map(({ field, message }) => (
          <li key={`${field}:${message}`}>{message}</li>
        ))}
      </Box>
    </Alert>
  )
}
