import { useQuery } from '@tanstack/react-query'
import { httpClient } from '../dataProvider'
import type { ApplicationStatus, PayoutBatchStatus } from '../types'

/** The widgets' figures as `/api/dashboard/*` answers them; every amount in cents. */

export interface PlanBudget {
  planId: number
  planTitle: string
  year: number
  planStatus: string
  networkId: number
  networkName: string
  budgetCents: number
  awardedCents: number
  paidCents: number
  reclaimCents: number
  settledCents: number
  remainingCents: number
}

export interface PriorityFigures {
  planId: number
  priorityId: number
  title: string
  applicationCount: number
  awardedCount: number
  awardedCents: number
}

export type PipelineStatus = Exclude<ApplicationStatus, 'draft'>

export interface Pipeline {
  planId: number
  counts: Record<PipelineStatus, number>
}

export interface ReviewFigures {
  planId: number
  applications: number
  panelSize: number
  expected: number
  submitted: number
  drafts: number
  conflicted: number
}

export interface DecisionsDue {
  overdue: number
  dueSoon: number
  first: {
    id: number
    reference: string
    title: string
    decisionDueOn: string
    dueStatus: 'overdue' | 'dueSoon'
  }[]
}

export interface DueBucket {
  from: string | null
  to: string
  count: number
  totalCents: number
}

export interface PayoutsDue {
  today: string
  late: DueBucket
  thisWeek: DueBucket
  nextWeek: DueBucket
}

interface Sum {
  count: number
  totalCents: number
}

export type HoldReason = 'noAccount' | 'pendingChange'

export interface HeldPayouts extends Sum {
  byReason: Record<HoldReason, Sum>
  first: {
    id: number
    reference: string
    title: string
    dueOn: string
    amountCents: number
    reason: HoldReason
  }[]
}

export interface UnpaidBatches {
  open: Sum & { batches: number }
  exported: Sum & { batches: number }
  batches: {
    id: number
    status: PayoutBatchStatus
    executionDate: string
    count: number
    totalCents: number
    exportedAt: string | null
  }[]
}

interface Widgets {
  budget: PlanBudget[]
  priorities: PriorityFigures[]
  pipeline: Pipeline[]
  'review-progress': ReviewFigures[]
  'decisions-due': DecisionsDue
  'payouts-due': PayoutsDue
  'held-payouts': HeldPayouts
  batches: UnpaidBatches
}

export type Scope = { networkId?: number; planId?: number; year?: number }

/**
 * One widget's figures. Under the `dashboard` key, so react-admin's refresh (after a batch is
 * made, downloaded or paid) reloads them with everything else.
 */
export function useWidget<W extends keyof Widgets>(widget: W, scope: Scope = {}) {
  return useQuery({
    queryKey: ['dashboard', widget, scope],
    queryFn: async () => {
      const query = new URLSearchParams(
        Object.entries(scope).flatMap(([key, value]) =>
          value === undefined ? [] : [[key, String(value)]],
        ),
      )
      return (await httpClient(`/api/dashboard/${widget}?${query}`)).json as Widgets[W]
    },
  })
}
