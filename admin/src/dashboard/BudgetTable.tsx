import { Link, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material'
import { useLocaleState, useTranslate } from 'react-admin'
import { formatEuros } from '../common/money'
import type { PlanBudget } from './api'

const COLUMNS = ['budget', 'awarded', 'paid', 'settled', 'remaining'] as const
const CENTS: Record<(typeof COLUMNS)[number], keyof PlanBudget> = {
  budget: 'budgetCents',
  awarded: 'awardedCents',
  paid: 'paidCents',
  settled: 'settledCents',
  remaining: 'remainingCents',
}

/** The budget of every plan shown, per network and plan; choosing a plan shows its figures. */
export const BudgetTable = ({
  plans,
  selected,
  onSelect,
}: {
  plans: PlanBudget[]
  selected: number | undefined
  onSelect: (planId: number) => void
}) => {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  return (
    <Table size="small" data-testid="budget-table">
      <TableHead>
        <TableRow>
          <TableCell>{translate('dashboard.budget.network')}</TableCell>
          <TableCell>{translate('dashboard.budget.plan')}</TableCell>
          {COLUMNS.map((column) => (
            <TableCell key={column} align="right">
              {translate(`dashboard.budget.${column}`)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {plans.map((plan) => (
          <TableRow key={plan.planId}>
            <TableCell>{plan.networkName}</TableCell>
            <TableCell>
              <Link
                component="button"
                type="button"
                onClick={() => onSelect(plan.planId)}
                aria-current={plan.planId === selected ? 'true' : undefined}
                sx={{ textAlign: 'left', fontWeight: plan.planId === selected ? 700 : undefined }}
              >
                {plan.planTitle}
              </Link>
            </TableCell>
            {COLUMNS.map((column) => (
              <TableCell key={column} align="right">
                {formatEuros(Number(plan[CENTS[column]]), locale)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
