import {
  AutocompleteInput,
  DataTable,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
} from 'react-admin'
import { ListActions } from '../common/ListActions'

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="planId" source="planId" reference="plans" alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
  <ReferenceInput key="networkId" source="networkId" reference="networks">
    <AutocompleteInput />
  </ReferenceInput>,
]

export const PriorityList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'position', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="id" />
      <DataTable.Col source="planId" disableSort>
        <ReferenceField source="planId" reference="plans" />
      </DataTable.Col>
      <DataTable.Col source="title" disableSort />
      <DataTable.Col source="description" disableSort />
      <DataTable.NumberCol source="position" />
    </DataTable>
  </List>
)
