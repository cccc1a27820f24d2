import { Box, Typography } from '@mui/material'
import {
  ArrayField,
  BooleanField,
  ChipField,
  EmailField,
  NumberField,
  ReferenceArrayField,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  SingleFieldList,
  TextField,
  TopToolbar,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin'
import { AttachmentTable } from '../attachments/AttachmentTable'
import { IbanField } from '../bank-changes/IbanField'
import { RequestBankChangeButton } from '../bank-changes/RequestBankChangeButton'
import { EuroField } from '../common/EuroField'
import { FieldGrid } from '../common/FieldGrid'
import { HistorySection } from '../common/HistorySection'
import { LocalDateField, calendarDay } from '../common/LocalDateField'
import { Section } from '../common/Section'
import { applicantTypeChoices } from '../common/choices'
import { DecideButton } from '../decisions/DecideButton'
import { DecisionBox } from '../decisions/DecisionBox'
import { MessagesSection } from '../messages/MessagesSection'
import { ReportBox } from '../reports/ReportBox'
import { ReviewButton } from '../reviews/ReviewButton'
import type { Application } from '../types'
import { ApplicationStatusField } from './ApplicationStatusField'
import { ApplicationWarnings } from './ApplicationWarnings'
import { BudgetLinesTable } from './BudgetLinesTable'
import { InfoRequestBox } from './InfoRequestBox'
import { RemovalRequestNotice } from './RemovalRequestNotice'
import { RequestInfoButton } from './RequestInfoButton'
import { WHOLE_RECORD } from './wholeRecord'

const paragraphs = { whiteSpace: 'pre-wrap' }

/** The decision dialog for this application, from its own page. */
const DecideAction = () => {
  const application = useRecordContext<Application>()
  if (!application) return null
  return <DecideButton subject={application} status={application.status} />
}

const Actions = () => (
  <TopToolbar>
    <ReviewButton />
    <RequestInfoButton />
    <DecideAction />
    <RequestBankChangeButton />
  </TopToolbar>
)

const Overview = () => {
  const [locale] = useLocaleState()
  return (
    <Section title="resources.applications.sections.overview">
      <FieldGrid>
        <TextField source="reference" />
        <ApplicationStatusField source="status" />
        <ReferenceField source="networkId" reference="networks" />
        <ReferenceField source="planId" reference="plans" />
        <LocalDateField source="submittedAt" showTime />
        <LocalDateField source="decisionDueOn" options={calendarDay} emptyText="—" />
        <NumberField
          source="score"
          locales={locale}
          options={{ maximumFractionDigits: 1 }}
          emptyText="—"
        />
        <NumberField source="reviewCount" />
      </FieldGrid>
      <InfoRequestBox />
      <RemovalRequestNotice />
    </Section>
  )
}

/** What the initiative is about; also what a panel member reads beside their scoring. */
export const Initiative = () => (
  <Section title="resources.applications.sections.initiative">
    <FieldGrid>
      <TextField source="title" fullWidth />
      <TextField source="summary" fullWidth sx={paragraphs} />
      <TextField source="description" fullWidth sx={paragraphs} />
      <ReferenceArrayField source="priorityIds" reference="priorities" fullWidth>
        <SingleFieldList linkType={false}>
          <ChipField source="title" size="small" />
        </SingleFieldList>
      </ReferenceArrayField>
      <TextField source="goal" fullWidth sx={paragraphs} />
      <TextField source="targetGroup" fullWidth sx={paragraphs} />
      <NumberField source="expectedParticipants" emptyText="—" />
      <NumberField source="volunteers" emptyText="—" />
      <NumberField source="supporters" />
      <TextField source="postcode" emptyText="—" />
      <LocalDateField source="startsOn" options={calendarDay} emptyText="—" />
      <LocalDateField source="endsOn" options={calendarDay} emptyText="—" />
      <BooleanField source="openToAll" />
      <BooleanField source="worksWithVulnerable" />
      <BooleanField source="vogConfirmed" />
    </FieldGrid>
  </Section>
)

/** The money asked, the own contribution and the budget, with lines worth a second look. */
export const Money = () => (
  <Section title="resources.applications.sections.money">
    <ApplicationWarnings />
    <FieldGrid>
      <EuroField source="requestedCents" />
      <EuroField source="ownContributionCents" />
      <NumberField source="ownContributionHours" />
      <TextField source="otherFunding" fullWidth sx={paragraphs} emptyText="—" />
      <ArrayField source="budgetLines" fullWidth>
        <BudgetLinesTable />
      </ArrayField>
    </FieldGrid>
  </Section>
)

/** The API leaves out what the reader may not see, so a missing key means: not for you. */
const has = (application: Application, key: keyof Application) => key in application
const CONTACT_KEYS = ['contactName', 'email', 'phone'] as const

const Applicant = () => {
  const application = useRecordContext<Application>()
  if (!application) return null
  const contact = CONTACT_KEYS.some((key) => has(application, key))
  return (
    <Section title="resources.applications.sections.applicant">
      <FieldGrid>
        <SelectField source="applicantType" choices={applicantTypeChoices} emptyText="—" />
        <TextField source="organisationName" emptyText="—" />
        <TextField source="kvkNumber" emptyText="—" />
      </FieldGrid>
      {contact && (
        <Box data-testid="application-contact" sx={{ mt: 2 }}>
          <FieldGrid>
            {has(application, 'contactName') && <TextField source="contactName" />}
            {has(application, 'email') && <EmailField source="email" />}
            {has(application, 'phone') && <TextField source="phone" emptyText="—" />}
          </FieldGrid>
        </Box>
      )}
    </Section>
  )
}

const Bank = () => {
  const application = useRecordContext<Application>()
  if (!application || !(has(application, 'iban') || has(application, 'accountHolder'))) {
    return null
  }
  return (
    <Box data-testid="application-bank">
      <Section title="resources.applications.sections.bank">
        <FieldGrid>
          {has(application, 'iban') && <IbanField source="iban" />}
          {has(application, 'accountHolder') && <TextField source="accountHolder" emptyText="—" />}
        </FieldGrid>
      </Section>
    </Box>
  )
}

const NoAttachments = () => {
  const translate = useTranslate()
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('resources.attachments.empty')}
    </Typography>
  )
}

const Attachments = () => (
  <Section title="resources.applications.sections.attachments">
    <ReferenceManyField
      reference="attachments"
      target="applicationId"
      sort={{ field: 'id', order: 'ASC' }}
      perPage={100}
      empty={<NoAttachments />}
    >
      <AttachmentTable />
    </ReferenceManyField>
  </Section>
)

export const ApplicationShow = () => (
  <Show actions={<Actions />} queryOptions={{ meta: WHOLE_RECORD }}>
    <Box sx={{ pt: 2 }}>
      <Overview />
      <DecisionBox />
      <ReportBox />
      <Initiative />
      <Money />
      <Applicant />
      <Bank />
      <Attachments />
      <MessagesSection />
      <HistorySection />
    </Box>
  </Show>
)
