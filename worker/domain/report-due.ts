import { addDays } from './decision-due'

/**
 * Weeks after the activity's last day within which the initiative reports (DOMAIN:
 * accountability). DOMAIN sets this term for grants above € 5,000; smaller grants report "shortly"
 * without a term, so the same 13 weeks is used for them: one date every initiative can be held to.
 */
export const REPORT_WEEKS = 13

/** Days before the report's last day on which the initiative is reminded a second time. */
export const REPORT_REMINDER_DAYS = 14

/** The last day for the report of an activity that ended on `endsOn`. */
export function reportDueOn(endsOn: string): string {
  return addDays(endsOn, REPORT_WEEKS * 7)
}

/**
 * Which reminder of the report is due today: `ended` from the day after the activity ended (it
 * tells the date while the activity is fresh), `dueSoon` from 14 days before the last day on
 * (also once the day has passed, while no report came in). Null while the activity still runs.
 */
export function reportReminderStage(endsOn: string, today: string): 'ended' | 'dueSoon' | null {
  if (today <= endsOn) return null
  return today < addDays(reportDueOn(endsOn), -REPORT_REMINDER_DAYS) ? 'ended' : 'dueSoon'
}
