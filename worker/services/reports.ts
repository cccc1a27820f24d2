import { and, eq, isNull, sql } from 'drizzle-orm'
import * as z from 'zod'
import type { DB } from '../db/client'
import {
  applications,
  attachments,
  auditLog,
  decisions,
  payouts,
  plans,
  reports,
} from '../db/schema'
import { SPLIT_THRESHOLD_CENTS } from '../domain/payout-schedule'
import { type Actor, auditStatement } from '../lib/audit'
import { nowIso, today } from '../lib/clock'
import { ApiError, fieldError } from '../lib/errors'
import { cents, optionalText, text } from '../lib/validation'
import type { StoredApplication } from './applications'

export const reportInput = z.object({
  narrative: text(5000),
  participantsReached: z.number().int().min(0).max(100_000),
  actualCostsCents: cents,
  financialOverview: optionalText(10_000),
})

export type ReportInput = z.output<typeof reportInput>

/** The awarded amount of an application's live decision. */
async function awardedCents(db: DB, applicationId: number): Promise<number> {
  const [decision] = await db
    .select({ amountCents: decisions.amountCents })
    .from(decisions)
    .where(and(eq(decisions.applicationId, applicationId), isNull(decisions.revokedAt)))
  return decision?.amountCents ?? 0
}

/**
 * The initiative's account afterwards, proportionate to the grant (DOMAIN: accountability): a
 * narrative, participants reached and the actual costs; above €5,000 also a financial overview.
 * The application moves to `reported` in the same batch, and photos already added join the report.
 */
export async function submitReport(
  db: DB,
  application: StoredApplication,
  input: ReportInput,
): Promise<void> {
  if (application.status !== 'awarded') throw new ApiError(409, 'reportNotDue')
  const awarded = await awardedCents(db, application.id)
  if (awarded >= SPLIT_THRESHOLD_CENTS && !input.financialOverview) {
    throw fieldError('financialOverview', 'financialOverviewRequired')
  }
  const now = nowIso()
  const actor: Actor = { type: 'applicant', id: application.id }
  const [moved] = await db.batch([
    db
      .update(applications)
      .set({ status: 'reported', updatedAt: now })
      .where(and(eq(applications.id, application.id), eq(applications.status, 'awarded')))
      .returning({ id: applications.id }),
    db.insert(reports).select(
      sql`SELECT NULL, ${application.id}, ${application.networkId}, ${input.narrative},
        ${input.participantsReached}, ${input.actualCostsCents}, ${input.financialOverview || null},
        ${now}, NULL, NULL, NULL, NULL, ${now}, ${now} WHERE changes() > 0`,
    ),
    auditStatement(db, actor, {
      action: 'report',
      entity: 'reports',
      entityId: 'inserted',
      networkId: application.networkId,
      changes: { applicationId: application.id, ...input },
      ifChanged: true,
    }),
    // Photos sent ahead of the report belong to it from now on.
    db
      .update(attachments)
      .set({
        reportId: sql`(SELECT id FROM reports WHERE application_id = ${application.id})`,
        updatedAt: now,
      })
      .where(
        and(
          eq(attachments.applicationId, application.id),
          eq(attachments.kind, 'report'),
          isNull(attachments.reportId),
        ),
      ),
  ])
  if (moved.length === 0) throw new ApiError(409, 'stale')
}

export const settlementInput = z.object({
  settledCents: cents,
  reason: optionalText(2000),
})

export interface StoredReport {
  id: number
  applicationId: number
  networkId: number
  actualCostsCents: number
}

/**
 * Settles a report (vaststelling, Awb 4:46): the final amount, at most the award and lower with a
 * reason. Payouts not yet in a batch are cancelled; the difference between the settled amount and
 * what was paid or is being paid becomes a final payout, or a reclaim (a negative amount for
 * finance to collect). Money not spent returns to the plan. One batch, only while still reported.
 */
export async function settleReport(
  db: DB,
  actor: Actor,
  report: StoredReport,
  settledCents: number,
  reason: string,
): Promise<void> {
  const awarded = await awardedCents(db, report.applicationId)
  if (settledCents > awarded) {
    throw fieldError('settledCents', 'settledAboveAward', { awarded: { cents: awarded } })
  }
  if (settledCents < awarded && !reason) throw fieldError('reason', 'settlementReasonRequired')
  const [{ planId }] = await db
    .select({ planId: applications.planId })
    .from(applications)
    .where(eq(applications.id, report.applicationId))
  const now = nowIso()
  const day = today()
  const app = report.applicationId
  // Every statement after the first takes effect only if this request moved it to settled.
  const mine = sql`EXISTS (SELECT 1 FROM applications WHERE id = ${app} AND status = 'settled'
    AND updated_at = ${now})`
  // What was paid or is on its way: batched and paid payouts, reclaims aside.
  const committed = sql`(SELECT coalesce(sum(p.amount_cents), 0) FROM payouts p
    WHERE p.application_id = ${app} AND p.status IN ('batched', 'paid') AND p.kind <> 'reclaim')`
  const [settled] = await db.batch([
    db
      .update(applications)
      .set({ status: 'settled', updatedAt: now, closedOn: day })
      .where(and(eq(applications.id, app), eq(applications.status, 'reported')))
      .returning({ id: applications.id }),
    db
      .update(payouts)
      .set({ status: 'cancelled', updatedAt: now })
      .where(and(eq(payouts.applicationId, app), eq(payouts.status, 'scheduled'), mine)),
    db.insert(payouts).select(
      sql`SELECT NULL, a.id, a.network_id, a.plan_id, n.next,
          CASE WHEN d.diff > 0 THEN 'final' ELSE 'reclaim' END, d.diff, ${day}, 'scheduled', NULL,
          NULL, a.reference || '-' || n.next, ${now}, ${now}
        FROM applications a,
          (SELECT ${settledCents} - ${committed} AS diff) d,
          (SELECT coalesce(max(number), 0) + 1 AS next FROM payouts WHERE application_id = ${app}) n
        WHERE a.id = ${app} AND d.diff <> 0 AND ${mine}`,
    ),
    db
      .update(reports)
      .set({
        settledCents,
        settledOn: day,
        settlementReason: reason || null,
        reclaimCents: sql`max(0, ${committed} - ${settledCents})`,
        updatedAt: now,
      })
      .where(and(eq(reports.id, report.id), mine)),
    db
      .update(plans)
      .set({ awardedCents: sql`${plans.awardedCents} - ${awarded - settledCents}` })
      .where(and(eq(plans.id, planId), mine)),
    auditStatement(db, actor, {
      action: 'settle',
      entity: 'reports',
      entityId: report.id,
      networkId: report.networkId,
      changes: { settledCents, awardedCents: awarded, reason },
      ifChanged: true,
    }),
    db.insert(auditLog).select(
      sql`SELECT NULL, ${now}, ${actor.type}, ${actor.id}, 'create', 'payouts', p.id, p.network_id,
        json_object('kind', p.kind, 'amountCents', p.amount_cents, 'dueOn', p.due_on)
        FROM payouts p WHERE p.application_id = ${app} AND p.created_at = ${now}`,
    ),
  ])
  if (settled.length === 0) throw new ApiError(409, 'stale')
}
