import { and, asc, eq, isNull, sql } from 'drizzle-orm'
import type { DB } from '../db/client'
import {
  applications,
  attachments,
  bankChanges,
  decisions,
  messages,
  networks,
  payouts,
  plans,
  priorities,
  reports,
} from '../db/schema'
import { RETENTION_YEARS, type Retention, retentionOf } from '../domain/retention'
import { auditStatement } from '../lib/audit'
import { dayOf, nowIso } from '../lib/clock'
import { ApiError } from '../lib/errors'
import { type Locale, translate } from '../lib/messages'
import { formatDate } from '../views/format'
import type { StoredApplication } from './applications'

/** What the applicant is told about keeping and removing their data. */
export interface Privacy {
  removalRequestedAt: string | null
  /** When their personal data goes, once a term runs; null while the file is being handled. */
  retention: Retention | null
}

const moneyMoving = sql<number>`EXISTS (SELECT 1 FROM payouts p
  WHERE p.application_id = applications.id AND p.status IN ('scheduled', 'batched'))`

/** Whether the applicant asked for removal, and when the retention rules erase their data. */
export async function privacyOf(db: DB, application: StoredApplication): Promise<Privacy> {
  const [found] = await db
    .select({
      closedOn: applications.closedOn,
      removalRequestedAt: applications.removalRequestedAt,
      openPayouts: moneyMoving,
    })
    .from(applications)
    .where(eq(applications.id, application.id))
  if (!found) throw new ApiError(404, 'notFound')
  const retention = retentionOf({
    status: application.status,
    closedOn: found.closedOn,
    lastChangedOn: dayOf(application.updatedAt),
    openPayouts: Boolean(found.openPayouts),
  })
  return { removalRequestedAt: found.removalRequestedAt, retention }
}

/** How long a submitted file is kept, in the reader's language: a date once the file closed. */
export function retentionText(privacy: Privacy, locale: Locale): string {
  const { retention } = privacy
  if (retention?.action === 'anonymise') {
    return translate(locale, {
      key: 'retentionUntil',
      params: { date: formatDate(retention.dueOn, locale) },
    })
  }
  return translate(locale, { key: 'retentionOpen', params: RETENTION_YEARS })
}

/**
 * Records that the applicant asks for their data to be removed, for staff to see; asking again
 * keeps the first date. The file itself stays for its legal term. A draft was never handed in:
 * the applicant deletes it themselves, at once.
 */
export async function requestRemoval(db: DB, application: StoredApplication): Promise<Privacy> {
  if (application.status === 'draft') throw new ApiError(409, 'removalOfDraft')
  const now = nowIso()
  // `updated_at` stays: it is the version staff edit against, and the file's content is as it was.
  await db.batch([
    db
      .update(applications)
      .set({ removalRequestedAt: now })
      .where(and(eq(applications.id, application.id), isNull(applications.removalRequestedAt))),
    auditStatement(
      db,
      { type: 'applicant', id: application.id },
      {
        action: 'request-removal',
        entity: 'applications',
        entityId: application.id,
        networkId: application.networkId,
        changes: { removalRequestedAt: [null, now] },
        ifChanged: true,
      },
    ),
  ])
  return privacyOf(db, application)
}

/**
 * Everything stored about an application that is the applicant's own (AVG art. 15): what they
 * filled in, their files' details, the decision with its reasons, payouts, the report, the
 * accounts finance changed it to, and the messages sent to them. Not included: the panel's
 * reviews and scores, who decided or voted, finance's notes, warnings to staff, account changes
 * that were not approved (the account may be someone else's) and any internal id or key.
 */
export async function applicantData(db: DB, application: StoredApplication) {
  const id = application.id
  const [planRows, priorityRows, files, [decision], transfers, [report], accounts, sent] =
    await db.batch([
      db
        .select({ title: plans.title, year: plans.year, networkName: networks.name })
        .from(plans)
        .innerJoin(networks, eq(networks.id, plans.networkId))
        .where(eq(plans.id, application.planId)),
      db
        .select({ id: priorities.id, title: priorities.title })
        .from(priorities)
        .where(
          sql`${priorities.id} IN (SELECT value FROM json_each(${JSON.stringify(application.priorityIds)}))`,
        )
        .orderBy(asc(priorities.position)),
      db
        .select({
          kind: attachments.kind,
          filename: attachments.filename,
          contentType: attachments.contentType,
          sizeBytes: attachments.sizeBytes,
          createdAt: attachments.createdAt,
        })
        .from(attachments)
        .where(eq(attachments.applicationId, id))
        .orderBy(asc(attachments.id)),
      db
        .select({
          outcome: decisions.outcome,
          amountCents: decisions.amountCents,
          motivation: decisions.motivation,
          partialReason: decisions.partialReason,
          decidedOn: decisions.decidedOn,
          objectionDeadline: decisions.objectionDeadline,
        })
        .from(decisions)
        .where(and(eq(decisions.applicationId, id), isNull(decisions.revokedAt))),
      db
        .select({
          number: payouts.number,
          kind: payouts.kind,
          amountCents: payouts.amountCents,
          dueOn: payouts.dueOn,
          status: payouts.status,
          paidOn: payouts.paidOn,
          endToEndId: payouts.endToEndId,
        })
        .from(payouts)
        .where(eq(payouts.applicationId, id))
        .orderBy(asc(payouts.number)),
      db
        .select({
          narrative: reports.narrative,
          participantsReached: reports.participantsReached,
          actualCostsCents: reports.actualCostsCents,
          financialOverview: reports.financialOverview,
          submittedAt: reports.submittedAt,
          settledCents: reports.settledCents,
          settledOn: reports.settledOn,
          settlementReason: reports.settlementReason,
          reclaimCents: reports.reclaimCents,
        })
        .from(reports)
        .where(eq(reports.applicationId, id)),
      db
        .select({
          iban: bankChanges.iban,
          accountHolder: bankChanges.accountHolder,
          requestedAt: bankChanges.createdAt,
          approvedAt: bankChanges.decidedAt,
        })
        .from(bankChanges)
        .where(and(eq(bankChanges.applicationId, id), eq(bankChanges.status, 'approved')))
        .orderBy(asc(bankChanges.createdAt)),
      db
        .select({
          kind: messages.kind,
          locale: messages.locale,
          toAddress: messages.toAddress,
          subject: messages.subject,
          body: messages.body,
          status: messages.status,
          sentAt: messages.sentAt,
          createdAt: messages.createdAt,
        })
        .from(messages)
        .where(and(eq(messages.applicationId, id), isNull(messages.userId)))
        .orderBy(asc(messages.createdAt)),
    ])
  const { id: _id, networkId: _network, planId: _plan, priorityIds: _p, ...own } = application
  const { budgetLines, ...fields } = own
  return {
    exportedAt: nowIso(),
    application: fields,
    plan: planRows[0] ?? null,
    priorities: priorityRows.map((p) => p.title),
    budgetLines,
    attachments: files,
    decision: decision ?? null,
    payouts: transfers,
    report: report ?? null,
    bankAccountChanges: accounts,
    messages: sent,
    privacy: await privacyOf(db, application),
  }
}

/** A download name that says what the file is: `buurtkracht-BK-2026-0042.json`. */
export function exportFilename(application: StoredApplication): string {
  return `buurtkracht-${application.reference ?? 'concept'}.json`
}
