import { describe, expect, it } from 'vitest'
import {
  ADVANCE_DUE_DAYS,
  SPLIT_THRESHOLD_CENTS,
  payoutSchedule,
  scheduledNow,
} from './payout-schedule'

const decidedOn = '2025-03-10'
/** decidedOn + 6 weeks. */
const advanceDueOn = '2025-04-21'

const sum = (cents: number[]) => cents.reduce((a, b) => a + b, 0)

describe('payoutSchedule below €5,000', () => {
  it('pays everything as one advance, due 6 weeks after the decision', () => {
    expect(ADVANCE_DUE_DAYS).toBe(42)
    expect(payoutSchedule(250_000, decidedOn, '2025-06-01')).toEqual([
      { number: 1, kind: 'advance', amountCents: 250_000, dueOn: advanceDueOn },
    ])
  })

  it('does so up to one cent below the threshold, whatever the start date', () => {
    expect(SPLIT_THRESHOLD_CENTS).toBe(500_000)
    expect(payoutSchedule(499_999, decidedOn, null)).toEqual([
      { number: 1, kind: 'advance', amountCents: 499_999, dueOn: advanceDueOn },
    ])
    expect(payoutSchedule(1, decidedOn, '2025-03-11')).toEqual([
      { number: 1, kind: 'advance', amountCents: 1, dueOn: advanceDueOn },
    ])
  })
})

describe('payoutSchedule from €5,000', () => {
  it('pays 47.5% in advance, 47.5% at the start and 5% after settlement', () => {
    expect(payoutSchedule(500_000, decidedOn, '2025-06-01')).toEqual([
      { number: 1, kind: 'advance', amountCents: 237_500, dueOn: advanceDueOn },
      { number: 2, kind: 'installment', amountCents: 237_500, dueOn: '2025-06-01' },
      { number: 3, kind: 'final', amountCents: 25_000, dueOn: null },
    ])
  })

  it.each([500_001, 1_234_567, 750_003, 999_999, 10_000_000])(
    'rounds each 47.5%% of %i cents down and gives the final part the rest',
    (amountCents) => {
      const parts = payoutSchedule(amountCents, decidedOn, null)
      const part = Math.floor((amountCents * 475) / 1000)
      expect(parts.map((p) => p.amountCents)).toEqual([part, part, amountCents - 2 * part])
      expect(sum(parts.map((p) => p.amountCents))).toBe(amountCents)
      expect(parts.every((p) => Number.isInteger(p.amountCents) && p.amountCents > 0)).toBe(true)
    },
  )

  it('splits odd amounts exactly', () => {
    expect(payoutSchedule(500_001, decidedOn, null).map((p) => p.amountCents)).toEqual([
      237_500, 237_500, 25_001,
    ])
    expect(payoutSchedule(1_234_567, decidedOn, null).map((p) => p.amountCents)).toEqual([
      586_419, 586_419, 61_729,
    ])
  })

  it('never makes the installment due before the advance', () => {
    const dueOn = (startsOn: string | null) => payoutSchedule(600_000, decidedOn, startsOn)[1].dueOn
    expect(dueOn('2025-04-01')).toBe(advanceDueOn)
    expect(dueOn('2025-03-01')).toBe(advanceDueOn)
    expect(dueOn(advanceDueOn)).toBe(advanceDueOn)
    expect(dueOn('2025-04-22')).toBe('2025-04-22')
  })

  it('makes the installment due with the advance when the start is unknown', () => {
    expect(payoutSchedule(600_000, decidedOn, null)[1].dueOn).toBe(advanceDueOn)
  })

  it('counts 6 weeks across a year boundary', () => {
    expect(payoutSchedule(100_000, '2025-12-01', null)[0].dueOn).toBe('2026-01-12')
  })
})

describe('payoutSchedule for amounts that are not a grant', () => {
  it.each([0, -1, -500_000, 0.5, 1_000.25, Number.NaN, Number.POSITIVE_INFINITY])(
    'throws a RangeError for %d cents',
    (amountCents) => {
      expect(() => payoutSchedule(amountCents, decidedOn, null)).toThrow(RangeError)
    },
  )
})

describe('scheduledNow', () => {
  it('keeps the payouts with a due date, leaving the final one for the settlement', () => {
    const schedule = payoutSchedule(800_000, decidedOn, '2025-07-01')
    expect(scheduledNow(schedule)).toEqual(schedule.slice(0, 2))
    expect(scheduledNow(schedule).map((p) => p.number)).toEqual([1, 2])
  })

  it('keeps the single advance of a small grant', () => {
    const schedule = payoutSchedule(40_000, decidedOn, null)
    expect(scheduledNow(schedule)).toEqual(schedule)
  })
})
