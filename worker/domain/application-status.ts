import type { APPLICATION_STATUSES } from '../db/schema'
import type { Message } from '../lib/messages'

export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]

/**
 * The applicant submits or withdraws, a coordinator asks for more information or decides, and an
 * award is reported on and then settled. Rejected, withdrawn and settled are final. A draft is
 * not withdrawn but deleted: nothing was handed in, so nothing needs keeping.
 */
const allowed: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  draft: ['submitted'],
  submitted: ['info_requested', 'withdrawn', 'awarded', 'rejected'],
  info_requested: ['submitted', 'withdrawn'],
  awarded: ['reported'],
  rejected: [],
  withdrawn: [],
  reported: ['settled'],
  settled: [],
}

const decided: readonly ApplicationStatus[] = ['awarded', 'rejected', 'reported', 'settled']

/**
 * Why an application may not move from one status to another, or null when it may. Staying in the
 * same status is refused too: submitting twice must not send a second receipt. Submitting again
 * gets a message the applicant can act on.
 */
export function applicationTransitionRefusal(
  from: ApplicationStatus,
  to: ApplicationStatus,
): Message | null {
  if (allowed[from].includes(to)) return null
  if (to === 'submitted' && from === 'submitted') return { key: 'alreadySubmitted' }
  if (to === 'submitted' && from === 'withdrawn') return { key: 'applicationWithdrawn' }
  if (to === 'submitted' && decided.includes(from)) return { key: 'alreadyDecided' }
  if (from === 'draft' && to === 'withdrawn') return { key: 'draftNotWithdrawable' }
  return {
    key: 'applicationTransition',
    params: { from: { applicationStatus: from }, to: { applicationStatus: to } },
  }
}

/** Whether the applicant may still change the application: before submitting or when asked to. */
export function isEditableByApplicant(status: ApplicationStatus): boolean {
  return status === 'draft' || status === 'info_requested'
}

/** Whether the applicant may still withdraw the application: after submitting, before a decision. */
export function isWithdrawable(status: ApplicationStatus): boolean {
  return allowed[status].includes('withdrawn')
}
