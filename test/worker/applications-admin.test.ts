import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { type Message, translate } from '../../worker/lib/messages'
import {
  type Applied,
  type OpenPlan,
  ROLES,
  type Session,
  api,
  apiRaw,
  applyFor,
  createOpenPlan,
  daysFromToday,
  listQuery,
  loginAs,
  row,
  setApplicationStatus,
  unique,
} from './helpers'

// The staff side of applications (DESIGN §2): who sees which applications, with which fields.

const message = (key: Message['key'], params?: Message['params']) =>
  translate('nl', { key, params })

/** Contact and bank data, distinct enough to search a whole answer for. */
const PERSONAL = {
  contactName: 'Fatima el Amrani',
  email: 'fatima.el.amrani@example.org',
  phone: '06 98765432',
  iban: 'NL91 ABNA 0417 1643 00',
  accountHolder: 'Stichting Rekening Linde',
}
const CONTACT_KEYS = ['contactName', 'email', 'phone']
const BANK_KEYS = ['iban', 'accountHolder']
/** Every form in which the personal data could show up in a JSON text. */
const PERSONAL_TEXTS = [
  PERSONAL.contactName,
  PERSONAL.email,
  PERSONAL.phone,
  PERSONAL.accountHolder,
  '0417164300',
  '0417 1643 00',
]

const submitted = (plan: OpenPlan, overrides: Record<string, unknown> = {}) =>
  applyFor(plan, { ...PERSONAL, ...overrides, submit: true })

/** GET under /api as raw text, to search everything the answer holds. */
async function rawText(path: string, cookie: string, query: Record<string, unknown> = {}) {
  const res = await apiRaw(`${path}${listQuery(query)}`, { cookie })
  expect(res.status).toBe(200)
  return res.text()
}

const list = (session: Session, filter: Record<string, unknown>, extra = {}) =>
  api('/applications', { cookie: session.cookie, query: { filter, range: [0, 99], ...extra } })

const show = (session: Session, id: number) =>
  api(`/applications/${id}`, { cookie: session.cookie })

const ids = (rows: { id: number }[]) => rows.map((r) => r.id)

const requestInfo = (session: Session, id: number, body: unknown) =>
  api(`/applications/${id}/request-info`, { cookie: session.cookie, body })

describe('who sees which applications', () => {
  it('never shows a draft to staff, not even to an admin', async () => {
    const plan = await createOpenPlan()
    const draft = await applyFor(plan)
    const handedIn = await submitted(plan)
    const staff = [
      await loginAs('admin'),
      await loginAs('coordinator', [plan.networkId]),
      await loginAs('reviewer', [plan.networkId]),
    ]
    for (const session of staff) {
      const res = await list(session, { planId: plan.planId })
      expect(ids(res.body), session.user.role).toEqual([handedIn.id])
      expect((await show(session, draft.id)).status, session.user.role).toBe(404)
      const byId = await list(session, { id: [draft.id] })
      expect(byId.body).toEqual([])
    }
  })

  it('gives an admin every submitted application with contact data and the IBAN masked', async () => {
    const plan = await createOpenPlan()
    const app = await submitted(plan)
    const admin = await loginAs('admin')
    const res = await show(admin, app.id)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      ...PERSONAL,
      iban: 'NL91 **** 4300',
      id: app.id,
      planId: plan.planId,
      networkId: plan.networkId,
      status: 'submitted',
      reference: app.application.reference,
    })
    for (const status of ['info_requested', 'awarded', 'rejected', 'reported', 'settled']) {
      const other = await submitted(plan)
      await setApplicationStatus(other.id, status)
      expect((await show(admin, other.id)).status, status).toBe(200)
    }
  })

  it('gives a reviewer no contact data, IBAN or account holder, in list or show', async () => {
    const plan = await createOpenPlan()
    const app = await submitted(plan)
    const reviewer = await loginAs('reviewer', [plan.networkId])
    const listed = await list(reviewer, { planId: plan.planId })
    const shown = await show(reviewer, app.id)
    expect(listed.status).toBe(200)
    expect(shown.status).toBe(200)
    expect(ids(listed.body)).toEqual([app.id])
    for (const record of [listed.body[0], shown.body]) {
      expect(record.title).toBe(app.title)
      for (const key of [...CONTACT_KEYS, ...BANK_KEYS])
        expect(Object.keys(record)).not.toContain(key)
    }
    const texts = [
      await rawText('/applications', reviewer.cookie, { filter: { planId: plan.planId } }),
      await rawText(`/applications/${app.id}`, reviewer.cookie),
    ]
    for (const text of texts) {
      for (const personal of PERSONAL_TEXTS) expect(text).not.toContain(personal)
    }
    // The same search finds all of it in what an admin sees, so it can find it at all.
    const admin = await loginAs('admin')
    const full = await rawText(`/applications/${app.id}`, admin.cookie)
    for (const personal of PERSONAL_TEXTS.slice(0, 4)) expect(full).toContain(personal)
    expect(await rawText(`/applications/${app.id}/iban`, admin.cookie)).toContain('0417164300')
  })

  it('refuses a reviewer a filter or sort on contact or bank data', async () => {
    const plan = await createOpenPlan()
    await submitted(plan)
    const reviewer = await loginAs('reviewer', [plan.networkId])
    for (const field of [...CONTACT_KEYS, ...BANK_KEYS]) {
      const filtered = await list(reviewer, { [field]: 'x' })
      expect(filtered.status, field).toBe(400)
      const sorted = await list(reviewer, {}, { sort: [field, 'ASC'] })
      expect(sorted.status, field).toBe(400)
    }
    const searched = await list(reviewer, { planId: plan.planId, q: PERSONAL.email })
    expect(searched.body).toEqual([])
  })

  it('gives a coordinator contact data, the account holder and only a masked IBAN', async () => {
    const plan = await createOpenPlan()
    const app = await submitted(plan)
    const coordinator = await loginAs('coordinator', [plan.networkId])
    const listed = await list(coordinator, { planId: plan.planId })
    const shown = await show(coordinator, app.id)
    expect(shown.body).toMatchObject({
      contactName: PERSONAL.contactName,
      email: PERSONAL.email,
      phone: PERSONAL.phone,
      accountHolder: PERSONAL.accountHolder,
      iban: 'NL91 **** 4300',
    })
    // A list row holds what the lists show; contact and bank data are read on the record.
    expect(listed.body[0].id).toBe(app.id)
    for (const key of ['contactName', 'email', 'phone', 'accountHolder', 'iban']) {
      expect(listed.body[0]).not.toHaveProperty(key)
    }
    const texts = [
      await rawText('/applications', coordinator.cookie, { filter: { planId: plan.planId } }),
      await rawText(`/applications/${app.id}`, coordinator.cookie),
    ]
    for (const text of texts) {
      for (const digits of ['0417164300', '0417 1643 00', 'ABNA'])
        expect(text).not.toContain(digits)
    }
  })

  it('gives finance only awarded, reported and settled ones, IBAN masked, no contact data', async () => {
    const plan = await createOpenPlan()
    const byStatus: Record<string, Applied> = {}
    for (const status of ['submitted', 'info_requested', 'rejected', 'withdrawn', 'awarded']) {
      byStatus[status] = await submitted(plan)
      if (status !== 'submitted') await setApplicationStatus(byStatus[status].id, status)
    }
    for (const status of ['reported', 'settled']) {
      byStatus[status] = await submitted(plan)
      await setApplicationStatus(byStatus[status].id, status)
    }
    const finance = await loginAs('finance')
    const listed = await list(finance, { planId: plan.planId }, { sort: ['id', 'ASC'] })
    const paid = ['awarded', 'reported', 'settled'].map((s) => byStatus[s].id)
    expect(ids(listed.body)).toEqual(paid)
    expect(listed.headers.get('content-range')).toBe('applications 0-2/3')
    for (const status of ['submitted', 'info_requested', 'rejected', 'withdrawn']) {
      expect((await show(finance, byStatus[status].id)).status, status).toBe(404)
    }
    const shown = await show(finance, byStatus.awarded.id)
    expect(shown.status).toBe(200)
    expect(shown.body).toMatchObject({
      iban: 'NL91 **** 4300',
      accountHolder: PERSONAL.accountHolder,
    })
    for (const record of [...listed.body, shown.body]) {
      for (const key of CONTACT_KEYS) expect(Object.keys(record)).not.toContain(key)
    }
    const text = await rawText(`/applications/${byStatus.awarded.id}`, finance.cookie)
    for (const contact of [PERSONAL.contactName, PERSONAL.email, PERSONAL.phone]) {
      expect(text).not.toContain(contact)
    }
  })

  it.each(['coordinator', 'reviewer'] as const)(
    'keeps another network’s applications from a %s',
    async (role) => {
      const plan = await createOpenPlan()
      const app = await submitted(plan)
      const own = await loginAs(role, [plan.networkId])
      expect((await show(own, app.id)).status).toBe(200)
      const outsider = await loginAs(role, [(await createOpenPlan()).networkId])
      const res = await show(outsider, app.id)
      expect(res.status).toBe(404)
      expect(res.body).toEqual((await show(outsider, 2_000_000_000)).body)
      const listed = await list(outsider, { planId: plan.planId })
      expect(listed.body).toEqual([])
      const byId = await list(outsider, { id: [app.id] })
      expect(byId.body).toEqual([])
      const all = await list(outsider, {}, { range: [0, 499] })
      expect(all.body.map((r: { networkId: number }) => r.networkId)).not.toContain(plan.networkId)
    },
  )

  it('answers 401 without a session', async () => {
    const plan = await createOpenPlan()
    const app = await submitted(plan)
    expect((await api(`/applications/${app.id}`)).status).toBe(401)
    expect((await api('/applications')).status).toBe(401)
  })
})

describe('listing', () => {
  interface Fixture {
    plan: OpenPlan
    apps: Applied[]
    admin: Session
  }

  /**
   * Four submitted applications in one plan whose sort values are deliberately out of id order:
   * titles, amounts, references, submission times and decision dates.
   */
  let fixtures = 0

  async function fixture(): Promise<Fixture> {
    const plan = await createOpenPlan()
    const tag = unique('lijst')
    // References of a year of their own, past 9999 as a busy year's are: in number order, not
    // as text (where BK-…-10000 would come before BK-…-9999).
    const year = 3000 + fixtures++
    const spec = [
      {
        title: `${tag} c`,
        requestedCents: 30_000,
        ref: 10001,
        at: '2026-02-10',
        due: '2026-05-03',
      },
      {
        title: `${tag} a`,
        requestedCents: 50_000,
        ref: 10002,
        at: '2026-01-10',
        due: '2026-05-01',
      },
      { title: `${tag} d`, requestedCents: 10_000, ref: 9999, at: '2026-03-10', due: '2026-05-04' },
      {
        title: `${tag} b`,
        requestedCents: 40_000,
        ref: 10000,
        at: '2026-02-11',
        due: '2026-05-02',
      },
    ]
    const apps: Applied[] = []
    for (const [i, s] of spec.entries()) {
      const priorityIds = i === 2 ? plan.priorityIds : [plan.priorityIds[i % 2]]
      const app = await submitted(plan, {
        title: s.title,
        requestedCents: s.requestedCents,
        priorityIds,
      })
      await env.DB.prepare(
        'UPDATE applications SET reference = ?, submitted_at = ?, decision_due_on = ? WHERE id = ?',
      )
        .bind(`BK-${year}-${s.ref}`, `${s.at}T10:00:00.000Z`, s.due, app.id)
        .run()
      apps.push(app)
    }
    return { plan, apps, admin: await loginAs('admin') }
  }

  it.each([
    ['reference', [2, 3, 0, 1]],
    ['title', [1, 3, 0, 2]],
    ['requestedCents', [2, 0, 3, 1]],
    ['submittedAt', [1, 0, 3, 2]],
    ['decisionDueOn', [1, 3, 0, 2]],
  ])('sorts on %s both ways', async (field, ascending) => {
    const { plan, apps, admin } = await fixture()
    const expected = ascending.map((i) => apps[i].id)
    const asc = await list(admin, { planId: plan.planId }, { sort: [field, 'ASC'] })
    expect(asc.status, JSON.stringify(asc.body)).toBe(200)
    expect(ids(asc.body)).toEqual(expected)
    const desc = await list(admin, { planId: plan.planId }, { sort: [field, 'DESC'] })
    expect(ids(desc.body)).toEqual([...expected].reverse())
  })

  it('sorts on submission time, newest first, by default', async () => {
    const { plan, apps, admin } = await fixture()
    const res = await list(admin, { planId: plan.planId })
    expect(ids(res.body)).toEqual([2, 3, 0, 1].map((i) => apps[i].id))
  })

  it.each(['email', 'iban', 'contactName', 'score; DROP TABLE applications'])(
    'refuses the unknown sort %s with 400',
    async (field) => {
      const admin = await loginAs('admin')
      const res = await api('/applications', {
        cookie: admin.cookie,
        query: { sort: [field, 'ASC'] },
      })
      expect(res.status).toBe(400)
      expect(res.body.errors).toEqual({ sort: message('unknownSort') })
    },
  )

  it('pages with the right Content-Range total', async () => {
    const { plan, apps, admin } = await fixture()
    const sort = ['title', 'ASC']
    const first = await list(admin, { planId: plan.planId }, { sort, range: [0, 1] })
    expect(first.headers.get('content-range')).toBe('applications 0-1/4')
    expect(ids(first.body)).toEqual([apps[1].id, apps[3].id])
    const second = await list(admin, { planId: plan.planId }, { sort, range: [2, 3] })
    expect(second.headers.get('content-range')).toBe('applications 2-3/4')
    expect(ids(second.body)).toEqual([apps[0].id, apps[2].id])
    const beyond = await list(admin, { planId: plan.planId }, { range: [10, 19] })
    expect(beyond.body).toEqual([])
    expect(beyond.headers.get('content-range')).toBe('applications */4')
  })

  it('filters on network and plan', async () => {
    const { plan, apps, admin } = await fixture()
    const elsewhere = await createOpenPlan()
    const other = await submitted(elsewhere)
    const sort = ['id', 'ASC']
    const byNetwork = await list(admin, { networkId: plan.networkId }, { sort })
    expect(ids(byNetwork.body)).toEqual(ids(apps))
    const byPlans = await list(admin, { planId: [plan.planId, elsewhere.planId] }, { sort })
    expect(ids(byPlans.body)).toEqual([...ids(apps), other.id])
    const both = await list(admin, { networkId: elsewhere.networkId, planId: plan.planId })
    expect(both.body).toEqual([])
  })

  it('filters on one status or several', async () => {
    const { plan, apps, admin } = await fixture()
    await setApplicationStatus(apps[0].id, 'awarded')
    await setApplicationStatus(apps[1].id, 'rejected')
    await setApplicationStatus(apps[2].id, 'info_requested')
    const sort = ['id', 'ASC']
    const one = await list(admin, { planId: plan.planId, status: 'awarded' }, { sort })
    expect(ids(one.body)).toEqual([apps[0].id])
    const several = await list(
      admin,
      { planId: plan.planId, status: ['submitted', 'info_requested'] },
      { sort },
    )
    expect(ids(several.body)).toEqual([apps[2].id, apps[3].id])
    expect(several.headers.get('content-range')).toBe('applications 0-1/2')
    const bad = await list(admin, { planId: plan.planId, status: 'betaald' })
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.body.errors)).toEqual(['status'])
  })

  it('filters on a priority', async () => {
    const { plan, apps, admin } = await fixture()
    const sort = ['id', 'ASC']
    const [first, second] = plan.priorityIds
    const one = await list(admin, { planId: plan.planId, priorityId: first }, { sort })
    expect(ids(one.body)).toEqual([apps[0].id, apps[2].id])
    const other = await list(admin, { planId: plan.planId, priorityId: second }, { sort })
    expect(ids(other.body)).toEqual([apps[1].id, apps[2].id, apps[3].id])
    const both = await show(admin, apps[2].id)
    expect(both.body.priorityIds).toEqual([...plan.priorityIds].sort((a, b) => a - b))
  })

  it('searches with q in reference and title', async () => {
    const { plan, apps, admin } = await fixture()
    const reference = String((await row('applications', apps[3].id))?.reference)
    const byReference = await list(admin, { q: reference })
    expect(ids(byReference.body)).toEqual([apps[3].id])
    const byTitle = await list(admin, { q: apps[1].title.toUpperCase() })
    expect(ids(byTitle.body)).toEqual([apps[1].id])
    const part = apps[1].title.split(' ')[0]
    const byPart = await list(admin, { planId: plan.planId, q: part })
    expect(byPart.body).toHaveLength(4)
    const wildcard = await list(admin, { planId: plan.planId, q: '%' })
    expect(wildcard.body).toEqual([])
  })

  it('filters on the submission date, both days included', async () => {
    const { plan, apps, admin } = await fixture()
    const sort = ['submittedAt', 'ASC']
    const from = await list(admin, { planId: plan.planId, submittedAt_gte: '2026-02-10' }, { sort })
    expect(ids(from.body)).toEqual([apps[0].id, apps[3].id, apps[2].id])
    const until = await list(
      admin,
      { planId: plan.planId, submittedAt_lte: '2026-02-10' },
      { sort },
    )
    expect(ids(until.body)).toEqual([apps[1].id, apps[0].id])
    const between = await list(
      admin,
      { planId: plan.planId, submittedAt_gte: '2026-02-11', submittedAt_lte: '2026-02-11' },
      { sort },
    )
    expect(ids(between.body)).toEqual([apps[3].id])
    const bad = await list(admin, { planId: plan.planId, submittedAt_gte: 'gisteren' })
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.body.errors)).toEqual(['submittedAt_gte'])
  })
})

describe('what a record shows', () => {
  it('flags budget lines in usually unfunded categories and carries the warnings', async () => {
    const plan = await createOpenPlan()
    const app = await submitted(plan, {
      startsOn: daysFromToday(20),
      budgetLines: [
        { description: 'Plantenbakken', category: 'materials', amountCents: 35_000 },
        { description: 'Koffie en thee', category: 'food_drink', amountCents: 15_000 },
      ],
    })
    const admin = await loginAs('admin')
    const reviewer = await loginAs('reviewer', [plan.networkId])
    for (const session of [admin, reviewer]) {
      const res = await show(session, app.id)
      expect(res.body.budgetLines).toEqual([
        {
          description: 'Plantenbakken',
          category: 'materials',
          amountCents: 35_000,
          flagged: false,
        },
        {
          description: 'Koffie en thee',
          category: 'food_drink',
          amountCents: 15_000,
          flagged: true,
        },
      ])
      expect(res.body.warnings).toEqual([
        { field: 'startsOn', message: message('startsSoon', { weeks: 6 }) },
        { field: 'budgetLines.1.category', message: message('flaggedCategory') },
      ])
      expect(res.body.priorityIds).toEqual([plan.priorityIds[0]])
      // A list row holds what the lists show: the budget and its warnings are the record's.
      const listed = await list(session, { id: [app.id] })
      expect(listed.body[0]).toMatchObject({ id: app.id, status: res.body.status })
      expect(listed.body[0]).not.toHaveProperty('budgetLines')
      expect(listed.body[0]).not.toHaveProperty('warnings')
    }
  })

  it('shows no warnings for an application far ahead in funded categories', async () => {
    const plan = await createOpenPlan()
    const app = await submitted(plan)
    const admin = await loginAs('admin')
    const res = await show(admin, app.id)
    expect(res.body.warnings).toEqual([])
    expect(res.body.budgetLines.every((l: { flagged: boolean }) => !l.flagged)).toBe(true)
  })
})

describe('asking for more information', () => {
  it('lets the network’s coordinator ask, with a 14-day term by default, and logs it', async () => {
    const plan = await createOpenPlan()
    const app = await submitted(plan)
    const dueBefore = (await row('applications', app.id))?.decision_due_on
    const coordinator = await loginAs('coordinator', [plan.networkId])
    const res = await requestInfo(coordinator, app.id, { message: '  Welke zaal huurt u?  ' })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body).toMatchObject({
      id: app.id,
      status: 'info_requested',
      infoDueOn: daysFromToday(14),
      infoRequest: 'Welke zaal huurt u?',
      iban: 'NL91 **** 4300',
    })
    // A UTC timestamp: just now, whatever the Amsterdam day is.
    expect(Date.now() - Date.parse(res.body.infoRequestedAt)).toBeLessThan(60_000)
    expect(await row('applications', app.id)).toMatchObject({
      status: 'info_requested',
      info_due_on: daysFromToday(14),
      info_request: 'Welke zaal huurt u?',
      decision_due_on: dueBefore,
    })
    const { results } = await env.DB.prepare(
      `SELECT actor_type, actor_id, network_id, changes FROM audit_log
        WHERE entity = 'applications' AND entity_id = ? AND action = 'request-info'`,
    )
      .bind(app.id)
      .all<{ actor_type: string; actor_id: number; network_id: number; changes: string }>()
    expect(results).toHaveLength(1)
    expect(results[0]).toMatchObject({
      actor_type: 'user',
      actor_id: coordinator.user.id,
      network_id: plan.networkId,
    })
    expect(JSON.parse(results[0].changes)).toMatchObject({
      status: ['submitted', 'info_requested'],
      infoRequest: [null, 'Welke zaal huurt u?'],
    })
  })

  it.each([1, 30, 90, null])('takes a term of %s days (none: 14)', async (days) => {
    const plan = await createOpenPlan()
    const app = await submitted(plan)
    const coordinator = await loginAs('coordinator', [plan.networkId])
    const res = await requestInfo(coordinator, app.id, { message: 'Graag de offerte.', days })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.infoDueOn).toBe(daysFromToday(days ?? 14))
  })

  it('lets an admin ask too', async () => {
    const plan = await createOpenPlan()
    const app = await submitted(plan)
    const admin = await loginAs('admin')
    const res = await requestInfo(admin, app.id, { message: 'Graag de offerte.' })
    expect(res.status).toBe(200)
    expect(res.body.iban).toBe('NL91 **** 4300')
  })

  it.each([
    ['no message', {}, 'message'],
    ['an empty message', { message: '   ' }, 'message'],
    ['a message over 2000 characters', { message: 'x'.repeat(2001) }, 'message'],
    ['a term of 0 days', { message: 'Graag.', days: 0 }, 'days'],
    ['a term of 91 days', { message: 'Graag.', days: 91 }, 'days'],
    ['a term in fractions of a day', { message: 'Graag.', days: 1.5 }, 'days'],
    ['a term as text', { message: 'Graag.', days: '14' }, 'days'],
  ])('refuses %s with 400 on the field, changing nothing', async (_what, body, field) => {
    const plan = await createOpenPlan()
    const app = await submitted(plan)
    const coordinator = await loginAs('coordinator', [plan.networkId])
    const before = await row('applications', app.id)
    const res = await requestInfo(coordinator, app.id, body)
    expect(res.status).toBe(400)
    expect(Object.keys(res.body.errors)).toEqual([field])
    expect(await row('applications', app.id)).toEqual(before)
  })

  it('refuses a body that is not JSON with 400', async () => {
    const plan = await createOpenPlan()
    const app = await submitted(plan)
    const coordinator = await loginAs('coordinator', [plan.networkId])
    const res = await requestInfo(coordinator, app.id, '{"message": ')
    expect(res.status).toBe(400)
    expect((await row('applications', app.id))?.status).toBe('submitted')
  })

  it.each(['reviewer', 'finance'] as const)(
    'refuses a %s of the network with 403',
    async (role) => {
      const plan = await createOpenPlan()
      const app = await submitted(plan)
      const session = await loginAs(role, [plan.networkId])
      const before = await row('applications', app.id)
      const res = await requestInfo(session, app.id, { message: 'Graag de offerte.' })
      expect(res.status).toBe(403)
      expect(res.body).toEqual({ message: message('forbidden') })
      expect(await row('applications', app.id)).toEqual(before)
    },
  )

  it('answers 404 to a coordinator of another network, and for a draft', async () => {
    const plan = await createOpenPlan()
    const app = await submitted(plan)
    const draft = await applyFor(plan)
    const outsider = await loginAs('coordinator', [(await createOpenPlan()).networkId])
    const before = await row('applications', app.id)
    const res = await requestInfo(outsider, app.id, { message: 'Graag de offerte.' })
    expect(res.status).toBe(404)
    expect(await row('applications', app.id)).toEqual(before)
    const admin = await loginAs('admin')
    const onDraft = await requestInfo(admin, draft.id, { message: 'Graag de offerte.' })
    expect(onDraft.status).toBe(404)
    expect((await row('applications', draft.id))?.status).toBe('draft')
    const missing = await requestInfo(admin, 2_000_000_000, { message: 'Graag de offerte.' })
    expect(missing.status).toBe(404)
  })

  it.each(['info_requested', 'awarded', 'rejected', 'withdrawn', 'settled'])(
    'refuses with 409 when the application is %s',
    async (status) => {
      const plan = await createOpenPlan()
      const app = await submitted(plan)
      const coordinator = await loginAs('coordinator', [plan.networkId])
      if (status === 'info_requested') {
        expect((await requestInfo(coordinator, app.id, { message: 'Eerste vraag.' })).status).toBe(
          200,
        )
      } else {
        await setApplicationStatus(app.id, status)
      }
      const before = await row('applications', app.id)
      const res = await requestInfo(coordinator, app.id, { message: 'Nog een vraag.' })
      expect(res.status).toBe(409)
      expect(res.body).toEqual({
        message: message('applicationTransition', {
          from: { applicationStatus: status },
          to: { applicationStatus: 'info_requested' },
        }),
      })
      expect(await row('applications', app.id)).toEqual(before)
    },
  )

  it('answers 401 without a session', async () => {
    const plan = await createOpenPlan()
    const app = await submitted(plan)
    const res = await api(`/applications/${app.id}/request-info`, { body: { message: 'Graag.' } })
    expect(res.status).toBe(401)
  })
})

describe('staff never write applications directly', () => {
  it.each(ROLES)('refuses create, update and delete to %s with 403', async (role) => {
    const plan = await createOpenPlan()
    const app = await submitted(plan)
    const session = await loginAs(role, [plan.networkId])
    const before = await row('applications', app.id)
    const count = () => env.DB.prepare('SELECT count(*) AS n FROM applications').first<number>('n')
    const total = await count()
    const title = unique('Door personeel')
    const answers = [
      await api('/applications', {
        cookie: session.cookie,
        body: { planId: plan.planId, title, status: 'submitted' },
      }),
      await api(`/applications/${app.id}`, {
        cookie: session.cookie,
        method: 'PUT',
        body: { title, status: 'awarded' },
      }),
      await api(`/applications/${app.id}`, { cookie: session.cookie, method: 'DELETE' }),
    ]
    for (const res of answers) {
      expect(res.status).toBe(403)
      expect(res.body).toEqual({ message: message('forbidden') })
    }
    expect(await row('applications', app.id)).toEqual(before)
    expect(await count()).toBe(total)
  })
})
