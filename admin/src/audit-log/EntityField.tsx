import { Typography } from '@mui/material'
import { useRecordContext, useTranslate } from 'react-admin'
import type { AuditEntry } from '../types'

/** What the entry is about: the entity's name in the panel's language, and its number. */
export const EntityField = (_props: { source?: string }) => {
  const entry = useRecordContext<AuditEntry>()
  const translate = useTranslate()
  if (!entry) return null
  const name = translate(`resources.${entry.entity}.name`, { smart_count: 1, _: entry.entity })
  return (
    <Typography component="span" variant="body2">
      {entry.entityId === null ? name : `${name} #${entry.entityId}`}
    </Typography>
  )
}
