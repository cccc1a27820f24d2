import {
  BooleanField,
  CreateButton,
  DataTable,
  EditButton,
  EmailField,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin'
import { LocalDateField } from '../common/LocalDateField'
import { Section } from '../common/Section'
import { memberKindChoices, roleChoices } from '../common/choices'
import type { User } from '../types'

const AddSeatButton = () => {
  const user = useRecordContext<User>()
  if (!user) return null
  return (
    <CreateButton
      resource="members"
      label="app.user.addSeat"
      state={{ record: { userId: user.id } }}
    />
  )
}

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
    <Section title="resources.users.fields.seats" actions={<AddSeatButton />}>
      <ReferenceManyField
        reference="members"
        target="userId"
        sort={{ field: 'networkId', order: 'ASC' }}
        perPage={100}
      >
        <DataTable bulkActionButtons={false} rowClick="show">
          <DataTable.Col source="networkId" disableSort>
            <ReferenceField source="networkId" reference="networks" />
          </DataTable.Col>
          <DataTable.Col source="kind" disableSort>
            <SelectField source="kind" choices={memberKindChoices} />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Section>
  </Show>
)
