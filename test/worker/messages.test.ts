import { createScheduledController } from 'cloudflare:test'
import { env, exports } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import worker from '../../worker/index'
import { addDays } from '../../worker/domain/decision-due'
import { reportDueOn } from '../../worker/domain/report-due'
import { MAX_ATTEMPTS } from '../../worker/jobs/outbox'
import { PRIVATE_LINK_SLOT } from '../../worker/lib/message-templates'
import { EVERY_TEN_MINUTES, NIGHTLY } from '../../worker/scheduled'
import {
  type OpenPlan,
  api,
  applyFor,
  auditOf,
  createAwardedApplicationRow,
  createBatchRow,
  createNetwork,
  createOpenPlan,
  createPayoutRow,
  createUser,
  criteriaOf,
  daysFromToday,
  eligibleApplication,
  insertSubmittedReview,
  loginAs,
  row,
  scoresFor,
  seatedUser,
  setApplicationStatus,
  unique,
  uniqueIp,
} from './helpers'

interface MessageRow {
  id: number
  application_id: number | null
  user_id: number | null
  network_id: number
  kind: string
  locale: string
  to_address: string | null
  subject: string
  body: string
  private_link: string | null
  status: string
  attempts: number
  last_error: string | null
  sent_at: string | null
  dedupe_key: string | null
}

/** The outbox rows of an application, oldest first. */
async function messagesOf(applicationId: number, kind?: string): Promise<MessageRow[]> {
  const { results } = await env.DB.prepare(
    'SELECT * FROM messages WHERE application_id = ? AND (?2 IS NULL OR kind = ?2) ORDER BY id',
  )
    .bind(applicationId, kind ?? null)
    .all<MessageRow>()
  return results
}

async function messageCount(): Promise<number> {
  const found = await env.DB.prepare('SELECT count(*) AS n FROM messages').first<{ n: number }>()
  return found?.n ?? 0
}

async function referenceOf(applicationId: number): Promise<string> {
  return String((await row('applications', applicationId))?.reference)
}

/** An application through the public API in the applicant's language (Accept-Language). */
async function applyIn(plan: OpenPlan, language: string, overrides: Record<string, unknown> = {}) {
  const body = eligibleApplication(plan, overrides)
  const res = await api('/public/applications', { body, headers: { 'accept-language': language } })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  const found = await env.DB.prepare('SELECT id FROM applications WHERE title = ?')
    .bind(body.title)
    .first<{ id: number }>()
  return { id: Number(found?.id), token: String(res.body.token) }
}

/** Posts a plain HTML form, with the same-origin header a browser sends. */
function postForm(path: string, fields: Record<string, string | string[]>) {
  const body = new URLSearchParams()
  for (const [name, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : [value]) body.append(name, one)
  }
  const headers = { origin: 'http://localhost', 'cf-connecting-ip': uniqueIp() }
  return exports.default.fetch(
    new Request(`http://localhost${path}`, { method: 'POST', body, headers, redirect: 'manual' }),
  )
}

/** The application form as a browser posts it: an eligible €500 group application. */
function formFor(plan: OpenPlan, intent: 'save' | 'submit') {
  const a = eligibleApplication(plan)
  return {
    applicantType: 'group',
    contactName: a.contactName,
    email: a.email,
    title: a.title,
    summary: a.summary,
    description: a.description,
    priorityIds: [String(plan.priorityIds[0])],
    targetGroup: a.targetGroup,
    expectedParticipants: '40',
    goal: a.goal,
    startsOn: a.startsOn,
    endsOn: a.endsOn,
    postcode: '3811',
    openToAll: 'ja',
    'budgetLines.0.description': 'Plantenbakken',
    'budgetLines.0.category': 'materials',
    'budgetLines.0.amount': '500',
    requestedCents: '500',
    ownContributionHours: '40',
    supporters: '8',
    iban: 'NL91 ABNA 0417 1643 00',
    accountHolder: 'Buurtgroep De Linde',
    privacyConsent: 'ja',
    website: '',
    intent,
  }
}

async function idByTitle(title: string): Promise<number> {
  const found = await env.DB.prepare('SELECT id FROM applications WHERE title = ?')
    .bind(title)
    .first<{ id: number }>()
  return Number(found?.id)
}

/** A network whose panel can decide: three residents who review, and a coordinator. */
async function panel() {
  const plan = await createOpenPlan()
  const residents = [
    await seatedUser(plan.networkId, 'resident'),
    await seatedUser(plan.networkId, 'resident'),
    await seatedUser(plan.networkId, 'resident'),
  ]
  const coordinator = await seatedUser(plan.networkId, 'professional', 'coordinator')
  return { plan, residents, coordinator }
}

/** The worker's real scheduled handler, for one Cron Trigger at a fixed moment. */
async function runCron(cron: string, at: string, environment: Env = env) {
  await worker.scheduled(
    createScheduledController({ scheduledTime: new Date(at), cron }),
    environment,
  )
}

/** 03:00 in Amsterdam on a calendar day, when the nightly trigger fires. */
const nightOf = (day: string) => `${day}T01:00:00.000Z`

const MAIL_URL = 'https://mail.test/v1/send'
/**
 * The worker's configuration with a mail API set up. The generated `Env` types each var as its
 * value in wrangler.toml (empty), hence the cast.
 */
const mailEnv = {
  ...env,
  MAIL_API_URL: MAIL_URL,
  MAIL_FROM: 'Buurtkracht <noreply@buurtkracht.test>',
  MAIL_API_TOKEN: 'test-token',
} as unknown as Env

interface SentMail {
  url: string
  authorization: string | null
  contentType: string | null
  body: { from: string; to: string; subject: string; text: string }
}

/**
 * A fake e-mail API in place of the network: the real sender's requests end here. It accepts
 * every mail, except those to `failFor`, which it answers with `failWith`.
 */
function fakeMailApi(
  failFor?: string,
  failWith: () => Response = () => new Response('', { status: 503 }),
) {
  const sent: SentMail[] = []
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const request = new Request(input, init)
    const body = (await request.json()) as SentMail['body']
    sent.push({
      url: request.url,
      authorization: request.headers.get('authorization'),
      contentType: request.headers.get('content-type'),
      body,
    })
    return body.to === failFor ? failWith() : new Response('{"id":"queued"}', { status: 202 })
  })
  return sent
}

/** Runs the outbox until the message has been tried `attempts` times (older ones go first). */
async function sendUntilTried(id: number, attempts: number, environment: Env = mailEnv) {
  for (let run = 0; run < 20; run++) {
    const message = (await row('messages', id)) as unknown as MessageRow
    if (message.attempts >= attempts) return message
    await runCron(EVERY_TEN_MINUTES, new Date().toISOString(), environment)
  }
  throw new Error(`message ${id} was not tried ${attempts} times`)
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('receipt', () => {
  it('is queued once when the public API creates and submits, with reference, locale and link', async () => {
    const plan = await createOpenPlan()
    const app = await applyFor(plan, { submit: true })
    const reference = await referenceOf(app.id)
    const [receipt, ...others] = await messagesOf(app.id)
    expect(others).toEqual([])
    expect(receipt).toMatchObject({
      kind: 'receipt',
      locale: 'nl',
      network_id: plan.networkId,
      user_id: null,
      to_address: 'fatima@example.org',
      status: 'queued',
      attempts: 0,
      private_link: `http://localhost/aanvraag/${app.token}`,
      subject: `Uw aanvraag ${reference} is ontvangen`,
    })
    expect(receipt.body).toContain(`Uw kenmerk is ${reference}.`)
    expect(receipt.body).toContain(PRIVATE_LINK_SLOT)
    expect(receipt.body).not.toContain(app.token)
    expect((await row('applications', app.id))?.locale).toBe('nl')
    const [audit] = await auditOf('messages', receipt.id)
    expect(audit).toMatchObject({ action: 'create', actor_id: null, network_id: plan.networkId })
  })

  it('is in English, with the English link, when the applicant asked in English', async () => {
    const plan = await createOpenPlan()
    const app = await applyIn(plan, 'en-GB,en;q=0.9', { submit: true })
    const [receipt] = await messagesOf(app.id)
    expect(receipt.locale).toBe('en')
    expect(receipt.subject).toBe(`Your application ${await referenceOf(app.id)} has been received`)
    expect(receipt.private_link).toBe(`http://localhost/en/aanvraag/${app.token}`)
    expect((await row('applications', app.id))?.locale).toBe('en')
  })

  it('waits for the submission of a draft, in the language the draft was started in', async () => {
    const plan = await createOpenPlan()
    const app = await applyIn(plan, 'en')
    expect(await messagesOf(app.id)).toEqual([])
    const submitted = await api(`/public/applications/${app.token}/submit`, { method: 'POST' })
    expect(submitted.status).toBe(200)
    const [receipt, ...others] = await messagesOf(app.id)
    expect(others).toEqual([])
    expect(receipt.kind).toBe('receipt')
    expect(receipt.locale).toBe('en')
    expect(receipt.subject).toContain(submitted.body.reference)
    expect(receipt.private_link).toBe(`http://localhost/en/aanvraag/${app.token}`)
  })

  it('is not queued for a submission that is refused', async () => {
    const plan = await createOpenPlan()
    const before = await messageCount()
    const tooMuch = eligibleApplication(plan, { submit: true, requestedCents: 900_000 })
    expect((await api('/public/applications', { body: tooMuch })).status).toBe(400)
    expect(await messageCount()).toBe(before)

    const app = await applyFor(plan, { submit: true })
    const again = await api(`/public/applications/${app.token}/submit`, { method: 'POST' })
    expect(again.status).toBe(409)
    expect(await messagesOf(app.id)).toHaveLength(1)
  })

  it('is queued by the form on /en and by the status page’s submit button', async () => {
    const plan = await createOpenPlan()
    const english = formFor(plan, 'submit')
    expect((await postForm(`/en/aanvragen/${plan.planId}`, english)).status).toBe(201)
    const englishId = await idByTitle(english.title)
    const [receipt] = await messagesOf(englishId)
    expect(receipt).toMatchObject({ kind: 'receipt', locale: 'en' })
    expect(receipt.private_link).toMatch(/^http:\/\/localhost\/en\/aanvraag\/[\w-]{43}$/)
    expect((await row('applications', englishId))?.locale).toBe('en')

    const dutch = await applyFor(plan)
    const res = await postForm(`/aanvraag/${dutch.token}/indienen`, {})
    expect(res.status).toBe(200)
    const [dutchReceipt, ...others] = await messagesOf(dutch.id)
    expect(others).toEqual([])
    expect(dutchReceipt).toMatchObject({
      kind: 'receipt',
      locale: 'nl',
      private_link: `http://localhost/aanvraag/${dutch.token}`,
    })
  })

  it('is queued again when the applicant hands in what was asked, with the new decision date', async () => {
    const plan = await createOpenPlan()
    const coordinator = await loginAs('coordinator', [plan.networkId])
    const app = await applyFor(plan, { submit: true })
    const asked = await api(`/applications/${app.id}/request-info`, {
      cookie: coordinator.cookie,
      body: { message: 'Stuur een offerte mee.' },
    })
    expect(asked.status).toBe(200)
    const resubmitted = await api(`/public/applications/${app.token}/submit`, { method: 'POST' })
    expect(resubmitted.status).toBe(200)
    const receipts = await messagesOf(app.id, 'receipt')
    expect(receipts).toHaveLength(2)
    expect(receipts[1].private_link).toBe(`http://localhost/aanvraag/${app.token}`)
  })
})

describe('info request', () => {
  it('is queued once with the question and the term, without the private link', async () => {
    const plan = await createOpenPlan()
    const coordinator = await loginAs('coordinator', [plan.networkId])
    const app = await applyIn(plan, 'en', { submit: true })
    const res = await api(`/applications/${app.id}/request-info`, {
      cookie: coordinator.cookie,
      body: { message: 'Please add a quote.', days: 10 },
    })
    expect(res.status).toBe(200)
    const [asked, ...others] = await messagesOf(app.id, 'info_request')
    expect(others).toEqual([])
    expect(asked).toMatchObject({ locale: 'en', status: 'queued', private_link: null })
    expect(asked.subject).toBe(`Please complete your application ${await referenceOf(app.id)}`)
    expect(asked.body).toContain('\n\nPlease add a quote.\n\n')
    expect(asked.body).toContain(String(res.body.infoDueOn).slice(0, 4))
    expect(asked.body).not.toContain(app.token)
    expect(asked.body).not.toContain(PRIVATE_LINK_SLOT)
  })

  it('is not queued when asking is refused', async () => {
    const plan = await createOpenPlan()
    const coordinator = await loginAs('coordinator', [plan.networkId])
    const reviewer = await loginAs('reviewer', [plan.networkId])
    const app = await applyFor(plan, { submit: true })
    const body = { message: 'Stuur een offerte mee.' }
    expect(
      (await api(`/applications/${app.id}/request-info`, { cookie: reviewer.cookie, body })).status,
    ).toBe(403)
    expect(
      (await api(`/applications/${app.id}/request-info`, { cookie: coordinator.cookie, body }))
        .status,
    ).toBe(200)
    // Already waiting for the answer: a second request is an illegal transition.
    expect(
      (await api(`/applications/${app.id}/request-info`, { cookie: coordinator.cookie, body }))
        .status,
    ).toBe(409)
    expect(await messagesOf(app.id, 'info_request')).toHaveLength(1)
  })
})

describe('decision', () => {
  async function scored() {
    const p = await panel()
    const app = await applyFor(p.plan, { submit: true })
    const criteria = await criteriaOf(p.plan.planId)
    await insertSubmittedReview(app.id, p.residents[0].user.id, scoresFor(criteria, [3, 4]))
    const decide = (overrides: Record<string, unknown> = {}) =>
      api('/decisions', {
        cookie: p.coordinator.cookie,
        body: {
          applicationId: app.id,
          outcome: 'awarded',
          amountCents: 50_000,
          motivation: 'Het plan past bij de prioriteiten.',
          presentMemberIds: p.residents.map((r) => r.seat),
          votesFor: 3,
          votesAgainst: 0,
          abstentions: 0,
          ...overrides,
        },
      })
    return { app, decide }
  }

  it('is queued once with the outcome, the amount and the objection deadline', async () => {
    const { app, decide } = await scored()
    const res = await decide()
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const [told, ...others] = await messagesOf(app.id, 'decision')
    expect(others).toEqual([])
    const reference = await referenceOf(app.id)
    expect(told).toMatchObject({ locale: 'nl', status: 'queued', private_link: null })
    expect(told.subject).toBe(`Besluit over uw aanvraag ${reference}`)
    expect(told.body).toContain('subsidie te geven van €\u00a0500,00')
    expect(told.body).toContain('bezwaar maken tot en met')
  })

  it('is not queued when the decision is refused', async () => {
    const { app, decide } = await scored()
    const refused = await decide({ votesFor: 1, votesAgainst: 2 })
    expect(refused.status).toBe(409)
    expect(await messagesOf(app.id, 'decision')).toEqual([])
  })
})

describe('payment', () => {
  async function paidBatch() {
    const plan = await createOpenPlan()
    const app = await applyFor(plan, { submit: true })
    await setApplicationStatus(app.id, 'awarded')
    const first = await createPayoutRow(plan.networkId, {
      applicationId: app.id,
      amountCents: 23_750,
    })
    const second = await createPayoutRow(plan.networkId, {
      applicationId: app.id,
      kind: 'installment',
      amountCents: 26_250,
    })
    const finance = await loginAs('finance')
    return { app, payouts: [first, second], finance }
  }

  it('is queued once per payout paid, and never again when paying is repeated', async () => {
    const { app, payouts, finance } = await paidBatch()
    const batch = await createBatchRow(payouts, { status: 'exported' })
    const paidOn = daysFromToday(0)
    for (let i = 0; i < 2; i++) {
      const res = await api(`/payout-batches/${batch}/mark-paid`, {
        cookie: finance.cookie,
        body: { paidOn },
      })
      expect(res.status).toBe(200)
    }
    const told = await messagesOf(app.id, 'payment')
    expect(told.map((m) => m.dedupe_key)).toEqual(payouts.map((id) => `payment:${id}`))
    expect(told[0].body).toContain('€\u00a0237,50')
    expect(told[0].body).toContain('Soort betaling: voorschot.')
    expect(told[1].body).toContain('Soort betaling: termijn.')
    for (const m of told) {
      expect(m.subject).toBe(`Betaling voor uw aanvraag ${await referenceOf(app.id)}`)
      expect((await auditOf('messages', m.id)).map((a) => a.action)).toEqual(['create'])
    }
  })

  it('is not queued while the batch cannot be paid', async () => {
    const { app, payouts, finance } = await paidBatch()
    const batch = await createBatchRow(payouts, { status: 'open' })
    const res = await api(`/payout-batches/${batch}/mark-paid`, {
      cookie: finance.cookie,
      body: { paidOn: daysFromToday(0) },
    })
    expect(res.status).toBe(409)
    expect(await messagesOf(app.id, 'payment')).toEqual([])
  })

  it('is kept in the outbox as failed, saying so, when there is no e-mail address', async () => {
    const networkId = await createNetwork()
    const applicationId = await createAwardedApplicationRow(networkId)
    const payout = await createPayoutRow(networkId, { applicationId })
    const batch = await createBatchRow([payout], { status: 'exported' })
    const finance = await loginAs('finance')
    const res = await api(`/payout-batches/${batch}/mark-paid`, {
      cookie: finance.cookie,
      body: { paidOn: daysFromToday(0) },
    })
    expect(res.status).toBe(200)
    const [told] = await messagesOf(applicationId, 'payment')
    expect(told).toMatchObject({
      to_address: null,
      status: 'failed',
      last_error: 'no_address',
      attempts: 0,
    })
  })
})

describe('nightly reminders', () => {
  const night = daysFromToday(1)

  /** An awarded application whose activity ended on `endsOn`. */
  async function awardedEnded(endsOn: string, language = 'nl') {
    const plan = await createOpenPlan()
    const app = await applyIn(plan, language, { submit: true })
    await setApplicationStatus(app.id, 'awarded')
    await env.DB.prepare('UPDATE applications SET ends_on = ? WHERE id = ?')
      .bind(endsOn, app.id)
      .run()
    return app
  }

  it('remind of the report after the activity and before its last day, once each however often they run', async () => {
    const endsOn = addDays(night, -1)
    const app = await awardedEnded(endsOn, 'en')
    const running = await awardedEnded(night)
    await runCron(NIGHTLY, nightOf(night))
    await runCron(NIGHTLY, nightOf(night))
    const dueOn = reportDueOn(endsOn)
    const [ended, ...others] = await messagesOf(app.id, 'report_reminder')
    expect(others).toEqual([])
    expect(ended).toMatchObject({
      locale: 'en',
      status: 'queued',
      dedupe_key: `report_reminder:${app.id}:${dueOn}:ended`,
    })
    expect(ended.subject).toBe(`Tell us how it went: application ${await referenceOf(app.id)}`)
    expect(await messagesOf(running.id, 'report_reminder')).toEqual([])

    const soon = addDays(dueOn, -3)
    await runCron(NIGHTLY, nightOf(soon))
    await runCron(NIGHTLY, nightOf(soon))
    const reminders = await messagesOf(app.id, 'report_reminder')
    expect(reminders.map((m) => m.dedupe_key)).toEqual([
      `report_reminder:${app.id}:${dueOn}:ended`,
      `report_reminder:${app.id}:${dueOn}:dueSoon`,
    ])
  })

  it('do not remind an initiative whose report came in', async () => {
    const app = await awardedEnded(addDays(night, -1))
    await setApplicationStatus(app.id, 'reported')
    await runCron(NIGHTLY, nightOf(night))
    expect(await messagesOf(app.id, 'report_reminder')).toEqual([])
  })

  it('warn each active coordinator of the network once of a decision due, and once when it is late', async () => {
    const plan = await createOpenPlan()
    const coordinator = await seatedUser(plan.networkId, 'professional', 'coordinator')
    const inactive = await createUser('coordinator', { active: false })
    await env.DB.prepare('INSERT INTO members (network_id, user_id, kind) VALUES (?, ?, ?)')
      .bind(plan.networkId, inactive.id, 'professional')
      .run()
    await seatedUser(plan.networkId, 'resident', 'reviewer')
    const elsewhere = await seatedUser(await createNetwork(), 'professional', 'coordinator')
    const app = await applyFor(plan, { submit: true })
    const dueOn = addDays(night, 5)
    await env.DB.prepare('UPDATE applications SET decision_due_on = ? WHERE id = ?')
      .bind(dueOn, app.id)
      .run()
    const notYet = await applyFor(plan, { submit: true })

    await runCron(NIGHTLY, nightOf(night))
    await runCron(NIGHTLY, nightOf(night))
    const [warning, ...others] = await messagesOf(app.id, 'decision_due')
    expect(others).toEqual([])
    expect(warning).toMatchObject({
      user_id: coordinator.user.id,
      to_address: coordinator.user.email,
      locale: 'nl',
      status: 'queued',
      dedupe_key: `decision_due:${app.id}:${dueOn}:dueSoon:${coordinator.user.id}`,
    })
    const reference = await referenceOf(app.id)
    expect(warning.subject).toContain(`Besluit nodig: ${reference}`)
    expect(warning.body).toContain(`http://localhost:8787/admin/#/applications/${app.id}/show`)
    expect(await messagesOf(notYet.id, 'decision_due')).toEqual([])

    const late = addDays(dueOn, 1)
    await runCron(NIGHTLY, nightOf(late))
    await runCron(NIGHTLY, nightOf(late))
    const warnings = await messagesOf(app.id, 'decision_due')
    expect(warnings.map((m) => m.dedupe_key)).toEqual([
      `decision_due:${app.id}:${dueOn}:dueSoon:${coordinator.user.id}`,
      `decision_due:${app.id}:${dueOn}:overdue:${coordinator.user.id}`,
    ])
    expect(warnings[1].subject).toContain('Termijn verstreken')
    expect(warnings.some((m) => m.user_id === elsewhere.user.id)).toBe(false)
  })
})

describe('sending', () => {
  it('sends nothing without configuration: messages wait in the outbox', async () => {
    const plan = await createOpenPlan()
    const app = await applyFor(plan, { submit: true })
    const sent = fakeMailApi()
    await runCron(EVERY_TEN_MINUTES, new Date().toISOString())
    expect(sent).toEqual([])
    const [receipt] = await messagesOf(app.id)
    expect(receipt).toMatchObject({ status: 'queued', attempts: 0, sent_at: null })
    expect(receipt.private_link).toBe(`http://localhost/aanvraag/${app.token}`)
  })

  it('posts the message to the mail API with the link filled in, then forgets the link', async () => {
    const plan = await createOpenPlan()
    const to = `${unique('aanvrager')}@example.org`
    const app = await applyFor(plan, { submit: true, email: to })
    const [queued] = await messagesOf(app.id)
    const sent = fakeMailApi()
    const message = await sendUntilTried(queued.id, 1)
    const mail = sent.find((m) => m.body.to === to)
    expect(mail).toMatchObject({
      url: MAIL_URL,
      authorization: 'Bearer test-token',
      contentType: 'application/json',
      body: { from: 'Buurtkracht <noreply@buurtkracht.test>', to, subject: queued.subject },
    })
    expect(mail?.body.text).toContain(`http://localhost/aanvraag/${app.token}`)
    expect(mail?.body.text).not.toContain(PRIVATE_LINK_SLOT)
    expect(message).toMatchObject({ status: 'sent', attempts: 1, last_error: null })
    expect(message.private_link).toBeNull()
    expect(message.sent_at).not.toBeNull()
    expect((await auditOf('messages', queued.id)).map((a) => a.action)).toEqual(['create', 'send'])
  })

  it('keeps a failed message queued with the reason, and gives up after the last attempt', async () => {
    const plan = await createOpenPlan()
    const to = `${unique('kapot')}@example.org`
    const app = await applyFor(plan, { submit: true, email: to })
    const [queued] = await messagesOf(app.id)
    fakeMailApi(to, () => new Response('mailbox unavailable', { status: 503 }))
    const first = await sendUntilTried(queued.id, 1)
    expect(first).toMatchObject({ status: 'queued', attempts: 1 })
    expect(first.last_error).toBe('mail API answered 503: mailbox unavailable')
    expect(first.private_link).toBe(`http://localhost/aanvraag/${app.token}`)

    const last = await sendUntilTried(queued.id, MAX_ATTEMPTS)
    expect(last).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, sent_at: null })
    expect(last.private_link).toBeNull()
    await runCron(EVERY_TEN_MINUTES, new Date().toISOString(), mailEnv)
    expect(((await row('messages', queued.id)) as unknown as MessageRow).attempts).toBe(
      MAX_ATTEMPTS,
    )
  })

  it('records an unreachable mail API as the reason and tries again', async () => {
    const plan = await createOpenPlan()
    const to = `${unique('offline')}@example.org`
    const app = await applyFor(plan, { submit: true, email: to })
    const [queued] = await messagesOf(app.id)
    fakeMailApi(to, () => {
      throw new TypeError('Network connection lost.')
    })
    const tried = await sendUntilTried(queued.id, 1)
    expect(tried).toMatchObject({ status: 'queued', attempts: 1 })
    expect(tried.last_error).toBe('mail API unreachable: Network connection lost.')
  })
})

describe('GET /api/messages', () => {
  async function setting() {
    const plan = await createOpenPlan()
    const app = await applyFor(plan, { submit: true })
    const [receipt] = await messagesOf(app.id)
    return { plan, app, receipt }
  }

  it('lists an application’s messages for admins, with the link shown as [privé-link]', async () => {
    const { app, receipt } = await setting()
    const admin = await loginAs('admin')
    const res = await api('/messages', {
      cookie: admin.cookie,
      query: { filter: { applicationId: app.id }, sort: ['createdAt', 'DESC'], range: [0, 9] },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-range')).toBe('messages 0-0/1')
    expect(res.body).toEqual([
      expect.objectContaining({
        id: receipt.id,
        applicationId: app.id,
        kind: 'receipt',
        status: 'queued',
        toAddress: 'fatima@example.org',
        subject: receipt.subject,
      }),
    ])
    expect(res.body[0].body).toContain('[privé-link]')
    const one = await api(`/messages/${receipt.id}`, { cookie: admin.cookie })
    expect(one.status).toBe(200)
    expect(one.body).toEqual(res.body[0])
  })

  it('never answers the private link or its token, to anyone', async () => {
    const { plan, app, receipt } = await setting()
    const admin = await loginAs('admin')
    const coordinator = await loginAs('coordinator', [plan.networkId])
    const answers = [
      await api('/messages', {
        cookie: admin.cookie,
        query: { filter: { applicationId: app.id } },
      }),
      await api(`/messages/${receipt.id}`, { cookie: admin.cookie }),
      await api(`/messages/${receipt.id}`, { cookie: coordinator.cookie }),
      await api(`/applications/${app.id}`, { cookie: coordinator.cookie }),
    ]
    for (const answer of answers) {
      expect(answer.status).toBe(200)
      const text = JSON.stringify(answer.body)
      expect(text).not.toContain(app.token)
      expect(text).not.toContain('privateLink')
      expect(text).not.toContain(PRIVATE_LINK_SLOT)
    }
  })

  it('filters on kind and status, and refuses unknown values', async () => {
    const { app } = await setting()
    const admin = await loginAs('admin')
    const list = (filter: Record<string, unknown>) =>
      api('/messages', {
        cookie: admin.cookie,
        query: { filter: { applicationId: app.id, ...filter } },
      })
    expect((await list({ kind: 'receipt', status: 'queued' })).body).toHaveLength(1)
    expect((await list({ kind: 'decision' })).body).toEqual([])
    expect((await list({ status: ['sent', 'failed'] })).body).toEqual([])
    const bad = await list({ kind: 'telegram' })
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.body.errors)).toEqual(['kind'])
    const sorted = await api('/messages', {
      cookie: admin.cookie,
      query: { sort: ['body', 'ASC'] },
    })
    expect(sorted.status).toBe(400)
  })

  it('shows coordinators their own networks’ messages only; others get 404', async () => {
    const { plan, app, receipt } = await setting()
    const own = await loginAs('coordinator', [plan.networkId])
    const other = await loginAs('coordinator', [await createNetwork()])
    expect((await api(`/messages/${receipt.id}`, { cookie: own.cookie })).status).toBe(200)
    expect((await api(`/messages/${receipt.id}`, { cookie: other.cookie })).status).toBe(404)
    const filter = { filter: { applicationId: app.id } }
    expect((await api('/messages', { cookie: own.cookie, query: filter })).body).toHaveLength(1)
    const hidden = await api('/messages', { cookie: other.cookie, query: filter })
    expect(hidden.status).toBe(200)
    expect(hidden.body).toEqual([])
  })

  it('is closed to reviewers and finance (403), to everyone without a session (401), and to writes', async () => {
    const { plan, receipt } = await setting()
    for (const role of ['reviewer', 'finance'] as const) {
      const { cookie } = await loginAs(role, [plan.networkId])
      expect((await api('/messages', { cookie })).status).toBe(403)
      expect((await api(`/messages/${receipt.id}`, { cookie })).status).toBe(403)
      expect((await api('/messages/delivery', { cookie })).status).toBe(403)
    }
    expect((await api('/messages')).status).toBe(401)
    const admin = await loginAs('admin')
    const write = { cookie: admin.cookie, body: { subject: 'x' } }
    expect((await api('/messages', write)).status).toBe(403)
    expect((await api(`/messages/${receipt.id}`, { ...write, method: 'PUT' })).status).toBe(403)
    expect(
      (await api(`/messages/${receipt.id}`, { cookie: admin.cookie, method: 'DELETE' })).status,
    ).toBe(403)
  })
})

describe('GET /api/messages/delivery', () => {
  it('says whether mail is configured', async () => {
    const admin = await loginAs('admin')
    const coordinator = await loginAs('coordinator')
    for (const { cookie } of [admin, coordinator]) {
      const res = await api('/messages/delivery', { cookie })
      expect(res.status).toBe(200)
      expect(res.body).toEqual({ configured: false })
    }
  })
})
