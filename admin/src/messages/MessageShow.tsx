import { Box } from '@mui/material'
import { NumberField, ReferenceField, SelectField, Show, TextField } from 'react-admin'
import { FieldGrid } from '../common/FieldGrid'
import { HistorySection } from '../common/HistorySection'
import { LocalDateField } from '../common/LocalDateField'
import { Section } from '../common/Section'
import { messageKindChoices } from '../common/choices'
import { DeliveryNotice } from './DeliveryNotice'
import { MessageBody } from './MessageBody'
import { MessageStatusField } from './MessageStatusField'

export const MessageShow = () => (
  <Show>
    <Box sx={{ pt: 2 }}>
      <Section title="resources.messages.sections.message">
        <DeliveryNotice />
        <FieldGrid>
          <SelectField source="kind" choices={messageKindChoices} />
          <ReferenceField source="applicationId" reference="applications" emptyText="—" />
          <ReferenceField source="networkId" reference="networks" />
          <TextField source="toAddress" emptyText="—" />
          <SelectField
            source="locale"
            choices={[
              { id: 'nl', name: 'resources.messages.locale.nl' },
              { id: 'en', name: 'resources.messages.locale.en' },
            ]}
          />
          <MessageStatusField source="status" />
          <NumberField source="attempts" />
          <LocalDateField source="createdAt" showTime />
          <LocalDateField source="sentAt" showTime emptyText="—" />
          <TextField source="subject" fullWidth />
        </FieldGrid>
        <MessageBody />
      </Section>
      <HistorySection />
    </Box>
  </Show>
)
