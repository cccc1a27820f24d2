import { Alert, Grid, Stack, TextField, Typography } from '@mui/material'
import { Loading, useStore, useTranslate } from 'react-admin'
import { BudgetFigures } from './BudgetFigures'
import { BudgetTable } from './BudgetTable'
import { DecisionsDueCard } from './DecisionsDueCard'
import { PipelineChart } from './PipelineChart'
import { PriorityChart } from './PriorityChart'
import { ReviewProgress } from './ReviewProgress'
import { type PlanBudget, useWidget } from './api'
import { WidgetCard } from './WidgetCard'

/** The plan shown: the one chosen before if it is of the year, else the year's first open one. */
function shownPlan(plans: PlanBudget[], chosen: number | undefined): PlanBudget {
  return (
    plans.find((p) => p.planId === chosen) ?? plans.find((p) => p.planStatus === 'open') ?? plans[0]
  )
}

/** The year shown: the one chosen before, else this year, else the latest with a plan. */
function shownYear(years: number[], chosen: number | undefined): number {
  if (chosen !== undefined && years.includes(chosen)) return chosen
  const thisYear = new Date().getFullYear()
  return years.includes(thisYear) ? thisYear : years[0]
}

/** The figures of one plan: where its money went, where its applications stand, its reviews. */
const PlanWidgets = ({ planId }: { planId: number }) => {
  const priorities = useWidget('priorities', { planId })
  const pipeline = useWidget('pipeline', { planId })
  const reviews = useWidget('review-progress', { planId })
  return (
    <>
      <Grid size={{ xs: 12, lg: 6 }}>
        <WidgetCard title="dashboard.priorities.title" query={priorities} testId="priorities">
          {(rows) => <PriorityChart priorities={rows} />}
        </WidgetCard>
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <WidgetCard title="dashboard.pipeline.title" query={pipeline} testId="pipeline">
          {([row]) => <PipelineChart pipeline={row} />}
        </WidgetCard>
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <WidgetCard title="dashboard.reviews.title" query={reviews} testId="reviews">
          {([row]) => <ReviewProgress progress={row} />}
        </WidgetCard>
      </Grid>
    </>
  )
}

/**
 * The coordinator's dashboard (and the admin's, over every network): for the chosen plan, how
 * much is left, awarded and paid; where the money went per priority; where the applications
 * stand; how far the panel is; and which decisions are overdue or due soon.
 */
export const CoordinatorDashboard = () => {
  const translate = useTranslate()
  const budget = useWidget('budget')
  const [chosenYear, setYear] = useStore<number | undefined>('dashboard.year')
  const [chosenPlan, setPlan] = useStore<number | undefined>('dashboard.planId')
  if (budget.error) return <Alert severity="error">{budget.error.message}</Alert>
  if (!budget.data) return <Loading />
  if (budget.data.length === 0) {
    return (
      <Typography variant="body1" sx={{ mt: 2 }}>
        {translate('dashboard.noPlans')}
      </Typography>
    )
  }
  const years = [...new Set(budget.data.map((p) => p.year))]
  const year = shownYear(years, chosenYear)
  const plans = budget.data.filter((p) => p.year === year)
  const plan = shownPlan(plans, chosenPlan)
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>
          {translate('dashboard.title')}
        </Typography>
        <TextField
          select
          size="small"
          fullWidth={false}
          label={translate('dashboard.year')}
          value={year}
          onChange={(event) => setYear(Number(event.target.value))}
          slotProps={{ select: { native: true } }}
          sx={{ minWidth: 120 }}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          fullWidth={false}
          label={translate('dashboard.plan')}
          value={plan.planId}
          onChange={(event) => setPlan(Number(event.target.value))}
          slotProps={{ select: { native: true } }}
          sx={{ minWidth: 320 }}
        >
          {plans.map((p) => (
            <option key={p.planId} value={p.planId}>
              {translate('dashboard.planOption', { network: p.networkName, plan: p.planTitle })}
            </option>
          ))}
        </TextField>
      </Stack>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 8 }}>
          <WidgetCard title="dashboard.budget.title" query={budget} testId="budget">
            {() => (
              <>
                <Typography variant="subtitle1" color="text.secondary" sx={{ mb: 1 }}>
                  {translate('dashboard.planOption', {
                    network: plan.networkName,
                    plan: plan.planTitle,
                  })}
                </Typography>
                <BudgetFigures plan={plan} />
              </>
            )}
          </WidgetCard>
        </Grid>
        <Grid size={{ xs: 12, lg: 4 }}>
          <DecisionsDueCard />
        </Grid>
        <PlanWidgets planId={plan.planId} />
        {plans.length > 1 && (
          <Grid size={12}>
            <WidgetCard title="dashboard.budget.allPlans" query={budget} testId="budget-per-plan">
              {() => <BudgetTable plans={plans} selected={plan.planId} onSelect={setPlan} />}
            </WidgetCard>
          </Grid>
        )}
      </Grid>
    </Stack>
  )
}
