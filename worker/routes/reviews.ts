import { type SQL, and, eq, or, sql } from 'drizzle-orm'
import type { Context } from 'hono'
import * as z from 'zod'
import {
  REVIEW_STATUSES,
  applications,
  reviewSubmittedOrder,
  reviewTotalOrder,
  reviews,
} from '../db/schema'
import { ownNetworks, requireRole } from '../lib/access'
import { userActor } from '../lib/audit'
import { nowIso } from '../lib/clock'
import type { AppEnv, SessionUser } from '../lib/context'
import { ApiError } from '../lib/errors'
import { belongsTo, booleanEquals, equals, idEquals } from '../lib/list-query'
import { describeRoute, recordOf } from '../lib/openapi'
import { networkParts, resource } from '../lib/resource'
import { jsonBody, optional, optionalText, parseInput } from '../lib/validation'
import {
  type StoredReview,
  assertReviewable,
  changeReview,
  createReview,
  planCriteria,
  reviewAction,
  reviewValues,
} from '../services/reviews'

/**
 * The reviews a user may read. A reviewer always sees their own; others' submitted reviews of an
 * application only once they have submitted their own without a conflict, so they score
 * independently and a conflicted member never sees scores. Coordinators and admins oversee their networks.
 */
function reviewReach(user: SessionUser): SQL | undefined {
  if (user.role !== 'reviewer') return ownNetworks(user, reviews.networkId)
  // Others' reviews are found from the reviewer's own submitted ones (unary + keeps SQLite from
  // reading every submitted review of the networks instead), so a reviewer's list reads about as
  // many reviews as they have written.
  return or(
    eq(reviews.reviewerId, user.id),
    and(
      ownNetworks(user, sql`+${reviews.networkId}`),
      sql`+${reviews.status} = 'submitted'`,
      sql`${reviews.applicationId} IN (SELECT mine.application_id FROM reviews mine
        WHERE mine.reviewer_id = ${user.id} AND mine.status = 'submitted'
        AND mine.conflict_of_interest = 0)`,
    ),
  )
}

const scoreInput = z.object({
  criterionId: z.number().int().positive(),
  score: z.number().int().min(0).max(4),
  reason: optionalText(2000),
})

const reviewInput = z.object({
  conflictOfInterest: optional(z.boolean()).transform(Boolean),
  conflictNote: optionalText(1000),
  scores: optional(z.array(scoreInput).max(50)).transform((scores) => scores ?? []),
  status: optional(z.enum(REVIEW_STATUSES)).transform((status) => status ?? 'draft'),
})

const newReview = reviewInput.extend({ applicationId: z.number().int().positive() })

/** The application a reviewer may review: submitted, in one of their networks; else 404. */
async function reviewedApplication(c: Context<AppEnv>, applicationId: number) {
  const user = c.get('user')
  const [found] = await c
    .get('db')
    .select({
      id: applications.id,
      planId: applications.planId,
      networkId: applications.networkId,
      status: applications.status,
    })
    .from(applications)
    .where(and(eq(applications.id, applicationId), sql`${applications.submittedAt} IS NOT NULL`))
  if (!found || !user.networkIds.includes(found.networkId)) {
    throw new ApiError(404, 'notFound')
  }
  return found
}

const review = resource({
  name: 'reviews',
  table: reviews,
  fields: {
    id: reviews.id,
    applicationId: reviews.applicationId,
    networkId: reviews.networkId,
    reviewerId: reviews.reviewerId,
    reviewerName: sql<string>`(SELECT u.name FROM users u WHERE u.id = reviews.reviewer_id)`,
    conflictOfInterest: reviews.conflictOfInterest,
    conflictNote: reviews.conflictNote,
    status: reviews.status,
    total: reviews.total,
    submittedAt: reviews.submittedAt,
    createdAt: reviews.createdAt,
    updatedAt: reviews.updatedAt,
    scores: sql<string>`(SELECT json_group_array(json_object('criterionId', s.criterion_id,
      'score', s.score, 'reason', s.reason)) FROM review_scores s WHERE s.review_id = reviews.id)`,
  },
  present: (row) => ({ ...row, scores: JSON.parse(String(row.scores)) }),
  list: {
    sort: {
      id: reviews.id,
      updatedAt: reviews.updatedAt,
      submittedAt: reviewSubmittedOrder(reviews.submittedAt),
      total: reviewTotalOrder(reviews.total),
    },
    defaultSort: ['updatedAt', 'DESC'],
    filters: {
      applicationId: belongsTo(reviews, reviews.applicationId),
      networkId: idEquals(reviews.networkId),
      reviewerId: (value, locale, user, sortKey) =>
        value === 'me'
          ? eq(reviews.reviewerId, user.id)
          : idEquals(reviews.reviewerId)(value, locale, user, sortKey),
      // Along the sort's index (unary + keeps SQLite off the status index): most reviews are
      // submitted, and within a network the status index would read every network's.
      status: equals(sql`+${reviews.status}`, z.enum(REVIEW_STATUSES)),
      conflictOfInterest: booleanEquals(reviews.conflictOfInterest),
    },
    search: [],
  },
  readRoles: ['admin', 'coordinator', 'reviewer'],
  scope: reviewReach,
  // A reviewer's reach is not a matter of networks alone (their own reviews, wherever).
  parts: (user) => (user.role === 'reviewer' ? undefined : networkParts(reviews.networkId)(user)),
  totals: 'bounded',
  routes: (app, read) => {
    /** The user's own review (404 for anyone else's, as for a missing one). */
    async function ownReview(c: Context<AppEnv>): Promise<StoredReview> {
      const found = (await read(c, c.req.param('id') ?? '')) as unknown as StoredReview
      if (found.reviewerId !== c.get('user').id) throw new ApiError(404, 'notFound')
      return found
    }

    const createDoc = describeRoute({
      summary: 'Start or submit one’s own review of an application',
      description: 'Scores are 0–4 per criterion of the plan; a declared conflict scores nothing.',
      body: newReview,
      status: 201,
      returns: recordOf('reviews'),
      errors: [404, 409],
    })
    app.post('/', createDoc, requireRole('reviewer'), async (c) => {
      const input = parseInput(newReview, await jsonBody(c), c.get('locale'))
      const db = c.get('db')
      const application = await reviewedApplication(c, input.applicationId)
      const values = reviewValues(application, await planCriteria(db, application.planId), input)
      const id = await createReview(db, userActor(c.get('user')), application, values)
      return c.json(await read(c, String(id)), 201)
    })

    const updateDoc = describeRoute({
      summary: 'Change or submit one’s own draft review',
      body: reviewInput,
      returns: recordOf('reviews'),
      errors: [409],
    })
    app.put('/:id', updateDoc, requireRole('reviewer'), async (c) => {
      const existing = await ownReview(c)
      if (existing.status !== 'draft') throw new ApiError(409, 'reviewSubmitted')
      const input = parseInput(reviewInput, await jsonBody(c), c.get('locale'))
      // A declared conflict stands: whoever declared one never scores that application (Awb 2:4).
      if (existing.conflictOfInterest && !input.conflictOfInterest) {
        throw new ApiError(409, 'conflictDeclared')
      }
      const db = c.get('db')
      const application = await reviewedApplication(c, existing.applicationId)
      const criteria = await planCriteria(db, application.planId)
      const { columns, scores } = reviewValues(application, criteria, input)
      const submittedAt = columns.status === 'submitted' ? nowIso() : null
      const user = userActor(c.get('user'))
      await changeReview(
        db,
        user,
        existing,
        reviewAction(columns),
        { ...columns, submittedAt },
        scores,
      )
      return c.json(await read(c, String(existing.id)))
    })

    // Reopening a submitted review is the only way to change it, and it is logged.
    const reopenDoc = describeRoute({
      summary: 'Reopen one’s own submitted review',
      returns: recordOf('reviews'),
      errors: [409],
    })
    app.post('/:id/reopen', reopenDoc, requireRole('reviewer'), async (c) => {
      const existing = await ownReview(c)
      if (existing.status !== 'submitted') throw new ApiError(409, 'reviewNotSubmitted')
      assertReviewable(await reviewedApplication(c, existing.applicationId))
      const user = userActor(c.get('user'))
      const columns = { status: 'draft', submittedAt: null }
      await changeReview(c.get('db'), user, existing, 'reopen', columns, undefined, 'submitted')
      return c.json(await read(c, String(existing.id)))
    })
  },
})

export default review
