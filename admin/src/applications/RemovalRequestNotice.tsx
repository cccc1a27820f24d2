import { Alert, AlertTitle, Typography } from '@mui/material'
import { useRecordContext, useTranslate } from 'react-admin'
import { FieldGrid } from '../common/FieldGrid'
import { LocalDateField, calendarDay } from '../common/LocalDateField'
import type { Application } from '../types'

/**
 * The applicant asked through their private link for their data to be removed, or retention has
 * erased it: when, and when the personal data goes or went. Nothing is deleted by hand.
 */
export const RemovalRequestNotice = () => {
  const application = useRecordContext<Application>()
  const translate = useTranslate()
  if (!application?.removalRequestedAt && !application?.anonymisedAt) return null
  const anonymised = Boolean(application.anonymisedAt)
  return (
    <Alert
      severity={anonymised ? 'info' : 'warning'}
      sx={{ mt: 2, '& .MuiAlert-message': { flex: 1 } }}
      data-testid="removal-request"
    >
      <AlertTitle>
        {translate(
          anonymised
            ? 'resources.applications.removal.anonymised'
            : 'resources.applications.removal.requested',
        )}
      </AlertTitle>
      {!anonymised && (
        <Typography variant="body2" sx={{ mb: 1 }}>
          {translate('resources.applications.removal.kept')}
        </Typography>
      )}
      <FieldGrid>
        {application.removalRequestedAt && <LocalDateField source="removalRequestedAt" showTime />}
        <LocalDateField source="closedOn" options={calendarDay} emptyText="—" />
        {anonymised ? (
          <LocalDateField source="anonymisedAt" showTime />
        ) : (
          <LocalDateField
            source="personalDataDueOn"
            options={calendarDay}
            emptyText="resources.applications.removal.whenClosed"
          />
        )}
      </FieldGrid>
    </Alert>
  )
}
