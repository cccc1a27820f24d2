import {
  AutocompleteInput,
  DataTable,
  List,
  NumberField,
  ReferenceField,
  ReferenceInput,
} from 'react-admin'
import { EuroField } from '../common/EuroField'
import { ListActions } from '../common/ListActions'
import { LocalDateField, calendarDay } from '../common/LocalDateField'

const filters = [
  <ReferenceInput key="networkId" source="networkId" reference="networks" alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
]

const day = { ...calendarDay, month: 'short' } as const

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
      <DataTable.Col source="submittedAt">
        <LocalDateField source="submittedAt" showTime />
      </DataTable.Col>
      <DataTable.Col source="participantsReached" disableSort align="right">
        <NumberField source="participantsReached" />
      </DataTable.Col>
      <DataTable.Col source="actualCostsCents" disableSort align="right">
        <EuroField source="actualCostsCents" />
      </DataTable.Col>
      <DataTable.Col source="settledCents" disableSort align="right">
        <EuroField source="settledCents" />
      </DataTable.Col>
      <DataTable.Col source="settledOn" disableSort>
        <LocalDateField source="settledOn" options={day} emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </List>
)
