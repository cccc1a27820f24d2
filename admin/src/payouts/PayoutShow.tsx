import { Box } from '@mui/material'
import { ReferenceField, SelectField, Show, TextField, useRecordContext } from 'react-admin'
import { FieldGrid } from '../common/FieldGrid'
import { LocalDateField, calendarDay } from '../common/LocalDateField'
import { Section } from '../common/Section'
import { payoutKindChoices } from '../common/choices'
import type { Payout } from '../types'
import { PayoutAmountField } from './PayoutAmountField'
import { PayoutStatusField } from './PayoutStatusField'
import { HistorySection } from '../common/HistorySection'

/** The API leaves out the account for readers who may not see it: show it only when there. */
const Creditor = () => {
  const payout = useRecordContext<Payout>()
  if (!payout || !('creditorIban' in payout || 'creditorName' in payout)) return null
  return (
    <Box data-testid="payout-creditor">
      <Section title="resources.payouts.sections.creditor">
        <FieldGrid>
          <TextField source="creditorName" emptyText="—" />
          <TextField source="creditorIban" emptyText="—" />
        </FieldGrid>
      </Section>
    </Box>
  )
}

export const PayoutShow = () => (
  <Show>
    <Box sx={{ pt: 2 }}>
      <Section title="resources.payouts.sections.payout">
        <FieldGrid>
          <TextField source="reference" />
          <TextField source="title" />
          <SelectField source="kind" choices={payoutKindChoices} />
          <TextField source="number" />
          <PayoutAmountField source="amountCents" />
          <LocalDateField source="dueOn" options={calendarDay} />
          <PayoutStatusField source="status" />
          <ReferenceField source="batchId" reference="payout-batches" emptyText="—" />
          <LocalDateField source="paidOn" options={calendarDay} emptyText="—" />
          <TextField source="endToEndId" emptyText="—" />
          <ReferenceField source="applicationId" reference="applications" />
          <ReferenceField source="networkId" reference="networks" />
          <ReferenceField source="planId" reference="plans" />
        </FieldGrid>
      </Section>
      <Creditor />
      <HistorySection />
    </Box>
  </Show>
)
