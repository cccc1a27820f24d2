import { Box, LinearProgress, Stack, Typography } from '@mui/material'
import { useLocaleState, useTranslate } from 'react-admin'
import { formatEuros } from '../common/money'
import type { PlanRanking } from '../types'

/** The plan's ceiling as a bar: how much is awarded, and how much is left to award. */
export const BudgetBar = ({ plan }: { plan: PlanRanking['plan'] }) => {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const euros = (cents: number) => formatEuros(cents, locale)
  const used =
    plan.budgetCents > 0 ? Math.min(100, (plan.awardedCents / plan.budgetCents) * 100) : 0
  const figures = [
    ['budgetCents', plan.budgetCents],
    ['awardedCents', plan.awardedCents],
    ['budgetRemainingCents', plan.budgetRemainingCents],
  ] as const
  return (
    <Box data-testid="budget-bar">
      <Stack direction="row" spacing={4} sx={{ mb: 1, flexWrap: 'wrap' }}>
        {figures.map(([field, cents]) => (
          <Box key={field}>
            <Typography variant="body2" color="text.secondary">
              {translate(`resources.plans.fields.${field}`)}
            </Typography>
            <Typography variant="h6" component="p" data-testid={`budget-${field}`}>
              {euros(cents)}
            </Typography>
          </Box>
        ))}
      </Stack>
      <LinearProgress
        variant="determinate"
        value={used}
        sx={{ height: 12, borderRadius: 1 }}
        aria-label={translate('app.ranking.budgetUsed', {
          awarded: euros(plan.awardedCents),
          budget: euros(plan.budgetCents),
        })}
      />
    </Box>
  )
}
