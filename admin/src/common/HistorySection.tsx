import { Typography } from '@mui/material'
import {
  DataTable,
  type Identifier,
  ListBase,
  Pagination,
  useCanAccess,
  useRecordContext,
  useResourceContext,
  useTranslate,
} from 'react-admin'
import { ActionField } from '../audit-log/ActionField'
import { ActorField } from '../audit-log/ActorField'
import { ChangesField } from '../audit-log/ChangesField'
import { EntityField } from '../audit-log/EntityField'
import type { AuditEntry } from '../types'
import { LocalDateField } from './LocalDateField'
import { Section } from './Section'

/** The API path of a record's history, read with the list protocol like any resource. */
export const historyResource = (resource: string, id: Identifier) => `${resource}/${id}/history`

const NoHistory = () => {
  const translate = useTranslate()
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('app.history.empty')}
    </Typography>
  )
}

/** A related record's entry (an attachment, a payout) names that record; the record's own do not. */
const SubjectField = ({ resource, id }: { resource: string; id: Identifier }) => {
  const entry = useRecordContext<AuditEntry>()
  if (!entry || (entry.entity === resource && String(entry.entityId) === String(id))) return null
  return <EntityField />
}

const label = (field: string) => `resources.audit-log.fields.${field}`

/**
 * The audit entries of the record on this page and its parts, newest first: who, when, what and
 * every change as old → new. The API masks what the reader may not see; it is shown as received.
 * Hidden for roles that may not read the history (reviewers; finance outside payments).
 */
export const HistorySection = () => {
  const record = useRecordContext()
  const resource = useResourceContext()
  const { canAccess } = useCanAccess({ resource, action: 'history' })
  if (!record || !resource || !canAccess) return null
  return (
    <Section title="app.history.title">
      <ListBase
        resource={historyResource(resource, record.id)}
        sort={{ field: 'at', order: 'DESC' }}
        perPage={10}
        disableSyncWithLocation
        storeKey={false}
      >
        <DataTable rowClick={false} bulkActionButtons={false} empty={<NoHistory />}>
          <DataTable.Col source="at" label={label('at')} disableSort>
            <LocalDateField source="at" showTime />
          </DataTable.Col>
          <DataTable.Col source="actorName" label={label('actorName')} disableSort>
            <ActorField />
          </DataTable.Col>
          <DataTable.Col source="action" label={label('action')} disableSort>
            <ActionField />
            <SubjectField resource={resource} id={record.id} />
          </DataTable.Col>
          <DataTable.Col source="changes" label={label('changes')} disableSort>
            <ChangesField />
          </DataTable.Col>
        </DataTable>
        <Pagination rowsPerPageOptions={[10, 25, 50]} />
      </ListBase>
    </Section>
  )
}
