import { DataTable, List, SelectInput, TopToolbar } from 'react-admin'
import { EuroField } from '../common/EuroField'
import { LocalDateField, calendarDay } from '../common/LocalDateField'
import { payoutBatchStatusChoices } from '../common/choices'
import { NewBatchButton } from './NewBatchButton'
import { PayoutBatchStatusField } from './PayoutBatchStatusField'
import { useFigureLabels } from './useFigureLabels'

const filters = [
  <SelectInput key="status" source="status" choices={payoutBatchStatusChoices} alwaysOn />,
]

const day = { ...calendarDay, month: 'short' } as const

const Actions = () => (
  <TopToolbar>
    <NewBatchButton />
  </TopToolbar>
)

export const PayoutBatchList = () => {
  const labels = useFigureLabels()
  return (
    <List filters={filters} actions={<Actions />} sort={{ field: 'id', order: 'DESC' }}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="id" />
        <DataTable.Col source="executionDate">
          <LocalDateField source="executionDate" options={day} />
        </DataTable.Col>
        <DataTable.Col source="count" label={labels.count} disableSort align="right" />
        <DataTable.Col source="totalCents" label={labels.totalCents} disableSort align="right">
          <EuroField source="totalCents" />
        </DataTable.Col>
        <DataTable.Col source="status" disableSort>
          <PayoutBatchStatusField />
        </DataTable.Col>
        <DataTable.Col source="exportedAt" disableSort>
          <LocalDateField source="exportedAt" showTime emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="paidOn" disableSort>
          <LocalDateField source="paidOn" options={day} emptyText="—" />
        </DataTable.Col>
      </DataTable>
    </List>
  )
}
