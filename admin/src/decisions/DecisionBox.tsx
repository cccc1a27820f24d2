import { Chip, Typography } from '@mui/material'
import {
  RecordContextProvider,
  ResourceContextProvider,
  TextField,
  useCanAccess,
  useGetList,
  useRecordContext,
  useTranslate,
} from 'react-admin'
import { EuroField } from '../common/EuroField'
import { DecisionLetterButton } from './DecisionLetterButton'
import { FieldGrid } from '../common/FieldGrid'
import { LocalDateField, calendarDay } from '../common/LocalDateField'
import { Section } from '../common/Section'
import type { Application, Decision } from '../types'

const OutcomeField = (_props: { source?: string }) => {
  const decision = useRecordContext<Decision>()
  const translate = useTranslate()
  if (!decision) return null
  return (
    <Chip
      size="small"
      sx={{ alignSelf: 'flex-start' }}
      color={decision.outcome === 'awarded' ? 'success' : 'error'}
      label={translate(`resources.applications.status.${decision.outcome}`)}
    />
  )
}

const VotesField = (_props: { source?: string; label?: string }) => {
  const decision = useRecordContext<Decision>()
  const translate = useTranslate()
  if (!decision) return null
  return (
    <Typography component="span" variant="body2">
      {translate('resources.decisions.votes', {
        for: decision.votesFor,
        against: decision.votesAgainst,
        abstentions: decision.abstentions,
        present: decision.presentMemberIds.length,
      })}
    </Typography>
  )
}

const LetterButton = () => {
  const decision = useRecordContext<Decision>()
  const { canAccess } = useCanAccess({ resource: 'decisions', action: 'letter' })
  if (!decision || !canAccess) return null
  return <DecisionLetterButton decisionId={decision.id} />
}

const paragraphs = { whiteSpace: 'pre-wrap' }

/** The application's decision, if there is one, with its letter. */
export const DecisionBox = () => {
  const application = useRecordContext<Application>()
  const { data = [] } = useGetList<Decision>(
    'decisions',
    {
      filter: { applicationId: application?.id },
      sort: { field: 'id', order: 'DESC' },
      pagination: { page: 1, perPage: 10 },
    },
    { enabled: Boolean(application) },
  )
  const decision = data.find((d) => d.revokedAt === null)
  if (!decision) return null
  return (
    <ResourceContextProvider value="decisions">
      <RecordContextProvider value={decision}>
        <div data-testid="decision">
          <Section title="resources.decisions.section" actions={<LetterButton />}>
            <FieldGrid>
              <OutcomeField source="outcome" />
              {decision.outcome === 'awarded' && <EuroField source="amountCents" />}
              <LocalDateField source="decidedOn" options={calendarDay} />
              <LocalDateField source="objectionDeadline" options={calendarDay} />
              <VotesField label="resources.decisions.fields.votes" />
              <TextField source="motivation" fullWidth sx={paragraphs} />
              {decision.partialReason && (
                <TextField source="partialReason" fullWidth sx={paragraphs} />
              )}
            </FieldGrid>
          </Section>
        </div>
      </RecordContextProvider>
    </ResourceContextProvider>
  )
}
