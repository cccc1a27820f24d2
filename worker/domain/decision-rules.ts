import type { DECISION_OUTCOMES } from '../db/schema'
import type { Message } from '../lib/messages'
import type { ApplicationStatus } from './application-status'
import { meetsThreshold } from './scoring'

export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number]

/**
 * Statuses in which an application can be decided. One waiting for information is not complete
 * yet (Awb 4:5); decided and withdrawn ones are final.
 */
export const DECIDABLE_STATUSES = ['submitted'] as const

export interface DecisionFacts {
  status: ApplicationStatus
  outcome: DecisionOutcome
  amountCents: number
  requestedCents: number
  /** Why less is awarded than was asked; the applicant reads it with the decision. */
  partialReason: string
  /** What is left under the plan's budget ceiling before this award. */
  remainingCents: number
  score: number | null
  /** A counted review gives a 0 on a knockout criterion (see knockedOut). */
  anyKnockout: boolean
  minScore: number
}

/**
 * Why this decision may not be taken, or null when it may. Anything can be rejected once the
 * application is decidable; an award needs an amount from €0.01 up to what was asked, a reason
 * when it is less, a score that meets the plan's minimum without a knockout 0, and room under the
 * budget ceiling. The caller enforces the ceiling again atomically in SQL; this gives the message.
 */
export function decisionRefusal(p: DecisionFacts): Message | null {
  if (!isDecidable(p.status))
    return { key: 'notDecidable', params: { status: { applicationStatus: p.status } } }
  if (p.outcome === 'rejected') return null
  if (p.amountCents < 1) return { key: 'awardAmountRequired' }
  if (p.amountCents > p.requestedCents) {
    return { key: 'awardAboveRequested', params: { requested: { cents: p.requestedCents } } }
  }
  if (p.amountCents < p.requestedCents && !p.partialReason.trim()) {
    return { key: 'partialReasonRequired' }
  }
  if (!meetsThreshold(p.score, p.anyKnockout, p.minScore)) {
    return { key: 'belowMinimumScore', params: { minScore: p.minScore } }
  }
  if (p.amountCents > p.remainingCents) {
    return { key: 'ceilingExceeded', params: { remaining: { cents: p.remainingCents } } }
  }
  return null
}

/** Whether an application in this status can be decided now. */
export function isDecidable(status: ApplicationStatus): boolean {
  return (DECIDABLE_STATUSES as readonly ApplicationStatus[]).includes(status)
}
