import { Box } from '@mui/material'
import {
  DataTable,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextArrayField,
  TextField,
} from 'react-admin'
import { EuroField } from '../common/EuroField'
import { Section } from '../common/Section'
import { planStatusChoices } from '../common/choices'
import { ResidentShareBanner } from './ResidentShareBanner'
import { AddLinkedButton } from '../common/AddLinkedButton'
import { SeatsTable } from '../members/SeatsTable'
import { HistorySection } from '../common/HistorySection'

export const NetworkShow = () => (
  <Show>
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
      actions={
        <AddLinkedButton resource="members" link="networkId" label="app.network.addMember" />
      }
    >
      <SeatsTable of="networkId" />
    </Section>
    <Section
      title="resources.networks.fields.plans"
      actions={<AddLinkedButton resource="plans" link="networkId" label="app.network.addPlan" />}
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
    <HistorySection />
  </Show>
)
