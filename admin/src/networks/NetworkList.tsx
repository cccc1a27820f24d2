import { BooleanField, DataTable, List, SearchInput, TextArrayField } from 'react-admin'
import { ListActions } from '../common/ListActions'
import { ResidentShareField } from './ResidentShareField'

const filters = [<SearchInput key="q" source="q" alwaysOn />]

export const NetworkList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'name', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="id" />
      <DataTable.Col source="name" />
      <DataTable.Col source="area" disableSort />
      <DataTable.Col source="postcodes" disableSort>
        <TextArrayField source="postcodes" />
      </DataTable.Col>
      <DataTable.NumberCol source="memberCount" disableSort />
      <DataTable.Col source="residentShare" disableSort>
        <ResidentShareField />
      </DataTable.Col>
      <DataTable.Col source="mayDecide" disableSort>
        <BooleanField source="mayDecide" />
      </DataTable.Col>
    </DataTable>
  </List>
)
