import { Create, SimpleForm } from 'react-admin'
import { NetworkInputs } from './NetworkInputs'

export const NetworkCreate = () => (
  <Create mutationMode="pessimistic" redirect="show">
    <SimpleForm defaultValues={{ postcodes: [] }}>
      <NetworkInputs />
    </SimpleForm>
  </Create>
)
