import { env, exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { addYears } from '../../worker/domain/retention'
import { today } from '../../worker/lib/clock'
import { translate } from '../../worker/lib/messages'
import { formatDate } from '../../worker/views/format'
import {
  TEST_IBAN,
  api,
  applyFor,
  auditOf,
  awardedApplication,
  createOpenPlan,
  createUser,
  criteriaOf,
  insertSubmittedReview,
  loginAs,
  pdfBytes,
  scoresFor,
  unique,
  uniqueIp,
  uploadAttachment,
} from './helpers'

/** Personal data no other application in this run shares, so leaks can be searched for. */
function personalData() {
  return {
    contactName: unique('Naam'),
    email: `${unique('mail')}@example.org`,
    organisationName: unique('Buurtgroep'),
    accountHolder: unique('Houder'),
  }
}

/** Fetches a page of the real worker as a browser on this site would, without following redirects. */
async function open(path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers)
  headers.set('cf-connecting-ip', uniqueIp())
  const res = await exports.default.fetch(
    new Request(`http://localhost${path}`, { redirect: 'manual', ...init, headers }),
  )
  return { status: res.status, headers: res.headers, text: await res.text() }
}

const postForm = (path: string, headers: Record<string, string> = { origin: 'http://localhost' }) =>
  open(path, { method: 'POST', body: new URLSearchParams(), headers })

/** An outbox message, to the applicant or (with `userId`) a warning to a staff member. */
async function message(applicationId: number, body: string, userId: number | null = null) {
  await env.DB.prepare(
    `INSERT INTO messages (application_id, user_id, network_id, kind, to_address, subject, body)
      SELECT id, ?, network_id, ?, ?, 'Onderwerp', ? FROM applications WHERE id = ?`,
  )
    .bind(userId, userId ? 'decision_due' : 'payment', 'aan@example.org', body, applicationId)
    .run()
}

/** A change of account stored as finance would leave it, approved or rejected. */
async function bankChange(applicationId: number, status: 'approved' | 'rejected', holder: string) {
  const [asker, approver] = [await createUser('finance'), await createUser('finance')]
  await env.DB.prepare(
    `INSERT INTO bank_changes (application_id, network_id, iban, account_holder, note, status,
        requested_by, decided_by, decided_at)
      SELECT id, network_id, ?, ?, 'Interne notitie van financiën', ?, ?, ?, '2026-11-01T10:00:00Z'
      FROM applications WHERE id = ?`,
  )
    .bind('NL02ABNA0123456789', holder, status, asker.id, approver.id, applicationId)
    .run()
}

describe('the applicant downloads their data', () => {
  it('gets their own application whole, and nothing of reviewers, staff or other applicants', async () => {
    const personal = personalData()
    const { plan, app } = await awardedApplication(50_000, [
      { amountCents: 50_000, status: 'paid' },
    ])
    await env.DB.prepare(
      'UPDATE applications SET contact_name = ?, email = ?, account_holder = ? WHERE id = ?',
    )
      .bind(personal.contactName, personal.email, personal.accountHolder, app.id)
      .run()
    const reviewer = await createUser('reviewer')
    await insertSubmittedReview(
      app.id,
      reviewer.id,
      scoresFor(await criteriaOf(plan.planId), [3, 4]),
    )
    await env.DB.prepare(
      "UPDATE reviews SET conflict_note = 'Ik ken de buren' WHERE id IN (SELECT id FROM reviews WHERE application_id = ?)",
    )
      .bind(app.id)
      .run()
    await message(app.id, 'Uw voorschot is betaald.')
    await message(app.id, 'Let op: besluit bijna te laat.', (await createUser('coordinator')).id)
    const newHolder = unique('Nieuwe houder')
    const strangerHolder = unique('Vreemde houder')
    await bankChange(app.id, 'approved', newHolder)
    await bankChange(app.id, 'rejected', strangerHolder)
    const report = await api(`/public/applications/${app.token}/report`, {
      body: { narrative: 'Het ging goed.', participantsReached: 40, actualCostsCents: 48_000 },
    })
    expect(report.status).toBe(201)
    const otherPersonal = personalData()
    const other = await applyFor(plan, { submit: true, ...otherPersonal })

    const res = await api(`/public/applications/${app.token}/export`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const reference = (await env.DB.prepare('SELECT reference FROM applications WHERE id = ?')
      .bind(app.id)
      .first<string>('reference')) as string
    expect(res.headers.get('content-disposition')).toContain(
      `filename="buurtkracht-${reference}.json"`,
    )
    expect(res.headers.get('cache-control')).toBe('no-store')
    const data = res.body
    expect(Object.keys(data)).toEqual([
      'exportedAt',
      'application',
      'plan',
      'priorities',
      'budgetLines',
      'attachments',
      'decision',
      'payouts',
      'report',
      'bankAccountChanges',
      'messages',
      'privacy',
    ])
    expect(data.application).toMatchObject({
      reference,
      status: 'reported',
      title: app.title,
      contactName: personal.contactName,
      email: personal.email,
      accountHolder: personal.accountHolder,
      iban: TEST_IBAN,
      requestedCents: 50_000,
    })
    expect(data.application).not.toHaveProperty('id')
    expect(data.application).not.toHaveProperty('networkId')
    expect(data.plan).toEqual({
      title: expect.any(String),
      year: expect.any(Number),
      networkName: expect.any(String),
    })
    expect(data.priorities).toHaveLength(1)
    expect(data.budgetLines).toEqual([
      { description: 'Alles', category: 'activities', amountCents: 50_000 },
    ])
    expect(data.decision).toEqual({
      outcome: 'awarded',
      amountCents: 50_000,
      motivation: 'Goed plan',
      partialReason: null,
      decidedOn: '2026-11-01',
      objectionDeadline: '2026-12-13',
    })
    expect(data.payouts).toEqual([
      expect.objectContaining({ number: 1, amountCents: 50_000, status: 'paid' }),
    ])
    expect(data.report).toMatchObject({ narrative: 'Het ging goed.', actualCostsCents: 48_000 })
    expect(data.bankAccountChanges).toEqual([
      expect.objectContaining({ iban: 'NL02ABNA0123456789', accountHolder: newHolder }),
    ])
    expect(data.messages.map((m: { kind: string }) => m.kind)).toEqual(['receipt', 'payment'])
    expect(data.messages[1]).toMatchObject({ body: 'Uw voorschot is betaald.' })
    expect(data.privacy).toEqual({ removalRequestedAt: null, retention: null })

    const text = JSON.stringify(data)
    for (const secret of [
      ...Object.values(otherPersonal),
      other.title,
      reviewer.name,
      'Ingevoerd voor de test',
      'Ik ken de buren',
      'besluit bijna te laat',
      'Interne notitie',
      strangerHolder,
      'storageKey',
      'accessTokenHash',
      'score',
      'votes',
      'decidedBy',
      'privateLink',
    ]) {
      expect(text).not.toContain(secret)
    }
  })

  it('lists attachments without their storage, and says when a draft is deleted', async () => {
    const draft = await applyFor(await createOpenPlan())
    expect((await uploadAttachment(draft.token, pdfBytes(), 'offerte.pdf')).status).toBe(201)
    const res = await api(`/public/applications/${draft.token}/export`)
    expect(res.headers.get('content-disposition')).toContain('filename="buurtkracht-concept.json"')
    expect(res.body.attachments).toEqual([
      {
        kind: 'other',
        filename: 'offerte.pdf',
        contentType: 'application/pdf',
        sizeBytes: pdfBytes().byteLength,
        createdAt: expect.any(String),
      },
    ])
    expect(res.body.privacy.retention).toEqual({ action: 'delete', dueOn: expect.any(String) })
  })

  it('answers 404 for an unknown or malformed link, like any unknown address', async () => {
    const unknown = 'A'.repeat(43)
    for (const token of [unknown, 'kort']) {
      expect((await api(`/public/applications/${token}/export`)).status).toBe(404)
      expect(
        (await api(`/public/applications/${token}/removal-request`, { method: 'POST' })).status,
      ).toBe(404)
      expect((await open(`/aanvraag/${token}/gegevens`)).status).toBe(404)
    }
  })

  it('serves the download from the status page, as a file with a clear name', async () => {
    const applied = await applyFor(await createOpenPlan(), { submit: true })
    const page = await open(`/aanvraag/${applied.token}`)
    expect(page.text).toContain(`href="/aanvraag/${applied.token}/gegevens"`)
    const english = await open(`/en/aanvraag/${applied.token}`)
    expect(english.text).toContain(`href="/en/aanvraag/${applied.token}/gegevens"`)
    const file = await open(`/aanvraag/${applied.token}/gegevens`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toMatch(/^application\/json/)
    expect(file.headers.get('content-disposition')).toMatch(
      /^attachment; filename="buurtkracht-BK-\d{4}-\d{4}\.json"/,
    )
    expect(file.headers.get('x-robots-tag')).toBe('noindex')
    expect(file.headers.get('referrer-policy')).toBe('no-referrer')
    expect(JSON.parse(file.text).application.title).toBe(applied.title)
  })
})

describe('the applicant asks for removal', () => {
  it('records the first request once, for staff, and says the file is kept while it runs', async () => {
    const plan = await createOpenPlan()
    const applied = await applyFor(plan, { submit: true })
    const first = await api(`/public/applications/${applied.token}/removal-request`, {
      method: 'POST',
    })
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body).toEqual({
      removalRequestedAt: expect.any(String),
      retention: null,
      message: `${translate('nl', { key: 'removalNoted' })} ${translate('nl', {
        key: 'retentionOpen',
        params: { withdrawn: 1, rejected: 5, settled: 7 },
      })}`,
    })
    const again = await api(`/public/applications/${applied.token}/removal-request`, {
      method: 'POST',
      headers: { 'accept-language': 'en' },
    })
    expect(again.body.removalRequestedAt).toBe(first.body.removalRequestedAt)
    expect(again.body.message).toMatch(/^We have noted your request/)
    const entries = (await auditOf('applications', applied.id)).filter(
      (e) => e.action === 'request-removal',
    )
    expect(entries).toHaveLength(1)
    expect(JSON.parse(entries[0].changes)).toEqual({
      removalRequestedAt: [null, first.body.removalRequestedAt],
    })

    const coordinator = await loginAs('coordinator', [plan.networkId])
    const other = await applyFor(plan, { submit: true })
    const list = await api('/applications', {
      cookie: coordinator.cookie,
      query: { filter: { removalRequested: true } },
    })
    expect(list.status, JSON.stringify(list.body)).toBe(200)
    const ids = list.body.map((a: { id: number }) => a.id)
    expect(ids).toContain(applied.id)
    expect(ids).not.toContain(other.id)
    const record = await api(`/applications/${applied.id}`, { cookie: coordinator.cookie })
    expect(record.body.removalRequestedAt).toBe(first.body.removalRequestedAt)
    expect(record.body.personalDataDueOn).toBeNull()

    const stranger = await loginAs('coordinator', [(await createOpenPlan()).networkId])
    const elsewhere = await api('/applications', {
      cookie: stranger.cookie,
      query: { filter: { removalRequested: true } },
    })
    expect(elsewhere.body.map((a: { id: number }) => a.id)).not.toContain(applied.id)
    expect((await api(`/applications/${applied.id}`, { cookie: stranger.cookie })).status).toBe(404)
    const bad = await api('/applications', {
      cookie: coordinator.cookie,
      query: { filter: { removalRequested: 'ja' } },
    })
    expect(bad.status).toBe(400)
  })

  it('names the day the data goes once the file has closed', async () => {
    const plan = await createOpenPlan()
    const applied = await applyFor(plan, { submit: true })
    await api(`/public/applications/${applied.token}/withdraw`, { method: 'POST' })
    const res = await api(`/public/applications/${applied.token}/removal-request`, {
      method: 'POST',
    })
    const dueOn = addYears(today(), 1)
    expect(res.body.retention).toEqual({ action: 'anonymise', dueOn })
    expect(res.body.message).toContain(formatDate(dueOn, 'nl'))
    const coordinator = await loginAs('coordinator', [plan.networkId])
    const record = await api(`/applications/${applied.id}`, { cookie: coordinator.cookie })
    expect(record.body).toMatchObject({ closedOn: today(), personalDataDueOn: dueOn })
  })

  it('erases a draft the applicant deletes from the history as well', async () => {
    const personal = personalData()
    const draft = await applyFor(await createOpenPlan(), personal)
    expect((await uploadAttachment(draft.token, pdfBytes(), 'paspoort-kopie.pdf')).status).toBe(201)
    expect((await api(`/public/applications/${draft.token}`, { method: 'DELETE' })).status).toBe(
      204,
    )
    for (const value of [...Object.values(personal), 'paspoort-kopie']) {
      const found = await env.DB.prepare('SELECT count(*) AS n FROM audit_log WHERE changes LIKE ?')
        .bind(`%${value}%`)
        .first<number>('n')
      expect(found, value).toBe(0)
    }
    expect((await auditOf('applications', draft.id)).map((e) => e.action)).toEqual([
      'create',
      'delete',
    ])
  })

  it('refuses for a draft, which the applicant deletes themselves', async () => {
    const draft = await applyFor(await createOpenPlan())
    const res = await api(`/public/applications/${draft.token}/removal-request`, {
      method: 'POST',
    })
    expect(res.status).toBe(409)
    expect(res.body).toEqual({ message: translate('nl', { key: 'removalOfDraft' }) })
    const page = await open(`/aanvraag/${draft.token}`)
    expect(page.text).not.toContain('/verwijderverzoek')
    expect(page.text).toContain('90 dagen')
  })

  it('works on the status page without JavaScript, in Dutch and English', async () => {
    const applied = await applyFor(await createOpenPlan(), { submit: true })
    const before = await open(`/aanvraag/${applied.token}`)
    expect(before.text).toContain('id="gegevens"')
    expect(before.text).toContain(`action="/aanvraag/${applied.token}/verwijderverzoek"`)

    const crossSite = await postForm(`/aanvraag/${applied.token}/verwijderverzoek`, {
      origin: 'https://elders.example',
    })
    expect(crossSite.status).toBe(403)
    const posted = await postForm(`/aanvraag/${applied.token}/verwijderverzoek`)
    expect(posted.status).toBe(303)
    expect(posted.headers.get('location')).toBe(`/aanvraag/${applied.token}#gegevens`)

    const after = await open(`/aanvraag/${applied.token}`)
    expect(after.text).not.toContain('/verwijderverzoek"')
    expect(after.text).toContain('gevraagd om uw gegevens te verwijderen')
    const english = await postForm(`/en/aanvraag/${applied.token}/verwijderverzoek`)
    expect(english.headers.get('location')).toBe(`/en/aanvraag/${applied.token}#gegevens`)
    expect((await open(`/en/aanvraag/${applied.token}`)).text).toContain(
      'you asked for your data to be removed',
    )
  })
})
