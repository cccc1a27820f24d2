import { createScheduledController } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { type MockInstance, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import worker from '../../worker/index'
import { addDays } from '../../worker/domain/decision-due'
import { ERASED, addYears } from '../../worker/domain/retention'
import { today } from '../../worker/lib/clock'
import { NIGHTLY } from '../../worker/scheduled'
import {
  type OpenPlan,
  TEST_IBAN,
  api,
  applyFor,
  auditOf,
  awardedApplication,
  createApplicationRow,
  createNetwork,
  createOpenPlan,
  createPlan,
  loginAs,
  pdfBytes,
  row,
  seatedUser,
  unique,
  uploadAttachment,
} from './helpers'

/** Runs the nightly Cron Trigger through the worker's real scheduled handler, at `at`. */
async function runNightly(at: string) {
  await worker.scheduled(
    createScheduledController({ scheduledTime: new Date(at), cron: NIGHTLY }),
    env,
  )
}

/** 03:00 in Amsterdam (summer) on a calendar day: when the nightly trigger runs. */
const nightOf = (day: string) => `${day}T01:00:00.000Z`

/** Personal data that no other application in the test run shares, so it can be searched for. */
function personalData() {
  const name = unique('Naam')
  return {
    contactName: name,
    email: `${unique('mail')}@example.org`,
    phone: `06${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
    organisationName: unique('Buurtgroep'),
    accountHolder: unique('Rekeninghouder'),
  }
}

type Personal = ReturnType<typeof personalData>

/** A file in a closed status, stored directly with personal data, closed on `closedOn`. */
async function closedFile(
  networkId: number,
  status: 'withdrawn' | 'rejected' | 'settled',
  closedOn: string,
) {
  const id = await createApplicationRow(networkId, { status })
  const personal = personalData()
  await env.DB.prepare(
    `UPDATE applications SET contact_name = ?, email = ?, phone = ?, organisation_name = ?,
      account_holder = ?, iban = ?, applicant_type = 'group', postcode = '3811 AB', closed_on = ?
      WHERE id = ?`,
  )
    .bind(
      personal.contactName,
      personal.email,
      personal.phone,
      personal.organisationName,
      personal.accountHolder,
      TEST_IBAN,
      closedOn,
      id,
    )
    .run()
  return id
}

/** The personal columns of an application as stored. */
async function personalColumns(id: number) {
  return env.DB.prepare(
    `SELECT contact_name, email, phone, organisation_name, account_holder, iban, postcode,
      anonymised_at FROM applications WHERE id = ?`,
  )
    .bind(id)
    .first()
}

/** Where a value still occurs in the database, per table: it must occur nowhere once erased. */
async function occurrences(value: string) {
  const like = `%${value}%`
  const [applications, attachments, audit, messages, bank] = await env.DB.batch<{ n: number }>([
    env.DB.prepare(
      `SELECT count(*) AS n FROM applications WHERE contact_name LIKE ?1 OR email LIKE ?1
        OR phone LIKE ?1 OR organisation_name LIKE ?1 OR account_holder LIKE ?1 OR iban LIKE ?1`,
    ).bind(like),
    env.DB.prepare('SELECT count(*) AS n FROM attachments WHERE filename LIKE ?').bind(like),
    env.DB.prepare('SELECT count(*) AS n FROM audit_log WHERE changes LIKE ?').bind(like),
    env.DB.prepare(
      'SELECT count(*) AS n FROM messages WHERE to_address LIKE ?1 OR body LIKE ?1',
    ).bind(like),
    env.DB.prepare(
      'SELECT count(*) AS n FROM bank_changes WHERE iban LIKE ?1 OR account_holder LIKE ?1',
    ).bind(like),
  ])
  return {
    applications: applications.results[0].n,
    attachments: attachments.results[0].n,
    audit: audit.results[0].n,
    messages: messages.results[0].n,
    bankChanges: bank.results[0].n,
  }
}

const nowhere = { applications: 0, attachments: 0, audit: 0, messages: 0, bankChanges: 0 }

/** A message to the applicant in the outbox, naming them, with their private link. */
async function messageTo(applicationId: number, personal: Personal) {
  await env.DB.prepare(
    `INSERT INTO messages (application_id, network_id, kind, to_address, subject, body,
        private_link, status)
      SELECT id, network_id, 'receipt', ?, 'Ontvangen', ?, '/aanvraag/geheim', 'sent'
      FROM applications WHERE id = ?`,
  )
    .bind(personal.email, `Beste ${personal.contactName}, wij hebben uw aanvraag.`, applicationId)
    .run()
}

/** A file stored in R2 with its row, as a report photo or application file would be. */
async function storedFile(applicationId: number, kind = 'photo') {
  const key = `applications/${applicationId}/${crypto.randomUUID()}`
  await env.FILES.put(key, pdfBytes())
  await env.DB.prepare(
    `INSERT INTO attachments (application_id, network_id, kind, filename, content_type, size_bytes,
        storage_key)
      SELECT id, network_id, ?, ?, 'application/pdf', 20, ? FROM applications WHERE id = ?`,
  )
    .bind(kind, `${unique('foto')}.pdf`, key, applicationId)
    .run()
  return key
}

async function storageKeysOf(applicationId: number): Promise<string[]> {
  const { results } = await env.DB.prepare(
    'SELECT storage_key FROM attachments WHERE application_id = ?',
  )
    .bind(applicationId)
    .all<{ storage_key: string }>()
  return results.map((r) => r.storage_key)
}

/** A submitted application with its own personal data, after an upload while still a draft. */
async function submittedWithFile(plan: OpenPlan) {
  const personal = { ...personalData(), filename: `${unique('begroting')}.pdf` }
  const { filename, ...fields } = personal
  const applied = await applyFor(plan, fields)
  const upload = await uploadAttachment(applied.token, pdfBytes(), filename)
  expect(upload.status, JSON.stringify(upload.body)).toBe(201)
  const submit = await api(`/public/applications/${applied.token}/submit`, { method: 'POST' })
  expect(submit.status, JSON.stringify(submit.body)).toBe(200)
  return { ...applied, personal }
}

// The job's summary line; tests that read it look at the spy.
let log: MockInstance<typeof console.log>
beforeEach(() => {
  log = vi.spyOn(console, 'log').mockImplementation(() => {})
})
afterEach(() => {
  vi.restoreAllMocks()
})

describe('the closing day', () => {
  it('is the day of withdrawal, of a refusal, and of settlement; an award does not close', async () => {
    const plan = await createOpenPlan()
    const withdrawn = await applyFor(plan, { submit: true })
    expect(
      (await api(`/public/applications/${withdrawn.token}/withdraw`, { method: 'POST' })).status,
    ).toBe(200)
    expect((await row('applications', withdrawn.id))?.closed_on).toBe(today())

    const residents = [
      await seatedUser(plan.networkId),
      await seatedUser(plan.networkId),
      await seatedUser(plan.networkId),
    ]
    const coordinator = await seatedUser(plan.networkId, 'professional', 'coordinator')
    const refused = await applyFor(plan, { submit: true })
    const decidedOn = today()
    const decision = await api('/decisions', {
      cookie: coordinator.cookie,
      body: {
        applicationId: refused.id,
        outcome: 'rejected',
        motivation: 'Past niet bij de prioriteiten van het jaarplan.',
        decidedOn,
        presentMemberIds: residents.map((r) => r.seat),
        votesFor: 0,
        votesAgainst: 3,
        abstentions: 0,
      },
    })
    expect(decision.status, JSON.stringify(decision.body)).toBe(201)
    expect((await row('applications', refused.id))?.closed_on).toBe(decidedOn)

    const { plan: awardPlan, app } = await awardedApplication(50_000, [
      { amountCents: 50_000, status: 'paid' },
    ])
    expect((await row('applications', app.id))?.closed_on).toBeNull()
    const report = await api(`/public/applications/${app.token}/report`, {
      body: { narrative: 'Het ging goed.', participantsReached: 40, actualCostsCents: 50_000 },
    })
    expect(report.status).toBe(201)
    expect((await row('applications', app.id))?.closed_on).toBeNull()
    const reportId = await reportOf(app.id)
    const settler = await loginAs('coordinator', [awardPlan.networkId])
    const settled = await api(`/reports/${reportId}/settle`, {
      cookie: settler.cookie,
      body: { settledCents: 50_000 },
    })
    expect(settled.status, JSON.stringify(settled.body)).toBe(200)
    expect((await row('applications', app.id))?.closed_on).toBe(today())
  })
})

async function reportOf(applicationId: number): Promise<number> {
  const found = await env.DB.prepare('SELECT id FROM reports WHERE application_id = ?')
    .bind(applicationId)
    .first<{ id: number }>()
  if (!found) throw new Error(`no report for application ${applicationId}`)
  return found.id
}

describe('drafts', () => {
  it('deletes a draft untouched for 91 days with its files, and keeps one of 89 days', async () => {
    const plan = await createOpenPlan()
    const night = '2031-06-15'
    const drafts = []
    for (const age of [89, 91]) {
      const personal = personalData()
      const draft = await applyFor(plan, personal)
      expect((await uploadAttachment(draft.token, pdfBytes(), 'offerte.pdf')).status).toBe(201)
      await env.DB.prepare('UPDATE applications SET updated_at = ? WHERE id = ?')
        .bind(`${addDays(night, -age)}T11:00:00.000Z`, draft.id)
        .run()
      drafts.push({ ...draft, personal, keys: await storageKeysOf(draft.id) })
    }
    const [young, old] = drafts

    await runNightly(nightOf(night))

    expect(await row('applications', old.id)).toBeNull()
    expect(await storageKeysOf(old.id)).toEqual([])
    expect(await env.FILES.head(old.keys[0])).toBeNull()
    expect(await occurrences(old.personal.email)).toEqual(nowhere)
    expect(await occurrences(old.personal.contactName)).toEqual(nowhere)
    const entries = await auditOf('applications', old.id)
    expect(entries.at(-1)).toMatchObject({ action: 'delete', actor_id: null })
    expect(JSON.parse(entries.at(-1)!.changes)).toEqual({
      retention: 'draft',
      lastChangedOn: addDays(night, -91),
    })
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^retention 2031-06-15: \d+ drafts/))

    expect((await row('applications', young.id))?.email).toBe(young.personal.email)
    expect(await storageKeysOf(young.id)).toHaveLength(1)
    expect(await env.FILES.head(young.keys[0])).not.toBeNull()
  })
})

describe('closed files', () => {
  it.each([
    ['withdrawn', 1],
    ['rejected', 5],
    ['settled', 7],
  ] as const)('keeps a %s file until %i years after it closed', async (status, years) => {
    const networkId = await createNetwork()
    const closedOn = '2040-03-10'
    const id = await closedFile(networkId, status, closedOn)
    const dueOn = addYears(closedOn, years)
    const before = await personalColumns(id)

    await runNightly(nightOf(addDays(dueOn, -1)))
    expect(await personalColumns(id)).toEqual(before)

    await runNightly(nightOf(addDays(dueOn, 1)))
    expect(await personalColumns(id)).toEqual({
      contact_name: null,
      email: null,
      phone: null,
      organisation_name: null,
      account_holder: null,
      iban: null,
      postcode: '3811',
      anonymised_at: nightOf(addDays(dueOn, 1)),
    })
    const entries = await auditOf('applications', id)
    expect(entries.at(-1)).toMatchObject({ action: 'anonymise', actor_id: null })
  })

  it('keeps the name of a foundation, and a settled file while money is still to be collected', async () => {
    const networkId = await createNetwork()
    const foundation = await closedFile(networkId, 'settled', '2001-01-10')
    await env.DB.prepare(
      "UPDATE applications SET applicant_type = 'foundation', organisation_name = 'Stichting Buurtkracht' WHERE id = ?",
    )
      .bind(foundation)
      .run()
    const { app } = await awardedApplication(50_000, [{ amountCents: 50_000, status: 'paid' }])
    await env.DB.prepare(
      `UPDATE applications SET status = 'settled', closed_on = '2001-01-10' WHERE id = ?`,
    )
      .bind(app.id)
      .run()
    await env.DB.prepare(
      `INSERT INTO payouts (application_id, network_id, plan_id, number, kind, amount_cents, due_on,
          status, end_to_end_id)
        SELECT id, network_id, plan_id, 9, 'reclaim', -10000, '2001-01-10', 'scheduled', ?
        FROM applications WHERE id = ?`,
    )
      .bind(unique('E2E'), app.id)
      .run()

    await runNightly(nightOf('2010-01-11'))

    expect(await personalColumns(foundation)).toMatchObject({
      organisation_name: 'Stichting Buurtkracht',
      contact_name: null,
    })
    expect((await row('applications', app.id))?.anonymised_at).toBeNull()
    expect((await row('applications', app.id))?.email).not.toBeNull()
  })

  it('handles at most 100 files a night, the longest closed first, and the rest the next', async () => {
    const networkId = await createNetwork()
    const planId = await createPlan(networkId)
    const ids: number[] = []
    for (let i = 0; i < 105; i++) {
      ids.push(await createApplicationRow(networkId, { status: 'withdrawn', planId }))
    }
    await env.DB.prepare(
      `UPDATE applications SET closed_on = '1990-01-' || printf('%02d', 1 + id % 28),
        email = 'x@example.org' WHERE id IN (SELECT value FROM json_each(?))`,
    )
      .bind(JSON.stringify(ids))
      .run()
    const remaining = () =>
      env.DB.prepare(
        `SELECT count(*) AS n, max(closed_on) AS last FROM applications
          WHERE anonymised_at IS NULL AND id IN (SELECT value FROM json_each(?))`,
      )
        .bind(JSON.stringify(ids))
        .first<{ n: number; last: string }>()

    await runNightly(nightOf('1995-06-01'))
    const left = await remaining()
    expect(left?.n).toBe(5)
    expect(log).toHaveBeenLastCalledWith(
      'retention 1995-06-01: 0 drafts deleted, 100 closed files anonymised',
    )
    const anonymisedLast = await env.DB.prepare(
      `SELECT max(closed_on) AS last FROM applications WHERE anonymised_at IS NOT NULL
        AND id IN (SELECT value FROM json_each(?))`,
    )
      .bind(JSON.stringify(ids))
      .first<{ last: string }>()
    expect(anonymisedLast!.last <= left!.last).toBe(true)

    await runNightly(nightOf('1995-06-02'))
    expect((await remaining())?.n).toBe(0)
  })
})

describe('eight years on', () => {
  /** Every application's amounts that must survive retention, summed. */
  async function amounts() {
    const [applications, lines, decisions, payouts, reports] = await env.DB.batch([
      env.DB.prepare(
        `SELECT sum(requested_cents) AS requested, sum(own_contribution_cents) AS own,
          count(*) AS files FROM applications WHERE status <> 'draft'`,
      ),
      env.DB.prepare(
        `SELECT sum(b.value ->> 'amountCents') AS lines FROM applications a,
          json_each(a.budget_lines) b WHERE a.status <> 'draft'`,
      ),
      env.DB.prepare(
        `SELECT outcome, sum(amount_cents) AS amount, count(*) AS n FROM decisions
          GROUP BY outcome ORDER BY outcome`,
      ),
      env.DB.prepare(
        `SELECT status, sum(amount_cents) AS amount, count(*) AS n FROM payouts
          GROUP BY status ORDER BY status`,
      ),
      env.DB.prepare(
        `SELECT sum(actual_costs_cents) AS costs, sum(settled_cents) AS settled,
          sum(reclaim_cents) AS reclaim, sum(participants_reached) AS reached FROM reports`,
      ),
    ])
    return [applications, lines, decisions, payouts, reports].map((r) => r.results)
  }

  /** Everything retention may touch, to show a second run changes nothing. */
  async function everything() {
    const tables = ['applications', 'attachments', 'audit_log', 'messages', 'bank_changes']
    const results = await env.DB.batch(
      tables.map((t) => env.DB.prepare(`SELECT * FROM ${t} ORDER BY rowid`)),
    )
    return results.map((r) => r.results)
  }

  it('leaves no personal data in closed files, keeps every amount, and leaves open files alone', async () => {
    const plan = await createOpenPlan()
    const coordinator = await loginAs('coordinator', [plan.networkId])

    const withdrawn = await submittedWithFile(plan)
    await api(`/public/applications/${withdrawn.token}/withdraw`, { method: 'POST' })
    await messageTo(withdrawn.id, withdrawn.personal)

    const rejected = await submittedWithFile(plan)
    await env.DB.batch([
      env.DB.prepare(
        `INSERT INTO decisions (application_id, network_id, plan_id, outcome, amount_cents,
            motivation, decided_on, objection_deadline, votes_for, votes_against, abstentions,
            decided_by)
          VALUES (?, ?, ?, 'rejected', 0, 'Past niet.', ?, ?, 0, 3, 0, ?)`,
      ).bind(
        rejected.id,
        plan.networkId,
        plan.planId,
        today(),
        addDays(today(), 42),
        coordinator.user.id,
      ),
      env.DB.prepare(
        "UPDATE applications SET status = 'rejected', closed_on = ? WHERE id = ?",
      ).bind(today(), rejected.id),
    ])
    await messageTo(rejected.id, rejected.personal)

    // Settled through the API, with a report photo, an approved change of account and messages.
    const settledPersonal = personalData()
    const { plan: settledPlan, app: settled } = await awardedApplication(50_000, [
      { amountCents: 50_000, status: 'paid' },
    ])
    await env.DB.prepare(
      `UPDATE applications SET contact_name = ?, email = ?, phone = ?, organisation_name = ?,
        account_holder = ? WHERE id = ?`,
    )
      .bind(
        settledPersonal.contactName,
        settledPersonal.email,
        settledPersonal.phone,
        settledPersonal.organisationName,
        settledPersonal.accountHolder,
        settled.id,
      )
      .run()
    const finance = [await loginAs('finance'), await loginAs('finance')]
    const newHolder = unique('Nieuwe houder')
    const change = await api('/bank-changes', {
      cookie: finance[0].cookie,
      body: {
        applicationId: settled.id,
        iban: 'NL02ABNA0123456789',
        accountHolder: newHolder,
        note: `Gebeld met ${settledPersonal.contactName}`,
      },
    })
    expect(change.status, JSON.stringify(change.body)).toBe(201)
    const approved = await api(`/bank-changes/${change.body.id}/approve`, {
      cookie: finance[1].cookie,
      method: 'POST',
    })
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
    await api(`/public/applications/${settled.token}/report`, {
      body: { narrative: 'Goed gegaan.', participantsReached: 30, actualCostsCents: 50_000 },
    })
    const photo = await storedFile(settled.id, 'report')
    const settler = await loginAs('coordinator', [settledPlan.networkId])
    const settle = await api(`/reports/${await reportOf(settled.id)}/settle`, {
      cookie: settler.cookie,
      body: { settledCents: 50_000 },
    })
    expect(settle.status, JSON.stringify(settle.body)).toBe(200)
    await messageTo(settled.id, settledPersonal)

    // Open files: submitted, information asked, awarded and reported.
    const submitted = await submittedWithFile(plan)
    const asked = await submittedWithFile(plan)
    expect(
      (
        await api(`/applications/${asked.id}/request-info`, {
          cookie: coordinator.cookie,
          body: { message: 'Stuur een offerte mee.' },
        })
      ).status,
    ).toBe(200)
    const awarded = (await awardedApplication(30_000, [{ amountCents: 30_000, status: 'paid' }]))
      .app
    const reported = (await awardedApplication(20_000, [{ amountCents: 20_000, status: 'paid' }]))
      .app
    await api(`/public/applications/${reported.token}/report`, {
      body: { narrative: 'Mooi.', participantsReached: 10, actualCostsCents: 20_000 },
    })
    const open = [submitted.id, asked.id, awarded.id, reported.id]
    const openRows = async () => Promise.all(open.map((id) => row('applications', id)))
    const openBefore = await openRows()

    // The settled file is a foundation's, which may stay named.
    const { organisationName: foundationName, ...settledPeople } = settledPersonal
    const closed = [
      { id: withdrawn.id, personal: withdrawn.personal, organisationName: null },
      { id: rejected.id, personal: rejected.personal, organisationName: null },
      { id: settled.id, personal: settledPeople, organisationName: foundationName },
    ]
    const keys = (await Promise.all(closed.map((f) => storageKeysOf(f.id)))).flat()
    expect(keys).toContain(photo)
    expect(keys).toHaveLength(3)
    const amountsBefore = await amounts()

    await runNightly(nightOf(addYears(today(), 8)))

    for (const file of closed) {
      const stored = await row('applications', file.id)
      expect(stored, `file ${file.id}`).toMatchObject({
        contact_name: null,
        email: null,
        phone: null,
        iban: null,
        account_holder: null,
        organisation_name: file.organisationName,
        postcode: '3811',
      })
      expect(stored?.anonymised_at).not.toBeNull()
      expect(await storageKeysOf(file.id)).toEqual([])
      for (const value of Object.values(file.personal)) {
        expect(await occurrences(value), value).toEqual(nowhere)
      }
      const { results } = await env.DB.prepare(
        'SELECT to_address, body, private_link FROM messages WHERE application_id = ?',
      )
        .bind(file.id)
        .all()
      expect(results.length).toBeGreaterThan(0)
      for (const message of results) {
        expect(message).toEqual({ to_address: null, body: '', private_link: null })
      }
    }
    for (const key of keys) expect(await env.FILES.head(key)).toBeNull()
    expect(await occurrences(newHolder)).toEqual(nowhere)
    expect(await occurrences('NL02ABNA0123456789')).toEqual(nowhere)
    const changeRow = await row('bank_changes', change.body.id)
    expect(changeRow).toMatchObject({ iban: '', account_holder: '', note: '', status: 'approved' })
    const history = await auditOf('applications', withdrawn.id)
    expect(history.map((e) => e.action)).toEqual(['create', 'submit', 'withdraw', 'anonymise'])
    expect(JSON.parse(history[0].changes)).toMatchObject({
      contactName: ERASED,
      email: ERASED,
      title: withdrawn.title,
      requestedCents: 50_000,
    })
    // The private link of an anonymised file leads nowhere.
    expect((await api(`/public/applications/${withdrawn.token}`)).status).toBe(404)

    expect(await amounts()).toEqual(amountsBefore)
    expect(await openRows()).toEqual(openBefore)
    expect(await occurrences(submitted.personal.email)).toMatchObject({ applications: 1 })

    const afterFirst = await everything()
    await runNightly(nightOf(addYears(today(), 8)))
    expect(await everything()).toEqual(afterFirst)
  })
})
