import {
  AutocompleteInput,
  DataTable,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SelectInput,
} from 'react-admin'
import { ListActions } from '../common/ListActions'
import { LocalDateField } from '../common/LocalDateField'
import { reviewStatusChoices } from '../common/choices'
import { ReviewStatusField } from './ReviewStatusField'
import { TotalField } from './TotalField'

const day = { day: 'numeric', month: 'short', year: 'numeric' } as const

const filters = [
  <ReferenceInput key="applicationId" source="applicationId" reference="applications" alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
  <ReferenceInput key="networkId" source="networkId" reference="networks">
    <AutocompleteInput />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={reviewStatusChoices} />,
  <NullableBooleanInput key="conflictOfInterest" source="conflictOfInterest" />,
]

/** Every review in the coordinator's (or admin's) networks, to follow the panel's progress. */
export const PanelReviewList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'updatedAt', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="applicationId" disableSort>
        <ReferenceField source="applicationId" reference="applications" />
      </DataTable.Col>
      <DataTable.Col source="reviewerName" disableSort />
      <DataTable.Col source="status" disableSort>
        <ReviewStatusField />
      </DataTable.Col>
      <DataTable.Col source="total">
        <TotalField />
      </DataTable.Col>
      <DataTable.Col source="submittedAt">
        <LocalDateField source="submittedAt" options={day} emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </List>
)
