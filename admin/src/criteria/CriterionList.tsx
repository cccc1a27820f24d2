import { BooleanField, DataTable, List, NullableBooleanInput, ReferenceField } from 'react-admin'
import { ListActions } from '../common/ListActions'
import { planPartFilters } from '../common/planPartFilters'

const filters = [...planPartFilters, <NullableBooleanInput key="knockout" source="knockout" />]

export const CriterionList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'position', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="id" />
      <DataTable.Col source="planId" disableSort>
        <ReferenceField source="planId" reference="plans" />
      </DataTable.Col>
      <DataTable.Col source="title" disableSort />
      <DataTable.NumberCol source="weight" disableSort />
      <DataTable.Col source="knockout" disableSort>
        <BooleanField source="knockout" />
      </DataTable.Col>
      <DataTable.NumberCol source="position" />
    </DataTable>
  </List>
)
