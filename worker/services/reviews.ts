import { and, asc, eq, sql } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import { type DB, runBatch } from '../db/client'
import { applications, criteria, reviewScores, reviews } from '../db/schema'
import { type CriterionScore, type WeightedCriterion, reviewTotal } from '../domain/scoring'
import { type Actor, auditStatement, diff } from '../lib/audit'
import { nowIso } from '../lib/clock'
import { ApiError, type FieldErrors } from '../lib/errors'

/** What a reviewer fills in: a conflict declaration, or a score with a reason per criterion. */
export interface ReviewInput {
  conflictOfInterest: boolean
  conflictNote: string
  scores: (CriterionScore & { reason: string })[]
  status: 'draft' | 'submitted'
}

/** The application a review is about, as far as reviewing needs it. */
export interface ReviewedApplication {
  id: number
  planId: number
  networkId: number
  status: string
}

/** Reviews are written while an application waits for its decision. */
const REVIEWABLE = ['submitted', 'info_requested']

/** Refuses (409) to review an application that no longer waits for a decision. */
export function assertReviewable(application: ReviewedApplication) {
  if (!REVIEWABLE.includes(application.status)) throw new ApiError(409, 'reviewClosed')
}

export async function planCriteria(
  db: DB,
  planId: number,
): Promise<(WeightedCriterion & { title: string })[]> {
  return db
    .select({
      id: criteria.id,
      title: criteria.title,
      weight: criteria.weight,
      knockout: criteria.knockout,
    })
    .from(criteria)
    .where(eq(criteria.planId, planId))
    .orderBy(asc(criteria.position), asc(criteria.id))
}

/**
 * Checks a review against the plan's criteria and returns the columns to store. A conflict
 * declaration needs a note and carries no scores; a submitted review needs every criterion
 * scored with a reason. Drafts may be incomplete.
 */
export function reviewValues(
  application: ReviewedApplication,
  planCriteria: WeightedCriterion[],
  input: ReviewInput,
) {
  assertReviewable(application)
  const errors: FieldErrors = {}
  if (input.conflictOfInterest) {
    if (!input.conflictNote) errors.conflictNote = { key: 'required' }
    if (Object.keys(errors).length) throw new ApiError(400, 'invalidInput', undefined, errors)
    return {
      scores: [],
      columns: {
        conflictOfInterest: true,
        conflictNote: input.conflictNote,
        status: 'submitted' as const,
        total: null,
      },
    }
  }
  const known = new Set(planCriteria.map((c) => c.id))
  const seen = new Set<number>()
  input.scores.forEach((s, i) => {
    if (!known.has(s.criterionId) || seen.has(s.criterionId)) {
      errors[`scores.${i}.criterionId`] = { key: 'invalidValue' }
    }
    seen.add(s.criterionId)
    if (input.status === 'submitted' && !s.reason)
      errors[`scores.${i}.reason`] = { key: 'required' }
  })
  const total = reviewTotal(planCriteria, input.scores)
  if (input.status === 'submitted' && total === null && Object.keys(errors).length === 0) {
    errors.scores = { key: 'scoresIncomplete' }
  }
  if (Object.keys(errors).length) throw new ApiError(400, 'invalidInput', undefined, errors)
  return {
    scores: input.scores,
    columns: {
      conflictOfInterest: false,
      conflictNote: null,
      status: input.status,
      total,
    },
  }
}

/**
 * Keeps the application's score (mean of submitted, non-conflicted totals) and review count in
 * step with its reviews, in the same batch as the review write, so ranking reads one column.
 */
export function refreshScore(db: DB, applicationId: number) {
  const counted = sql`FROM reviews r WHERE r.application_id = ${applicationId}
    AND r.status = 'submitted' AND r.conflict_of_interest = 0`
  return db
    .update(applications)
    .set({
      score: sql`(SELECT avg(r.total) ${counted} AND r.total IS NOT NULL)`,
      reviewCount: sql`(SELECT count(*) ${counted})`,
    })
    .where(eq(applications.id, applicationId))
}

/** Statements replacing a review's scores, if `applied` holds. */
function scoreStatements(db: DB, reviewId: ReturnType<typeof sql>, scores: ReviewInput['scores']) {
  return [
    db.delete(reviewScores).where(sql`review_id = ${reviewId}`),
    db.insert(reviewScores).select(sql`SELECT NULL, ${reviewId},
      json_extract(value, '$.criterionId'), json_extract(value, '$.score'),
      json_extract(value, '$.reason') FROM json_each(${JSON.stringify(scores)})
      WHERE ${reviewId} IS NOT NULL`),
  ]
}

/** The audit action of a review write: a declared conflict, a submission, or a saved draft. */
export const reviewAction = (columns: { conflictOfInterest: boolean; status: string }) =>
  columns.conflictOfInterest
    ? 'declare-conflict'
    : columns.status === 'submitted'
      ? 'submit'
      : 'save'

/** Stores a reviewer's first review of an application (one each; a second answers 409). */
export async function createReview(
  db: DB,
  actor: Actor & { type: 'user' },
  application: ReviewedApplication,
  values: ReturnType<typeof reviewValues>,
): Promise<number> {
  const now = nowIso()
  const { columns, scores } = values
  const reviewId = sql`(SELECT id FROM reviews WHERE application_id = ${application.id}
    AND reviewer_id = ${actor.id})`
  const [inserted] = await db.batch([
    db
      .insert(reviews)
      .values({
        ...columns,
        applicationId: application.id,
        networkId: application.networkId,
        reviewerId: actor.id,
        submittedAt: columns.status === 'submitted' ? now : null,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: reviews.id }),
    auditStatement(db, actor, {
      action: reviewAction(columns),
      entity: 'reviews',
      entityId: 'inserted',
      networkId: application.networkId,
      changes: { applicationId: application.id, ...columns, scores },
    }),
    ...scoreStatements(db, reviewId, scores),
    refreshScore(db, application.id),
  ])
  return inserted[0].id
}

export interface StoredReview {
  id: number
  applicationId: number
  networkId: number
  reviewerId: number
  status: string
  conflictOfInterest: boolean
  conflictNote: string | null
  total: number | null
  updatedAt: string
  scores: ReviewInput['scores']
}

/**
 * Changes a review: only its own reviewer, only while it is a draft, only if nobody changed it
 * since it was read; its scores and the application's score move in the same batch.
 */
export async function changeReview(
  db: DB,
  actor: Actor,
  existing: StoredReview,
  action: string,
  columns: Record<string, unknown>,
  scores?: ReviewInput['scores'],
  fromStatus: 'draft' | 'submitted' = 'draft',
): Promise<void> {
  const version = nowIso()
  const applied = sql`(SELECT id FROM reviews WHERE id = ${existing.id} AND updated_at = ${version})`
  const statements: BatchItem<'sqlite'>[] = [
    db
      .update(reviews)
      .set({ ...columns, updatedAt: version })
      .where(
        and(
          eq(reviews.id, existing.id),
          eq(reviews.status, fromStatus),
          eq(reviews.updatedAt, existing.updatedAt),
        ),
      )
      .returning({ id: reviews.id }),
    auditStatement(db, actor, {
      action,
      entity: 'reviews',
      entityId: existing.id,
      networkId: existing.networkId,
      changes: diff({ ...existing }, scores ? { ...columns, scores } : columns),
      ifChanged: true,
    }),
    ...(scores ? scoreStatements(db, applied, scores) : []),
    refreshScore(db, existing.applicationId),
  ]
  const [updated] = await runBatch(db, statements)
  if (updated.length === 0) {
    throw new ApiError(409, existing.status === fromStatus ? 'stale' : 'reviewSubmitted')
  }
}
