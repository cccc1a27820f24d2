import {
  AutocompleteInput,
  DataTable,
  List,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
} from 'react-admin'
import { ListActions } from '../common/ListActions'
import { EuroField } from '../common/EuroField'
import { planStatusChoices } from '../common/choices'

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="networkId" source="networkId" reference="networks" alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
  <NumberInput key="year" source="year" step={1} />,
  <SelectInput key="status" source="status" choices={planStatusChoices} />,
]

export const PlanList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'year', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="year" />
      <DataTable.Col source="title" disableSort />
      <DataTable.Col source="networkId">
        <ReferenceField source="networkId" reference="networks" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <SelectField source="status" choices={planStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="budgetCents" disableSort>
        <EuroField source="budgetCents" />
      </DataTable.Col>
      <DataTable.Col source="budgetRemainingCents" disableSort>
        <EuroField source="budgetRemainingCents" />
      </DataTable.Col>
      <DataTable.NumberCol source="weightTotal" disableSort />
    </DataTable>
  </List>
)
