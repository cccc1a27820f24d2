import {
  AutocompleteInput,
  DataTable,
  List,
  ReferenceField,
  ReferenceInput,
  SelectField,
} from 'react-admin'
import { ListActions } from '../common/ListActions'
import { memberKindChoices } from '../common/choices'

const filters = [
  <ReferenceInput key="networkId" source="networkId" reference="networks" alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
  <ReferenceInput key="userId" source="userId" reference="users">
    <AutocompleteInput />
  </ReferenceInput>,
]

export const MemberList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'networkId', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="id" />
      <DataTable.Col source="networkId">
        <ReferenceField source="networkId" reference="networks" />
      </DataTable.Col>
      <DataTable.Col source="userId" disableSort>
        <ReferenceField source="userId" reference="users" />
      </DataTable.Col>
      <DataTable.Col source="kind" disableSort>
        <SelectField source="kind" choices={memberKindChoices} />
      </DataTable.Col>
    </DataTable>
  </List>
)
