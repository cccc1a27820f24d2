import { DataTable, List, ReferenceField } from 'react-admin'
import { ListActions } from '../common/ListActions'
import { planPartFilters } from '../common/planPartFilters'

export const PriorityList = () => (
  <List
    filters={planPartFilters}
    actions={<ListActions />}
    sort={{ field: 'position', order: 'ASC' }}
  >
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
