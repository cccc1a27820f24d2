import { Edit, SimpleForm } from 'react-admin'
import { MemberInputs } from './MemberInputs'

export const MemberEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <MemberInputs isNew={false} />
    </SimpleForm>
  </Edit>
)
