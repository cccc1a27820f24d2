import { describe, expect, it } from 'vitest'
import {
  type CriterionScore,
  type PanelSeat,
  type RankFacts,
  type ReviewFacts,
  type WeightedCriterion,
  SCORE_LEVELS,
  applicationScore,
  hasKnockout,
  knockedOut,
  meetsThreshold,
  rank,
  reviewProgress,
  reviewTotal,
} from './scoring'

/** The default criteria of DOMAIN: scoring, weights 20 20 15 15 10 10 10, three knockouts. */
const criteria: WeightedCriterion[] = [
  { id: 101, weight: 20, knockout: true },
  { id: 102, weight: 20, knockout: true },
  { id: 103, weight: 15, knockout: false },
  { id: 104, weight: 15, knockout: false },
  { id: 105, weight: 10, knockout: false },
  { id: 106, weight: 10, knockout: true },
  { id: 107, weight: 10, knockout: false },
]

/** One score per default criterion, in the order above. */
const scored = (...levels: number[]): CriterionScore[] =>
  criteria.map((c, i) => ({ criterionId: c.id, score: levels[i] }))

function review(overrides: Partial<ReviewFacts> = {}): ReviewFacts {
  return {
    reviewerId: 1,
    status: 'submitted',
    conflictOfInterest: false,
    total: 70,
    knockout: false,
    ...overrides,
  }
}

describe('SCORE_LEVELS', () => {
  it('runs from 0 insufficient to 4 excellent', () => {
    expect(SCORE_LEVELS).toEqual([0, 1, 2, 3, 4])
  })
})

describe('reviewTotal', () => {
  it('is 100 when everything is excellent and 0 when everything is insufficient', () => {
    expect(reviewTotal(criteria, scored(4, 4, 4, 4, 4, 4, 4))).toBe(100)
    expect(reviewTotal(criteria, scored(0, 0, 0, 0, 0, 0, 0))).toBe(0)
  })

  it('weighs each score: Σ weight × score / 4', () => {
    // 20·3 + 20·2 + 15·4 + 15·1 + 10·3 + 10·2 + 10·0 = 225, / 4 = 56.25
    expect(reviewTotal(criteria, scored(3, 2, 4, 1, 3, 2, 0))).toBe(56.25)
    // 20·2 + 20·2 + 15·3 + 15·3 + 10·2 + 10·2 + 10·2 = 230, / 4 = 57.5
    expect(reviewTotal(criteria, scored(2, 2, 3, 3, 2, 2, 2))).toBe(57.5)
  })

  it('returns the exact total, with no rounding', () => {
    const odd: WeightedCriterion[] = [
      { id: 1, weight: 33, knockout: false },
      { id: 2, weight: 67, knockout: false },
    ]
    expect(
      reviewTotal(odd, [
        { criterionId: 1, score: 1 },
        { criterionId: 2, score: 2 },
      ]),
    ).toBe(41.75)
  })

  it('does not depend on the order of the scores', () => {
    const scores = scored(3, 2, 4, 1, 3, 2, 0)
    expect(reviewTotal(criteria, [...scores].reverse())).toBe(56.25)
  })

  it('is null while a criterion has no score', () => {
    expect(reviewTotal(criteria, scored(4, 4, 4, 4, 4, 4, 4).slice(1))).toBeNull()
    expect(reviewTotal(criteria, [])).toBeNull()
  })

  it('is null when a criterion has two scores', () => {
    const scores = [...scored(4, 4, 4, 4, 4, 4, 4), { criterionId: 101, score: 4 }]
    expect(reviewTotal(criteria, scores)).toBeNull()
  })

  it('is null when a score belongs to a criterion that is not the plan’s', () => {
    const scores = [...scored(4, 4, 4, 4, 4, 4, 4).slice(1), { criterionId: 999, score: 4 }]
    expect(reviewTotal(criteria, scores)).toBeNull()
  })

  it.each([-1, 5, 2.5, Number.NaN])('is null for a score of %d', (level) => {
    expect(reviewTotal(criteria, scored(4, 4, 4, 4, 4, 4, level))).toBeNull()
  })

  it('is null for a plan without criteria', () => {
    expect(reviewTotal([], [])).toBeNull()
  })
})

describe('hasKnockout', () => {
  it('finds a 0 on a knockout criterion', () => {
    expect(hasKnockout(criteria, scored(0, 4, 4, 4, 4, 4, 4))).toBe(true)
    expect(hasKnockout(criteria, scored(4, 4, 4, 4, 4, 0, 4))).toBe(true)
  })

  it('ignores a 0 on an ordinary criterion and a 1 on a knockout criterion', () => {
    expect(hasKnockout(criteria, scored(1, 1, 0, 0, 0, 1, 0))).toBe(false)
  })

  it('finds it in an incomplete review too', () => {
    expect(hasKnockout(criteria, [{ criterionId: 102, score: 0 }])).toBe(true)
    expect(hasKnockout(criteria, [])).toBe(false)
  })
})

describe('applicationScore', () => {
  it('is null without reviews', () => {
    expect(applicationScore([])).toBeNull()
  })

  it('is the mean of the submitted reviews', () => {
    const reviews = [review({ total: 60 }), review({ total: 75 }), review({ total: 72.5 })]
    expect(applicationScore(reviews)).toBe(69.16666666666667)
    expect(applicationScore([review({ total: 80 }), review({ total: 65 })])).toBe(72.5)
  })

  it('leaves out drafts and reviews with a conflict of interest', () => {
    const reviews = [
      review({ total: 60 }),
      review({ status: 'draft', total: 100 }),
      review({ conflictOfInterest: true, total: 0 }),
      review({ total: 80 }),
    ]
    expect(applicationScore(reviews)).toBe(70)
  })

  it('is null when only drafts and conflicted reviews exist', () => {
    const reviews = [review({ status: 'draft' }), review({ conflictOfInterest: true })]
    expect(applicationScore(reviews)).toBeNull()
  })

  it('skips a submitted review without a total rather than counting it as 0', () => {
    expect(applicationScore([review({ total: 80 }), review({ total: null })])).toBe(80)
  })
})

describe('knockedOut', () => {
  it('is true when a counted review has a knockout 0', () => {
    expect(knockedOut([review(), review({ knockout: true })])).toBe(true)
  })

  it('ignores knockouts in drafts and conflicted reviews', () => {
    const reviews = [
      review(),
      review({ status: 'draft', knockout: true }),
      review({ conflictOfInterest: true, knockout: true }),
    ]
    expect(knockedOut(reviews)).toBe(false)
    expect(knockedOut([])).toBe(false)
  })
})

describe('meetsThreshold', () => {
  it('needs at least the minimum score', () => {
    expect(meetsThreshold(60, false, 60)).toBe(true)
    expect(meetsThreshold(100, false, 60)).toBe(true)
    expect(meetsThreshold(59.75, false, 60)).toBe(false)
    expect(meetsThreshold(0, false, 0)).toBe(true)
  })

  it('fails an unscored application', () => {
    expect(meetsThreshold(null, false, 0)).toBe(false)
  })

  it('fails any score when a review has a knockout 0', () => {
    expect(meetsThreshold(95, true, 60)).toBe(false)
  })

  it('holds at the boundary for a mean of several reviews', () => {
    expect(
      meetsThreshold(applicationScore([review({ total: 55 }), review({ total: 65 })]), false, 60),
    ).toBe(true)
    expect(
      meetsThreshold(
        applicationScore([review({ total: 60 }), review({ total: 60 }), review({ total: 59.75 })]),
        false,
        60,
      ),
    ).toBe(false)
  })
})

describe('rank', () => {
  function app(id: number, overrides: Partial<RankFacts> = {}): RankFacts & { title: string } {
    return {
      id,
      title: `Aanvraag ${id}`,
      score: 70,
      expectedParticipants: 20,
      volunteers: 2,
      submittedAt: '2025-03-01T10:00:00.000Z',
      ...overrides,
    }
  }

  const order = (apps: RankFacts[]) => rank(apps).map((a) => [a.id, a.rank])

  it('puts the highest score first and numbers the ranks 1..n', () => {
    const apps = [app(1, { score: 61 }), app(2, { score: 88.5 }), app(3, { score: 72 })]
    expect(order(apps)).toEqual([
      [2, 1],
      [3, 2],
      [1, 3],
    ])
  })

  it('puts unscored applications last', () => {
    const apps = [app(1, { score: null }), app(2, { score: 0 }), app(3, { score: 50 })]
    expect(order(apps).map(([id]) => id)).toEqual([3, 2, 1])
  })

  it('breaks a tie by the residents and volunteers involved, counting unknowns as 0', () => {
    const apps = [
      app(1, { expectedParticipants: 30, volunteers: 0 }),
      app(2, { expectedParticipants: 25, volunteers: 10 }),
      app(3, { expectedParticipants: null, volunteers: null }),
      app(4, { expectedParticipants: 31, volunteers: null }),
    ]
    expect(order(apps).map(([id]) => id)).toEqual([2, 4, 1, 3])
  })

  it('then by the earlier complete submission', () => {
    const apps = [
      app(1, { submittedAt: '2025-03-02T09:00:00.000Z' }),
      app(2, { submittedAt: '2025-03-01T17:30:00.000Z' }),
      app(3, { submittedAt: null }),
      app(4, { submittedAt: '2025-03-01T08:00:00.000Z' }),
    ]
    expect(order(apps).map(([id]) => id)).toEqual([4, 2, 1, 3])
  })

  it('then by id, so that no two applications share a rank', () => {
    const apps = [app(9), app(3), app(5)]
    expect(order(apps)).toEqual([
      [3, 1],
      [5, 2],
      [9, 3],
    ])
  })

  it('applies the tie-breaks only among equal scores', () => {
    const apps = [
      app(1, { score: 70, expectedParticipants: 500 }),
      app(2, { score: 70.25, expectedParticipants: 1, volunteers: 0 }),
    ]
    expect(order(apps).map(([id]) => id)).toEqual([2, 1])
  })

  it('gives the same order whatever order the applications come in', () => {
    const apps = [
      app(1, { score: null }),
      app(2, { score: 80 }),
      app(3, { score: 80, volunteers: 5 }),
      app(4, { score: 65, submittedAt: null }),
      app(5, { score: 65 }),
    ]
    const expected = [3, 2, 5, 4, 1]
    expect(order(apps).map(([id]) => id)).toEqual(expected)
    expect(order([...apps].reverse()).map(([id]) => id)).toEqual(expected)
  })

  it('keeps the other fields and leaves the input as it was', () => {
    const apps = [app(1, { score: 50 }), app(2, { score: 90 })]
    const ranked = rank(apps)
    expect(ranked[0]).toEqual({ ...apps[1], rank: 1 })
    expect(ranked[0].title).toBe('Aanvraag 2')
    expect(apps.map((a) => a.id)).toEqual([1, 2])
    expect(apps[0]).not.toHaveProperty('rank')
  })

  it('ranks nothing as nothing', () => {
    expect(rank([])).toEqual([])
  })
})

describe('reviewProgress', () => {
  const panel: PanelSeat[] = [
    { userId: 1, name: 'Anja' },
    { userId: 2, name: 'Bram' },
    { userId: 3, name: 'Chaima' },
    { userId: 4, name: 'Dirk' },
    { userId: 5, name: 'Esra' },
  ]

  it('puts every member in exactly one group', () => {
    const reviews = [
      review({ reviewerId: 1, status: 'submitted' }),
      review({ reviewerId: 2, status: 'draft', total: null }),
      review({ reviewerId: 4, conflictOfInterest: true, total: null }),
    ]
    const progress = reviewProgress(panel, reviews)
    expect(progress).toEqual({
      submitted: [panel[0]],
      draft: [panel[1]],
      notStarted: [panel[2], panel[4]],
      conflicted: [panel[3]],
    })
    const all = Object.values(progress).flat()
    expect(all).toHaveLength(panel.length)
    expect(new Set(all.map((s) => s.userId)).size).toBe(panel.length)
  })

  it('lets a declared conflict win over a submitted or draft review', () => {
    const reviews = [
      review({ reviewerId: 1, status: 'submitted', conflictOfInterest: true }),
      review({ reviewerId: 2, status: 'draft', conflictOfInterest: true }),
    ]
    const progress = reviewProgress(panel.slice(0, 2), reviews)
    expect(progress.conflicted).toEqual(panel.slice(0, 2))
    expect(progress.submitted).toEqual([])
    expect(progress.draft).toEqual([])
  })

  it('ignores reviews by people who are not on the panel', () => {
    const progress = reviewProgress(panel.slice(0, 1), [review({ reviewerId: 99 })])
    expect(progress).toEqual({ submitted: [], draft: [], notStarted: [panel[0]], conflicted: [] })
  })

  it('has empty groups for an empty panel', () => {
    expect(reviewProgress([], [review()])).toEqual({
      submitted: [],
      draft: [],
      notStarted: [],
      conflicted: [],
    })
  })
})
