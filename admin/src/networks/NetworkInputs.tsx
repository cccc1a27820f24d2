import { TextArrayInput, TextInput, required } from 'react-admin'

export const NetworkInputs = () => (
  <>
    <TextInput source="name" validate={required()} />
    <TextInput source="area" validate={required()} multiline />
    <TextArrayInput source="postcodes" helperText="app.network.postcodesHelp" />
  </>
)
