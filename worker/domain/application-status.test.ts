import { describe, expect, it } from 'vitest'
import { APPLICATION_STATUSES } from '../db/schema'
import {
  type ApplicationStatus,
  applicationTransitionRefusal,
  isEditableByApplicant,
  isWithdrawable,
} from './application-status'

const allowedPairs = new Set([
  'draft→submitted',
  'submitted→info_requested',
  'submitted→withdrawn',
  'submitted→awarded',
  'submitted→rejected',
  'info_requested→submitted',
  'info_requested→withdrawn',
  'awarded→reported',
  'reported→settled',
])

/** The refusal every pair must get; written out by hand, not derived from the module. */
function expected(from: ApplicationStatus, to: ApplicationStatus) {
  if (allowedPairs.has(`${from}→${to}`)) return null
  if (to === 'submitted' && from === 'submitted') return { key: 'alreadySubmitted' }
  if (to === 'submitted' && from === 'withdrawn') return { key: 'applicationWithdrawn' }
  if (from === 'draft' && to === 'withdrawn') return { key: 'draftNotWithdrawable' }
  if (to === 'submitted' && ['awarded', 'rejected', 'reported', 'settled'].includes(from)) {
    return { key: 'alreadyDecided' }
  }
  return {
    key: 'applicationTransition',
    params: { from: { applicationStatus: from }, to: { applicationStatus: to } },
  }
}

const pairs = APPLICATION_STATUSES.flatMap((from) =>
  APPLICATION_STATUSES.map((to) => [from, to] as const),
)

describe('applicationTransitionRefusal', () => {
  it('covers all 64 pairs of statuses', () => {
    expect(pairs).toHaveLength(64)
  })

  it.each(pairs)('%s → %s', (from, to) => {
    expect(applicationTransitionRefusal(from, to)).toEqual(expected(from, to))
  })

  it('allows exactly the ten transitions of the life of an application', () => {
    const allowed = pairs.filter(([from, to]) => applicationTransitionRefusal(from, to) === null)
    expect(allowed.map(([from, to]) => `${from}→${to}`).sort()).toEqual([...allowedPairs].sort())
  })

  it('refuses to stay in the same status', () => {
    for (const status of APPLICATION_STATUSES) {
      expect(applicationTransitionRefusal(status, status)).not.toBeNull()
    }
  })
})

describe('isEditableByApplicant', () => {
  it.each(APPLICATION_STATUSES)('%s', (status) => {
    expect(isEditableByApplicant(status)).toBe(status === 'draft' || status === 'info_requested')
  })
})

describe('isWithdrawable', () => {
  it.each(APPLICATION_STATUSES)('%s', (status) => {
    expect(isWithdrawable(status)).toBe(['submitted', 'info_requested'].includes(status))
  })
})
