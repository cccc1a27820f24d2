import { Edit, SimpleForm } from 'react-admin'
import { NetworkInputs } from './NetworkInputs'

export const NetworkEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <NetworkInputs />
    </SimpleForm>
  </Edit>
)
