import { and, eq, isNotNull, isNull, ne, sql } from 'drizzle-orm'
import type { DB } from '../db/client'
import { applications, decisions, members, networks, plans, reviews, users } from '../db/schema'
import { dueStatus } from '../domain/decision-due'
import { mayDecide, residentShare } from '../domain/resident-share'
import {
  type ReviewFacts,
  knockedOut,
  meetsThreshold,
  rank,
  reviewProgress,
} from '../domain/scoring'

/** A review counts as a knockout when it scores 0 on a knockout criterion. */
const reviewKnockout = sql<number>`EXISTS (SELECT 1 FROM review_scores s
  JOIN criteria c ON c.id = s.criterion_id
  WHERE s.review_id = reviews.id AND c.knockout = 1 AND s.score = 0)`

/**
 * A plan's submitted applications ranked by score with the DOMAIN tie-breaks, each with its
 * review progress per panel member, and the plan's budget: what a coordinator decides from. Four
 * queries in one batch, whatever the number of applications.
 */
export async function planRanking(db: DB, planId: number, today: string) {
  const [[plan], rows, reviewRows, panel] = await db.batch([
    db
      .select({
        id: plans.id,
        title: plans.title,
        networkId: plans.networkId,
        budgetCents: plans.budgetCents,
        awardedCents: plans.awardedCents,
        minScore: plans.minScore,
        memberCount: networks.memberCount,
        residentCount: networks.residentCount,
      })
      .from(plans)
      .innerJoin(networks, eq(networks.id, plans.networkId))
      .where(eq(plans.id, planId)),
    db
      .select({
        id: applications.id,
        reference: applications.reference,
        title: applications.title,
        status: applications.status,
        requestedCents: applications.requestedCents,
        score: applications.score,
        reviewCount: applications.reviewCount,
        expectedParticipants: applications.expectedParticipants,
        volunteers: applications.volunteers,
        submittedAt: applications.submittedAt,
        decisionDueOn: applications.decisionDueOn,
        decisionOutcome: decisions.outcome,
        decisionAmountCents: decisions.amountCents,
      })
      .from(applications)
      .leftJoin(
        decisions,
        and(eq(decisions.applicationId, applications.id), isNull(decisions.revokedAt)),
      )
      .where(
        and(
          eq(applications.planId, planId),
          isNotNull(applications.submittedAt),
          ne(applications.status, 'withdrawn'),
        ),
      ),
    db
      .select({
        applicationId: reviews.applicationId,
        reviewerId: reviews.reviewerId,
        status: reviews.status,
        conflictOfInterest: reviews.conflictOfInterest,
        total: reviews.total,
        knockout: reviewKnockout,
      })
      .from(reviews)
      .innerJoin(applications, eq(applications.id, reviews.applicationId))
      .where(eq(applications.planId, planId)),
    db
      .select({ userId: users.id, name: users.name })
      .from(members)
      .innerJoin(users, eq(users.id, members.userId))
      .innerJoin(plans, eq(plans.networkId, members.networkId))
      .where(and(eq(plans.id, planId), eq(users.role, 'reviewer'), eq(users.active, true)))
      .orderBy(users.name),
  ])
  if (!plan) return undefined
  const reviewsOf = new Map<number, ReviewFacts[]>()
  for (const r of reviewRows) {
    const list = reviewsOf.get(r.applicationId) ?? []
    list.push({ ...r, knockout: Boolean(r.knockout) })
    reviewsOf.set(r.applicationId, list)
  }
  const ranked = rank(rows).map(({ decisionOutcome, decisionAmountCents, ...a }) => {
    const own = reviewsOf.get(a.id) ?? []
    const knockout = knockedOut(own)
    return {
      ...a,
      knockout,
      meetsThreshold: meetsThreshold(a.score, knockout, plan.minScore),
      dueStatus: a.status === 'submitted' ? dueStatus(a.decisionDueOn, today) : null,
      decision: decisionOutcome
        ? { outcome: decisionOutcome, amountCents: decisionAmountCents }
        : null,
      progress: reviewProgress(panel, own),
    }
  })
  const { memberCount, residentCount, ...planFields } = plan
  return {
    plan: { ...planFields, budgetRemainingCents: plan.budgetCents - plan.awardedCents },
    network: {
      memberCount,
      residentCount,
      residentShare: residentShare(residentCount, memberCount),
      mayDecide: mayDecide(residentCount, memberCount),
    },
    applications: ranked,
  }
}

/**
 * The seats of an application's network, each with whether its holder declared a conflict on
 * it: who may be counted as present in the decision dialog.
 */
export async function applicationPanel(db: DB, applicationId: number, networkId: number) {
  const rows = await db
    .select({
      memberId: members.id,
      userId: members.userId,
      name: users.name,
      kind: members.kind,
      conflicted: sql<number>`EXISTS (SELECT 1 FROM reviews r WHERE r.application_id = ${applicationId}
        AND r.reviewer_id = ${members.userId} AND r.conflict_of_interest = 1)`,
    })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(eq(members.networkId, networkId))
    .orderBy(users.name)
  return rows.map((r) => ({ ...r, conflicted: Boolean(r.conflicted) }))
}
