import { DataTable, NumberField } from 'react-admin'
import { EuroField } from '../common/EuroField'
import { LocalDateField, calendarDay } from '../common/LocalDateField'

const day = { ...calendarDay, month: 'short' } as const

/**
 * A report's own columns, in the list and on the application's page. An array, not a component:
 * DataTable counts its children for the loading skeleton's columns.
 */
export const reportColumns = ({ sortSubmitted = false }: { sortSubmitted?: boolean } = {}) => [
  <DataTable.Col key="submittedAt" source="submittedAt" disableSort={!sortSubmitted}>
    <LocalDateField source="submittedAt" showTime />
  </DataTable.Col>,
  <DataTable.Col key="participantsReached" source="participantsReached" disableSort align="right">
    <NumberField source="participantsReached" />
  </DataTable.Col>,
  <DataTable.Col key="actualCostsCents" source="actualCostsCents" disableSort align="right">
    <EuroField source="actualCostsCents" />
  </DataTable.Col>,
  <DataTable.Col key="settledCents" source="settledCents" disableSort align="right">
    <EuroField source="settledCents" />
  </DataTable.Col>,
  <DataTable.Col key="settledOn" source="settledOn" disableSort>
    <LocalDateField source="settledOn" options={day} emptyText="—" />
  </DataTable.Col>,
]
