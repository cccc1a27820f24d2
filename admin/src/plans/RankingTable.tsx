import { Chip, Stack, Tooltip, Typography } from '@mui/material'
import {
  DataTable,
  Link,
  ListContextProvider,
  useCreatePath,
  useList,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin'
import { ApplicationStatusField } from '../applications/ApplicationStatusField'
import { EuroField } from '../common/EuroField'
import { LocalDateField, calendarDay } from '../common/LocalDateField'
import { formatEuros } from '../common/money'
import { formatScore } from '../common/score'
import { DecideButton } from '../decisions/DecideButton'
import type { PlanRanking, RankedApplication } from '../types'

const day = { ...calendarDay, month: 'short' } as const

const ReferenceLink = (_props: { source?: string }) => {
  const row = useRecordContext<RankedApplication>()
  const createPath = useCreatePath()
  if (!row) return null
  return (
    <Link
      to={createPath({ resource: 'applications', id: row.id, type: 'show' })}
      sx={{ whiteSpace: 'nowrap' }}
    >
      {row.reference}
    </Link>
  )
}

/** The score, with why it cannot lead to a grant: below the plan's minimum, or a knockout 0. */
const ScoreCell = (_props: { source?: string }) => {
  const row = useRecordContext<RankedApplication>()
  const translate = useTranslate()
  const [locale] = useLocaleState()
  if (!row) return null
  if (row.score === null) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('app.ranking.notScored')}
      </Typography>
    )
  }
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid="ranking-score">
        {formatScore(row.score, locale)}
      </Typography>
      {row.knockout && (
        <Chip size="small" color="error" label={translate('app.ranking.knockout')} />
      )}
      {!row.knockout && !row.meetsThreshold && (
        <Chip size="small" color="warning" label={translate('app.ranking.belowMinimum')} />
      )}
    </Stack>
  )
}

const GROUPS = ['submitted', 'draft', 'notStarted', 'conflicted'] as const

/** "2 van 3 beoordeeld, 1 belang gemeld", with who is where in a tooltip. */
const ProgressCell = (_props: { source?: string }) => {
  const row = useRecordContext<RankedApplication>()
  const translate = useTranslate()
  if (!row) return null
  const { submitted, draft, notStarted, conflicted } = row.progress
  const panel = submitted.length + draft.length + notStarted.length
  const names = GROUPS.filter((group) => row.progress[group].length > 0).map((group) =>
    translate(`app.ranking.progressGroup.${group}`, {
      names: row.progress[group].map((member) => member.name).join(', '),
    }),
  )
  const text = [
    translate('app.ranking.progress', { done: submitted.length, panel }),
    conflicted.length > 0 &&
      translate('app.ranking.progressConflicted', { smart_count: conflicted.length }),
  ]
    .filter(Boolean)
    .join(', ')
  return (
    <Tooltip
      title={
        <>
          {names.map((line) => (
            <div key={line}>{line}</div>
          ))}
        </>
      }
    >
      <Typography variant="body2" tabIndex={0} data-testid="ranking-progress">
        {text}
      </Typography>
    </Tooltip>
  )
}

const dueColor = { overdue: 'error', dueSoon: 'warning', onTime: 'default' } as const

const DueCell = (_props: { source?: string }) => {
  const row = useRecordContext<RankedApplication>()
  const translate = useTranslate()
  if (!row) return null
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <LocalDateField source="decisionDueOn" options={day} emptyText="—" />
      {row.dueStatus && row.dueStatus !== 'onTime' && (
        <Chip
          size="small"
          color={dueColor[row.dueStatus]}
          label={translate(`app.ranking.due.${row.dueStatus}`)}
        />
      )}
    </Stack>
  )
}

/** The decision taken, or the button to take it, or why it waits (the applicant is asked). */
const DecisionCell = ({ plan }: { plan: PlanRanking['plan']; source?: string }) => {
  const row = useRecordContext<RankedApplication>()
  const translate = useTranslate()
  const [locale] = useLocaleState()
  if (!row) return null
  const subject = { ...row, planId: plan.id, networkId: plan.networkId }
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="ranking-decision">
      {row.decision ? (
        <Chip
          size="small"
          color={row.decision.outcome === 'awarded' ? 'success' : 'error'}
          label={translate(`app.ranking.decided_${row.decision.outcome}`, {
            amount: formatEuros(row.decision.amountCents, locale),
          })}
        />
      ) : (
        row.status !== 'submitted' && <ApplicationStatusField />
      )}
      <DecideButton subject={subject} status={row.status} variant="contained" />
    </Stack>
  )
}

/** The plan's submitted applications, best first, as a coordinator decides from them. */
export const RankingTable = ({ ranking }: { ranking: PlanRanking }) => {
  const list = useList({ data: ranking.applications, perPage: 1000 })
  return (
    <ListContextProvider value={list}>
      <DataTable
        resource="applications"
        bulkActionButtons={false}
        rowClick={false}
        data-testid="ranking"
      >
        <DataTable.NumberCol source="rank" label="app.ranking.rank" align="left" disableSort />
        <DataTable.Col source="reference" disableSort>
          <ReferenceLink />
        </DataTable.Col>
        <DataTable.Col source="title" disableSort />
        <DataTable.Col source="score" label="app.ranking.score" disableSort>
          <ScoreCell />
        </DataTable.Col>
        <DataTable.Col source="requestedCents" align="right" disableSort>
          <EuroField source="requestedCents" />
        </DataTable.Col>
        <DataTable.Col source="progress" label="app.ranking.reviews" disableSort>
          <ProgressCell />
        </DataTable.Col>
        <DataTable.Col source="decisionDueOn" disableSort>
          <DueCell />
        </DataTable.Col>
        <DataTable.Col source="decision" label="app.ranking.decision" disableSort>
          <DecisionCell plan={ranking.plan} />
        </DataTable.Col>
      </DataTable>
    </ListContextProvider>
  )
}
