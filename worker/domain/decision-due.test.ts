import { describe, expect, it } from 'vitest'
import {
  DECISION_WEEKS,
  DUE_SOON_DAYS,
  INFO_TERM_DAYS,
  OBJECTION_WEEKS,
  addDays,
  daysBetween,
  decisionDueOn,
  dueStatus,
  infoDueOn,
  objectionDeadline,
  resumedDecisionDueOn,
} from './decision-due'

describe('addDays', () => {
  it.each([
    ['2025-03-10', 0, '2025-03-10'],
    ['2025-03-10', 1, '2025-03-11'],
    ['2025-01-31', 1, '2025-02-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2026-01-01', -1, '2025-12-31'],
  ])('%s + %i days is %s', (date, days, result) => {
    expect(addDays(date, days)).toBe(result)
  })

  it('ignores daylight saving: the last Sunday of March and October are ordinary days', () => {
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31')
    expect(addDays('2025-10-25', 2)).toBe('2025-10-27')
  })
})

describe('daysBetween', () => {
  it.each([
    ['2025-03-10', '2025-03-10', 0],
    ['2025-03-10', '2025-03-24', 14],
    ['2025-03-24', '2025-03-10', -14],
    ['2024-02-01', '2024-03-01', 29],
    ['2025-02-01', '2025-03-01', 28],
    ['2025-12-25', '2026-01-08', 14],
    ['2025-03-29', '2025-03-31', 2],
  ])('from %s to %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days)
  })
})

describe('decisionDueOn', () => {
  it('is 8 weeks, the same weekday, after the day the application was complete', () => {
    expect(DECISION_WEEKS).toBe(8)
    expect(decisionDueOn('2025-03-10')).toBe('2025-05-05')
    expect(decisionDueOn('2025-11-20')).toBe('2026-01-15')
    expect(decisionDueOn('2024-01-05')).toBe('2024-03-01')
  })
})

describe('infoDueOn', () => {
  it('gives 14 days by default', () => {
    expect(INFO_TERM_DAYS).toBe(14)
    expect(infoDueOn('2025-03-10')).toBe('2025-03-24')
    expect(infoDueOn('2025-12-22')).toBe('2026-01-05')
  })

  it('takes another term when one is given', () => {
    expect(infoDueOn('2025-01-31', 28)).toBe('2025-02-28')
  })
})

describe('resumedDecisionDueOn', () => {
  const request = {
    decisionDueOn: '2025-05-05',
    infoRequestedOn: '2025-03-20',
    infoDueOn: '2025-04-03',
  }

  it('moves the last day by the days the applicant took to complete', () => {
    expect(resumedDecisionDueOn({ ...request, completedOn: '2025-03-25' })).toBe('2025-05-10')
  })

  it('moves it by the whole term when completed on its last day', () => {
    expect(resumedDecisionDueOn({ ...request, completedOn: '2025-04-03' })).toBe('2025-05-19')
  })

  it('moves it by no more than the term when completed after it expired', () => {
    expect(resumedDecisionDueOn({ ...request, completedOn: '2025-04-20' })).toBe('2025-05-19')
  })

  it('keeps the old last day when completed on the day of the request', () => {
    expect(resumedDecisionDueOn({ ...request, completedOn: '2025-03-20' })).toBe('2025-05-05')
  })

  it('never moves the last day earlier, even with dates out of order', () => {
    expect(resumedDecisionDueOn({ ...request, completedOn: '2025-03-01' })).toBe('2025-05-05')
  })

  it('crosses a year boundary', () => {
    expect(
      resumedDecisionDueOn({
        decisionDueOn: '2025-12-29',
        infoRequestedOn: '2025-12-15',
        infoDueOn: '2025-12-29',
        completedOn: '2026-01-10',
      }),
    ).toBe('2026-01-12')
  })
})

describe('objectionDeadline', () => {
  it('is 6 weeks, the same weekday, after the decision', () => {
    expect(OBJECTION_WEEKS).toBe(6)
    expect(objectionDeadline('2025-03-10')).toBe('2025-04-21')
    expect(objectionDeadline('2025-12-01')).toBe('2026-01-12')
    expect(objectionDeadline('2024-01-25')).toBe('2024-03-07')
  })
})

describe('dueStatus', () => {
  const today = '2025-03-10'

  it('is null without a last day', () => {
    expect(dueStatus(null, today)).toBeNull()
  })

  it('is overdue once the last day has passed', () => {
    expect(dueStatus('2025-03-09', today)).toBe('overdue')
    expect(dueStatus('2024-12-31', today)).toBe('overdue')
  })

  it('is due soon from the last day itself up to 14 days ahead', () => {
    expect(DUE_SOON_DAYS).toBe(14)
    expect(dueStatus('2025-03-10', today)).toBe('dueSoon')
    expect(dueStatus('2025-03-11', today)).toBe('dueSoon')
    expect(dueStatus('2025-03-24', today)).toBe('dueSoon')
  })

  it('is on time further ahead', () => {
    expect(dueStatus('2025-03-25', today)).toBe('onTime')
    expect(dueStatus('2025-05-05', today)).toBe('onTime')
  })

  it('counts across a month and a year boundary', () => {
    expect(dueStatus('2026-01-05', '2025-12-22')).toBe('dueSoon')
    expect(dueStatus('2026-01-06', '2025-12-22')).toBe('onTime')
    expect(dueStatus('2025-12-31', '2026-01-01')).toBe('overdue')
  })
})
