import { Typography } from '@mui/material'
import {
  DataTable,
  Pagination,
  ReferenceManyField,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin'
import { Section } from '../common/Section'
import { DeliveryNotice } from './DeliveryNotice'
import { MessageBody } from './MessageBody'
import { messageColumns } from './messageColumns'

const NoMessages = () => {
  const translate = useTranslate()
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('resources.messages.empty')}
    </Typography>
  )
}

/**
 * On an application's page: what the applicant (and the coordinators, about it) were sent or will
 * be, newest first; a row opens to its text. Only for those who read the outbox.
 */
export const MessagesSection = () => {
  const record = useRecordContext()
  const { canAccess } = useCanAccess({ resource: 'messages', action: 'list' })
  if (!record || !canAccess) return null
  return (
    <Section title="resources.applications.sections.messages">
      <DeliveryNotice />
      <ReferenceManyField
        reference="messages"
        target="applicationId"
        sort={{ field: 'createdAt', order: 'DESC' }}
        perPage={10}
        pagination={<Pagination rowsPerPageOptions={[10, 25]} />}
        empty={<NoMessages />}
      >
        <DataTable rowClick="expand" expand={<MessageBody />} bulkActionButtons={false}>
          {messageColumns()}
        </DataTable>
      </ReferenceManyField>
    </Section>
  )
}
