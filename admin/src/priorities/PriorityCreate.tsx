import { AutocompleteInput, Create, ReferenceInput, SimpleForm, required } from 'react-admin'
import { toPlan } from '../common/planRedirect'
import { PriorityInputs } from './PriorityInputs'

export const PriorityCreate = () => (
  <Create mutationMode="pessimistic" redirect={toPlan}>
    <SimpleForm>
      <ReferenceInput source="planId" reference="plans" filter={{ status: 'draft' }}>
        <AutocompleteInput validate={required()} />
      </ReferenceInput>
      <PriorityInputs />
    </SimpleForm>
  </Create>
)
