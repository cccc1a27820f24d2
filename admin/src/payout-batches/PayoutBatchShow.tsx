import { Box, Typography } from '@mui/material'
import {
  DataTable,
  ReferenceManyField,
  Show,
  TextField,
  TopToolbar,
  useRedirect,
  useTranslate,
} from 'react-admin'
import { EuroField } from '../common/EuroField'
import { FieldGrid } from '../common/FieldGrid'
import { LocalDateField, calendarDay } from '../common/LocalDateField'
import { Section } from '../common/Section'
import { PayoutAmountField } from '../payouts/PayoutAmountField'
import { PayoutStatusField } from '../payouts/PayoutStatusField'
import { BatchDownloads, CancelBatchButton, MarkPaidButton } from './BatchActions'
import { PayoutBatchStatusField } from './PayoutBatchStatusField'
import { useFigureLabels } from './useFigureLabels'
import { HistorySection } from '../common/HistorySection'

const Actions = () => {
  const redirect = useRedirect()
  return (
    <TopToolbar>
      <BatchDownloads />
      <MarkPaidButton />
      <CancelBatchButton onCancelled={() => redirect('list', 'payout-batches')} />
    </TopToolbar>
  )
}

const NoPayouts = () => {
  const translate = useTranslate()
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('resources.payout-batches.noPayouts')}
    </Typography>
  )
}

const day = { ...calendarDay, month: 'short' } as const

const BatchFields = () => {
  const labels = useFigureLabels()
  return (
    <FieldGrid>
      <TextField source="id" />
      <PayoutBatchStatusField source="status" />
      <LocalDateField source="executionDate" options={calendarDay} />
      <TextField source="count" label={labels.count} />
      <EuroField source="totalCents" label={labels.totalCents} />
      <TextField source="messageId" />
      <LocalDateField source="createdAt" showTime />
      <LocalDateField source="exportedAt" showTime emptyText="—" />
      <LocalDateField source="paidOn" options={calendarDay} emptyText="—" />
    </FieldGrid>
  )
}

export const PayoutBatchShow = () => (
  <Show actions={<Actions />}>
    <Box sx={{ pt: 2 }}>
      <Section title="resources.payout-batches.sections.batch">
        <BatchFields />
      </Section>
      <Section title="resources.payout-batches.sections.payouts">
        <ReferenceManyField
          reference="payouts"
          target="batchId"
          sort={{ field: 'dueOn', order: 'ASC' }}
          perPage={500}
          empty={<NoPayouts />}
        >
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="reference" disableSort />
            <DataTable.Col source="title" disableSort />
            <DataTable.Col source="creditorName" disableSort />
            <DataTable.Col source="creditorIban" disableSort />
            <DataTable.Col source="amountCents" align="right" disableSort>
              <PayoutAmountField />
            </DataTable.Col>
            <DataTable.Col source="dueOn" disableSort>
              <LocalDateField source="dueOn" options={day} />
            </DataTable.Col>
            <DataTable.Col source="status" disableSort>
              <PayoutStatusField />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </Section>
      <HistorySection />
    </Box>
  </Show>
)
