import { Create, SimpleForm } from 'react-admin'
import { UserInputs } from './UserInputs'

export const UserCreate = () => (
  <Create mutationMode="pessimistic" redirect="show">
    <SimpleForm defaultValues={{ active: true }}>
      <UserInputs isNew />
    </SimpleForm>
  </Create>
)
