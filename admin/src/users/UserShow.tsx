import {
  BooleanField,
  EmailField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin'
import { LocalDateField } from '../common/LocalDateField'
import { Section } from '../common/Section'
import { roleChoices } from '../common/choices'
import { AddLinkedButton } from '../common/AddLinkedButton'
import { SeatsTable } from '../members/SeatsTable'
import { HistorySection } from '../common/HistorySection'

export const UserShow = () => (
  <Show>
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
    <HistorySection />
  </Show>
)
