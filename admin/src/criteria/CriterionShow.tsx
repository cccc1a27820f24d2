import {
  BooleanField,
  NumberField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin'
import { HistorySection } from '../common/HistorySection'

export const CriterionShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="planId" reference="plans" />
      <ReferenceField source="networkId" reference="networks" />
      <TextField source="title" />
      <TextField source="description" />
      <NumberField source="weight" />
      <BooleanField source="knockout" />
      <NumberField source="position" />
    </SimpleShowLayout>
    <HistorySection />
  </Show>
)
