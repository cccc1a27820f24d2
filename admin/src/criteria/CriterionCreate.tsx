import { AutocompleteInput, Create, ReferenceInput, SimpleForm, required } from 'react-admin'
import { toPlan } from '../common/planRedirect'
import { CriterionInputs } from './CriterionInputs'

export const CriterionCreate = () => (
  <Create mutationMode="pessimistic" redirect={toPlan}>
    <SimpleForm defaultValues={{ knockout: false }}>
      <ReferenceInput source="planId" reference="plans" filter={{ status: 'draft' }}>
        <AutocompleteInput validate={required()} />
      </ReferenceInput>
      <CriterionInputs />
    </SimpleForm>
  </Create>
)
