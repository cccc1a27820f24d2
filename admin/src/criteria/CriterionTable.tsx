import { BooleanField, DataTable } from 'react-admin'

/** A plan's criteria, read-only: on its show page and once it is published. */
export const CriterionTable = () => (
  <DataTable bulkActionButtons={false} rowClick={false}>
    <DataTable.NumberCol source="position" disableSort />
    <DataTable.Col source="title" disableSort />
    <DataTable.Col source="description" disableSort />
    <DataTable.NumberCol source="weight" disableSort />
    <DataTable.Col source="knockout" disableSort>
      <BooleanField source="knockout" />
    </DataTable.Col>
  </DataTable>
)
