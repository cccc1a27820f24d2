import LockIcon from '@mui/icons-material/Lock'
import LockOpenIcon from '@mui/icons-material/LockOpen'
import { Alert, AlertTitle, Box, Button, Chip, Paper, Stack, Typography } from '@mui/material'
import { useState } from 'react'
import {
  type HttpError,
  useCanAccess,
  useNotify,
  useRecordContext,
  useTranslate,
  useUpdate,
} from 'react-admin'
import type { Plan, PlanStatus } from '../types'
import { WeightTotalChip } from './WeightTotalChip'
import { openingBlockers } from './openingBlockers'

const statusColor = { draft: 'default', open: 'success', closed: 'warning' } as const

/**
 * The plan's status with the one control that moves it (open, close, reopen). Before opening it
 * says what is still missing; a refusal from the API is shown as the API words it.
 */
export const PlanStatusPanel = () => {
  const plan = useRecordContext<Plan>()
  const translate = useTranslate()
  const notify = useNotify()
  const { canAccess } = useCanAccess({ resource: 'plans', action: 'edit', record: plan })
  const [update, { isPending }] = useUpdate<Plan, HttpError>()
  const [refusal, setRefusal] = useState<string | null>(null)
  if (!plan) return null

  const move = (status: PlanStatus) =>
    update(
      'plans',
      { id: plan.id, data: { status }, previousData: plan },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setRefusal(null)
          notify(status === 'open' ? 'app.plan.opened' : 'app.plan.closed', { type: 'success' })
        },
        onError: (error) => setRefusal(error.message),
      },
    )
  const blockers = plan.status === 'draft' ? openingBlockers(plan) : []

  return (
    <Box sx={{ px: 2, pt: 2 }}>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
            {translate('app.plan.status')}
          </Typography>
          <Chip
            data-testid="plan-status"
            color={statusColor[plan.status]}
            label={translate(`app.planStatus.${plan.status}`)}
          />
          <WeightTotalChip />
          <Box sx={{ flex: 1 }} />
          {canAccess && plan.status !== 'open' && (
            <Button
              variant="contained"
              startIcon={<LockOpenIcon />}
              disabled={isPending}
              onClick={() => move('open')}
            >
              {translate(plan.status === 'closed' ? 'app.plan.reopen' : 'app.plan.open')}
            </Button>
          )}
          {canAccess && plan.status === 'open' && (
            <Button
              variant="outlined"
              startIcon={<LockIcon />}
              disabled={isPending}
              onClick={() => move('closed')}
            >
              {translate('app.plan.close')}
            </Button>
          )}
        </Stack>
        {plan.status === 'draft' && blockers.length > 0 && (
          <Alert severity="warning" sx={{ mt: 2 }} data-testid="opening-blockers">
            {translate('app.plan.notReady')}
            <Box component="ul" sx={{ m: 0, pl: 3 }}>
              {blockers.map(({ key, params }) => (
                <li key={key}>{translate(key, params)}</li>
              ))}
            </Box>
          </Alert>
        )}
        {plan.status === 'draft' && blockers.length === 0 && (
          <Alert severity="success" sx={{ mt: 2 }}>
            {translate('app.plan.ready')}
          </Alert>
        )}
        {refusal && (
          <Alert
            severity="error"
            sx={{ mt: 2 }}
            onClose={() => setRefusal(null)}
            data-testid="status-refusal"
          >
            <AlertTitle>{translate('app.plan.refused')}</AlertTitle>
            {refusal}
          </Alert>
        )}
      </Paper>
    </Box>
  )
}
