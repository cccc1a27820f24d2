import { Box, LinearProgress, Stack, Typography } from '@mui/material'
import { useLocaleState, useTranslate } from 'react-admin'
import { formatEuros } from '../common/money'
import type { PlanBudget } from './api'
import { Figure } from './Figure'

/**
 * How much of the plan's ceiling is left, awarded and paid, in big numbers, with the ceiling, the
 * settled amounts and the reclaims beside them and the ceiling's use as a bar.
 */
export const BudgetFigures = ({ plan }: { plan: PlanBudget }) => {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const euros = (cents: number) => formatEuros(cents, locale)
  const used =
    plan.budgetCents > 0 ? Math.min(100, (plan.awardedCents / plan.budgetCents) * 100) : 0
  const small = [
    ['budget', plan.budgetCents],
    ['settled', plan.settledCents],
    ['reclaim', plan.reclaimCents],
  ] as const
  return (
    <Box data-testid="budget-figures">
      <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 6, rowGap: 2, mb: 2 }}>
        <Figure
          label={translate('dashboard.budget.remaining')}
          value={euros(plan.remainingCents)}
          emphasis
          testId="figure-remaining"
        />
        <Figure
          label={translate('dashboard.budget.awarded')}
          value={euros(plan.awardedCents)}
          testId="figure-awarded"
        />
        <Figure
          label={translate('dashboard.budget.paid')}
          value={euros(plan.paidCents)}
          testId="figure-paid"
        />
      </Stack>
      <LinearProgress
        variant="determinate"
        value={used}
        sx={{ height: 12, borderRadius: 1, mb: 1 }}
        aria-label={translate('dashboard.budget.used', {
          awarded: euros(plan.awardedCents),
          budget: euros(plan.budgetCents),
        })}
      />
      <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 4 }}>
        {small.map(([key, cents]) => (
          <Typography key={key} variant="body2" color="text.secondary">
            {translate(`dashboard.budget.${key}`)}: <strong>{euros(cents)}</strong>
          </Typography>
        ))}
      </Stack>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
        {translate('dashboard.budget.explanation')}
      </Typography>
    </Box>
  )
}
