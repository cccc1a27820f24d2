import { Chip } from '@mui/material'
import { useRecordContext, useTranslate } from 'react-admin'
import type { Plan } from '../types'
import { WEIGHT_TOTAL } from './openingBlockers'

/** The plan's criteria weights against the 100 they must add up to. */
export const WeightTotalChip = () => {
  const plan = useRecordContext<Plan>()
  const translate = useTranslate()
  if (!plan) return null
  return (
    <Chip
      data-testid="weight-total"
      color={plan.weightTotal === WEIGHT_TOTAL ? 'success' : 'warning'}
      variant="outlined"
      label={translate('app.plan.weightTotal', { total: plan.weightTotal })}
    />
  )
}
