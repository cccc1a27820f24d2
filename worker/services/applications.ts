import { type SQL, and, eq, inArray, sql } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import { type DB, runBatch } from '../db/client'
import { applications, attachments, referenceCounters } from '../db/schema'
import {
  type ApplicationStatus,
  applicationTransitionRefusal,
  isEditableByApplicant,
} from '../domain/application-status'
import {
  decisionDueOn,
  infoDueOn as infoTermEnd,
  resumedDecisionDueOn,
} from '../domain/decision-due'
import {
  type ApplicationFacts,
  type Finding,
  isTakingApplications,
  submissionFindings,
} from '../domain/eligibility'
import { type Actor, auditStatement, diff } from '../lib/audit'
import { dayOf, nowIso, today } from '../lib/clock'
import { ApiError, type FieldErrors } from '../lib/errors'
import type { Locale } from '../lib/messages'
import { hashToken, randomToken } from '../lib/tokens'
import type { ApplicationInput } from './application-input'
import { eraseHistory, historyToErase } from './erasure'
import { infoRequestOf, queueMessage, receiptOf } from './messages'
import { type PublicPlan, planFacts } from './plans'

/** The audit log shows that an IBAN changed, never the number itself. */
const SECRET_FIELDS = ['iban'] as const
const REDACTED = '***'

/** An application as stored, with its priorities and budget lines, in input terms. */
export interface StoredApplication extends ApplicationInput {
  id: number
  planId: number
  networkId: number
  reference: string | null
  status: ApplicationStatus
  privacyConsentAt: string | null
  submittedAt: string | null
  decisionDueOn: string | null
  infoRequestedAt: string | null
  infoDueOn: string | null
  infoRequest: string | null
  /** The applicant's language: messages to them are written in it. */
  locale: Locale
  createdAt: string
  updatedAt: string
}

/** An application's columns as API fields; single-table selects render columns unqualified, so
 * the subqueries name the outer table. */
export const storedFields = {
  id: applications.id,
  planId: applications.planId,
  networkId: applications.networkId,
  reference: applications.reference,
  status: applications.status,
  applicantType: applications.applicantType,
  organisationName: applications.organisationName,
  kvkNumber: applications.kvkNumber,
  contactName: applications.contactName,
  email: applications.email,
  phone: applications.phone,
  title: applications.title,
  summary: applications.summary,
  description: applications.description,
  targetGroup: applications.targetGroup,
  expectedParticipants: applications.expectedParticipants,
  volunteers: applications.volunteers,
  goal: applications.goal,
  startsOn: applications.startsOn,
  endsOn: applications.endsOn,
  postcode: applications.postcode,
  requestedCents: applications.requestedCents,
  ownContributionCents: applications.ownContributionCents,
  ownContributionHours: applications.ownContributionHours,
  otherFunding: applications.otherFunding,
  supporters: applications.supporters,
  iban: applications.iban,
  accountHolder: applications.accountHolder,
  worksWithVulnerable: applications.worksWithVulnerable,
  vogConfirmed: applications.vogConfirmed,
  openToAll: applications.openToAll,
  privacyConsentAt: applications.privacyConsentAt,
  submittedAt: applications.submittedAt,
  decisionDueOn: applications.decisionDueOn,
  infoRequestedAt: applications.infoRequestedAt,
  infoDueOn: applications.infoDueOn,
  infoRequest: applications.infoRequest,
  locale: applications.locale,
  createdAt: applications.createdAt,
  updatedAt: applications.updatedAt,
  priorityIds: applications.priorityIds,
  budgetLines: applications.budgetLines,
}

type StoredRow = { [K in keyof typeof storedFields]: unknown }

function toStored(row: StoredRow): StoredApplication {
  const r = row as Record<string, unknown>
  const str = (key: string) => (r[key] as string | null) ?? ''
  return {
    ...(r as unknown as StoredApplication),
    applicantType: (r.applicantType as StoredApplication['applicantType']) ?? undefined,
    organisationName: str('organisationName'),
    kvkNumber: str('kvkNumber'),
    contactName: str('contactName'),
    email: str('email'),
    phone: str('phone'),
    postcode: str('postcode'),
    iban: str('iban'),
    accountHolder: str('accountHolder'),
    expectedParticipants: (r.expectedParticipants as number | null) ?? undefined,
    volunteers: (r.volunteers as number | null) ?? undefined,
    startsOn: (r.startsOn as string | null) ?? undefined,
    endsOn: (r.endsOn as string | null) ?? undefined,
    privacyConsent: r.privacyConsentAt !== null,
    priorityIds: JSON.parse(r.priorityIds as string),
    budgetLines: JSON.parse(r.budgetLines as string),
  }
}

async function loadWhere(db: DB, where: SQL): Promise<StoredApplication | undefined> {
  const [row] = await db.select(storedFields).from(applications).where(where)
  return row && toStored(row)
}

/**
 * The application a private link leads to. A wrong token, or one of a file that has been removed,
 * answers 404 like any unknown address.
 */
export async function findByToken(db: DB, token: string): Promise<StoredApplication> {
  // Tokens are 43 base64url characters; anything else cannot be one and costs no query.
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) throw new ApiError(404, 'notFound')
  const found = await loadWhere(db, eq(applications.accessTokenHash, await hashToken(token)))
  if (!found) throw new ApiError(404, 'notFound')
  return found
}

export async function findById(db: DB, id: number): Promise<StoredApplication | undefined> {
  return loadWhere(db, eq(applications.id, id))
}

/** Field errors for the findings, as the API answers them. */
function fieldErrors(findings: Finding[]): FieldErrors {
  const errors: FieldErrors = {}
  for (const f of findings) errors[f.field] ??= { key: f.key, params: f.params }
  return errors
}

/** Refuses (400) priorities that are not the plan's, even in a draft. */
function assertPlanPriorities(input: ApplicationInput, plan: PublicPlan) {
  const known = new Set(plan.priorities.map((p) => p.id))
  if (input.priorityIds.some((id) => !known.has(id))) {
    throw new ApiError(400, 'invalidInput', undefined, {
      priorityIds: { key: 'invalidOption', params: { options: [...known].join(', ') } },
    })
  }
}

/**
 * What stands in the way of handing the application in today, and the warnings. An application
 * completed after an info request was submitted in time, so the plan may have closed since.
 */
export function submissionCheck(
  input: ApplicationFacts,
  plan: PublicPlan,
  today: string,
  resubmission: boolean,
) {
  const { errors, warnings } = submissionFindings(input, planFacts(plan), today)
  return { errors: resubmission ? errors.filter((e) => e.key !== 'planClosed') : errors, warnings }
}

/** Refuses (409 closed plan, else 400 with a message per field) what submission does not allow. */
function assertSubmittable(
  input: ApplicationFacts,
  plan: PublicPlan,
  today: string,
  resubmission = false,
): Finding[] {
  const { errors, warnings } = submissionCheck(input, plan, today, resubmission)
  if (errors.some((e) => e.key === 'planClosed')) throw new ApiError(409, 'planClosed')
  if (errors.length > 0) throw new ApiError(400, 'notSubmittable', undefined, fieldErrors(errors))
  return warnings
}

/** The columns an applicant's input sets; priorities and budget lines as JSON (see the schema). */
function columns(input: ApplicationInput, now: string) {
  const { priorityIds, budgetLines, privacyConsent, ...fields } = input
  return {
    ...fields,
    priorityIds: JSON.stringify([...new Set(priorityIds)].sort((a, b) => a - b)),
    budgetLines: JSON.stringify(budgetLines),
    applicantType: input.applicantType ?? null,
    expectedParticipants: input.expectedParticipants ?? null,
    volunteers: input.volunteers ?? null,
    startsOn: input.startsOn ?? null,
    endsOn: input.endsOn ?? null,
    privacyConsentAt: privacyConsent ? now : null,
  }
}

function auditable(values: Record<string, unknown>) {
  const out = { ...values }
  for (const field of SECRET_FIELDS) if (out[field] !== undefined) out[field] = REDACTED
  return out
}

/** The next reference number of the year, counted in the same batch that hands it out. */
function nextReference(db: DB, year: number, when: SQL = sql`1`) {
  // SQLite needs the WHERE to tell the SELECT's end from the upsert clause.
  return db
    .insert(referenceCounters)
    .select(sql`SELECT ${year}, 1 WHERE ${when}`)
    .onConflictDoUpdate({
      target: referenceCounters.year,
      set: { last: sql`${referenceCounters.last} + 1` },
    })
}

const referenceOf = (year: number) =>
  sql`(SELECT 'BK-' || year || '-' || printf('%04d', last) FROM reference_counters WHERE year = ${year})`

export interface Created {
  /** The private link's secret: shown once, never stored, never logged. */
  token: string
  id: number
  warnings: Finding[]
}

/**
 * Stores a new application on a plan taking applications, as a draft or (when `submit`) submitted
 * at once, with its receipt in the outbox. A refused request stores nothing: every check runs
 * before the one batch that writes. `locale` is the applicant's language; `linkOf` makes the
 * absolute private link of a token, for the receipt.
 */
export async function createApplication(
  db: DB,
  plan: PublicPlan,
  input: ApplicationInput,
  submit: boolean,
  locale: Locale,
  linkOf: (token: string) => string,
): Promise<Created> {
  const day = today()
  if (!isTakingApplications(planFacts(plan), day)) throw new ApiError(409, 'planClosed')
  assertPlanPriorities(input, plan)
  const warnings = submit ? assertSubmittable(input, plan, day) : []
  const token = randomToken()
  const tokenHash = await hashToken(token)
  const now = nowIso()
  const year = Number(day.slice(0, 4))
  const fields = {
    ...columns(input, now),
    planId: plan.id,
    networkId: plan.networkId,
    locale,
    createdAt: now,
    updatedAt: now,
    ...(submit
      ? { status: 'submitted' as const, submittedAt: now, decisionDueOn: decisionDueOn(day) }
      : { status: 'draft' as const }),
  }
  const insert = db
    .insert(applications)
    .values({ ...fields, accessTokenHash: tokenHash, reference: submit ? referenceOf(year) : null })
    .returning({ id: applications.id })
  const id = sql`(SELECT id FROM applications WHERE access_token_hash = ${tokenHash})`
  const counter = submit ? [nextReference(db, year)] : []
  const applicant = { ...fields, id: null, reference: null }
  const receipt = submit
    ? queueMessage(db, receiptOf(applicant, decisionDueOn(day), linkOf(token)), {
        applicationId: id,
      })
    : []
  const results = await runBatch(db, [
    ...counter,
    insert,
    auditStatement(
      db,
      { type: 'applicant', id: 'inserted' },
      {
        action: submit ? 'submit' : 'create',
        entity: 'applications',
        entityId: 'inserted',
        networkId: plan.networkId,
        changes: auditable({
          ...fields,
          priorityIds: input.priorityIds,
          budgetLines: input.budgetLines,
        }),
      },
    ),
    ...receipt,
  ])
  const [inserted] = results[counter.length] as { id: number }[]
  return { token, id: inserted.id, warnings }
}

/** Refuses (409) a move the status rules do not allow, with the reason. */
function assertTransition(from: ApplicationStatus, to: ApplicationStatus) {
  const refusal = applicationTransitionRefusal(from, to)
  if (refusal) throw new ApiError(409, refusal.key, refusal.params)
}

interface Change {
  action: string
  /** The statuses the application must still have when the write runs. */
  from: readonly ApplicationStatus[]
  values: Record<string, unknown>
  /** What the audit entry compares with the stored record; `values` when absent. */
  logged?: Record<string, unknown>
  /** Statements run just before the update (e.g. counting a reference number). */
  before?: BatchItem<'sqlite'>[]
  /** Statements run after it, which must check `applied` to take effect only if it did. */
  after?: (applied: SQL) => BatchItem<'sqlite'>[]
}

/**
 * The conditional write every change of an application goes through: it applies only if the
 * application still has one of the `from` statuses and is unchanged since it was read (else 409),
 * and its audit entry is written in the same batch, only if it applied.
 */
export async function changeApplication(
  db: DB,
  actor: Actor,
  existing: StoredApplication,
  change: Change,
): Promise<void> {
  const version = nowIso()
  const applied = sql`EXISTS (SELECT 1 FROM applications WHERE id = ${existing.id} AND updated_at = ${version})`
  const before = change.before ?? []
  const results = await runBatch(db, [
    ...before,
    db
      .update(applications)
      .set({ ...change.values, updatedAt: version })
      .where(
        and(
          eq(applications.id, existing.id),
          inArray(applications.status, [...change.from]),
          eq(applications.updatedAt, existing.updatedAt),
        ),
      )
      .returning({ id: applications.id }),
    auditStatement(db, actor, {
      action: change.action,
      entity: 'applications',
      entityId: existing.id,
      networkId: existing.networkId,
      changes: auditable(diff({ ...existing }, change.logged ?? change.values)),
      ifChanged: true,
    }),
    ...(change.after?.(applied) ?? []),
  ])
  if (results[before.length].length === 0) throw new ApiError(409, 'stale')
}

const applicantActor = (a: StoredApplication): Actor => ({ type: 'applicant', id: a.id })

/** Replaces what the applicant filled in; only while they may still edit (draft, info asked). */
export async function updateApplication(
  db: DB,
  existing: StoredApplication,
  plan: PublicPlan,
  input: ApplicationInput,
): Promise<void> {
  if (!isEditableByApplicant(existing.status)) throw new ApiError(409, 'notEditable')
  assertPlanPriorities(input, plan)
  const values = columns(input, existing.privacyConsentAt ?? nowIso())
  await changeApplication(db, applicantActor(existing), existing, {
    action: 'update',
    from: ['draft', 'info_requested'],
    values,
    logged: { ...values, priorityIds: input.priorityIds, budgetLines: input.budgetLines },
  })
}

/**
 * Submits a draft (it gets its reference number and decision date), or hands in an application
 * completed after an info request (the decision clock resumes where it stopped); either way with a
 * receipt holding the absolute `privateLink`. Returns the warnings the applicant should still read.
 */
export async function submitApplication(
  db: DB,
  existing: StoredApplication,
  plan: PublicPlan,
  privateLink: string,
): Promise<Finding[]> {
  assertTransition(existing.status, 'submitted')
  const day = today()
  const receipt = (due: string) => (applied: SQL) =>
    queueMessage(db, receiptOf(existing, due, privateLink), { when: applied })
  if (existing.status === 'info_requested') {
    const warnings = assertSubmittable(existing, plan, day, true)
    const resumedDueOn = resumedDecisionDueOn({
      decisionDueOn: existing.decisionDueOn ?? decisionDueOn(day),
      infoRequestedOn: existing.infoRequestedAt ? dayOf(existing.infoRequestedAt) : day,
      infoDueOn: existing.infoDueOn ?? day,
      completedOn: day,
    })
    await changeApplication(db, applicantActor(existing), existing, {
      action: 'submit',
      from: ['info_requested'],
      values: { status: 'submitted', decisionDueOn: resumedDueOn },
      after: receipt(resumedDueOn),
    })
    return warnings
  }
  const warnings = assertSubmittable(existing, plan, day)
  const year = Number(day.slice(0, 4))
  const now = nowIso()
  const values = { status: 'submitted', submittedAt: now, decisionDueOn: decisionDueOn(day) }
  // The number is counted only if the draft is still unchanged, so a lost race uses none.
  const stillDraft = sql`EXISTS (SELECT 1 FROM applications WHERE id = ${existing.id}
    AND status = 'draft' AND updated_at = ${existing.updatedAt})`
  await changeApplication(db, applicantActor(existing), existing, {
    action: 'submit',
    from: ['draft'],
    values: { ...values, reference: referenceOf(year) },
    logged: values,
    before: [nextReference(db, year, stillDraft)],
    after: receipt(values.decisionDueOn),
  })
  return warnings
}

/** The applicant deletes a draft, with its files: it was never handed in, so nothing is kept. */
export async function deleteDraft(
  db: DB,
  bucket: R2Bucket,
  existing: StoredApplication,
): Promise<void> {
  if (existing.status !== 'draft') throw new ApiError(409, 'notEditable')
  const files = await db
    .select({ storageKey: attachments.storageKey })
    .from(attachments)
    .where(eq(attachments.applicationId, existing.id))
  // What they typed goes from the history too: nothing of a deleted draft is kept.
  const history = await historyToErase(db, [{ ...existing, keepOrganisation: false }])
  const [deleted] = await runBatch(db, [
    db
      .delete(applications)
      .where(
        and(
          eq(applications.id, existing.id),
          eq(applications.status, 'draft'),
          eq(applications.updatedAt, existing.updatedAt),
        ),
      )
      .returning({ id: applications.id }),
    auditStatement(db, applicantActor(existing), {
      action: 'delete',
      entity: 'applications',
      entityId: existing.id,
      networkId: existing.networkId,
      ifChanged: true,
    }),
    ...eraseHistory(db, history),
  ])
  if (deleted.length === 0) throw new ApiError(409, 'stale')
  if (files.length > 0) await bucket.delete(files.map((f) => f.storageKey))
}

/** The applicant withdraws; possible after submitting, until the network has decided. */
export async function withdrawApplication(db: DB, existing: StoredApplication): Promise<void> {
  assertTransition(existing.status, 'withdrawn')
  await changeApplication(db, applicantActor(existing), existing, {
    action: 'withdraw',
    from: ['submitted', 'info_requested'],
    values: { status: 'withdrawn', closedOn: today() },
  })
}

/**
 * A coordinator asks for more information with a term to answer in; the applicant can then edit
 * through the link, and the decision clock stands still until they hand it in again (Awb 4:15).
 */
export async function requestInfo(
  db: DB,
  actor: Actor,
  existing: StoredApplication,
  message: string,
  days: number,
): Promise<void> {
  assertTransition(existing.status, 'info_requested')
  const now = nowIso()
  const infoDueOn = infoTermEnd(dayOf(now), days)
  await changeApplication(db, actor, existing, {
    action: 'request-info',
    from: ['submitted'],
    values: { status: 'info_requested', infoRequestedAt: now, infoDueOn, infoRequest: message },
    after: (applied) =>
      queueMessage(db, infoRequestOf(existing, message, infoDueOn), { when: applied }),
  })
}
