import { Box } from '@mui/material'
import {
  CreateButton,
  DataTable,
  EditButton,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextArrayField,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin'
import { EuroField } from '../common/EuroField'
import { Section } from '../common/Section'
import { memberKindChoices, planStatusChoices } from '../common/choices'
import type { Network } from '../types'
import { ResidentShareBanner } from './ResidentShareBanner'

/** Opens a create form for a record of another resource, already linked to this network. */
const AddButton = ({ resource, label }: { resource: string; label: string }) => {
  const network = useRecordContext<Network>()
  if (!network) return null
  return (
    <CreateButton resource={resource} label={label} state={{ record: { networkId: network.id } }} />
  )
}

const Actions = () => (
  <TopToolbar>
    <EditButton />
  </TopToolbar>
)

export const NetworkShow = () => (
  <Show actions={<Actions />}>
    <Box sx={{ px: 2, pt: 2 }}>
      <ResidentShareBanner />
    </Box>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="area" />
      <TextArrayField source="postcodes" />
    </SimpleShowLayout>
    <Section
      title="resources.networks.fields.members"
      actions={<AddButton resource="members" label="app.network.addMember" />}
    >
      <ReferenceManyField
        reference="members"
        target="networkId"
        sort={{ field: 'id', order: 'ASC' }}
        perPage={100}
      >
        <DataTable bulkActionButtons={false} rowClick="show">
          <DataTable.Col source="userId" disableSort>
            <ReferenceField source="userId" reference="users" />
          </DataTable.Col>
          <DataTable.Col source="kind" disableSort>
            <SelectField source="kind" choices={memberKindChoices} />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Section>
    <Section
      title="resources.networks.fields.plans"
      actions={<AddButton resource="plans" label="app.network.addPlan" />}
    >
      <ReferenceManyField
        reference="plans"
        target="networkId"
        sort={{ field: 'year', order: 'DESC' }}
        perPage={100}
      >
        <DataTable bulkActionButtons={false} rowClick="show">
          <DataTable.Col source="year" disableSort />
          <DataTable.Col source="title" disableSort />
          <DataTable.Col source="status" disableSort>
            <SelectField source="status" choices={planStatusChoices} />
          </DataTable.Col>
          <DataTable.Col source="budgetCents" disableSort>
            <EuroField source="budgetCents" />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Section>
  </Show>
)
