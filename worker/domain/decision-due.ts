/** Weeks within which a complete application is decided (Awb 4:13, DOMAIN: time limits). */
export const DECISION_WEEKS = 8

/** Default term in days for completing an incomplete application (Awb 4:5). */
export const INFO_TERM_DAYS = 14

const DAY_MS = 24 * 60 * 60 * 1000

function toUtcMs(date: string): number {
  const [year, month, day] = date.split('-').map(Number)
  return Date.UTC(year, month - 1, day)
}

/** The ISO date `days` later (earlier when negative): `2025-01-31`, 1 → `2025-02-01`. */
export function addDays(date: string, days: number): string {
  return new Date(toUtcMs(date) + days * DAY_MS).toISOString().slice(0, 10)
}

/** Whole days from one ISO date to another; negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS)
}

/** The last day for the decision: 8 weeks after the day the application was complete. */
export function decisionDueOn(completeOn: string): string {
  return addDays(completeOn, DECISION_WEEKS * 7)
}

/** The last day for completing an application, counted from the day the information was asked. */
export function infoDueOn(requestedOn: string, days = INFO_TERM_DAYS): string {
  return addDays(requestedOn, days)
}

export interface InfoRequestDates {
  decisionDueOn: string
  infoRequestedOn: string
  infoDueOn: string
  completedOn: string
}

/**
 * The decision's last day once an application is completed. The clock stood still from the
 * request until the completion, but no longer than the term the applicant was given (Awb 4:15):
 * completing late does not buy the network more time. Never earlier than the old last day.
 */
export function resumedDecisionDueOn(p: InfoRequestDates): string {
  const resumedOn = p.completedOn < p.infoDueOn ? p.completedOn : p.infoDueOn
  return addDays(p.decisionDueOn, Math.max(0, daysBetween(p.infoRequestedOn, resumedOn)))
}

/** Weeks the applicant has to object to a decision (Awb 6:7, DOMAIN: time limits). */
export const OBJECTION_WEEKS = 6

/** The last day for an objection, 6 weeks after the decision; the letter states it. */
export function objectionDeadline(decidedOn: string): string {
  return addDays(decidedOn, OBJECTION_WEEKS * 7)
}

/** A decision due within this many days is flagged to coordinators as due soon. */
export const DUE_SOON_DAYS = 14

/**
 * Where an application stands against its decision's last day: overdue once the day has passed,
 * due soon from 14 days before it up to and including the day itself, on time before that. Null
 * when there is no last day because the application was never complete.
 */
export function dueStatus(
  decisionDueOn: string | null,
  today: string,
): 'overdue' | 'dueSoon' | 'onTime' | null {
  if (decisionDueOn === null) return null
  if (decisionDueOn < today) return 'overdue'
  return daysBetween(today, decisionDueOn) <= DUE_SOON_DAYS ? 'dueSoon' : 'onTime'
}
