import { Edit, SimpleForm } from 'react-admin'
import { UserInputs } from './UserInputs'

export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <UserInputs isNew={false} />
    </SimpleForm>
  </Edit>
)
