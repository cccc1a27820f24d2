import CancelIcon from '@mui/icons-material/Cancel'
import CheckCircleIcon from '@mui/icons-material/CheckCircle'
import { List, ListItem, ListItemIcon, ListItemText, Paper, Typography } from '@mui/material'
import { useTranslate } from 'react-admin'
import { useWatch } from 'react-hook-form'
import type { DecisionOutcome, PanelSeat } from '../types'
import { MIN_PRESENT, quorumChecks } from './quorum'

const Line = ({ ok, text }: { ok: boolean; text: string }) => (
  <ListItem disableGutters data-testid="quorum-line" data-ok={ok}>
    <ListItemIcon sx={{ minWidth: 32 }}>
      {ok ? <CheckCircleIcon color="success" /> : <CancelIcon color="error" />}
    </ListItemIcon>
    <ListItemText primary={text} />
  </ListItem>
)

const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0)

/** Live, while the dialog is filled in: may this meeting take this decision? */
export const QuorumCheck = ({ panel }: { panel: PanelSeat[] }) => {
  const translate = useTranslate()
  const [presentIds, votesFor, votesAgainst, abstentions, outcome] = useWatch({
    name: ['presentMemberIds', 'votesFor', 'votesAgainst', 'abstentions', 'outcome'],
  }) as [number[] | undefined, unknown, unknown, unknown, DecisionOutcome]
  const chosen = new Set(presentIds ?? [])
  const { checks, residents, votes, present } = quorumChecks({
    present: panel.filter((seat) => chosen.has(seat.memberId)),
    votesFor: count(votesFor),
    votesAgainst: count(votesAgainst),
    abstentions: count(abstentions),
    outcome,
  })
  const all = Object.values(checks).every(Boolean)
  const t = (key: string, params = {}) => translate(`resources.decisions.quorum.${key}`, params)
  return (
    <Paper
      variant="outlined"
      sx={{ p: 2, mt: 2 }}
      data-testid="quorum-check"
      data-ok={all}
      aria-live="polite"
    >
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {t('title')}
      </Typography>
      <List dense disablePadding>
        <Line ok={checks.enoughPresent} text={t('enoughPresent', { min: MIN_PRESENT, present })} />
        <Line ok={checks.residentsHalf} text={t('residentsHalf', { residents, present })} />
        <Line ok={checks.noConflict} text={t('noConflict')} />
        <Line ok={checks.votesAddUp} text={t('votesAddUp', { votes, present })} />
        <Line
          ok={checks.majority}
          text={t(outcome === 'awarded' ? 'majorityFor' : 'majorityAgainst', {
            for: count(votesFor),
            against: count(votesAgainst),
          })}
        />
      </List>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {t(all ? 'ok' : 'notYet')}
      </Typography>
    </Paper>
  )
}
