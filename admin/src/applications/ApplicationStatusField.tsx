import { Chip, type ChipProps } from '@mui/material'
import { useRecordContext, useTranslate } from 'react-admin'
import type { Application, ApplicationStatus } from '../types'

/** Waiting on staff stands out; waiting on the applicant warns; outcomes read as such. */
const statusColor: Record<ApplicationStatus, ChipProps['color']> = {
  draft: 'default',
  submitted: 'info',
  info_requested: 'warning',
  awarded: 'success',
  rejected: 'error',
  withdrawn: 'default',
  reported: 'primary',
  settled: 'secondary',
}

/** The application's status as a coloured chip, in words. */
export const ApplicationStatusField = (_props: { source?: string }) => {
  const application = useRecordContext<Application>()
  const translate = useTranslate()
  if (!application) return null
  return (
    <Chip
      size="small"
      sx={{ alignSelf: 'flex-start' }}
      data-testid="application-status"
      color={statusColor[application.status]}
      label={translate(`resources.applications.status.${application.status}`)}
    />
  )
}
