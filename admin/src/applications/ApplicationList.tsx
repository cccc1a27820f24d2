import {
  AutocompleteInput,
  BooleanInput,
  DataTable,
  DateInput,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
} from 'react-admin'
import { EuroField } from '../common/EuroField'
import { ListActions } from '../common/ListActions'
import { LocalDateField, calendarDay } from '../common/LocalDateField'
import { applicationStatusChoices, dueChoices } from '../common/choices'
import { ApplicationStatusField } from './ApplicationStatusField'

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={applicationStatusChoices} alwaysOn />,
  <SelectInput key="due" source="due" choices={dueChoices} alwaysOn />,
  <ReferenceInput key="networkId" source="networkId" reference="networks">
    <AutocompleteInput />
  </ReferenceInput>,
  <ReferenceInput key="planId" source="planId" reference="plans">
    <AutocompleteInput />
  </ReferenceInput>,
  <ReferenceInput key="priorityId" source="priorityId" reference="priorities">
    <AutocompleteInput />
  </ReferenceInput>,
  <DateInput key="submittedAt_gte" source="submittedAt_gte" />,
  <DateInput key="submittedAt_lte" source="submittedAt_lte" />,
  <BooleanInput key="removalRequested" source="removalRequested" />,
]

// Submission is a moment: shown as the reader's day. The decision date is a calendar day.
const day = { day: 'numeric', month: 'short', year: 'numeric' } as const

// Sortable are exactly the API's sort fields; it refuses others.
export const ApplicationList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'submittedAt', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="reference" cellSx={() => ({ whiteSpace: 'nowrap' })} />
      <DataTable.Col source="title" />
      <DataTable.Col source="networkId" disableSort>
        <ReferenceField source="networkId" reference="networks" />
      </DataTable.Col>
      <DataTable.Col source="planId" disableSort>
        <ReferenceField source="planId" reference="plans" />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort>
        <ApplicationStatusField />
      </DataTable.Col>
      <DataTable.Col source="requestedCents" align="right">
        <EuroField source="requestedCents" />
      </DataTable.Col>
      <DataTable.Col source="submittedAt">
        <LocalDateField source="submittedAt" options={day} />
      </DataTable.Col>
      <DataTable.Col source="decisionDueOn">
        <LocalDateField source="decisionDueOn" options={{ ...calendarDay, month: 'short' }} />
      </DataTable.Col>
    </DataTable>
  </List>
)
