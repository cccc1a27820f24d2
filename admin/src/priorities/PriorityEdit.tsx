import { Edit, Labeled, ReferenceField, SimpleForm } from 'react-admin'
import { toPlan } from '../common/planRedirect'
import { PriorityInputs } from './PriorityInputs'

export const PriorityEdit = () => (
  <Edit mutationMode="pessimistic" redirect={toPlan}>
    <SimpleForm>
      <Labeled>
        <ReferenceField source="planId" reference="plans" />
      </Labeled>
      <PriorityInputs />
    </SimpleForm>
  </Edit>
)
