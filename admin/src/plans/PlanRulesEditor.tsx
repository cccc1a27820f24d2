import { Alert, Box } from '@mui/material'
import { useMemo } from 'react'
import { useRecordContext, useTranslate } from 'react-admin'
import { Section } from '../common/Section'
import { CriterionInputs } from '../criteria/CriterionInputs'
import { CriterionTable } from '../criteria/CriterionTable'
import { PriorityInputs } from '../priorities/PriorityInputs'
import { PriorityTable } from '../priorities/PriorityTable'
import type { Plan } from '../types'
import { InlineRows } from './InlineRows'
import { WEIGHT_TOTAL } from './openingBlockers'
import { WeightTotalChip } from './WeightTotalChip'

/** The priorities and criteria of the plan being edited, changed in place while it is a draft. */
export const PlanRulesEditor = () => {
  const plan = useRecordContext<Plan>()
  const translate = useTranslate()
  const weightLeft = WEIGHT_TOTAL - (plan?.weightTotal ?? 0)
  // A new criterion suggests the weight still missing from 100.
  const newCriterion = useMemo(
    () => ({ knockout: false, weight: weightLeft > 0 ? weightLeft : undefined }),
    [weightLeft],
  )
  if (!plan) return null
  const locked = plan.status !== 'draft'
  return (
    <Box sx={{ pt: 2 }}>
      {locked && (
        <Alert severity="info" sx={{ mx: 2, mb: 2 }}>
          {translate('app.plan.locked')}
        </Alert>
      )}
      <Section title="resources.plans.fields.priorities">
        <InlineRows
          reference="priorities"
          planId={plan.id}
          locked={locked}
          readOnly={<PriorityTable />}
          inputs={<PriorityInputs />}
          columns="1fr 1fr 90px 240px"
          addLabel="app.plan.addPriority"
        />
      </Section>
      <Section title="resources.plans.fields.criteria" actions={<WeightTotalChip />}>
        <InlineRows
          reference="criteria"
          planId={plan.id}
          locked={locked}
          readOnly={<CriterionTable />}
          inputs={<CriterionInputs />}
          columns="1fr 1fr 90px 140px 90px 240px"
          addLabel="app.plan.addCriterion"
          newValues={newCriterion}
        />
      </Section>
    </Box>
  )
}
