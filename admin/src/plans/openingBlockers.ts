import type { Plan } from '../types'

/** Criteria weights must add up to exactly this before a plan opens (DOMAIN: scoring). */
export const WEIGHT_TOTAL = 100

/**
 * Why a plan cannot open yet, as i18n keys with parameters; the API checks the same rules and
 * has the last word.
 */
export function openingBlockers(plan: Plan): { key: string; params?: Record<string, number> }[] {
  const blockers = []
  if (plan.weightTotal !== WEIGHT_TOTAL) {
    blockers.push({ key: 'app.plan.weightsOff', params: { total: plan.weightTotal } })
  }
  if (plan.priorityCount === 0) blockers.push({ key: 'app.plan.noPriorities' })
  return blockers
}
