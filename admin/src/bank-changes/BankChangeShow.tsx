import { Box } from '@mui/material'
import { ReferenceField, Show, TextField, TopToolbar } from 'react-admin'
import { FieldGrid } from '../common/FieldGrid'
import { HistorySection } from '../common/HistorySection'
import { LocalDateField } from '../common/LocalDateField'
import { Section } from '../common/Section'
import { ApplicationLink } from './ApplicationLink'
import { BankChangeStatusField } from './BankChangeStatusField'
import { DecideBankChangeButtons } from './DecideBankChangeButtons'
import { IbanField } from './IbanField'

const Actions = () => (
  <TopToolbar>
    <DecideBankChangeButtons />
  </TopToolbar>
)

/** A change as the approver checks it: the new account, shown whole on request, and its history. */
export const BankChangeShow = () => (
  <Show actions={<Actions />}>
    <Box sx={{ pt: 2 }}>
      <Section title="resources.bank-changes.name">
        <FieldGrid>
          <ApplicationLink source="reference" />
          <BankChangeStatusField source="status" />
          <TextField source="currentIban" emptyText="—" />
          <IbanField source="iban" />
          <TextField source="accountHolder" />
          <TextField source="note" fullWidth emptyText="—" />
          <ReferenceField source="requestedBy" reference="users" />
          <LocalDateField source="createdAt" showTime />
          <ReferenceField source="decidedBy" reference="users" emptyText="—" />
          <LocalDateField source="decidedAt" showTime emptyText="—" />
        </FieldGrid>
      </Section>
      <HistorySection />
    </Box>
  </Show>
)
