import type { REVIEW_STATUSES } from '../db/schema'

export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

/**
 * The levels a criterion is scored on: 0 insufficient, 1 weak, 2 sufficient, 3 good, 4 excellent
 * (DOMAIN: scoring). The UI words them itself.
 */
export const SCORE_LEVELS = [0, 1, 2, 3, 4] as const

const TOP_LEVEL = SCORE_LEVELS[SCORE_LEVELS.length - 1]

/** A criterion of a plan as far as scoring needs it; the weights of a plan add up to 100. */
export interface WeightedCriterion {
  id: number
  weight: number
  knockout: boolean
}

/** One reviewer's score on one criterion. */
export interface CriterionScore {
  criterionId: number
  score: number
}

/**
 * A review's total, 0–100: Σ weight × score / 4 over the plan's criteria. Null while the review is
 * incomplete or does not fit the plan: every criterion needs exactly one whole score from 0 to 4,
 * and no score may belong to another criterion. Not rounded: whole weights make every total a
 * multiple of 0.25, which a float holds exactly.
 */
export function reviewTotal(
  criteria: WeightedCriterion[],
  scores: CriterionScore[],
): number | null {
  if (criteria.length === 0 || scores.length !== criteria.length) return null
  let weighted = 0
  for (const criterion of criteria) {
    const own = scores.filter((s) => s.criterionId === criterion.id)
    if (own.length !== 1 || !isScoreLevel(own[0].score)) return null
    weighted += criterion.weight * own[0].score
  }
  return weighted / TOP_LEVEL
}

/** Whether the review gives a 0 on a knockout criterion, which rules out a grant. */
export function hasKnockout(criteria: WeightedCriterion[], scores: CriterionScore[]): boolean {
  const knockouts = new Set(criteria.filter((c) => c.knockout).map((c) => c.id))
  return scores.some((s) => s.score === 0 && knockouts.has(s.criterionId))
}

/** What the application's score and ranking need to know about one review. */
export interface ReviewFacts {
  reviewerId: number
  status: ReviewStatus
  conflictOfInterest: boolean
  total: number | null
  knockout: boolean
}

/**
 * The application's score: the mean total of its submitted reviews by members without a conflict
 * of interest. Null until there is one.
 */
export function applicationScore(reviews: ReviewFacts[]): number | null {
  const totals = counted(reviews).flatMap((r) => (r.total === null ? [] : [r.total]))
  if (totals.length === 0) return null
  return totals.reduce((sum, total) => sum + total, 0) / totals.length
}

/**
 * Whether a review that counts for the score gives a 0 on a knockout criterion: the `anyKnockout`
 * that meetsThreshold takes.
 */
export function knockedOut(reviews: ReviewFacts[]): boolean {
  return counted(reviews).some((r) => r.knockout)
}

/**
 * Whether an application may get a grant on its score: scored, at least the plan's minimum, and
 * no counted review with a 0 on a knockout criterion.
 */
export function meetsThreshold(
  score: number | null,
  anyKnockout: boolean,
  minScore: number,
): boolean {
  return score !== null && score >= minScore && !anyKnockout
}

/** What ranking needs to know about an application. */
export interface RankFacts {
  id: number
  score: number | null
  expectedParticipants: number | null
  volunteers: number | null
  submittedAt: string | null
}

/**
 * The applications in order, each with its rank 1..n: highest score first and unscored last.
 * Ties go to more residents and volunteers involved, then the earlier complete submission
 * (DOMAIN: scoring), then the lower id, so that no two share a rank and the order never depends
 * on how the database happened to return them.
 */
export function rank<T extends RankFacts>(applications: T[]): (T & { rank: number })[] {
  return [...applications].sort(compareRank).map((app, i) => ({ ...app, rank: i + 1 }))
}

function compareRank(a: RankFacts, b: RankFacts): number {
  return (
    compareNullsLast(a.score, b.score, (x, y) => y - x) ||
    involved(b) - involved(a) ||
    compareNullsLast(a.submittedAt, b.submittedAt, (x, y) => (x < y ? -1 : x > y ? 1 : 0)) ||
    a.id - b.id
  )
}

function compareNullsLast<V>(a: V | null, b: V | null, compare: (a: V, b: V) => number): number {
  if (a === null) return b === null ? 0 : 1
  if (b === null) return -1
  return compare(a, b)
}

function involved(app: RankFacts): number {
  return (app.expectedParticipants ?? 0) + (app.volunteers ?? 0)
}

/** A panel member who may review the applications of a network. */
export interface PanelSeat {
  userId: number
  name: string
}

/** The panel split by where each member stands with one application's review. */
export interface ReviewProgress {
  submitted: PanelSeat[]
  draft: PanelSeat[]
  notStarted: PanelSeat[]
  conflicted: PanelSeat[]
}

/**
 * Every panel member in exactly one group, in panel order. A declared conflict of interest puts a
 * member among the conflicted whatever the review's status: their scores do not count.
 */
export function reviewProgress(panel: PanelSeat[], reviews: ReviewFacts[]): ReviewProgress {
  const byReviewer = new Map(reviews.map((r) => [r.reviewerId, r]))
  const progress: ReviewProgress = { submitted: [], draft: [], notStarted: [], conflicted: [] }
  for (const seat of panel) {
    const review = byReviewer.get(seat.userId)
    if (!review) progress.notStarted.push(seat)
    else if (review.conflictOfInterest) progress.conflicted.push(seat)
    else progress[review.status].push(seat)
  }
  return progress
}

function counted(reviews: ReviewFacts[]): ReviewFacts[] {
  return reviews.filter((r) => r.status === 'submitted' && !r.conflictOfInterest)
}

function isScoreLevel(score: number): boolean {
  return (SCORE_LEVELS as readonly number[]).includes(score)
}
