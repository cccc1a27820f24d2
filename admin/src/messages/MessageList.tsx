import {
  AutocompleteInput,
  DataTable,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
} from 'react-admin'
import { ListActions } from '../common/ListActions'
import { messageKindChoices, messageStatusChoices } from '../common/choices'
import { DeliveryNotice } from './DeliveryNotice'
import { MessageBody } from './MessageBody'
import { messageColumns } from './messageColumns'

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={messageStatusChoices} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={messageKindChoices} />,
  <ReferenceInput key="networkId" source="networkId" reference="networks">
    <AutocompleteInput />
  </ReferenceInput>,
]

// Sortable is exactly what the API sorts on (createdAt, id); it refuses other fields.
export const MessageList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'createdAt', order: 'DESC' }}>
    <DeliveryNotice />
    <DataTable rowClick="show" expand={<MessageBody />} bulkActionButtons={false}>
      <DataTable.Col source="applicationId" disableSort>
        <ReferenceField source="applicationId" reference="applications" emptyText="—" />
      </DataTable.Col>
      {messageColumns({ sortCreated: true })}
    </DataTable>
  </List>
)
