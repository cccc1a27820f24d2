import type { PLAN_STATUSES } from '../db/schema'
import type { Message } from '../lib/messages'

export type PlanStatus = (typeof PLAN_STATUSES)[number]

/** Criteria weights of a plan must add up to exactly this before it opens (DOMAIN: scoring). */
export const WEIGHT_TOTAL = 100

/** Draft plans open once; an open plan closes and may reopen within its year. */
const allowed: Record<PlanStatus, readonly PlanStatus[]> = {
  draft: ['open'],
  open: ['closed'],
  closed: ['open'],
}

export interface PlanContents {
  weightTotal: number
  priorityCount: number
}

/**
 * Why a plan may not move from one status to another, or null when it may. Opening needs the
 * published rules complete: at least one priority and criteria weights that sum to 100.
 */
export function planTransitionRefusal(
  from: PlanStatus,
  to: PlanStatus,
  contents: PlanContents,
): Message | null {
  if (from === to) return null
  if (!allowed[from].includes(to))
    return { key: 'planTransition', params: { from: { planStatus: from }, to: { planStatus: to } } }
  if (to === 'open' && contents.weightTotal !== WEIGHT_TOTAL) {
    return { key: 'planWeights', params: { sum: contents.weightTotal } }
  }
  if (to === 'open' && contents.priorityCount === 0) return { key: 'planNoPriorities' }
  return null
}
