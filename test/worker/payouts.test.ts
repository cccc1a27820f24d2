import { beforeAll, describe, expect, it } from 'vitest'
import {
  type Session,
  TEST_IBAN,
  api,
  applyFor,
  createAwardedApplicationRow,
  createBatchRow,
  createNetwork,
  createOpenPlan,
  createPayoutRow,
  createPlan,
  criteriaOf,
  daysFromToday,
  insertSubmittedReview,
  loginAs,
  row,
  scoresFor,
  seatedUser,
} from './helpers'

const ids = (res: { body: { id: number }[] }) => res.body.map((p) => p.id)

/** The payouts of one network a user may list, with the given list parameters. */
function listOf(session: Session, networkId: number, query: Record<string, unknown> = {}) {
  const { filter, ...rest } = query as { filter?: Record<string, unknown> }
  return api('/payouts', {
    cookie: session.cookie,
    query: { range: [0, 99], ...rest, filter: { networkId, ...filter } },
  })
}

describe('payouts scheduled by an award', () => {
  it('lists them with the reference and title of their application', async () => {
    const plan = await createOpenPlan()
    const residents = []
    for (let i = 0; i < 3; i++) residents.push(await seatedUser(plan.networkId, 'resident'))
    const coordinator = await seatedUser(plan.networkId, 'professional', 'coordinator')
    const application = await applyFor(plan, { submit: true })
    const criteria = await criteriaOf(plan.planId)
    await insertSubmittedReview(application.id, residents[0].user.id, scoresFor(criteria, [3, 4]))
    const decided = await api('/decisions', {
      cookie: coordinator.cookie,
      body: {
        applicationId: application.id,
        outcome: 'awarded',
        amountCents: 50_000,
        motivation: 'Past goed bij het jaarplan.',
        presentMemberIds: residents.map((r) => r.seat),
        votesFor: 3,
        votesAgainst: 0,
        abstentions: 0,
      },
    })
    expect(decided.status, JSON.stringify(decided.body)).toBe(201)
    const stored = await row('applications', application.id)

    const res = await api('/payouts', {
      cookie: coordinator.cookie,
      query: { filter: { applicationId: application.id } },
    })
    expect(res.status).toBe(200)
    expect(res.body).toEqual([
      {
        id: expect.any(Number),
        applicationId: application.id,
        networkId: plan.networkId,
        planId: plan.planId,
        number: 1,
        kind: 'advance',
        amountCents: 50_000,
        dueOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        status: 'scheduled',
        batchId: null,
        paidOn: null,
        endToEndId: `${stored?.reference}-1`,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        reference: stored?.reference,
        title: application.title,
      },
    ])

    const finance = await loginAs('finance')
    const paid = await api(`/payouts/${res.body[0].id}`, { cookie: finance.cookie })
    expect(paid.body).toMatchObject({
      creditorName: 'Buurtgroep De Linde',
      creditorIban: 'NL91 **** 4300',
    })
    expect(stored?.iban).toBe(TEST_IBAN)
  })
})

describe('who reads payouts, and which fields', () => {
  let own: number
  let other: number
  let ownPayout: number
  let otherPayout: number
  const sessions = {} as Record<'admin' | 'coordinator' | 'reviewer' | 'finance', Session>

  beforeAll(async () => {
    ;[own, other] = [await createNetwork(), await createNetwork()]
    ownPayout = await createPayoutRow(own)
    otherPayout = await createPayoutRow(other)
    sessions.admin = await loginAs('admin')
    sessions.finance = await loginAs('finance')
    sessions.coordinator = await loginAs('coordinator', [own])
    sessions.reviewer = await loginAs('reviewer', [own])
  })

  it.each(['admin', 'finance'] as const)(
    'shows %s the creditor, with the IBAN masked',
    async (role) => {
      const application = await row(
        'applications',
        Number((await row('payouts', ownPayout))?.application_id),
      )
      const one = await api(`/payouts/${ownPayout}`, { cookie: sessions[role].cookie })
      expect(one.status).toBe(200)
      expect(one.body.creditorName).toBe(application?.account_holder)
      expect(one.body.creditorIban).toBe('NL91 **** 4300')
      const list = await listOf(sessions[role], own)
      expect(list.body[0]).toMatchObject({
        creditorName: application?.account_holder,
        creditorIban: 'NL91 **** 4300',
      })
      expect(JSON.stringify([one.body, list.body])).not.toContain(TEST_IBAN)
    },
  )

  it('never sends a coordinator the creditor, in the list or the record', async () => {
    const list = await listOf(sessions.coordinator, own)
    expect(ids(list)).toEqual([ownPayout])
    const one = await api(`/payouts/${ownPayout}`, { cookie: sessions.coordinator.cookie })
    for (const record of [list.body[0], one.body]) {
      expect(record).not.toHaveProperty('creditorName')
      expect(record).not.toHaveProperty('creditorIban')
      expect(record.reference).toMatch(/^BK-/)
    }
    expect(JSON.stringify(list.body)).not.toContain(TEST_IBAN)
  })

  it("keeps other networks' payouts from a coordinator: 404, and absent from lists and sums", async () => {
    const session = sessions.coordinator
    expect((await api(`/payouts/${otherPayout}`, { cookie: session.cookie })).status).toBe(404)
    const named = await api('/payouts', {
      cookie: session.cookie,
      query: { filter: { id: [ownPayout, otherPayout] } },
    })
    expect(ids(named)).toEqual([ownPayout])
    const everything = await api('/payouts', { cookie: session.cookie, query: { range: [0, 499] } })
    expect(everything.body.every((p: { networkId: number }) => p.networkId === own)).toBe(true)
    const sums = await api('/payouts/sums', {
      cookie: session.cookie,
      query: { filter: { networkId: [own, other] } },
    })
    expect(sums.body).toMatchObject({ count: 1, totalCents: 10_000 })
  })

  it('lets finance and admins read every network', async () => {
    for (const role of ['admin', 'finance'] as const) {
      const res = await api('/payouts', {
        cookie: sessions[role].cookie,
        query: { filter: { id: [ownPayout, otherPayout] }, sort: ['id', 'ASC'] },
      })
      expect(ids(res)).toEqual([ownPayout, otherPayout])
    }
  })

  it('refuses reviewers the list, the record and the sums', async () => {
    const cookie = sessions.reviewer.cookie
    for (const path of ['/payouts', `/payouts/${ownPayout}`, '/payouts/sums']) {
      const res = await api(path, { cookie })
      expect(res.status, path).toBe(403)
    }
  })

  it('writes nothing through the generic routes, for any role', async () => {
    for (const session of Object.values(sessions)) {
      const created = await api('/payouts', { cookie: session.cookie, body: { amountCents: 1 } })
      const updated = await api(`/payouts/${ownPayout}`, {
        cookie: session.cookie,
        method: 'PUT',
        body: { amountCents: 1 },
      })
      const deleted = await api(`/payouts/${ownPayout}`, {
        cookie: session.cookie,
        method: 'DELETE',
      })
      expect([created.status, updated.status, deleted.status]).toEqual([403, 403, 403])
    }
    expect((await row('payouts', ownPayout))?.amount_cents).toBe(10_000)
  })
})

describe('filtering, sorting and summing', () => {
  let finance: Session
  let networkId: number
  let planA: number
  let planB: number
  let batchId: number
  const p = {} as Record<
    'early' | 'today' | 'late' | 'installment' | 'reclaim' | 'paid' | 'cancelled' | 'batched',
    number
  >

  beforeAll(async () => {
    finance = await loginAs('finance')
    networkId = await createNetwork()
    planA = await createPlan(networkId)
    planB = await createPlan(networkId)
    const appA = await createAwardedApplicationRow(networkId, { planId: planA })
    const appB = await createAwardedApplicationRow(networkId, { planId: planB })
    p.early = await createPayoutRow(networkId, {
      applicationId: appA,
      dueOn: daysFromToday(-10),
      amountCents: 12_345,
    })
    p.today = await createPayoutRow(networkId, {
      applicationId: appA,
      dueOn: daysFromToday(0),
      amountCents: 20_000,
      kind: 'installment',
    })
    p.late = await createPayoutRow(networkId, {
      applicationId: appB,
      dueOn: daysFromToday(30),
      amountCents: 30_000,
    })
    p.installment = await createPayoutRow(networkId, {
      applicationId: appB,
      dueOn: daysFromToday(31),
      amountCents: 5_000,
      kind: 'installment',
    })
    p.reclaim = await createPayoutRow(networkId, {
      applicationId: appB,
      dueOn: daysFromToday(-3),
      amountCents: -7_500,
      kind: 'reclaim',
    })
    p.paid = await createPayoutRow(networkId, {
      applicationId: appA,
      dueOn: daysFromToday(-20),
      amountCents: 40_000,
      status: 'paid',
    })
    p.cancelled = await createPayoutRow(networkId, {
      applicationId: appA,
      dueOn: daysFromToday(-5),
      amountCents: 1_000,
      status: 'cancelled',
    })
    p.batched = await createPayoutRow(networkId, {
      applicationId: appB,
      dueOn: daysFromToday(-1),
      amountCents: 2_500,
    })
    batchId = await createBatchRow([p.batched])
  })

  const filtered = async (filter: Record<string, unknown>, sort?: [string, string]) => {
    const res = await listOf(finance, networkId, { filter, ...(sort ? { sort } : {}) })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    return ids(res)
  }

  it('sorts by due date, earliest first, unless told otherwise', async () => {
    expect(await filtered({})).toEqual([
      p.paid,
      p.early,
      p.cancelled,
      p.reclaim,
      p.batched,
      p.today,
      p.late,
      p.installment,
    ])
    expect(await filtered({}, ['amountCents', 'DESC'])).toEqual([
      p.paid,
      p.late,
      p.today,
      p.early,
      p.installment,
      p.batched,
      p.cancelled,
      p.reclaim,
    ])
    expect(await filtered({}, ['id', 'DESC'])).toEqual(Object.values(p).sort((a, b) => b - a))
  })

  it('filters on status, one or several', async () => {
    expect(await filtered({ status: 'paid' })).toEqual([p.paid])
    expect(await filtered({ status: ['batched', 'cancelled'] })).toEqual([p.cancelled, p.batched])
  })

  it('filters on due dates, both bounds inclusive', async () => {
    expect(await filtered({ dueOn_lte: daysFromToday(0), status: 'scheduled' })).toEqual([
      p.early,
      p.reclaim,
      p.today,
    ])
    expect(await filtered({ dueOn_gte: daysFromToday(0) })).toEqual([
      p.today,
      p.late,
      p.installment,
    ])
    expect(await filtered({ dueOn_gte: daysFromToday(-5), dueOn_lte: daysFromToday(-1) })).toEqual([
      p.cancelled,
      p.reclaim,
      p.batched,
    ])
  })

  it('filters on plan, application, batch and kind', async () => {
    expect(await filtered({ planId: planB })).toEqual([p.reclaim, p.batched, p.late, p.installment])
    const appA = Number((await row('payouts', p.early))?.application_id)
    expect(await filtered({ applicationId: appA })).toEqual([p.paid, p.early, p.cancelled, p.today])
    expect(await filtered({ batchId })).toEqual([p.batched])
    expect(await filtered({ kind: 'installment' })).toEqual([p.today, p.installment])
    expect(await filtered({ kind: ['reclaim', 'installment'] })).toEqual([
      p.reclaim,
      p.today,
      p.installment,
    ])
  })

  it('refuses unknown and malformed filters and sorts with 400', async () => {
    const bad = [
      { filter: { status: 'lost' } },
      { filter: { kind: 'gift' } },
      { filter: { dueOn_lte: 'gisteren' } },
      { filter: { iban: TEST_IBAN } },
      { filter: { q: 'BK' } },
      { sort: ['title', 'ASC'] },
      { sort: ['creditorIban', 'ASC'] },
    ]
    for (const query of bad) {
      const res = await listOf(finance, networkId, query)
      expect(res.status, JSON.stringify(query)).toBe(400)
    }
  })

  it('sums the filtered set in total and per status', async () => {
    const res = await api('/payouts/sums', {
      cookie: finance.cookie,
      query: { filter: { networkId } },
    })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      count: 8,
      // 12,345 + 20,000 + 30,000 + 5,000 − 7,500 + 40,000 + 1,000 + 2,500
      totalCents: 103_345,
      byStatus: {
        scheduled: { count: 5, totalCents: 59_845 },
        batched: { count: 1, totalCents: 2_500 },
        paid: { count: 1, totalCents: 40_000 },
        cancelled: { count: 1, totalCents: 1_000 },
      },
    })
  })

  it('sums exactly what the list with the same filter holds', async () => {
    const filter = { networkId, status: ['scheduled', 'batched'], dueOn_lte: daysFromToday(0) }
    const list = await listOf(finance, networkId, { filter })
    const sums = await api('/payouts/sums', { cookie: finance.cookie, query: { filter } })
    expect(list.headers.get('content-range')).toBe(`payouts 0-3/4`)
    expect(sums.body).toEqual({
      count: 4,
      totalCents: 12_345 + 20_000 - 7_500 + 2_500,
      byStatus: {
        scheduled: { count: 3, totalCents: 24_845 },
        batched: { count: 1, totalCents: 2_500 },
        paid: { count: 0, totalCents: 0 },
        cancelled: { count: 0, totalCents: 0 },
      },
    })
    const listed = list.body.reduce(
      (sum: number, x: { amountCents: number }) => sum + x.amountCents,
      0,
    )
    expect(listed).toBe(sums.body.totalCents)
  })

  it('answers zeros for an empty set, and 400 for a bad filter', async () => {
    const none = await api('/payouts/sums', {
      cookie: finance.cookie,
      query: { filter: { networkId, dueOn_gte: daysFromToday(400) } },
    })
    expect(none.body).toMatchObject({ count: 0, totalCents: 0 })
    const bad = await api('/payouts/sums', {
      cookie: finance.cookie,
      query: { filter: { networkId, status: 'lost' } },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors).toHaveProperty('status')
  })
})
