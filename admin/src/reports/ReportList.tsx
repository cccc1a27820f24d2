import { AutocompleteInput, DataTable, List, ReferenceField, ReferenceInput } from 'react-admin'
import { ListActions } from '../common/ListActions'
import { reportColumns } from './reportColumns'

const filters = [
  <ReferenceInput key="networkId" source="networkId" reference="networks" alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
]

// Sortable are exactly the API's sort fields (submittedAt, id); it refuses others.
export const ReportList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'submittedAt', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="applicationId" disableSort>
        <ReferenceField source="applicationId" reference="applications" />
      </DataTable.Col>
      <DataTable.Col source="networkId" disableSort>
        <ReferenceField source="networkId" reference="networks" />
      </DataTable.Col>
      {reportColumns({ sortSubmitted: true })}
    </DataTable>
  </List>
)
