import { DataTable } from 'react-admin'

/** A plan's priorities, read-only: on its show page and once it is published. */
export const PriorityTable = () => (
  <DataTable bulkActionButtons={false} rowClick={false}>
    <DataTable.NumberCol source="position" disableSort />
    <DataTable.Col source="title" disableSort />
    <DataTable.Col source="description" disableSort />
  </DataTable>
)
