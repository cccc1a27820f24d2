import { Typography } from '@mui/material'
import { useRecordContext, useTranslate } from 'react-admin'
import type { AuditEntry } from '../types'

/** Who did it: the staff member's name, or the kind of actor (applicant, system). */
export const ActorField = (_props: { source?: string }) => {
  const entry = useRecordContext<AuditEntry>()
  const translate = useTranslate()
  if (!entry) return null
  return (
    <Typography component="span" variant="body2">
      {entry.actorName ?? translate(`app.actorType.${entry.actorType}`, { _: entry.actorType })}
    </Typography>
  )
}
