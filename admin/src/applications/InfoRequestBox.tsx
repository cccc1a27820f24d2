import { Alert, AlertTitle } from '@mui/material'
import { TextField, useRecordContext, useTranslate } from 'react-admin'
import { FieldGrid } from '../common/FieldGrid'
import { LocalDateField, calendarDay } from '../common/LocalDateField'
import type { Application } from '../types'

/** While the applicant is asked for more: what was asked, when, and until when. */
export const InfoRequestBox = () => {
  const application = useRecordContext<Application>()
  const translate = useTranslate()
  if (application?.status !== 'info_requested') return null
  return (
    <Alert
      severity="info"
      sx={{ mt: 2, '& .MuiAlert-message': { flex: 1 } }}
      data-testid="info-request"
    >
      <AlertTitle>{translate('resources.applications.infoRequested')}</AlertTitle>
      <FieldGrid>
        <LocalDateField source="infoRequestedAt" showTime />
        <LocalDateField source="infoDueOn" options={calendarDay} />
        <TextField source="infoRequest" fullWidth sx={{ whiteSpace: 'pre-wrap' }} />
      </FieldGrid>
    </Alert>
  )
}
