import { Create, type RedirectionSideEffect, SimpleForm } from 'react-admin'
import { MemberInputs } from './MemberInputs'

/** A seat is added from its network's page (mostly), so go back there to see the new share. */
const toNetwork: RedirectionSideEffect = (_resource, _id, data) =>
  `networks/${data?.networkId}/show`

export const MemberCreate = () => (
  <Create mutationMode="pessimistic" redirect={toNetwork}>
    <SimpleForm defaultValues={{ kind: 'resident' }}>
      <MemberInputs isNew />
    </SimpleForm>
  </Create>
)
