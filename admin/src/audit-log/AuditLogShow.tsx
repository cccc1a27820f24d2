import { DateField, ReferenceField, Show, SimpleShowLayout } from 'react-admin'
import { ActionField } from './ActionField'
import { ActorField } from './ActorField'
import { ChangesField } from './ChangesField'
import { EntityField } from './EntityField'

export const AuditLogShow = () => (
  <Show>
    <SimpleShowLayout>
      <DateField source="at" showTime />
      <ActorField source="actorName" />
      <ActionField source="action" />
      <EntityField source="entity" />
      <ReferenceField source="networkId" reference="networks" emptyText="—" />
      <ChangesField source="changes" />
    </SimpleShowLayout>
  </Show>
)
