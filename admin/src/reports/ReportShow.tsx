import { Box, Typography } from '@mui/material'
import {
  NumberField,
  ReferenceField,
  ReferenceManyField,
  Show,
  TextField,
  TopToolbar,
  useCanAccess,
  useTranslate,
} from 'react-admin'
import { AttachmentTable } from '../attachments/AttachmentTable'
import { EuroField } from '../common/EuroField'
import { FieldGrid } from '../common/FieldGrid'
import { LocalDateField, calendarDay } from '../common/LocalDateField'
import { Section } from '../common/Section'
import { SettleButton } from './SettleButton'
import { HistorySection } from '../common/HistorySection'

const paragraphs = { whiteSpace: 'pre-wrap' }

const Actions = () => (
  <TopToolbar>
    <SettleButton />
  </TopToolbar>
)

const NoFiles = () => {
  const translate = useTranslate()
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('resources.reports.noFiles')}
    </Typography>
  )
}

/** The photos and files the initiative sent with its report, for those who settle it. */
const ReportFiles = () => {
  const { canAccess } = useCanAccess({ resource: 'reports', action: 'files' })
  if (!canAccess) return null
  return (
    <Section title="resources.reports.sections.files">
      <ReferenceManyField
        reference="attachments"
        target="applicationId"
        source="applicationId"
        filter={{ kind: 'report' }}
        sort={{ field: 'id', order: 'ASC' }}
        perPage={10}
        empty={<NoFiles />}
      >
        <AttachmentTable />
      </ReferenceManyField>
    </Section>
  )
}

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
      <ReportFiles />
      <Section title="resources.reports.sections.settlement">
        <FieldGrid>
          <EuroField source="settledCents" />
          <LocalDateField source="settledOn" options={calendarDay} emptyText="—" />
          <EuroField source="reclaimCents" />
          <TextField source="settlementReason" fullWidth sx={paragraphs} emptyText="—" />
        </FieldGrid>
      </Section>
      <HistorySection />
    </Box>
  </Show>
)
