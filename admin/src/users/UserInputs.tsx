import {
  BooleanInput,
  PasswordInput,
  SelectInput,
  TextInput,
  email,
  minLength,
  required,
} from 'react-admin'
import { roleChoices } from '../common/choices'
import { omitWhenEmpty } from '../common/parse'

const requiredPassword = [required(), minLength(12)]
const optionalPassword = [minLength(12)]

/** Shared by create and edit; on edit an empty password keeps the current one. */
export const UserInputs = ({ isNew }: { isNew: boolean }) => (
  <>
    <TextInput source="name" validate={required()} />
    <TextInput source="email" type="email" validate={[required(), email()]} />
    <SelectInput source="role" choices={roleChoices} validate={required()} />
    <BooleanInput source="active" />
    <PasswordInput
      source="password"
      autoComplete="new-password"
      validate={isNew ? requiredPassword : optionalPassword}
      parse={omitWhenEmpty}
      helperText={isNew ? 'app.user.passwordCreate' : 'app.user.passwordEdit'}
    />
  </>
)
