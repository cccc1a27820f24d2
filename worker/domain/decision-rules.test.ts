import { describe, expect, it } from 'vitest'
import { APPLICATION_STATUSES } from '../db/schema'
import { translate } from '../lib/messages'
import {
  type DecisionFacts,
  DECIDABLE_STATUSES,
  decisionRefusal,
  isDecidable,
} from './decision-rules'

/** A full award of €2,500 to a submitted application scoring 72 with €10,000 left in the plan. */
function facts(overrides: Partial<DecisionFacts> = {}): DecisionFacts {
  return {
    status: 'submitted',
    outcome: 'awarded',
    amountCents: 250_000,
    requestedCents: 250_000,
    partialReason: '',
    remainingCents: 1_000_000,
    score: 72,
    anyKnockout: false,
    minScore: 60,
    ...overrides,
  }
}

const undecidable = APPLICATION_STATUSES.filter((s) => s !== 'submitted')

describe('isDecidable', () => {
  it('decides only submitted applications', () => {
    expect(DECIDABLE_STATUSES).toEqual(['submitted'])
    expect(isDecidable('submitted')).toBe(true)
    for (const status of undecidable) expect(isDecidable(status)).toBe(false)
  })
})

describe('decisionRefusal', () => {
  it('allows a full award that meets every rule', () => {
    expect(decisionRefusal(facts())).toBeNull()
  })

  it.each(undecidable)('refuses to decide an application that is %s', (status) => {
    expect(decisionRefusal(facts({ status }))).toEqual({
      key: 'notDecidable',
      params: { status: { applicationStatus: status } },
    })
    expect(decisionRefusal(facts({ status, outcome: 'rejected' }))?.key).toBe('notDecidable')
  })

  it('rejects whatever the amount, score or budget', () => {
    const hopeless = {
      outcome: 'rejected' as const,
      amountCents: 0,
      score: null,
      anyKnockout: true,
      remainingCents: 0,
    }
    expect(decisionRefusal(facts(hopeless))).toBeNull()
  })

  it.each([0, -100])('refuses an award of %i cents', (amountCents) => {
    expect(decisionRefusal(facts({ amountCents }))).toEqual({ key: 'awardAmountRequired' })
  })

  it('refuses to award more than was requested, naming the request in euros', () => {
    expect(decisionRefusal(facts({ amountCents: 250_001 }))).toEqual({
      key: 'awardAboveRequested',
      params: { requested: { cents: 250_000 } },
    })
    expect(
      decisionRefusal(facts({ requestedCents: 123_456, amountCents: 123_457, partialReason: 'x' })),
    ).toEqual({ key: 'awardAboveRequested', params: { requested: { cents: 123_456 } } })
  })

  it('needs a reason to award less than was requested', () => {
    expect(decisionRefusal(facts({ amountCents: 200_000 }))).toEqual({
      key: 'partialReasonRequired',
    })
    expect(decisionRefusal(facts({ amountCents: 200_000, partialReason: '  \n ' }))).toEqual({
      key: 'partialReasonRequired',
    })
    const reason = 'De huur van de zaal is niet nodig: het buurthuis is gratis.'
    expect(decisionRefusal(facts({ amountCents: 200_000, partialReason: reason }))).toBeNull()
  })

  it('refuses an award below the minimum score, without a score, or with a knockout 0', () => {
    const refusal = { key: 'belowMinimumScore', params: { minScore: 60 } }
    expect(decisionRefusal(facts({ score: 59.75 }))).toEqual(refusal)
    expect(decisionRefusal(facts({ score: null }))).toEqual(refusal)
    expect(decisionRefusal(facts({ score: 95, anyKnockout: true }))).toEqual(refusal)
    expect(decisionRefusal(facts({ score: 60 }))).toBeNull()
  })

  it('uses the plan’s own minimum score', () => {
    expect(decisionRefusal(facts({ score: 72, minScore: 75 }))).toEqual({
      key: 'belowMinimumScore',
      params: { minScore: 75 },
    })
    expect(decisionRefusal(facts({ score: 50, minScore: 50 }))).toBeNull()
  })

  it('refuses an award above what is left under the ceiling, naming what is left in euros', () => {
    expect(decisionRefusal(facts({ remainingCents: 249_999 }))).toEqual({
      key: 'ceilingExceeded',
      params: { remaining: { cents: 249_999 } },
    })
    expect(decisionRefusal(facts({ remainingCents: 0 }))?.key).toBe('ceilingExceeded')
  })

  it('allows an award that uses up exactly what is left', () => {
    expect(decisionRefusal(facts({ remainingCents: 250_000 }))).toBeNull()
  })

  it('names the first problem only, in the order a coordinator fixes them', () => {
    const all = {
      amountCents: 300_000,
      score: 10,
      remainingCents: 0,
    }
    expect(decisionRefusal(facts({ ...all, status: 'info_requested' }))?.key).toBe('notDecidable')
    expect(decisionRefusal(facts(all))?.key).toBe('awardAboveRequested')
    expect(decisionRefusal(facts({ ...all, amountCents: 100_000 }))?.key).toBe(
      'partialReasonRequired',
    )
    const explained = { ...all, amountCents: 100_000, partialReason: 'Deels' }
    expect(decisionRefusal(facts(explained))?.key).toBe('belowMinimumScore')
    expect(decisionRefusal(facts({ ...explained, score: 80 }))?.key).toBe('ceilingExceeded')
  })

  it('shows amounts the way the reader writes them', () => {
    const refusal = decisionRefusal(facts({ remainingCents: 123_456 }))
    expect(refusal && translate('nl', refusal)).toMatch(/€\s1\.234,56 over/)
    expect(refusal && translate('en', refusal)).toContain('€1,234.56 is left')
  })
})
