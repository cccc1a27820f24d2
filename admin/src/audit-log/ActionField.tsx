import { Typography } from '@mui/material'
import { useRecordContext, useTranslate } from 'react-admin'
import type { AuditEntry } from '../types'

/** The action in words where the panel knows it, else as the API names it. */
export const ActionField = (_props: { source?: string }) => {
  const entry = useRecordContext<AuditEntry>()
  const translate = useTranslate()
  if (!entry) return null
  return (
    <Typography component="span" variant="body2">
      {translate(`app.auditAction.${entry.action}`, { _: entry.action })}
    </Typography>
  )
}
