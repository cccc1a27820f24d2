import { describe, expect, it } from 'vitest'
import { REPORT_REMINDER_DAYS, REPORT_WEEKS, reportDueOn, reportReminderStage } from './report-due'

describe('reportDueOn', () => {
  it('is 13 weeks after the activity’s last day', () => {
    expect(REPORT_WEEKS).toBe(13)
    expect(reportDueOn('2026-06-30')).toBe('2026-09-29')
  })

  it('counts across the year’s end', () => {
    expect(reportDueOn('2026-12-01')).toBe('2027-03-02')
  })
})

describe('reportReminderStage', () => {
  // Ends 2026-06-30: the report is due 2026-09-29, the second reminder from 2026-09-15.
  const endsOn = '2026-06-30'

  it.each([
    ['2026-06-01', null],
    ['2026-06-30', null],
    ['2026-07-01', 'ended'],
    ['2026-09-14', 'ended'],
    ['2026-09-15', 'dueSoon'],
    ['2026-09-29', 'dueSoon'],
    ['2026-12-01', 'dueSoon'],
  ])('on %s the reminder due is %s', (today, stage) => {
    expect(reportReminderStage(endsOn, today)).toBe(stage)
  })

  it('reminds the second time 14 days before the last day', () => {
    expect(REPORT_REMINDER_DAYS).toBe(14)
  })
})
