import { ReferenceField, SelectField, Show, SimpleShowLayout } from 'react-admin'
import { memberKindChoices } from '../common/choices'
import { HistorySection } from '../common/HistorySection'

export const MemberShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="networkId" reference="networks" />
      <ReferenceField source="userId" reference="users" />
      <SelectField source="kind" choices={memberKindChoices} />
    </SimpleShowLayout>
    <HistorySection />
  </Show>
)
