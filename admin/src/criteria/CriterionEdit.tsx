import { Edit, Labeled, ReferenceField, SimpleForm } from 'react-admin'
import { toPlan } from '../common/planRedirect'
import { CriterionInputs } from './CriterionInputs'

export const CriterionEdit = () => (
  <Edit mutationMode="pessimistic" redirect={toPlan}>
    <SimpleForm>
      <Labeled>
        <ReferenceField source="planId" reference="plans" />
      </Labeled>
      <CriterionInputs />
    </SimpleForm>
  </Edit>
)
