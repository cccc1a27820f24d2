import { Typography } from '@mui/material'
import type { MouseEvent } from 'react'
import {
  Link,
  useCreatePath,
  useRecordContext,
  useResourceDefinitions,
  useTranslate,
} from 'react-admin'
import type { AuditEntry } from '../types'

/** What the entry is about: the entity in words and its number, linked when the panel has it. */
export const EntityField = (_props: { source?: string }) => {
  const entry = useRecordContext<AuditEntry>()
  const translate = useTranslate()
  const createPath = useCreatePath()
  const resources = useResourceDefinitions()
  if (!entry) return null
  const name = translate(`resources.${entry.entity}.name`, { smart_count: 1, _: entry.entity })
  if (entry.entityId === null) return <Typography variant="body2">{name}</Typography>
  const label = `${name} #${entry.entityId}`
  if (!resources[entry.entity]?.hasShow) return <Typography variant="body2">{label}</Typography>
  return (
    <Link
      to={createPath({ resource: entry.entity, id: entry.entityId, type: 'show' })}
      onClick={(event: MouseEvent) => event.stopPropagation()}
    >
      {label}
    </Link>
  )
}
