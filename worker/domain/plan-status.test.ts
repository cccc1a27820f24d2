import { describe, expect, it } from 'vitest'
import { type PlanStatus, WEIGHT_TOTAL, planTransitionRefusal } from './plan-status'

const complete = { weightTotal: WEIGHT_TOTAL, priorityCount: 2 }

describe('planTransitionRefusal', () => {
  it.each([
    ['draft', 'open'],
    ['open', 'closed'],
    ['closed', 'open'],
  ] as [PlanStatus, PlanStatus][])('allows %s → %s for a complete plan', (from, to) => {
    expect(planTransitionRefusal(from, to, complete)).toBeNull()
  })

  it.each([
    ['draft', 'closed'],
    ['open', 'draft'],
    ['closed', 'draft'],
  ] as [PlanStatus, PlanStatus][])('refuses %s → %s, naming both statuses', (from, to) => {
    expect(planTransitionRefusal(from, to, complete)).toEqual({
      key: 'planTransition',
      params: { from: { planStatus: from }, to: { planStatus: to } },
    })
  })

  it('lets a status stay what it is, whatever the contents', () => {
    const empty = { weightTotal: 0, priorityCount: 0 }
    for (const status of ['draft', 'open', 'closed'] as const) {
      expect(planTransitionRefusal(status, status, empty)).toBeNull()
    }
  })

  it.each([0, 99, 101])('refuses to open with criteria weights summing to %i', (sum) => {
    expect(planTransitionRefusal('draft', 'open', { ...complete, weightTotal: sum })).toEqual({
      key: 'planWeights',
      params: { sum },
    })
    expect(planTransitionRefusal('closed', 'open', { ...complete, weightTotal: sum })?.key).toBe(
      'planWeights',
    )
  })

  it('refuses to open without priorities', () => {
    expect(planTransitionRefusal('draft', 'open', { ...complete, priorityCount: 0 })).toEqual({
      key: 'planNoPriorities',
    })
  })

  it('checks the transition itself before the contents', () => {
    const empty = { weightTotal: 0, priorityCount: 0 }
    expect(planTransitionRefusal('draft', 'closed', empty)?.key).toBe('planTransition')
  })

  it('closes a plan whatever its contents', () => {
    expect(planTransitionRefusal('open', 'closed', { weightTotal: 0, priorityCount: 0 })).toBeNull()
  })
})
