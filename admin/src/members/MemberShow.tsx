import { ReferenceField, SelectField, Show, SimpleShowLayout } from 'react-admin'
import { memberKindChoices } from '../common/choices'

export const MemberShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="networkId" reference="networks" />
      <ReferenceField source="userId" reference="users" />
      <SelectField source="kind" choices={memberKindChoices} />
    </SimpleShowLayout>
  </Show>
)
