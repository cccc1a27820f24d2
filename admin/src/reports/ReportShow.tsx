import { Box } from '@mui/material'
import { NumberField, ReferenceField, Show, TextField, TopToolbar } from 'react-admin'
import { EuroField } from '../common/EuroField'
import { FieldGrid } from '../common/FieldGrid'
import { LocalDateField, calendarDay } from '../common/LocalDateField'
import { Section } from '../common/Section'
import { SettleButton } from './SettleButton'

const paragraphs = { whiteSpace: 'pre-wrap' }

const Actions = () => (
  <TopToolbar>
    <SettleButton />
  </TopToolbar>
)

export const ReportShow = () => (
  <Show actions={<Actions />}>
    <Box sx={{ pt: 2 }}>
      <Section title="resources.reports.sections.report">
        <FieldGrid>
          <ReferenceField source="applicationId" reference="applications" />
          <ReferenceField source="networkId" reference="networks" />
          <LocalDateField source="submittedAt" showTime />
          <NumberField source="participantsReached" />
          <EuroField source="actualCostsCents" />
          <TextField source="narrative" fullWidth sx={paragraphs} />
          <TextField source="financialOverview" fullWidth sx={paragraphs} emptyText="—" />
        </FieldGrid>
      </Section>
      <Section title="resources.reports.sections.settlement">
        <FieldGrid>
          <EuroField source="settledCents" />
          <LocalDateField source="settledOn" options={calendarDay} emptyText="—" />
          <EuroField source="reclaimCents" />
          <TextField source="settlementReason" fullWidth sx={paragraphs} emptyText="—" />
        </FieldGrid>
      </Section>
    </Box>
  </Show>
)
