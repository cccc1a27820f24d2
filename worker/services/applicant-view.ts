import { and, asc, eq, isNull } from 'drizzle-orm'
import type { DB } from '../db/client'
import { attachments, decisions, payouts } from '../db/schema'
import { isEditableByApplicant, isWithdrawable } from '../domain/application-status'
import { type Finding, isFlagged } from '../domain/eligibility'
import { dayOf } from '../lib/clock'
import { type Locale, translate } from '../lib/messages'
import { type StoredApplication, submissionCheck } from './applications'
import type { PublicPlan } from './plans'

/** A finding put into the reader's language, with the field it belongs to. */
export interface Notice {
  field: string
  message: string
}

export function notices(findings: Finding[], locale: Locale): Notice[] {
  return findings.map((f) => ({
    field: f.field,
    message: translate(locale, { key: f.key, params: f.params }),
  }))
}

/** What the holder of the private link sees: their own application, whole, and what became of it. */
export type ApplicantView = Awaited<ReturnType<typeof applicantView>>

/**
 * The applicant's view of their application: everything they filled in, its status and dates,
 * what still blocks submission (while they may edit), warnings, attachments, the decision and the
 * payouts. Internal ids of staff and the token hash never appear.
 */
export async function applicantView(
  db: DB,
  application: StoredApplication,
  plan: PublicPlan,
  today: string,
  locale: Locale,
) {
  const [files, [decision], transfers] = await db.batch([
    db
      .select({
        id: attachments.id,
        kind: attachments.kind,
        filename: attachments.filename,
        contentType: attachments.contentType,
        sizeBytes: attachments.sizeBytes,
        createdAt: attachments.createdAt,
      })
      .from(attachments)
      .where(eq(attachments.applicationId, application.id))
      .orderBy(asc(attachments.id)),
    db
      .select({
        outcome: decisions.outcome,
        amountCents: decisions.amountCents,
        motivation: decisions.motivation,
        decidedOn: decisions.decidedOn,
        objectionDeadline: decisions.objectionDeadline,
      })
      .from(decisions)
      .where(and(eq(decisions.applicationId, application.id), isNull(decisions.revokedAt))),
    db
      .select({
        number: payouts.number,
        kind: payouts.kind,
        amountCents: payouts.amountCents,
        dueOn: payouts.dueOn,
        status: payouts.status,
        paidOn: payouts.paidOn,
      })
      .from(payouts)
      .where(eq(payouts.applicationId, application.id))
      .orderBy(asc(payouts.number)),
  ])
  const editable = isEditableByApplicant(application.status)
  // While the applicant may edit, they see what handing it in today would need, exactly as
  // submitting checks it; afterwards the warnings as they stood when it was submitted.
  const submittedOn = application.submittedAt && dayOf(application.submittedAt)
  const judgedOn = editable ? today : (submittedOn ?? today)
  const resubmission = application.status === 'info_requested'
  const findings = submissionCheck(application, plan, judgedOn, resubmission)
  const { id: _id, networkId: _n, privacyConsentAt: _p, ...own } = application
  return {
    ...own,
    plan: { id: plan.id, title: plan.title, networkName: plan.networkName, year: plan.year },
    budgetLines: application.budgetLines.map((line) => ({
      ...line,
      flagged: isFlagged(line.category),
    })),
    editable,
    withdrawable: isWithdrawable(application.status),
    /** What must still change before the application can be handed in. */
    missing: editable ? notices(findings.errors, locale) : [],
    warnings: notices(findings.warnings, locale),
    attachments: files,
    decision: decision ?? null,
    payouts: transfers,
  }
}
