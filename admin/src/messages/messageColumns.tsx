import { DataTable, SelectField, TextField } from 'react-admin'
import { LocalDateField } from '../common/LocalDateField'
import { messageKindChoices } from '../common/choices'
import { MessageStatusField } from './MessageStatusField'

/**
 * A message's own columns, in the list and on the application's page. An array, not a component:
 * DataTable counts its children for the loading skeleton's columns.
 */
export const messageColumns = ({ sortCreated = false }: { sortCreated?: boolean } = {}) => [
  <DataTable.Col key="createdAt" source="createdAt" disableSort={!sortCreated}>
    <LocalDateField source="createdAt" showTime />
  </DataTable.Col>,
  <DataTable.Col key="kind" source="kind" disableSort>
    <SelectField source="kind" choices={messageKindChoices} />
  </DataTable.Col>,
  <DataTable.Col key="subject" source="subject" disableSort />,
  <DataTable.Col key="toAddress" source="toAddress" disableSort>
    <TextField source="toAddress" emptyText="—" />
  </DataTable.Col>,
  <DataTable.Col key="status" source="status" disableSort>
    <MessageStatusField />
  </DataTable.Col>,
  <DataTable.Col key="sentAt" source="sentAt" disableSort>
    <LocalDateField source="sentAt" showTime emptyText="—" />
  </DataTable.Col>,
]
