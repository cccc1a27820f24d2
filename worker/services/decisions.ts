import { and, eq, isNull, sql } from 'drizzle-orm'
import * as z from 'zod'
import type { DB } from '../db/client'
import {
  DECISION_OUTCOMES,
  applications,
  auditLog,
  decisionMembers,
  decisions,
  networks,
  payouts,
  plans,
} from '../db/schema'
import { objectionDeadline } from '../domain/decision-due'
import { type DecisionOutcome, decisionRefusal } from '../domain/decision-rules'
import { payoutSchedule, scheduledNow } from '../domain/payout-schedule'
import { type PresentMember, quorumRefusal } from '../domain/quorum'
import { reachesNetwork } from '../lib/access'
import { auditStatement, userActor } from '../lib/audit'
import { dayOf, nowIso, today } from '../lib/clock'
import type { SessionUser } from '../lib/context'
import { ApiError, fieldError } from '../lib/errors'
import { cents, isoDate, optional, optionalText, text } from '../lib/validation'
import { decisionOf, queueMessage } from './messages'

const id = z.number().int().positive()
const votes = z.number().int().min(0).max(1000)

export const decisionInput = z.object({
  applicationId: id,
  outcome: z.enum(DECISION_OUTCOMES),
  amountCents: optional(cents).transform((amount) => amount ?? 0),
  motivation: text(5000),
  partialReason: optionalText(2000),
  decidedOn: optional(isoDate),
  presentMemberIds: z.array(id).min(1).max(200),
  votesFor: votes,
  votesAgainst: votes,
  abstentions: votes,
})

export type DecisionInput = z.output<typeof decisionInput>

/** A review of this application counts and scores a knockout criterion 0. */
const knockoutSql = sql<number>`EXISTS (SELECT 1 FROM reviews r
  JOIN review_scores s ON s.review_id = r.id JOIN criteria c ON c.id = s.criterion_id
  WHERE r.application_id = applications.id AND r.status = 'submitted'
  AND r.conflict_of_interest = 0 AND c.knockout = 1 AND s.score = 0)`

/** Everything a decision is checked against, read in one query. */
async function decisionFacts(db: DB, user: SessionUser, applicationId: number) {
  const [found] = await db
    .select({
      id: applications.id,
      reference: applications.reference,
      status: applications.status,
      networkId: applications.networkId,
      // Whom the decision is told to, in their language.
      title: applications.title,
      contactName: applications.contactName,
      email: applications.email,
      locale: applications.locale,
      planId: applications.planId,
      requestedCents: applications.requestedCents,
      score: applications.score,
      startsOn: applications.startsOn,
      submittedAt: applications.submittedAt,
      anyKnockout: knockoutSql,
      budgetCents: plans.budgetCents,
      awardedCents: plans.awardedCents,
      minScore: plans.minScore,
      memberCount: networks.memberCount,
      residentCount: networks.residentCount,
    })
    .from(applications)
    .innerJoin(plans, eq(plans.id, applications.planId))
    .innerJoin(networks, eq(networks.id, applications.networkId))
    .where(eq(applications.id, applicationId))
  if (!found?.submittedAt || !reachesNetwork(user, found.networkId)) {
    throw fieldError('applicationId', 'notFound')
  }
  return { ...found, submittedAt: found.submittedAt }
}

/** The seats present, each with whether its holder declared a conflict on this application. */
async function presentMembers(
  db: DB,
  networkId: number,
  applicationId: number,
  memberIds: number[],
): Promise<PresentMember[]> {
  const rows = await db.all<{ memberId: number; kind: PresentMember['kind']; conflicted: number }>(
    sql`SELECT m.id AS memberId, m.kind AS kind, EXISTS (SELECT 1 FROM reviews r
        WHERE r.application_id = ${applicationId} AND r.reviewer_id = m.user_id
        AND r.conflict_of_interest = 1) AS conflicted
      FROM members m WHERE m.network_id = ${networkId}
      AND m.id IN (SELECT value FROM json_each(${JSON.stringify([...new Set(memberIds)])}))`,
  )
  if (rows.length !== new Set(memberIds).size)
    throw fieldError('presentMemberIds', 'presentNotMember')
  return rows.map((r) => ({ ...r, conflicted: Boolean(r.conflicted) }))
}

const isCeilingViolation = (error: unknown) => {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (e.message.includes('plans_awarded_check')) return true
  }
  return false
}

/**
 * Records the network's decision on an application. Every rule is checked first with a message
 * that says why; then the status change, the decision, its members, the plan's awarded total and
 * the payout schedule are one D1 batch. The plan's CHECK (awarded within the ceiling) makes the
 * whole batch fail if a simultaneous award took the room, so no number of concurrent requests
 * can ever award more than the ceiling.
 */
export async function recordDecision(
  db: DB,
  user: SessionUser,
  input: DecisionInput,
): Promise<number> {
  const facts = await decisionFacts(db, user, input.applicationId)
  const present = await presentMembers(db, facts.networkId, facts.id, input.presentMemberIds)
  const outcome: DecisionOutcome = input.outcome
  const amountCents = outcome === 'awarded' ? input.amountCents : 0
  const quorum = quorumRefusal({
    networkMemberCount: facts.memberCount,
    networkResidentCount: facts.residentCount,
    present,
    votes: input,
    outcome,
  })
  if (quorum) throw new ApiError(409, quorum.key, quorum.params)
  const remainingCents = facts.budgetCents - facts.awardedCents
  const refusal = decisionRefusal({
    status: facts.status,
    outcome,
    amountCents,
    requestedCents: facts.requestedCents,
    partialReason: input.partialReason,
    remainingCents,
    score: facts.score,
    anyKnockout: Boolean(facts.anyKnockout),
    minScore: facts.minScore,
  })
  if (refusal) throw new ApiError(409, refusal.key, refusal.params)

  const now = nowIso()
  const { submittedAt } = facts
  const decidedOn = input.decidedOn ?? today()
  if (decidedOn > today()) throw fieldError('decidedOn', 'dateInFuture')
  if (decidedOn < dayOf(submittedAt)) throw fieldError('decidedOn', 'decidedBeforeSubmission')
  const schedule =
    outcome === 'awarded'
      ? scheduledNow(payoutSchedule(amountCents, decidedOn, facts.startsOn))
      : []
  // This request's decision: the live one of the application, stored at this moment by this user
  // with this outcome and amount. A request that lost the race to decide stored none, and then
  // none of the statements that follow it take effect.
  const mine = sql`d.application_id = ${facts.id} AND d.revoked_at IS NULL AND d.created_at = ${now}
    AND d.decided_by = ${user.id} AND d.outcome = ${outcome} AND d.amount_cents = ${amountCents}`
  const live = sql`EXISTS (SELECT 1 FROM decisions d WHERE ${mine})`
  const actor = userActor(user)
  const decision = {
    applicationId: facts.id,
    outcome,
    amountCents,
    motivation: input.motivation,
    partialReason: input.partialReason || null,
    decidedOn,
    objectionDeadline: objectionDeadline(decidedOn),
    presentMemberIds: input.presentMemberIds,
    votesFor: input.votesFor,
    votesAgainst: input.votesAgainst,
    abstentions: input.abstentions,
  }
  try {
    const [, inserted] = await db.batch([
      db
        .update(applications)
        // A refusal closes the file: its retention term runs from the decision day.
        .set({
          status: outcome,
          updatedAt: now,
          closedOn: outcome === 'rejected' ? decidedOn : null,
        })
        .where(and(eq(applications.id, facts.id), eq(applications.status, 'submitted'))),
      db
        .insert(decisions)
        .select(
          sql`SELECT NULL, ${facts.id}, ${facts.networkId}, ${facts.planId}, ${outcome},
            ${amountCents}, ${decision.motivation}, ${decision.partialReason}, ${decidedOn},
            ${decision.objectionDeadline}, ${input.votesFor}, ${input.votesAgainst},
            ${input.abstentions}, ${user.id}, NULL, ${now}, ${now} WHERE changes() > 0`,
        )
        .returning({ id: decisions.id }),
      auditStatement(db, actor, {
        action: 'create',
        entity: 'decisions',
        entityId: 'inserted',
        networkId: facts.networkId,
        changes: decision,
        ifChanged: true,
      }),
      auditStatement(db, actor, {
        action: 'decide',
        entity: 'applications',
        entityId: facts.id,
        networkId: facts.networkId,
        changes: { status: ['submitted', outcome] },
        ifChanged: true,
      }),
      db.insert(decisionMembers).select(
        sql`SELECT d.id, j.value FROM decisions d, json_each(${JSON.stringify(present.map((m) => m.memberId))}) j
          WHERE ${mine}`,
      ),
      db
        .update(plans)
        .set({ awardedCents: sql`${plans.awardedCents} + ${amountCents}` })
        .where(and(eq(plans.id, facts.planId), live)),
      db.insert(payouts).select(
        sql`SELECT NULL, ${facts.id}, ${facts.networkId}, ${facts.planId},
          json_extract(value, '$.number'), json_extract(value, '$.kind'),
          json_extract(value, '$.amountCents'), json_extract(value, '$.dueOn'), 'scheduled',
          NULL, NULL, ${facts.reference} || '-' || json_extract(value, '$.number'), ${now}, ${now}
          FROM json_each(${JSON.stringify(schedule)}) WHERE ${live}`,
      ),
      db.insert(auditLog).select(
        sql`SELECT NULL, ${now}, 'user', ${user.id}, 'create', 'payouts', p.id, p.network_id,
          json_object('kind', p.kind, 'amountCents', p.amount_cents, 'dueOn', p.due_on)
          FROM payouts p WHERE p.application_id = ${facts.id} AND p.created_at = ${now}`,
      ),
      ...queueMessage(db, decisionOf(facts, decision), { when: live }),
    ])
    if (inserted.length === 0) {
      throw new ApiError(409, 'stale')
    }
    return inserted[0].id
  } catch (error) {
    if (!isCeilingViolation(error)) throw error
    const [plan] = await db
      .select({ budgetCents: plans.budgetCents, awardedCents: plans.awardedCents })
      .from(plans)
      .where(eq(plans.id, facts.planId))
    const remaining = plan.budgetCents - plan.awardedCents
    throw new ApiError(409, 'ceilingExceeded', { remaining: { cents: remaining } })
  }
}

/**
 * What a decision letter says: the live decision of an application with its reference, the
 * applicant it is addressed to, the network, and the payouts it scheduled. Undefined when the
 * application has no live decision.
 */
export async function decisionLetter(db: DB, applicationId: number) {
  const [letter] = await db
    .select({
      decisionId: decisions.id,
      reference: applications.reference,
      title: applications.title,
      contactName: applications.contactName,
      organisationName: applications.organisationName,
      requestedCents: applications.requestedCents,
      networkName: networks.name,
      outcome: decisions.outcome,
      amountCents: decisions.amountCents,
      motivation: decisions.motivation,
      partialReason: decisions.partialReason,
      decidedOn: decisions.decidedOn,
      objectionDeadline: decisions.objectionDeadline,
    })
    .from(decisions)
    .innerJoin(applications, eq(applications.id, decisions.applicationId))
    .innerJoin(networks, eq(networks.id, decisions.networkId))
    .where(and(eq(decisions.applicationId, applicationId), isNull(decisions.revokedAt)))
  if (!letter) return undefined
  const schedule = await db
    .select({
      number: payouts.number,
      kind: payouts.kind,
      amountCents: payouts.amountCents,
      dueOn: payouts.dueOn,
    })
    .from(payouts)
    .where(and(eq(payouts.applicationId, applicationId), sql`${payouts.kind} <> 'reclaim'`))
    .orderBy(payouts.number)
  return { ...letter, schedule }
}

export type DecisionLetter = NonNullable<Awaited<ReturnType<typeof decisionLetter>>>
