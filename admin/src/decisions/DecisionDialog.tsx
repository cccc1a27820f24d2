import GavelIcon from '@mui/icons-material/Gavel'
import {
  Alert,
  AlertTitle,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Typography,
} from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useRef, useState } from 'react'
import {
  Button,
  CheckboxGroupInput,
  DateInput,
  Form,
  Loading,
  NumberInput,
  RadioButtonGroupInput,
  SaveButton,
  TextInput,
  maxLength,
  minValue,
  required,
  useDataProvider,
  useGetOne,
  useLocaleState,
  useRefresh,
  useTranslate,
} from 'react-admin'
import { useWatch } from 'react-hook-form'
import { EuroInput } from '../common/EuroInput'
import { outcomeChoices } from '../common/choices'
import { formatEuros } from '../common/money'
import { useFailure } from '../common/useFailure'
import type { AppDataProvider } from '../dataProvider'
import { DecisionLetterButton } from './DecisionLetterButton'
import { formatShare } from '../networks/residentShare'
import type { Decision, DecisionOutcome, Network, PanelSeat, Plan } from '../types'
import { QuorumCheck } from './QuorumCheck'

/** The application a decision is about, as the ranking and the application's page know it. */
export interface DecisionSubject {
  id: number
  reference: string
  requestedCents: number
  planId: number
  networkId: number
}

interface DecisionValues {
  outcome: DecisionOutcome
  amountCents: number | null
  partialReason: string | null
  motivation: string
  decidedOn: string
  presentMemberIds: number[]
  votesFor: number
  votesAgainst: number
  abstentions: number
}

/** The API's limits on the texts. */
const MOTIVATION_MAX = 5000
const PARTIAL_REASON_MAX = 2000

/** Today in the coordinator's own calendar, as the date input writes it. */
function today(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

const notInFuture = (value: string | null) =>
  value && value > today() ? 'resources.decisions.dialog.dateInFuture' : undefined

/** The amount with what it leaves: the requested amount, the room in the budget, and warnings. */
const AmountInputs = ({
  requestedCents,
  remainingCents,
}: {
  requestedCents: number
  remainingCents: number
}) => {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const [outcome, amountCents] = useWatch({ name: ['outcome', 'amountCents'] }) as [
    DecisionOutcome,
    number | null,
  ]
  if (outcome !== 'awarded') return null
  const euros = (cents: number) => formatEuros(cents, locale)
  const partial = typeof amountCents === 'number' && amountCents < requestedCents
  return (
    <>
      <EuroInput
        source="amountCents"
        label="resources.decisions.fields.amountCents"
        helperText={translate('resources.decisions.dialog.amountHelp', {
          requested: euros(requestedCents),
          remaining: euros(remainingCents),
        })}
        validate={[required(), minValue(1)]}
      />
      {typeof amountCents === 'number' && amountCents > remainingCents && (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="over-budget">
          {translate('resources.decisions.dialog.overBudget', { remaining: euros(remainingCents) })}
        </Alert>
      )}
      {typeof amountCents === 'number' && amountCents > requestedCents && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {translate('resources.decisions.dialog.overRequested', {
            requested: euros(requestedCents),
          })}
        </Alert>
      )}
      {partial && (
        <TextInput
          source="partialReason"
          label="resources.decisions.fields.partialReason"
          helperText="resources.decisions.dialog.partialReasonHelp"
          multiline
          minRows={2}
          validate={[required(), maxLength(PARTIAL_REASON_MAX)]}
        />
      )}
    </>
  )
}

/** What the API needs: an amount only for an award, a reason only for a partial one. */
function toDecision(subject: DecisionSubject, values: Partial<DecisionValues>) {
  const { amountCents, partialReason, ...rest } = values
  const awarded = values.outcome === 'awarded'
  const partial = awarded && (amountCents ?? 0) < subject.requestedCents
  return {
    ...rest,
    applicationId: subject.id,
    ...(awarded ? { amountCents } : {}),
    ...(partial ? { partialReason } : {}),
  }
}

const Decided = ({ decision, onClose }: { decision: Decision; onClose: () => void }) => {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const deadline = new Date(decision.objectionDeadline).toLocaleDateString(locale, {
    dateStyle: 'long',
    timeZone: 'UTC',
  })
  return (
    <>
      <DialogContent>
        <Alert severity="success" data-testid="decision-recorded">
          <AlertTitle>{translate('resources.decisions.dialog.recorded')}</AlertTitle>
          {translate(`resources.decisions.dialog.recorded_${decision.outcome}`, {
            amount: formatEuros(decision.amountCents, locale),
            deadline,
          })}
        </Alert>
      </DialogContent>
      <DialogActions>
        <DecisionLetterButton decisionId={decision.id} />
        <Button label="ra.action.close" onClick={onClose} />
      </DialogActions>
    </>
  )
}

/**
 * Records the network's decision on an application: outcome, amount within the budget, the
 * motivation the applicant reads, who was present and how they voted. The quorum is checked live
 * while filling it in; the API checks everything again and its refusal is shown in its words.
 */
const DecisionForm = ({
  subject,
  plan,
  network,
  panel,
  onDecided,
  onClose,
}: {
  subject: DecisionSubject
  plan: Plan
  network: Network
  panel: PanelSeat[]
  onDecided: (decision: Decision) => void
  onClose: () => void
}) => {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const dataProvider = useDataProvider()
  const refresh = useRefresh()
  const [refusal, setRefusal] = useState<string | null>(null)
  const failure = useFailure(setRefusal)
  // The refusal appears below the form, out of view in a long dialog: bring it into view.
  const refusalRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (refusal) refusalRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' })
  }, [refusal])
  const initial = useMemo(
    () => ({
      outcome: 'awarded',
      amountCents: subject.requestedCents,
      decidedOn: today(),
      presentMemberIds: [],
      votesFor: 0,
      votesAgainst: 0,
      abstentions: 0,
    }),
    [subject.requestedCents],
  )
  const seats = panel.map((seat) => ({
    id: seat.memberId,
    name: translate(
      seat.conflicted
        ? 'resources.decisions.dialog.seatConflicted'
        : 'resources.decisions.dialog.seat',
      { name: seat.name, kind: translate(`app.memberKind.${seat.kind}`) },
    ),
    disabled: seat.conflicted,
  }))

  const decide = async (values: Partial<DecisionValues>) => {
    setRefusal(null)
    try {
      const { data } = await dataProvider.create<Decision>('decisions', {
        data: toDecision(subject, values),
      })
      onDecided(data)
    } catch (error) {
      return failure(error)
    }
    refresh()
    return undefined
  }

  return (
    <Form record={initial} onSubmit={decide}>
      <DialogContent>
        {!network.mayDecide && (
          <Alert severity="warning" sx={{ mb: 2 }} data-testid="network-may-not-decide">
            {translate('app.network.mayNotDecide', {
              share: formatShare(network.residentShare ?? 0, locale),
            })}
          </Alert>
        )}
        <RadioButtonGroupInput
          source="outcome"
          label="resources.decisions.fields.outcome"
          choices={outcomeChoices}
          validate={required()}
        />
        <AmountInputs
          requestedCents={subject.requestedCents}
          remainingCents={plan.budgetRemainingCents}
        />
        <TextInput
          source="motivation"
          label="resources.decisions.fields.motivation"
          helperText="resources.decisions.dialog.motivationHelp"
          multiline
          minRows={3}
          validate={[required(), maxLength(MOTIVATION_MAX)]}
        />
        <DateInput
          source="decidedOn"
          label="resources.decisions.fields.decidedOn"
          validate={[required(), notInFuture]}
        />
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mt: 1 }}>
          {translate('resources.decisions.dialog.meeting')}
        </Typography>
        <CheckboxGroupInput
          source="presentMemberIds"
          label="resources.decisions.fields.presentMemberIds"
          helperText="resources.decisions.dialog.presentHelp"
          choices={seats}
          translateChoice={false}
          row={false}
        />
        <Stack direction="row" spacing={2}>
          {(['votesFor', 'votesAgainst', 'abstentions'] as const).map((source) => (
            <NumberInput
              key={source}
              source={source}
              label={`resources.decisions.fields.${source}`}
              min={0}
              step={1}
              helperText={false}
              validate={[required(), minValue(0)]}
            />
          ))}
        </Stack>
        <QuorumCheck panel={panel} />
        {refusal && (
          <Alert ref={refusalRef} severity="error" sx={{ mt: 2 }} data-testid="decision-refusal">
            <AlertTitle>{translate('resources.decisions.dialog.refused')}</AlertTitle>
            {refusal}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={onClose} />
        <SaveButton label="resources.decisions.dialog.save" icon={<GavelIcon />} alwaysEnable />
      </DialogActions>
    </Form>
  )
}

/** The decision dialog: loads the plan's budget, the network and its seats, then the form. */
export const DecisionDialog = ({
  subject,
  onClose,
}: {
  subject: DecisionSubject
  onClose: () => void
}) => {
  const translate = useTranslate()
  const dataProvider = useDataProvider<AppDataProvider>()
  const [decision, setDecision] = useState<Decision | null>(null)
  const { data: plan } = useGetOne<Plan>('plans', { id: subject.planId })
  const { data: network } = useGetOne<Network>('networks', { id: subject.networkId })
  const { data: panel } = useQuery({
    queryKey: ['applications', 'panel', subject.id],
    queryFn: () => dataProvider.applicationPanel(subject.id),
  })
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="decision-title">
      <DialogTitle id="decision-title">
        {translate('resources.decisions.dialog.title', { reference: subject.reference })}
      </DialogTitle>
      {decision ? (
        <Decided decision={decision} onClose={onClose} />
      ) : plan && network && panel ? (
        <DecisionForm
          subject={subject}
          plan={plan}
          network={network}
          panel={panel}
          onDecided={setDecision}
          onClose={onClose}
        />
      ) : (
        <DialogContent>
          <Loading />
        </DialogContent>
      )}
    </Dialog>
  )
}
