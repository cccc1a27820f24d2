import { env, exports } from 'cloudflare:workers'
import { addDays } from '../../worker/domain/decision-due'
import { eligibleApplicationBody } from '../fixtures/eligible-application'
import { today } from '../../worker/lib/clock'
import { hashPassword } from '../../worker/lib/password'
import type { Role } from '../../worker/lib/access'

export type { Role }
export { ROLES } from '../../worker/db/schema'

/** The password of every user the helpers create. */
export const PASSWORD = 'een-lang-test-wachtwoord'

// PBKDF2 at 100k iterations is slow: hash once per test file and give every user the same hash.
let passwordHashOnce: Promise<string> | undefined
export function passwordHash(): Promise<string> {
  passwordHashOnce ??= hashPassword(PASSWORD)
  return passwordHashOnce
}

let counter = 0
const run = crypto.randomUUID().slice(0, 8)

/** A value no other call in this test run returns, for names, e-mails and titles. */
export function unique(prefix = 'x'): string {
  counter += 1
  return `${prefix}-${run}-${counter}`
}

/** A fresh client IP, so login throttling by IP never crosses from one test into another. */
export function uniqueIp(): string {
  counter += 1
  return `2001:db8:${run.slice(0, 4)}::${counter.toString(16)}`
}

export interface RequestOptions {
  method?: string
  /** Sent as JSON unless it is already a string. */
  body?: unknown
  cookie?: string
  headers?: Record<string, string>
  /** The `cf-connecting-ip` of this call; a fresh one when absent. */
  ip?: string
  /** List parameters (`sort`, `range`, `filter`), JSON-encoded into the query string. */
  query?: Record<string, unknown>
  /** Scheme and host of the request URL. */
  base?: string
}

export interface ApiResponse {
  status: number
  headers: Headers
  body: any // shapes differ per route; each test asserts the shape it expects
}

export function listQuery(params: Record<string, unknown>): string {
  const parts = Object.entries(params).map(
    ([key, value]) =>
      `${key}=${encodeURIComponent(typeof value === 'string' ? value : JSON.stringify(value))}`,
  )
  return parts.length ? `?${parts.join('&')}` : ''
}

/** Calls the real worker under `/api` and reads the JSON answer (null for an empty body). */
export async function api(path: string, options: RequestOptions = {}): Promise<ApiResponse> {
  const headers = new Headers(options.headers)
  headers.set('cf-connecting-ip', options.ip ?? uniqueIp())
  if (options.cookie) headers.set('cookie', options.cookie)
  let body: string | undefined
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body)
    if (!headers.has('content-type')) headers.set('content-type', 'application/json')
  }
  const url = `${options.base ?? 'http://localhost'}/api${path}${listQuery(options.query ?? {})}`
  const res = await exports.default.fetch(
    new Request(url, { method: options.method ?? (body ? 'POST' : 'GET'), headers, body }),
  )
  const text = await res.text()
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null }
}

async function insert(query: string, ...values: unknown[]): Promise<number> {
  const row = await env.DB.prepare(`${query} RETURNING id`)
    .bind(...values)
    .first<{ id: number }>()
  if (!row) throw new Error(`insert returned nothing: ${query}`)
  return row.id
}

export interface TestUser {
  id: number
  email: string
  name: string
  role: Role
}

/** A user stored directly in D1, with PASSWORD as their password. */
export async function createUser(
  role: Role,
  options: { active?: boolean; email?: string } = {},
): Promise<TestUser> {
  const email = options.email ?? `${unique(role)}@example.org`
  const name = unique(`Naam ${role}`)
  const id = await insert(
    'INSERT INTO users (email, name, role, active, password_hash) VALUES (?, ?, ?, ?, ?)',
    email,
    name,
    role,
    options.active === false ? 0 : 1,
    await passwordHash(),
  )
  return { id, email, name, role }
}

/** A network stored directly in D1. */
export async function createNetwork(name = unique('Netwerk')): Promise<number> {
  return insert(
    'INSERT INTO networks (name, area, postcodes) VALUES (?, ?, ?)',
    name,
    'Een wijk',
    '["3811"]',
  )
}

/** A member seat, with the network's member counts kept right as the API would. */
export async function addSeat(
  networkId: number,
  userId: number,
  kind: 'resident' | 'professional' = 'resident',
): Promise<number> {
  const [seat] = await env.DB.batch<{ id: number }>([
    env.DB.prepare(
      'INSERT INTO members (network_id, user_id, kind) VALUES (?, ?, ?) RETURNING id',
    ).bind(networkId, userId, kind),
    env.DB.prepare(
      `UPDATE networks SET member_count = member_count + 1,
        resident_count = resident_count + ? WHERE id = ?`,
    ).bind(kind === 'resident' ? 1 : 0, networkId),
  ])
  return seat.results[0].id
}

export interface PlanOptions {
  status?: 'draft' | 'open' | 'closed'
  year?: number
  title?: string
  budgetCents?: number
  opensOn?: string
  closesOn?: string
}

/** A plan stored directly in D1 (a draft unless told otherwise). */
export async function createPlan(networkId: number, options: PlanOptions = {}): Promise<number> {
  return insert(
    `INSERT INTO plans (network_id, year, title, budget_cents, opens_on, closes_on, status)
      VALUES (?, ?, ?, ?, ?, ?, ?)`,
    networkId,
    options.year ?? 2026,
    options.title ?? unique('Jaarplan'),
    options.budgetCents ?? 10_000_000,
    options.opensOn ?? '2026-01-01',
    options.closesOn ?? '2026-12-31',
    options.status ?? 'draft',
  )
}

export async function createPriority(planId: number, title = unique('Prioriteit')) {
  return insert(
    `INSERT INTO priorities (plan_id, network_id, title)
      SELECT id, network_id, ? FROM plans WHERE id = ?`,
    title,
    planId,
  )
}

export async function createCriterion(planId: number, weight: number, title = unique('Criterium')) {
  return insert(
    `INSERT INTO criteria (plan_id, network_id, title, weight)
      SELECT id, network_id, ?, ? FROM plans WHERE id = ?`,
    title,
    weight,
    planId,
  )
}

export interface Session {
  /** The `Cookie` header value that carries the session. */
  cookie: string
  user: TestUser
}

/** The `name=value` part of a Set-Cookie header. */
export function cookieFrom(res: ApiResponse): string {
  const setCookie = res.headers.get('set-cookie')
  if (!setCookie) throw new Error(`no cookie set (status ${res.status})`)
  return setCookie.split(';')[0]
}

/** Logs in through the real POST /api/auth/login. */
export async function login(email: string, password = PASSWORD): Promise<string> {
  const res = await api('/auth/login', { body: { email, password } })
  if (res.status !== 200) throw new Error(`login failed with ${res.status}`)
  return cookieFrom(res)
}

/** A fresh user of `role` with a seat in each of `networkIds`, logged in through the real API. */
export async function loginAs(role: Role, networkIds: number[] = []): Promise<Session> {
  const user = await createUser(role)
  for (const networkId of networkIds) await addSeat(networkId, user.id)
  return { cookie: await login(user.email), user }
}

/** One row of a table as stored, or null. */
export function row(table: string, id: number) {
  return env.DB.prepare(`SELECT * FROM ${table} WHERE id = ?`).bind(id).first()
}

/** An ISO date `days` from today (negative for the past). */
export function daysFromToday(days: number): string {
  return addDays(today(), days)
}

export interface OpenPlan {
  networkId: number
  planId: number
  priorityIds: number[]
}

/**
 * A plan taking applications today, in a fresh network serving postcode area 3811, with two
 * priorities and criteria whose weights sum to 100.
 */
export async function createOpenPlan(options: PlanOptions = {}): Promise<OpenPlan> {
  const networkId = await createNetwork()
  const planId = await createPlan(networkId, {
    status: 'open',
    year: Number(daysFromToday(0).slice(0, 4)),
    opensOn: daysFromToday(-30),
    closesOn: daysFromToday(60),
    ...options,
  })
  const priorityIds = [await createPriority(planId), await createPriority(planId)]
  await createCriterion(planId, 60)
  await createCriterion(planId, 40)
  return { networkId, planId, priorityIds }
}

/** A complete, eligible €500 application from a group of residents, as the public API takes it. */
export function eligibleApplication(plan: OpenPlan, overrides: Record<string, unknown> = {}) {
  const body = eligibleApplicationBody({
    planId: plan.planId,
    priorityId: plan.priorityIds[0],
    postcodeArea: '3811',
    startsOn: daysFromToday(70),
    endsOn: daysFromToday(160),
    title: unique('Buurtmoestuin'),
  })
  return { ...body, ...overrides }
}

/** Calls the real worker under `/api` and hands back the raw response (files, multipart). */
export function apiRaw(
  path: string,
  init: { method?: string; body?: BodyInit; cookie?: string; ip?: string } = {},
): Promise<Response> {
  const headers = new Headers({ 'cf-connecting-ip': init.ip ?? uniqueIp() })
  if (init.cookie) headers.set('cookie', init.cookie)
  return exports.default.fetch(
    new Request(`http://localhost/api${path}`, {
      method: init.method ?? (init.body ? 'POST' : 'GET'),
      headers,
      body: init.body,
    }),
  )
}

/** A worker response with its JSON body read, as `api()` answers. */
export async function asJson(res: Response): Promise<ApiResponse> {
  const text = await res.text()
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null }
}

/** Uploads one file through the private link, as the applicant's form does (multipart). */
export async function uploadAttachment(
  token: string,
  bytes: Uint8Array,
  filename: string,
  fields: Record<string, string> = {},
): Promise<ApiResponse> {
  const form = new FormData()
  form.set('file', new File([bytes], filename))
  for (const [name, value] of Object.entries(fields)) form.set(name, value)
  return asJson(await apiRaw(`/public/applications/${token}/attachments`, { body: form }))
}

/** The bytes of a small file that starts like a real PDF. */
export function pdfBytes(text = 'Begroting'): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.4\n% ${text}\n%%EOF\n`)
}

export interface Applied {
  /** The private link's secret. */
  token: string
  /** The row's id, which the applicant never sees; found by the application's unique title. */
  id: number
  title: string
  /** The applicant's view as the create answered it. */
  application: any // the applicant view; each test asserts the fields it needs
}

/**
 * An application made through the public API: a draft, or submitted when `overrides` says
 * `submit: true`. Fails the test setup if the API refuses it.
 */
export async function applyFor(
  plan: OpenPlan,
  overrides: Record<string, unknown> = {},
): Promise<Applied> {
  const body = eligibleApplication(plan, overrides)
  const res = await api('/public/applications', { body })
  if (res.status !== 201) throw new Error(`apply failed: ${res.status} ${JSON.stringify(res.body)}`)
  const found = await env.DB.prepare('SELECT id FROM applications WHERE title = ?')
    .bind(body.title)
    .first<{ id: number }>()
  if (!found) throw new Error(`no stored application titled ${String(body.title)}`)
  return {
    token: res.body.token,
    id: found.id,
    title: String(body.title),
    application: res.body.application,
  }
}

/** Sets an application's status directly, for states only later parts of the process reach. */
export async function setApplicationStatus(id: number, status: string): Promise<void> {
  await env.DB.prepare(
    `UPDATE applications SET status = ?,
      submitted_at = coalesce(submitted_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) WHERE id = ?`,
  )
    .bind(status, id)
    .run()
}

export interface ApplicationRowOptions {
  planId?: number
  status?: string
  title?: string
}

/**
 * An application stored directly in D1, submitted unless told otherwise, in a fresh draft plan of
 * the network unless a plan is given. For tests about who may see it, not about applying.
 */
export async function createApplicationRow(
  networkId: number,
  options: ApplicationRowOptions = {},
): Promise<number> {
  const status = options.status ?? 'submitted'
  return insert(
    `INSERT INTO applications (plan_id, network_id, status, title, access_token_hash, submitted_at)
      VALUES (?, ?, ?, ?, ?, ?)`,
    options.planId ?? (await createPlan(networkId)),
    networkId,
    status,
    options.title ?? unique('Aanvraag'),
    unique('hash'),
    status === 'draft' ? null : new Date().toISOString(),
  )
}

/** An attachment row of an application, stored directly in D1 (no object in R2). */
export async function createAttachmentRow(applicationId: number): Promise<number> {
  return insert(
    `INSERT INTO attachments (application_id, network_id, kind, filename, content_type,
        size_bytes, storage_key)
      SELECT id, network_id, 'other', ?, 'application/pdf', 4, ? FROM applications WHERE id = ?`,
    `${unique('bijlage')}.pdf`,
    unique('applications/test'),
    applicationId,
  )
}

/** The ids of a plan's criteria in the order a reviewer scores them (weights 60, 40 in an open plan). */
export async function criteriaOf(planId: number): Promise<number[]> {
  const { results } = await env.DB.prepare(
    'SELECT id FROM criteria WHERE plan_id = ? ORDER BY position, id',
  )
    .bind(planId)
    .all<{ id: number }>()
  return results.map((r) => r.id)
}

/** Scores for the criteria in order, each with a reason, as a reviewer sends them. */
export function scoresFor(
  criteria: number[],
  values: readonly number[],
  reason = 'Goed onderbouwd',
) {
  return criteria.map((criterionId, i) => ({ criterionId, score: values[i], reason }))
}

export interface Seat {
  user: TestUser
  /** The `members` row: what a decision lists as present. */
  seat: number
  cookie: string
}

/** A fresh user of `role` with one seat of `kind` in the network, logged in. */
export async function seatedUser(
  networkId: number,
  kind: 'resident' | 'professional' = 'resident',
  role: Role = 'reviewer',
): Promise<Seat> {
  const user = await createUser(role)
  const seat = await addSeat(networkId, user.id, kind)
  return { user, seat, cookie: await login(user.email) }
}

/**
 * A submitted review stored directly in D1, with its total and the application's score and
 * review count kept as the API keeps them. For tests that need many scored applications fast.
 */
export async function insertSubmittedReview(
  applicationId: number,
  reviewerId: number,
  scores: { criterionId: number; score: number }[],
): Promise<number> {
  const review = await insert(
    `INSERT INTO reviews (application_id, network_id, reviewer_id, status, total, submitted_at)
      SELECT a.id, a.network_id, ?, 'submitted',
        (SELECT sum(c.weight * json_extract(j.value, '$.score')) / 4.0 FROM json_each(?) j
          JOIN criteria c ON c.id = json_extract(j.value, '$.criterionId')),
        strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
      FROM applications a WHERE a.id = ?`,
    reviewerId,
    JSON.stringify(scores),
    applicationId,
  )
  await env.DB.batch([
    ...scores.map((s) =>
      env.DB.prepare(
        `INSERT INTO review_scores (review_id, criterion_id, score, reason) VALUES (?, ?, ?, ?)`,
      ).bind(review, s.criterionId, s.score, 'Ingevoerd voor de test'),
    ),
    env.DB.prepare(
      `UPDATE applications SET
        score = (SELECT avg(total) FROM reviews WHERE application_id = ?1
          AND status = 'submitted' AND conflict_of_interest = 0 AND total IS NOT NULL),
        review_count = (SELECT count(*) FROM reviews WHERE application_id = ?1
          AND status = 'submitted' AND conflict_of_interest = 0)
        WHERE id = ?1`,
    ).bind(applicationId),
  ])
  return review
}

/** The audit entries of one record, oldest first. */
export async function auditOf(entity: string, entityId: number) {
  const { results } = await env.DB.prepare(
    'SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id',
  )
    .bind(entity, entityId)
    .all<{ action: string; actor_id: number | null; network_id: number | null; changes: string }>()
  return results
}

/** A Dutch IBAN that passes the mod-97 check, for every test account holder. */
export const TEST_IBAN = 'NL91ABNA0417164300'

/**
 * An awarded application with a reference and a bank account, stored directly in D1, in a fresh
 * draft plan of the network unless a plan is given. For tests about paying, not about deciding.
 */
export async function createAwardedApplicationRow(
  networkId: number,
  options: { planId?: number } = {},
): Promise<number> {
  const id = await createApplicationRow(networkId, { status: 'awarded', planId: options.planId })
  await env.DB.prepare(
    'UPDATE applications SET reference = ?, iban = ?, account_holder = ? WHERE id = ?',
  )
    .bind(unique('BK'), TEST_IBAN, unique('Stichting'), id)
    .run()
  return id
}

export interface PayoutRowOptions {
  /** The application paid; a fresh awarded one of the network when absent. */
  applicationId?: number
  /** The plan of that fresh application. */
  planId?: number
  kind?: 'advance' | 'installment' | 'final' | 'reclaim'
  /** €100, or -€50 for a reclaim, unless told otherwise. */
  amountCents?: number
  /** Yesterday unless told otherwise. */
  dueOn?: string
  status?: 'scheduled' | 'batched' | 'paid' | 'cancelled'
  batchId?: number
}

/**
 * A payout stored directly in D1, valid against the table's checks: the next number of its
 * application, and the application's reference plus that number as its EndToEndId.
 */
export async function createPayoutRow(
  networkId: number,
  options: PayoutRowOptions = {},
): Promise<number> {
  const applicationId =
    options.applicationId ??
    (await createAwardedApplicationRow(networkId, { planId: options.planId }))
  const kind = options.kind ?? 'advance'
  const status = options.status ?? 'scheduled'
  return insert(
    `INSERT INTO payouts (application_id, network_id, plan_id, number, kind, amount_cents, due_on,
        status, batch_id, paid_on, end_to_end_id)
      SELECT a.id, a.network_id, a.plan_id, n.next, ?2, ?3, ?4, ?5, ?6, ?7, a.reference || '-' || n.next
      FROM applications a,
        (SELECT coalesce(max(number), 0) + 1 AS next FROM payouts WHERE application_id = ?1) n
      WHERE a.id = ?1`,
    applicationId,
    kind,
    options.amountCents ?? (kind === 'reclaim' ? -5_000 : 10_000),
    options.dueOn ?? daysFromToday(-1),
    status,
    options.batchId ?? null,
    status === 'paid' ? daysFromToday(0) : null,
  )
}

/**
 * A batch holding the given payouts, stored directly in D1 as gathering would store it, created
 * by a fresh finance user. For tests about who sees a batch and what its state allows.
 */
export async function createBatchRow(
  payoutIds: number[],
  options: { status?: 'open' | 'exported' | 'paid'; executionDate?: string } = {},
): Promise<number> {
  const creator = await createUser('finance')
  const batch = await insert(
    `INSERT INTO payout_batches (execution_date, message_id, status, created_by)
      VALUES (?, ?, ?, ?)`,
    options.executionDate ?? daysFromToday(1),
    unique('BK-TEST'),
    options.status ?? 'open',
    creator.id,
  )
  await env.DB.batch([
    env.DB.prepare(
      `UPDATE payouts SET status = 'batched', batch_id = ?1
        WHERE id IN (SELECT value FROM json_each(?2))`,
    ).bind(batch, JSON.stringify(payoutIds)),
    env.DB.prepare(
      `UPDATE payout_batches SET
        count = (SELECT count(*) FROM payouts WHERE batch_id = ?1),
        total_cents = (SELECT coalesce(sum(amount_cents), 0) FROM payouts WHERE batch_id = ?1)
        WHERE id = ?1`,
    ).bind(batch),
  ])
  return batch
}

/**
 * An application of a fresh open plan awarded `amountCents` by a decision stored as the API would
 * (plan total included), with the given payouts: the start of every report and settlement test.
 */
export async function awardedApplication(
  amountCents: number,
  payouts: { amountCents: number; status: 'paid' | 'scheduled' | 'batched' }[] = [],
) {
  const plan = await createOpenPlan()
  await env.DB.prepare('UPDATE plans SET max_grant_cents = 1000000 WHERE id = ?')
    .bind(plan.planId)
    .run()
  const app = await applyFor(plan, {
    submit: true,
    requestedCents: amountCents,
    applicantType: 'foundation',
    kvkNumber: '12345678',
    supporters: 30,
    budgetLines: [{ description: 'Alles', category: 'activities', amountCents }],
  })
  await setApplicationStatus(app.id, 'awarded')
  const decider = await createUser('coordinator')
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO decisions (application_id, network_id, plan_id, outcome, amount_cents, motivation,
        decided_on, objection_deadline, votes_for, votes_against, abstentions, decided_by)
        VALUES (?, ?, ?, 'awarded', ?, 'Goed plan', '2026-11-01', '2026-12-13', 3, 0, 0, ?)`,
    ).bind(app.id, plan.networkId, plan.planId, amountCents, decider.id),
    env.DB.prepare('UPDATE plans SET awarded_cents = awarded_cents + ? WHERE id = ?').bind(
      amountCents,
      plan.planId,
    ),
  ])
  for (const p of payouts) await createPayoutRow(plan.networkId, { applicationId: app.id, ...p })
  return { plan, app }
}
