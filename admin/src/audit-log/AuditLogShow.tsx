import { ReferenceField, Show, SimpleShowLayout } from 'react-admin'
import { LocalDateField } from '../common/LocalDateField'
import { ActionField } from './ActionField'
import { ActorField } from './ActorField'
import { ChangesField } from './ChangesField'
import { EntityField } from './EntityField'

export const AuditLogShow = () => (
  <Show>
    <SimpleShowLayout>
      <LocalDateField source="at" showTime />
      <ActorField source="actorName" />
      <ActionField source="action" />
      <EntityField source="entity" />
      <ReferenceField source="networkId" reference="networks" emptyText="—" />
      <ChangesField source="changes" />
    </SimpleShowLayout>
  </Show>
)
