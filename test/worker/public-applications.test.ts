import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { hashToken } from '../../worker/lib/tokens'
import { type Message, translate } from '../../worker/lib/messages'
import {
  type Applied,
  type OpenPlan,
  api,
  apiRaw,
  applyFor,
  createNetwork,
  createOpenPlan,
  createPlan,
  createPriority,
  daysFromToday,
  eligibleApplication,
  loginAs,
  pdfBytes,
  row,
  setApplicationStatus,
  uniqueIp,
  uploadAttachment,
} from './helpers'

/** The Dutch text the API answers for a message (no Accept-Language means Dutch). */
const message = (key: Message['key'], params?: Message['params']) =>
  translate('nl', { key, params })

const act = (token: string, action: 'submit' | 'withdraw') =>
  api(`/public/applications/${token}/${action}`, { method: 'POST' })

const edit = (token: string, body: unknown) =>
  api(`/public/applications/${token}`, { method: 'PUT', body })

/** A coordinator of the plan's network asks the applicant for more information. */
async function requestInfo(plan: OpenPlan, id: number, body: Record<string, unknown> = {}) {
  const coordinator = await loginAs('coordinator', [plan.networkId])
  return api(`/applications/${id}/request-info`, {
    cookie: coordinator.cookie,
    body: { message: 'Stuur de offerte van de zaal mee.', ...body },
  })
}

/** Everything an application request may store; a refused request must leave all of it alone. */
const STORED = [
  'applications',
  'application_priorities',
  'attachments',
  'audit_log',
  'throttle_events',
] as const

async function storedCounts(): Promise<Record<string, number>> {
  const counts = await env.DB.batch<{ n: number }>([
    ...STORED.map((table) => env.DB.prepare(`SELECT count(*) AS n FROM ${table}`)),
    env.DB.prepare('SELECT coalesce(sum(last), 0) AS n FROM reference_counters'),
  ])
  const names = [...STORED, 'reference_counters']
  return Object.fromEntries(counts.map((r, i) => [names[i], r.results[0].n]))
}

/** The number in a `BK-2026-0042` reference. */
const serial = (reference: string) => Number(reference.split('-')[2])

describe('public applications', () => {
  it('lists open plans with their rules and budget left', async () => {
    const plan = await createOpenPlan()
    const res = await api('/public/plans')
    expect(res.status).toBe(200)
    const found = res.body.find((p: { id: number }) => p.id === plan.planId)
    expect(found.priorities).toHaveLength(2)
    expect(found.criteria.map((c: { weight: number }) => c.weight)).toEqual([60, 40])
    expect(found.budgetRemainingCents).toBe(10_000_000)
  })

  it('saves a draft, resumes it by the link, and submits it with a reference', async () => {
    const plan = await createOpenPlan()
    const created = await api('/public/applications', { body: eligibleApplication(plan) })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(created.body.application.status).toBe('draft')
    const token = created.body.token
    const got = await api(`/public/applications/${token}`)
    expect(got.status).toBe(200)
    expect(got.body.missing).toEqual([])
    const submitted = await api(`/public/applications/${token}/submit`, { method: 'POST' })
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
    expect(submitted.body.reference).toMatch(/^BK-\d{4}-\d{4,}$/)
    expect(submitted.body.decisionDueOn).toBeTruthy()
    const audit = await env.DB.prepare('SELECT * FROM audit_log WHERE entity = ? AND entity_id = ?')
      .bind('applications', created.body.application.id ?? 0)
      .all()
    expect(JSON.stringify(audit.results)).not.toContain(token)
  })

  it('submits at once and refuses an ineligible submission without storing anything', async () => {
    const plan = await createOpenPlan()
    const direct = await api('/public/applications', {
      body: eligibleApplication(plan, { submit: true }),
    })
    expect(direct.status, JSON.stringify(direct.body)).toBe(201)
    expect(direct.body.application.status).toBe('submitted')
    const before = await env.DB.prepare('SELECT count(*) AS n FROM applications').first('n')
    const bad = await api('/public/applications', {
      body: eligibleApplication(plan, { submit: true, supporters: 1, openToAll: false }),
    })
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.body.errors)).toEqual(
      expect.arrayContaining(['supporters', 'openToAll']),
    )
    const after = await env.DB.prepare('SELECT count(*) AS n FROM applications').first('n')
    expect(after).toBe(before)
  })
})

describe('status transitions through the private link', () => {
  it('submits a draft: status, reference, submission time and the 8-week decision date', async () => {
    const plan = await createOpenPlan()
    const draft = await applyFor(plan)
    expect(draft.application.reference).toBeNull()
    expect(draft.application.submittedAt).toBeNull()
    const res = await act(draft.token, 'submit')
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body).toMatchObject({
      status: 'submitted',
      editable: false,
      withdrawable: true,
      decisionDueOn: daysFromToday(56),
    })
    expect(res.body.submittedAt).toEqual(expect.any(String))
    const stored = await row('applications', draft.id)
    expect(stored).toMatchObject({ status: 'submitted', reference: res.body.reference })
  })

  it('refuses a second submission with 409 and hands out no second number', async () => {
    const plan = await createOpenPlan()
    const app = await applyFor(plan, { submit: true })
    const before = await storedCounts()
    const stored = await row('applications', app.id)
    const again = await act(app.token, 'submit')
    expect(again.status).toBe(409)
    expect(again.body).toEqual({ message: message('alreadySubmitted') })
    expect(await row('applications', app.id)).toEqual(stored)
    expect(await storedCounts()).toEqual(before)
  })

  it('submits once when the same draft is submitted several times at once', async () => {
    const plan = await createOpenPlan()
    const draft = await applyFor(plan)
    const before = await storedCounts()
    const answers = await Promise.all([1, 2, 3].map(() => act(draft.token, 'submit')))
    expect(answers.map((res) => res.status).sort()).toEqual([200, 409, 409])
    const after = await storedCounts()
    expect(after.reference_counters - before.reference_counters).toBe(1)
    const { results } = await env.DB.prepare(
      "SELECT id FROM audit_log WHERE entity = 'applications' AND entity_id = ? AND action = 'submit'",
    )
      .bind(draft.id)
      .all()
    expect(results).toHaveLength(1)
  })

  it('refuses changes after submission with 409', async () => {
    const plan = await createOpenPlan()
    const app = await applyFor(plan, { submit: true })
    const stored = await row('applications', app.id)
    const res = await edit(app.token, eligibleApplication(plan, { title: 'Later gewijzigd' }))
    expect(res.status).toBe(409)
    expect(res.body).toEqual({ message: message('notEditable') })
    expect(await row('applications', app.id)).toEqual(stored)
  })

  it.each(['submitted', 'info_requested'] as const)('withdraws from %s', async (from) => {
    const plan = await createOpenPlan()
    const app = await applyFor(plan, { submit: true })
    if (from === 'info_requested') expect((await requestInfo(plan, app.id)).status).toBe(200)
    const res = await act(app.token, 'withdraw')
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body).toMatchObject({ status: 'withdrawn', editable: false, withdrawable: false })
    expect((await row('applications', app.id))?.status).toBe('withdrawn')
    const audit = await env.DB.prepare(
      `SELECT actor_type, actor_id FROM audit_log
          WHERE entity = 'applications' AND entity_id = ? AND action = 'withdraw'`,
    )
      .bind(app.id)
      .all()
    expect(audit.results).toEqual([{ actor_type: 'applicant', actor_id: app.id }])
  })

  it.each(['awarded', 'rejected', 'reported', 'settled'] as const)(
    'refuses submit, withdraw and changes once %s, saying why',
    async (status) => {
      const plan = await createOpenPlan()
      const app = await applyFor(plan, { submit: true })
      await setApplicationStatus(app.id, status)
      const stored = await row('applications', app.id)
      const submit = await act(app.token, 'submit')
      expect(submit.status).toBe(409)
      expect(submit.body).toEqual({ message: message('alreadyDecided') })
      const withdraw = await act(app.token, 'withdraw')
      expect(withdraw.status).toBe(409)
      expect(withdraw.body).toEqual({
        message: message('applicationTransition', {
          from: { applicationStatus: status },
          to: { applicationStatus: 'withdrawn' },
        }),
      })
      const change = await edit(app.token, eligibleApplication(plan))
      expect(change.status).toBe(409)
      expect(await row('applications', app.id)).toEqual(stored)
    },
  )

  it('refuses to withdraw a draft, which is deleted instead, with its files and by its link', async () => {
    const plan = await createOpenPlan()
    const app = await applyFor(plan)
    const withdraw = await act(app.token, 'withdraw')
    expect(withdraw.status).toBe(409)
    expect(withdraw.body).toEqual({ message: message('draftNotWithdrawable') })
    const file = await uploadAttachment(app.token, pdfBytes(), 'offerte.pdf')
    expect(file.status).toBe(201)
    const key = await env.DB.prepare('SELECT storage_key FROM attachments WHERE id = ?')
      .bind(file.body.id)
      .first<string>('storage_key')
    const deleted = await api(`/public/applications/${app.token}`, { method: 'DELETE' })
    expect(deleted.status).toBe(204)
    expect(await row('applications', app.id)).toBeNull()
    expect(await env.FILES.get(key ?? '')).toBeNull()
    expect((await api(`/public/applications/${app.token}`)).status).toBe(404)
    const audit = await env.DB.prepare(
      `SELECT actor_type, actor_id FROM audit_log
          WHERE entity = 'applications' AND entity_id = ? AND action = 'delete'`,
    )
      .bind(app.id)
      .all()
    expect(audit.results).toEqual([{ actor_type: 'applicant', actor_id: app.id }])
  })

  it('deletes only drafts', async () => {
    const plan = await createOpenPlan()
    const app = await applyFor(plan, { submit: true })
    const deleted = await api(`/public/applications/${app.token}`, { method: 'DELETE' })
    expect(deleted.status).toBe(409)
    expect((await row('applications', app.id))?.status).toBe('submitted')
  })

  it('refuses submit, withdraw and changes once withdrawn', async () => {
    const plan = await createOpenPlan()
    const app = await applyFor(plan, { submit: true })
    expect((await act(app.token, 'withdraw')).status).toBe(200)
    const stored = await row('applications', app.id)
    const submit = await act(app.token, 'submit')
    expect(submit.status).toBe(409)
    expect(submit.body).toEqual({ message: message('applicationWithdrawn') })
    const withdraw = await act(app.token, 'withdraw')
    expect(withdraw.status).toBe(409)
    expect(withdraw.body.message).toEqual(expect.any(String))
    expect(withdraw.body.message).not.toBe(message('conflict'))
    expect((await edit(app.token, eligibleApplication(plan))).status).toBe(409)
    expect(await row('applications', app.id)).toEqual(stored)
  })

  it('lets the applicant complete and resubmit after an info request', async () => {
    const plan = await createOpenPlan()
    const app = await applyFor(plan, { submit: true })
    const submitted = await api(`/public/applications/${app.token}`)
    const asked = await requestInfo(plan, app.id, { message: 'Welke zaal huurt u?' })
    expect(asked.status, JSON.stringify(asked.body)).toBe(200)

    const seen = await api(`/public/applications/${app.token}`)
    expect(seen.body).toMatchObject({
      status: 'info_requested',
      editable: true,
      withdrawable: true,
      infoRequest: 'Welke zaal huurt u?',
      infoDueOn: daysFromToday(14),
    })
    const changed = await edit(
      app.token,
      eligibleApplication(plan, { title: app.title, summary: 'Nu met de zaal erbij.' }),
    )
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    expect(changed.body).toMatchObject({
      status: 'info_requested',
      summary: 'Nu met de zaal erbij.',
    })

    const resubmitted = await act(app.token, 'submit')
    expect(resubmitted.status, JSON.stringify(resubmitted.body)).toBe(200)
    expect(resubmitted.body).toMatchObject({
      status: 'submitted',
      editable: false,
      reference: submitted.body.reference,
      submittedAt: submitted.body.submittedAt,
    })
    expect(resubmitted.body.decisionDueOn >= submitted.body.decisionDueOn).toBe(true)
    expect((await act(app.token, 'submit')).status).toBe(409)
  })

  // The clock stood still from the request until completion, at most for the term given (Awb 4:15).
  it.each([
    { askedDaysAgo: 5, dueInDays: 9, paused: 5 },
    { askedDaysAgo: 20, dueInDays: -6, paused: 14 },
  ])(
    'moves the decision date by the paused days (asked $askedDaysAgo days ago, due in $dueInDays)',
    async ({ askedDaysAgo, dueInDays, paused }) => {
      const plan = await createOpenPlan()
      const app = await applyFor(plan, { submit: true })
      expect((await requestInfo(plan, app.id)).status).toBe(200)
      const dueBefore = (await row('applications', app.id))?.decision_due_on as string
      expect(dueBefore).toBe(daysFromToday(56))
      await env.DB.prepare(
        'UPDATE applications SET info_requested_at = ?, info_due_on = ? WHERE id = ?',
      )
        .bind(`${daysFromToday(-askedDaysAgo)}T09:00:00.000Z`, daysFromToday(dueInDays), app.id)
        .run()
      const res = await act(app.token, 'submit')
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body.decisionDueOn).toBe(daysFromToday(56 + paused))
    },
  )

  it('refuses to resubmit an ineligible completion and keeps asking for it', async () => {
    const plan = await createOpenPlan()
    const app = await applyFor(plan, { submit: true })
    expect((await requestInfo(plan, app.id)).status).toBe(200)
    const changed = await edit(app.token, eligibleApplication(plan, { supporters: 1 }))
    expect(changed.status).toBe(200)
    const res = await act(app.token, 'submit')
    expect(res.status).toBe(400)
    expect(Object.keys(res.body.errors)).toEqual(['supporters'])
    expect((await row('applications', app.id))?.status).toBe('info_requested')
  })
})

describe('the private link', () => {
  it('opens the application by its token and shows no internal ids or the token hash', async () => {
    const plan = await createOpenPlan()
    const app = await applyFor(plan)
    const res = await api(`/public/applications/${app.token}`)
    expect(res.status).toBe(200)
    expect(res.body.title).toBe(app.title)
    expect(res.body.plan).toMatchObject({ id: plan.planId })
    for (const key of ['id', 'networkId', 'accessTokenHash', 'privacyConsentAt']) {
      expect(Object.keys(res.body)).not.toContain(key)
    }
    expect(res.headers.get('cache-control')).toBe('no-store')
    const text = JSON.stringify(res.body)
    expect(text).not.toContain(await hashToken(app.token))
    expect(text).not.toContain(app.token)
  })

  it('answers 404 to a well-formed token that is not one, and changes nothing', async () => {
    const plan = await createOpenPlan()
    const app = await applyFor(plan)
    const wrong = `${app.token.slice(0, 42)}${app.token.endsWith('A') ? 'B' : 'A'}`
    const stored = await row('applications', app.id)
    const answers = [
      await api(`/public/applications/${wrong}`),
      await edit(wrong, eligibleApplication(plan)),
      await act(wrong, 'submit'),
      await act(wrong, 'withdraw'),
      await uploadAttachment(wrong, pdfBytes(), 'offerte.pdf'),
    ]
    for (const res of answers) {
      expect(res.status).toBe(404)
      expect(res.body).toEqual({ message: message('notFound') })
    }
    expect(await row('applications', app.id)).toEqual(stored)
  })

  it.each(['abc', 'A'.repeat(42), 'A'.repeat(44), `${'A'.repeat(42)}.`, '%00'.repeat(43)])(
    'answers 404 to the malformed token %s',
    async (token) => {
      expect((await api(`/public/applications/${token}`)).status).toBe(404)
      expect((await act(token, 'submit')).status).toBe(404)
    },
  )

  it("never lets one application's token reach another's attachments", async () => {
    const plan = await createOpenPlan()
    const [a, b] = [await applyFor(plan), await applyFor(plan)]
    const uploaded = await uploadAttachment(b.token, pdfBytes(), 'offerte.pdf')
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201)
    const path = `/public/applications/${a.token}/attachments/${uploaded.body.id}`
    expect((await api(path)).status).toBe(404)
    expect((await api(path, { method: 'DELETE' })).status).toBe(404)
    const own = await apiRaw(`/public/applications/${b.token}/attachments/${uploaded.body.id}`)
    expect(own.status).toBe(200)
    expect(new Uint8Array(await own.arrayBuffer())).toEqual(pdfBytes())
    expect((await row('attachments', uploaded.body.id))?.application_id).toBe(b.id)
  })
})

describe('bad input', () => {
  /** A second plan's priority, to offer where it does not belong. */
  async function foreignPriority() {
    return createPriority((await createOpenPlan()).planId)
  }

  const invalidFields: [string, Record<string, unknown>, string][] = [
    ['e-mail', { email: 'fatima-at-example.org' }, 'email'],
    ['IBAN with wrong check digits', { iban: 'NL92 ABNA 0417 1643 00' }, 'iban'],
    ['IBAN of the wrong length', { iban: 'NL91 ABNA 0417 1643 0' }, 'iban'],
    ['postcode', { postcode: '381' }, 'postcode'],
    ['postcode starting with 0', { postcode: '0811 AB' }, 'postcode'],
    ['KvK number', { applicantType: 'foundation', kvkNumber: '1234567' }, 'kvkNumber'],
    ['start date', { startsOn: '2026-13-01' }, 'startsOn'],
    ['end date', { endsOn: '1-1-2027' }, 'endsOn'],
    ['applicant type', { applicantType: 'company' }, 'applicantType'],
    ['negative amount', { requestedCents: -100 }, 'requestedCents'],
    ['amount in fractions of a cent', { requestedCents: 10.5 }, 'requestedCents'],
    [
      'budget category',
      { budgetLines: [{ description: 'Bier', category: 'beer', amountCents: 100 }] },
      'budgetLines.0.category',
    ],
    ['missing plan', { planId: undefined }, 'planId'],
    ['plan id that is text', { planId: 'een' }, 'planId'],
  ]

  it.each(invalidFields)(
    'refuses a bad %s with 400 on its field, storing nothing',
    async (_name, overrides, field) => {
      const plan = await createOpenPlan()
      const before = await storedCounts()
      const res = await api('/public/applications', { body: eligibleApplication(plan, overrides) })
      expect(res.status, JSON.stringify(res.body)).toBe(400)
      expect(Object.keys(res.body.errors)).toEqual([field])
      expect(res.body.errors[field]).toEqual(expect.any(String))
      expect(await storedCounts()).toEqual(before)
    },
  )

  it('refuses a body that is not JSON with 400, storing nothing', async () => {
    const before = await storedCounts()
    const broken = await api('/public/applications', { body: '{"planId": 1, "title": ' })
    expect(broken.status).toBe(400)
    expect(broken.body).toEqual({ message: message('badRequest') })
    const plan = await createOpenPlan()
    const form = await api('/public/applications', {
      body: JSON.stringify(eligibleApplication(plan)),
      headers: { 'content-type': 'text/plain' },
    })
    expect(form.status).toBe(400)
    const array = await api('/public/applications', { body: [eligibleApplication(plan)] })
    expect(array.status).toBe(400)
    expect(await storedCounts()).toEqual(before)
  })

  it('ignores fields the applicant may not set', async () => {
    const plan = await createOpenPlan()
    const otherNetwork = await createNetwork()
    const res = await api('/public/applications', {
      body: eligibleApplication(plan, {
        id: 1,
        status: 'awarded',
        reference: 'BK-1999-0001',
        networkId: otherNetwork,
        submittedAt: '2020-01-01T00:00:00.000Z',
        decisionDueOn: '2020-03-01',
        accessTokenHash: 'x',
        score: 100,
        anonymisedAt: '2020-01-01',
      }),
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.application).toMatchObject({
      status: 'draft',
      reference: null,
      submittedAt: null,
      decisionDueOn: null,
    })
    const stored = await env.DB.prepare('SELECT * FROM applications WHERE title = ?')
      .bind(res.body.application.title)
      .first()
    expect(stored).toMatchObject({
      status: 'draft',
      network_id: plan.networkId,
      score: null,
      anonymised_at: null,
    })
    expect(stored?.access_token_hash).toBe(await hashToken(res.body.token))
    const changed = await edit(
      res.body.token,
      eligibleApplication(plan, { status: 'submitted', reference: 'BK-1999-0002', planId: 1 }),
    )
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    expect(changed.body).toMatchObject({ status: 'draft', reference: null })
    expect(changed.body.plan.id).toBe(plan.planId)
  })

  it('stores a priority named twice once', async () => {
    const plan = await createOpenPlan()
    const [first] = plan.priorityIds
    const app = await applyFor(plan, { priorityIds: [first, first] })
    expect(app.application.priorityIds).toEqual([first])
  })

  it("refuses another plan's priority with 400, storing nothing", async () => {
    const plan = await createOpenPlan()
    const foreign = await foreignPriority()
    const before = await storedCounts()
    const res = await api('/public/applications', {
      body: eligibleApplication(plan, { priorityIds: [plan.priorityIds[0], foreign] }),
    })
    expect(res.status).toBe(400)
    expect(Object.keys(res.body.errors)).toEqual(['priorityIds'])
    expect(await storedCounts()).toEqual(before)
  })

  it("refuses another plan's priority in a change, keeping the old ones", async () => {
    const plan = await createOpenPlan()
    const app = await applyFor(plan)
    const foreign = await foreignPriority()
    const res = await edit(app.token, eligibleApplication(plan, { priorityIds: [foreign] }))
    expect(res.status).toBe(400)
    expect(Object.keys(res.body.errors)).toEqual(['priorityIds'])
    const kept = await api(`/public/applications/${app.token}`)
    expect(kept.body.priorityIds).toEqual([plan.priorityIds[0]])
  })

  it('answers 404 for a plan that is a draft or does not exist, storing nothing', async () => {
    const draft = await createPlan(await createNetwork())
    const before = await storedCounts()
    for (const planId of [draft, 2_000_000_000]) {
      const res = await api('/public/applications', {
        body: { ...eligibleApplication(await createOpenPlan()), planId },
      })
      expect(res.status).toBe(404)
      expect(res.body).toEqual({ message: message('notFound') })
    }
    // The open plans above added rows of their own, but no application and no audit entry.
    const after = await storedCounts()
    expect(after).toEqual(before)
  })

  it('answers 409 for a closed plan, storing nothing', async () => {
    const plan = await createOpenPlan({ status: 'closed' })
    const before = await storedCounts()
    for (const submit of [false, true]) {
      const res = await api('/public/applications', {
        body: eligibleApplication(plan, { submit }),
      })
      expect(res.status).toBe(409)
      expect(res.body).toEqual({ message: message('planClosed') })
    }
    expect(await storedCounts()).toEqual(before)
  })

  it('answers 413 for a body over 256 KiB, storing nothing', async () => {
    const plan = await createOpenPlan()
    const app = await applyFor(plan)
    const before = await storedCounts()
    const huge = eligibleApplication(plan, { description: 'x'.repeat(257 * 1024) })
    const created = await api('/public/applications', { body: huge })
    expect(created.status).toBe(413)
    expect(created.body).toEqual({ message: message('tooLarge') })
    expect((await edit(app.token, huge)).status).toBe(413)
    expect(await storedCounts()).toEqual(before)
  })

  it('refuses a filled-in honeypot with 400 on the field, storing nothing', async () => {
    const plan = await createOpenPlan()
    const before = await storedCounts()
    for (const submit of [false, true]) {
      const res = await api('/public/applications', {
        body: eligibleApplication(plan, { submit, website: 'https://spam.example' }),
      })
      expect(res.status).toBe(400)
      expect(res.body.errors).toEqual({ website: message('spam') })
    }
    expect(await storedCounts()).toEqual(before)
    const empty = await api('/public/applications', {
      body: eligibleApplication(plan, { website: '' }),
    })
    expect(empty.status).toBe(201)
  })

  it('refuses a change with bad input with 400, changing nothing', async () => {
    const plan = await createOpenPlan()
    const app = await applyFor(plan)
    const stored = await row('applications', app.id)
    const before = await storedCounts()
    const res = await edit(app.token, eligibleApplication(plan, { iban: 'NL00 0000 0000 0000 00' }))
    expect(res.status).toBe(400)
    expect(Object.keys(res.body.errors)).toEqual(['iban'])
    expect((await edit(app.token, 'geen json')).status).toBe(400)
    expect(await row('applications', app.id)).toEqual(stored)
    expect(await storedCounts()).toEqual(before)
  })
})

describe('rate limit on new applications', () => {
  it('lets 10 through per IP per hour, refuses the 11th with 429, and not another IP', async () => {
    const plan = await createOpenPlan()
    const ip = uniqueIp()
    for (let i = 0; i < 10; i++) {
      const res = await api('/public/applications', { ip, body: eligibleApplication(plan) })
      expect(res.status, `application ${i + 1}`).toBe(201)
    }
    const before = await storedCounts()
    for (const submit of [false, true]) {
      const refused = await api('/public/applications', {
        ip,
        body: eligibleApplication(plan, { submit }),
      })
      expect(refused.status).toBe(429)
      expect(refused.body).toEqual({ message: message('tooManyRequests', { minutes: 60 }) })
    }
    expect(await storedCounts()).toEqual(before)
    const elsewhere = await api('/public/applications', { body: eligibleApplication(plan) })
    expect(elsewhere.status).toBe(201)
  })

  // A script sends its requests at once; the limit must hold all the same.
  it('lets no more than 10 through when 15 arrive at once from one IP', async () => {
    const plan = await createOpenPlan()
    const ip = uniqueIp()
    const before = await storedCounts()
    const answers = await Promise.all(
      Array.from({ length: 15 }, () =>
        api('/public/applications', { ip, body: eligibleApplication(plan) }),
      ),
    )
    const statuses = answers.map((res) => res.status).sort()
    expect(statuses).toEqual([...Array(10).fill(201), ...Array(5).fill(429)])
    expect((await storedCounts()).applications - before.applications).toBe(10)
  })

  it('does not count refused requests against the limit', async () => {
    const plan = await createOpenPlan()
    const ip = uniqueIp()
    for (let i = 0; i < 5; i++) {
      const bad = await api('/public/applications', {
        ip,
        body: eligibleApplication(plan, { email: 'geen-adres' }),
      })
      expect(bad.status).toBe(400)
    }
    for (let i = 0; i < 10; i++) {
      const res = await api('/public/applications', { ip, body: eligibleApplication(plan) })
      expect(res.status, `application ${i + 1}`).toBe(201)
    }
  })

  it('does not limit changing or submitting an existing application', async () => {
    const plan = await createOpenPlan()
    const ip = uniqueIp()
    const created = await api('/public/applications', { ip, body: eligibleApplication(plan) })
    for (let i = 0; i < 11; i++) {
      const res = await api(`/public/applications/${created.body.token}`, {
        ip,
        method: 'PUT',
        body: eligibleApplication(plan),
      })
      expect(res.status).toBe(200)
    }
  })
})

describe('reference numbers', () => {
  const year = daysFromToday(0).slice(0, 4)

  it('numbers submissions BK-<year>-NNNN, consecutively, only when submitted', async () => {
    const plan = await createOpenPlan()
    const first = await applyFor(plan, { submit: true })
    const draft = await applyFor(plan)
    expect(draft.application.reference).toBeNull()
    const second = await act(draft.token, 'submit')
    const third = await applyFor(plan, { submit: true })
    const references = [
      first.application.reference,
      second.body.reference,
      third.application.reference,
    ]
    for (const reference of references) {
      expect(reference).toMatch(new RegExp(`^BK-${year}-\\d{4}$`))
    }
    const n = serial(references[0])
    expect(references.map(serial)).toEqual([n, n + 1, n + 2])
  })

  it('uses no number for a refused submission', async () => {
    const plan = await createOpenPlan()
    const first = await applyFor(plan, { submit: true })
    const bad = await applyFor(plan, { supporters: 0 })
    expect((await act(bad.token, 'submit')).status).toBe(400)
    const refused = await api('/public/applications', {
      body: eligibleApplication(plan, { submit: true, openToAll: false }),
    })
    expect(refused.status).toBe(400)
    expect((await act(first.token, 'submit')).status).toBe(409)
    const next = await applyFor(plan, { submit: true })
    expect(serial(next.application.reference)).toBe(serial(first.application.reference) + 1)
  })

  it('hands out distinct consecutive numbers to 10 drafts submitted at once', async () => {
    const plan = await createOpenPlan()
    const drafts: Applied[] = []
    for (let i = 0; i < 10; i++) drafts.push(await applyFor(plan))
    const answers = await Promise.all(drafts.map((d) => act(d.token, 'submit')))
    for (const res of answers) expect(res.status, JSON.stringify(res.body)).toBe(200)
    const references = answers.map((res) => res.body.reference as string)
    expect(new Set(references).size).toBe(10)
    const numbers = references.map(serial).sort((a, b) => a - b)
    expect(numbers).toEqual(numbers.map((_, i) => numbers[0] + i))
    const { results } = await env.DB.prepare(
      `SELECT reference FROM applications WHERE id IN (SELECT value FROM json_each(?))`,
    )
      .bind(JSON.stringify(drafts.map((d) => d.id)))
      .all<{ reference: string }>()
    expect(results.map((r) => r.reference).sort()).toEqual([...references].sort())
  })
})

describe('the audit log keeps secrets', () => {
  it('never holds the token, and holds the IBAN only as ***', async () => {
    const plan = await createOpenPlan()
    const app = await applyFor(plan, { iban: 'NL91 ABNA 0417 1643 00' })
    const changed = await edit(app.token, eligibleApplication(plan, { iban: 'NL20INGB0001234567' }))
    expect(changed.status).toBe(200)
    expect((await uploadAttachment(app.token, pdfBytes(), 'offerte.pdf')).status).toBe(201)
    expect((await act(app.token, 'submit')).status).toBe(200)
    expect((await requestInfo(plan, app.id)).status).toBe(200)
    expect((await act(app.token, 'withdraw')).status).toBe(200)

    const { results } = await env.DB.prepare('SELECT * FROM audit_log').all()
    const everything = JSON.stringify(results)
    expect(everything).not.toContain(app.token)
    expect(everything).not.toContain(await hashToken(app.token))
    for (const digits of ['0417164300', '0417 1643 00', '0001234567']) {
      expect(everything).not.toContain(digits)
    }
    const own = await env.DB.prepare(
      `SELECT action, changes FROM audit_log WHERE entity = 'applications' AND entity_id = ?
        ORDER BY id`,
    )
      .bind(app.id)
      .all<{ action: string; changes: string }>()
    expect(own.results.map((e) => e.action)).toEqual([
      'create',
      'update',
      'submit',
      'request-info',
      'withdraw',
    ])
    const ibans = own.results
      .map((e) => JSON.parse(e.changes) as Record<string, unknown>)
      .filter((c) => 'iban' in c)
      .map((c) => c.iban)
    expect(ibans).toEqual(['***', '***'])
  })
})

describe('eligibility on submission', () => {
  // Each case breaks exactly one rule of an otherwise eligible application.
  const cases: [string, Record<string, unknown>, string, string | undefined][] = [
    [
      'too few supporters for €1,500',
      {
        requestedCents: 150_000,
        supporters: 8,
        budgetLines: [{ description: 'Zaalhuur', category: 'rent', amountCents: 150_000 }],
      },
      'supporters',
      message('tooFewSupporters', { min: 15 }),
    ],
    [
      'an amount above the plan maximum',
      {
        requestedCents: 600_000,
        applicantType: 'foundation',
        kvkNumber: '12345678',
        supporters: 25,
        budgetLines: [{ description: 'Zaalhuur', category: 'rent', amountCents: 600_000 }],
      },
      'requestedCents',
      message('requestedAboveMax', { max: { cents: 500_000 } }),
    ],
    [
      'a start date in the past',
      { startsOn: daysFromToday(-1) },
      'startsOn',
      message('startsNotAfterToday'),
    ],
    ['a start date of today', { startsOn: daysFromToday(0) }, 'startsOn', undefined],
    [
      'work with vulnerable people without a VOG',
      { worksWithVulnerable: true, vogConfirmed: false },
      'vogConfirmed',
      message('vogRequired'),
    ],
    [
      'a postcode outside the network',
      { postcode: '1011 AB' },
      'postcode',
      message('postcodeOutsideArea', { postcodes: '3811' }),
    ],
    [
      'a missing KvK number of a foundation',
      { applicantType: 'foundation' },
      'kvkNumber',
      undefined,
    ],
    ['no budget lines', { budgetLines: [] }, 'budgetLines', undefined],
    ['no priority', { priorityIds: [] }, 'priorityIds', undefined],
    ['no privacy consent', { privacyConsent: false }, 'privacyConsent', undefined],
    ['an end before the start', { endsOn: daysFromToday(60) }, 'endsOn', undefined],
  ]

  it.each(cases)(
    'refuses %s on that field alone, storing nothing',
    async (_name, overrides, field, text) => {
      const plan = await createOpenPlan()
      const before = await storedCounts()
      const res = await api('/public/applications', {
        body: eligibleApplication(plan, { ...overrides, submit: true }),
      })
      expect(res.status, JSON.stringify(res.body)).toBe(400)
      expect(res.body.message).toBe(message('notSubmittable'))
      expect(Object.keys(res.body.errors)).toEqual([field])
      if (text) expect(res.body.errors[field]).toBe(text)
      expect(await storedCounts()).toEqual(before)
    },
  )

  it.each(cases)(
    'keeps a draft with %s, lists it as missing and refuses to submit it',
    async (_name, overrides, field) => {
      const plan = await createOpenPlan()
      const draft = await applyFor(plan, overrides)
      expect(draft.application.missing.map((m: { field: string }) => m.field)).toEqual([field])
      const res = await act(draft.token, 'submit')
      expect(res.status).toBe(400)
      expect(Object.keys(res.body.errors)).toEqual([field])
      expect((await row('applications', draft.id))?.status).toBe('draft')
    },
  )

  it('warns about a start within 6 weeks without blocking', async () => {
    const plan = await createOpenPlan()
    const res = await api('/public/applications', {
      body: eligibleApplication(plan, { submit: true, startsOn: daysFromToday(20) }),
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.application.status).toBe('submitted')
    expect(res.body.application.warnings).toEqual([
      { field: 'startsOn', message: message('startsSoon', { weeks: 6 }) },
    ])
  })

  it('warns about and flags a budget line in a usually unfunded category without blocking', async () => {
    const plan = await createOpenPlan()
    const res = await api('/public/applications', {
      body: eligibleApplication(plan, {
        submit: true,
        budgetLines: [
          { description: 'Plantenbakken', category: 'materials', amountCents: 35_000 },
          { description: 'Koffie en thee', category: 'food_drink', amountCents: 15_000 },
        ],
      }),
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.application.status).toBe('submitted')
    expect(res.body.application.warnings).toEqual([
      { field: 'budgetLines.1.category', message: message('flaggedCategory') },
    ])
    expect(res.body.application.budgetLines.map((l: { flagged: boolean }) => l.flagged)).toEqual([
      false,
      true,
    ])
  })

  it('shows no warnings for an application far enough ahead in funded categories', async () => {
    const plan = await createOpenPlan()
    const app = await applyFor(plan, { submit: true })
    expect(app.application.warnings).toEqual([])
  })
})
