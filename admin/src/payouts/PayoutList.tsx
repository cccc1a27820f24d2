import {
  AutocompleteInput,
  DataTable,
  DateInput,
  List,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  SelectField,
  SelectInput,
} from 'react-admin'
import { ListActions } from '../common/ListActions'
import { LocalDateField, calendarDay } from '../common/LocalDateField'
import { payoutKindChoices, payoutStatusChoices } from '../common/choices'
import { PayoutAmountField } from './PayoutAmountField'
import { PayoutStatusField } from './PayoutStatusField'
import { PayoutSumsBar } from './PayoutSumsBar'
import { payoutExporter } from './payoutExporter'

const filters = [
  <SelectInput key="status" source="status" choices={payoutStatusChoices} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={payoutKindChoices} alwaysOn />,
  <DateInput key="dueOn_lte" source="dueOn_lte" alwaysOn />,
  <ReferenceInput key="networkId" source="networkId" reference="networks">
    <AutocompleteInput />
  </ReferenceInput>,
  <ReferenceInput key="planId" source="planId" reference="plans">
    <AutocompleteInput />
  </ReferenceInput>,
  <NumberInput key="batchId" source="batchId" min={1} step={1} />,
]

const day = { ...calendarDay, month: 'short' } as const

// Sortable are exactly the API's sort fields (dueOn, amountCents, id); it refuses others.
export const PayoutList = () => (
  <List
    filters={filters}
    actions={<ListActions exportLabel="resources.payouts.exportCsv" />}
    exporter={payoutExporter}
    sort={{ field: 'dueOn', order: 'ASC' }}
  >
    <PayoutSumsBar />
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="reference" disableSort cellSx={() => ({ whiteSpace: 'nowrap' })} />
      <DataTable.Col source="title" disableSort />
      <DataTable.Col source="kind" disableSort>
        <SelectField source="kind" choices={payoutKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="amountCents" align="right">
        <PayoutAmountField />
      </DataTable.Col>
      <DataTable.Col source="dueOn">
        <LocalDateField source="dueOn" options={day} />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort>
        <PayoutStatusField />
      </DataTable.Col>
      <DataTable.Col source="batchId" disableSort>
        <ReferenceField source="batchId" reference="payout-batches" emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </List>
)
