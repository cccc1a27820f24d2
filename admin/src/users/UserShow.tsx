import {
  BooleanField,
  EditButton,
  EmailField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin'
import { LocalDateField } from '../common/LocalDateField'
import { Section } from '../common/Section'
import { roleChoices } from '../common/choices'
import { AddLinkedButton } from '../common/AddLinkedButton'
import { SeatsTable } from '../members/SeatsTable'

const Actions = () => (
  <TopToolbar>
    <EditButton />
  </TopToolbar>
)

export const UserShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <EmailField source="email" />
      <SelectField source="role" choices={roleChoices} />
      <BooleanField source="active" />
      <LocalDateField source="createdAt" showTime />
    </SimpleShowLayout>
    <Section
      title="resources.users.fields.seats"
      actions={<AddLinkedButton resource="members" link="userId" label="app.user.addSeat" />}
    >
      <SeatsTable of="userId" />
    </Section>
  </Show>
)
