import { env } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import { addDays } from '../../worker/domain/decision-due'
import {
  type Session,
  TEST_IBAN,
  addSeat,
  api,
  createApplicationRow,
  createBatchRow,
  createNetwork,
  createPayoutRow,
  createPlan,
  createPriority,
  createUser,
  daysFromToday,
  loginAs,
  unique,
} from './helpers'

// Every figure below is computed by hand from the data this file creates once (each test file has
// its own database), so the widgets that span all networks can be checked exactly too.

const today = daysFromToday(0)
const monday = addDays(today, -((new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7))
const sunday = addDays(monday, 6)

interface AppOptions {
  status: string
  priorities: number[]
  /** Days from today to the decision's last day. */
  dueIn?: number
  awardedCents?: number
  settledCents?: number
  withoutAccount?: boolean
}

let decider: number

async function run(query: string, ...values: unknown[]) {
  await env.DB.prepare(query)
    .bind(...values)
    .run()
}

/** An application of the plan as the earlier steps would have left it, with its decision. */
async function application(networkId: number, planId: number, o: AppOptions): Promise<number> {
  const id = await createApplicationRow(networkId, { planId, status: o.status })
  await run(
    `UPDATE applications SET reference = ?, iban = ?, account_holder = ?, decision_due_on = ?
      WHERE id = ?`,
    unique('BK'),
    o.withoutAccount ? null : TEST_IBAN,
    o.withoutAccount ? null : unique('Stichting'),
    o.dueIn === undefined ? null : daysFromToday(o.dueIn),
    id,
  )
  for (const priority of o.priorities) {
    await run(
      'INSERT INTO application_priorities (application_id, priority_id) VALUES (?, ?)',
      id,
      priority,
    )
  }
  if (o.status === 'rejected' || o.awardedCents !== undefined) {
    await run(
      `INSERT INTO decisions (application_id, network_id, plan_id, outcome, amount_cents,
        motivation, decided_on, objection_deadline, votes_for, votes_against, abstentions,
        decided_by) VALUES (?, ?, ?, ?, ?, 'Besloten', ?, ?, 3, 0, 0, ?)`,
      id,
      networkId,
      planId,
      o.awardedCents === undefined ? 'rejected' : 'awarded',
      o.awardedCents ?? 0,
      daysFromToday(-60),
      daysFromToday(-18),
      decider,
    )
  }
  if (o.status === 'reported' || o.status === 'settled') {
    await run(
      `INSERT INTO reports (application_id, network_id, narrative, participants_reached,
        actual_costs_cents, submitted_at, settled_cents, settled_on)
        VALUES (?, ?, 'Het ging goed.', 40, ?, ?, ?, ?)`,
      id,
      networkId,
      o.settledCents ?? o.awardedCents,
      new Date().toISOString(),
      o.settledCents ?? null,
      o.settledCents === undefined ? null : today,
    )
  }
  return id
}

async function review(
  applicationId: number,
  reviewerId: number,
  status: 'draft' | 'submitted',
  conflict = false,
) {
  await run(
    `INSERT INTO reviews (application_id, network_id, reviewer_id, conflict_of_interest, status,
      total) SELECT id, network_id, ?, ?, ?, ? FROM applications WHERE id = ?`,
    reviewerId,
    conflict ? 1 : 0,
    status,
    conflict ? null : 75,
    applicationId,
  )
}

/** A reviewer with a seat in the network; an inactive one is no longer on the panel. */
async function reviewer(networkId: number, active = true): Promise<number> {
  const user = await createUser('reviewer', { active })
  await addSeat(networkId, user.id)
  return user.id
}

const A = {} as { network: number; plan: number; plan2027: number; priorities: number[] }
const B = {} as { network: number; plan: number; priority: number }
const apps = {} as Record<string, number>
const payoutIds = {} as Record<string, number>
const batches = {} as { open: number; exported: number }
const sessions = {} as Record<'admin' | 'finance' | 'reviewer' | 'coordinatorA', Session>

beforeAll(async () => {
  decider = (await createUser('coordinator')).id
  A.network = await createNetwork()
  A.plan = await createPlan(A.network, { status: 'open', year: 2026, budgetCents: 1_000_000 })
  A.plan2027 = await createPlan(A.network, { year: 2027, budgetCents: 300_000 })
  A.priorities = [
    await createPriority(A.plan, 'Ontmoeting'),
    await createPriority(A.plan, 'Eenzaamheid'),
    await createPriority(A.plan, 'Jongeren'),
  ]
  const [A1, A2, A3] = A.priorities
  B.network = await createNetwork()
  B.plan = await createPlan(B.network, { status: 'open', year: 2026, budgetCents: 500_000 })
  B.priority = await createPriority(B.plan, 'Groen')

  const inA = (o: AppOptions) => application(A.network, A.plan, o)
  apps.a1 = await inA({ status: 'submitted', priorities: [A1], dueIn: -3 })
  apps.a2 = await inA({ status: 'submitted', priorities: [A1, A2], dueIn: 14 })
  apps.a3 = await inA({ status: 'submitted', priorities: [A2], dueIn: 15 })
  // Waiting for the applicant: the decision clock stands still, so it is never due.
  apps.a4 = await inA({ status: 'info_requested', priorities: [A3], dueIn: -10 })
  apps.a5 = await inA({ status: 'awarded', priorities: [A1, A2], awardedCents: 100_001 })
  apps.a6 = await inA({ status: 'rejected', priorities: [A3] })
  apps.a7 = await inA({
    status: 'settled',
    priorities: [A1, A2, A3],
    awardedCents: 90_000,
    settledCents: 60_001,
  })
  apps.a8 = await inA({ status: 'awarded', priorities: [A3], awardedCents: 200_000 })
  apps.a9 = await inA({ status: 'reported', priorities: [A2], awardedCents: 50_000 })
  apps.a10 = await inA({ status: 'withdrawn', priorities: [A1] })
  apps.a11 = await inA({ status: 'draft', priorities: [A1] })
  apps.a12 = await inA({
    status: 'awarded',
    priorities: [A1],
    awardedCents: 20_000,
    withoutAccount: true,
  })
  apps.a13 = await inA({ status: 'awarded', priorities: [A2], awardedCents: 30_000 })
  // The plan's total as deciding and settling keep it: a7 counts at its settled amount.
  await run(
    'UPDATE plans SET awarded_cents = ? WHERE id = ?',
    100_001 + 60_001 + 200_000 + 50_000 + 20_000 + 30_000,
    A.plan,
  )
  await run(
    `INSERT INTO bank_changes (application_id, network_id, iban, account_holder, requested_by)
      VALUES (?, ?, ?, 'Nieuwe houder', ?)`,
    apps.a13,
    A.network,
    'NL02ABNA0123456789',
    (await createUser('finance')).id,
  )

  const inB = (o: AppOptions) => application(B.network, B.plan, o)
  apps.b1 = await inB({ status: 'submitted', priorities: [B.priority], dueIn: -1 })
  apps.b2 = await inB({ status: 'awarded', priorities: [B.priority], awardedCents: 40_000 })
  await run('UPDATE plans SET awarded_cents = 40000 WHERE id = ?', B.plan)

  const payout = (networkId: number, applicationId: number, o: object) =>
    createPayoutRow(networkId, { applicationId, ...o })
  await payout(A.network, apps.a5, { amountCents: 100_001, status: 'paid', dueOn: monday })
  await payout(A.network, apps.a7, { amountCents: 90_000, status: 'paid', dueOn: monday })
  payoutIds.reclaim = await payout(A.network, apps.a7, { kind: 'reclaim', amountCents: -29_999 })
  payoutIds.a8ThisWeek = await payout(A.network, apps.a8, { amountCents: 95_000, dueOn: today })
  payoutIds.a8Later = await payout(A.network, apps.a8, {
    kind: 'installment',
    amountCents: 95_000,
    dueOn: addDays(monday, 8),
  })
  const a9Advance = await payout(A.network, apps.a9, { amountCents: 50_000, dueOn: monday })
  payoutIds.a12Late = await payout(A.network, apps.a12, {
    amountCents: 20_000,
    dueOn: addDays(monday, -3),
  })
  payoutIds.a13NextWeek = await payout(A.network, apps.a13, {
    amountCents: 30_000,
    dueOn: addDays(monday, 10),
  })
  payoutIds.b2ThisWeek = await payout(B.network, apps.b2, { amountCents: 20_000, dueOn: sunday })
  const b2Exported = await payout(B.network, apps.b2, {
    kind: 'installment',
    amountCents: 20_000,
    dueOn: monday,
  })
  // A cancelled payout is never due.
  await payout(B.network, apps.b2, { amountCents: 7_000, status: 'cancelled', dueOn: today })
  batches.open = await createBatchRow([a9Advance], { status: 'open' })
  batches.exported = await createBatchRow([b2Exported], { status: 'exported' })
  await createBatchRow([], { status: 'paid' })

  const [r1, r2, r3] = [
    await reviewer(A.network),
    await reviewer(A.network),
    await reviewer(A.network),
  ]
  await reviewer(A.network, false)
  await review(apps.a1, r1, 'submitted')
  await review(apps.a2, r1, 'submitted')
  await review(apps.a1, r2, 'draft')
  await review(apps.a3, r3, 'submitted', true)
  // Reviews of applications no longer under review do not count.
  await review(apps.a5, r1, 'submitted')
  await review(apps.b1, await reviewer(B.network), 'submitted')

  sessions.admin = await loginAs('admin')
  sessions.finance = await loginAs('finance')
  // Without a seat: one would change that network's panel.
  sessions.reviewer = await loginAs('reviewer')
  sessions.coordinatorA = await loginAs('coordinator', [A.network])
})

const get = (session: Session, widget: string, query: Record<string, unknown> = {}) =>
  api(`/dashboard/${widget}`, { cookie: session.cookie, query })

describe('budget per network and plan', () => {
  it('gives ceiling, awarded, paid, reclaims, settled and remaining of each plan', async () => {
    const res = await get(sessions.coordinatorA, 'budget', { year: 2026 })
    expect(res.status).toBe(200)
    expect(res.body).toEqual([
      {
        planId: A.plan,
        planTitle: expect.any(String),
        year: 2026,
        planStatus: 'open',
        networkId: A.network,
        networkName: expect.any(String),
        budgetCents: 1_000_000,
        awardedCents: 460_002,
        paidCents: 190_001,
        reclaimCents: 29_999,
        settledCents: 60_001,
        remainingCents: 539_998,
      },
    ])
  })

  it('gives a coordinator all plans of their own networks only', async () => {
    const res = await get(sessions.coordinatorA, 'budget')
    expect(res.body.map((p: { planId: number }) => p.planId)).toEqual([A.plan2027, A.plan])
    expect(res.body[0]).toMatchObject({
      budgetCents: 300_000,
      awardedCents: 0,
      paidCents: 0,
      reclaimCents: 0,
      settledCents: 0,
      remainingCents: 300_000,
    })
  })

  it('lets the admin narrow all networks to one network, plan or year', async () => {
    const byNetwork = await get(sessions.admin, 'budget', { networkId: B.network })
    expect(byNetwork.body).toEqual([
      expect.objectContaining({
        planId: B.plan,
        budgetCents: 500_000,
        awardedCents: 40_000,
        paidCents: 0,
        remainingCents: 460_000,
      }),
    ])
    const byPlan = await get(sessions.admin, 'budget', { planId: A.plan2027 })
    expect(byPlan.body.map((p: { planId: number }) => p.planId)).toEqual([A.plan2027])
    const byYear = await get(sessions.admin, 'budget', { year: 2027 })
    expect(byYear.body.map((p: { planId: number }) => p.planId)).toEqual([A.plan2027])
    const all = await get(sessions.admin, 'budget')
    expect(all.body.map((p: { planId: number }) => p.planId).sort()).toEqual(
      [A.plan, A.plan2027, B.plan].sort(),
    )
  })
})

describe('awarded per priority', () => {
  it('splits an award over its priorities in whole cents, the remainder to the first', async () => {
    const res = await get(sessions.coordinatorA, 'priorities', { planId: A.plan })
    expect(res.status).toBe(200)
    const [A1, A2, A3] = A.priorities
    // a5 (100,001 over A1, A2) gives 50,001 + 50,000; a7 counts at its settled 60,001 over three
    // priorities: 20,001 + 20,000 + 20,000. Withdrawn and draft applications are not counted.
    expect(res.body).toEqual([
      {
        planId: A.plan,
        priorityId: A1,
        title: 'Ontmoeting',
        applicationCount: 5,
        awardedCount: 3,
        awardedCents: 50_001 + 20_001 + 20_000,
      },
      {
        planId: A.plan,
        priorityId: A2,
        title: 'Eenzaamheid',
        applicationCount: 6,
        awardedCount: 4,
        awardedCents: 50_000 + 20_000 + 50_000 + 30_000,
      },
      {
        planId: A.plan,
        priorityId: A3,
        title: 'Jongeren',
        applicationCount: 4,
        awardedCount: 2,
        awardedCents: 20_000 + 200_000,
      },
    ])
    const total = res.body.reduce(
      (sum: number, p: { awardedCents: number }) => sum + p.awardedCents,
      0,
    )
    expect(total).toBe(460_002)
  })

  it('shows the coordinator no priority of another network', async () => {
    const res = await get(sessions.coordinatorA, 'priorities')
    expect(res.body.map((p: { priorityId: number }) => p.priorityId)).toEqual(A.priorities)
    const admin = await get(sessions.admin, 'priorities', { networkId: B.network })
    expect(admin.body).toEqual([
      {
        planId: B.plan,
        priorityId: B.priority,
        title: 'Groen',
        applicationCount: 2,
        awardedCount: 1,
        awardedCents: 40_000,
      },
    ])
  })
})

describe('pipeline', () => {
  it('counts the submitted applications per status of each plan', async () => {
    const res = await get(sessions.coordinatorA, 'pipeline')
    expect(res.status).toBe(200)
    const none = {
      submitted: 0,
      info_requested: 0,
      awarded: 0,
      rejected: 0,
      withdrawn: 0,
      reported: 0,
      settled: 0,
    }
    expect(res.body).toEqual([
      { planId: A.plan2027, counts: none },
      {
        planId: A.plan,
        counts: {
          submitted: 3,
          info_requested: 1,
          awarded: 4,
          rejected: 1,
          withdrawn: 1,
          reported: 1,
          settled: 1,
        },
      },
    ])
    const b = await get(sessions.admin, 'pipeline', { planId: B.plan })
    expect(b.body).toEqual([{ planId: B.plan, counts: { ...none, submitted: 1, awarded: 1 } }])
  })
})

describe('review progress', () => {
  it('sets submitted reviews against what the active panel owes', async () => {
    const res = await get(sessions.coordinatorA, 'review-progress', { planId: A.plan })
    expect(res.status).toBe(200)
    // Three active reviewers on three applications under review, one of them conflicted.
    expect(res.body).toEqual([
      {
        planId: A.plan,
        applications: 3,
        panelSize: 3,
        expected: 8,
        submitted: 2,
        drafts: 1,
        conflicted: 1,
      },
    ])
    const b = await get(sessions.admin, 'review-progress', { networkId: B.network })
    expect(b.body).toEqual([
      {
        planId: B.plan,
        applications: 1,
        panelSize: 1,
        expected: 1,
        submitted: 1,
        drafts: 0,
        conflicted: 0,
      },
    ])
  })
})

describe('decisions due', () => {
  it('counts overdue and due within 14 days, and lists the most urgent first', async () => {
    const res = await get(sessions.coordinatorA, 'decisions-due')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      overdue: 1,
      dueSoon: 1,
      first: [
        {
          id: apps.a1,
          reference: expect.any(String),
          title: expect.any(String),
          planId: A.plan,
          networkId: A.network,
          decisionDueOn: daysFromToday(-3),
          dueStatus: 'overdue',
        },
        expect.objectContaining({ id: apps.a2, dueStatus: 'dueSoon' }),
      ],
    })
  })

  it('covers every network for the admin', async () => {
    const res = await get(sessions.admin, 'decisions-due', { year: 2026 })
    expect(res.body.overdue).toBe(2)
    expect(res.body.dueSoon).toBe(1)
    expect(res.body.first.map((a: { id: number }) => a.id)).toEqual([apps.a1, apps.b1, apps.a2])
  })
})

describe('payouts due', () => {
  it('sums scheduled transfers late, due this week and next week', async () => {
    const res = await get(sessions.finance, 'payouts-due')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      today,
      late: { from: null, to: addDays(monday, -1), count: 1, totalCents: 20_000 },
      thisWeek: { from: monday, to: sunday, count: 2, totalCents: 95_000 + 20_000 },
      nextWeek: {
        from: addDays(monday, 7),
        to: addDays(monday, 13),
        count: 2,
        totalCents: 95_000 + 30_000,
      },
    })
  })

  it('narrows to one network or plan', async () => {
    const a = await get(sessions.admin, 'payouts-due', { networkId: A.network })
    expect(a.body.thisWeek).toMatchObject({ count: 1, totalCents: 95_000 })
    expect(a.body.nextWeek).toMatchObject({ count: 2, totalCents: 125_000 })
    const b = await get(sessions.finance, 'payouts-due', { planId: B.plan })
    expect(b.body.late).toMatchObject({ count: 0, totalCents: 0 })
    expect(b.body.thisWeek).toMatchObject({ count: 1, totalCents: 20_000 })
    expect(b.body.nextWeek).toMatchObject({ count: 0, totalCents: 0 })
  })
})

describe('held payouts', () => {
  it('counts transfers a batch leaves out, per reason, the earliest first', async () => {
    const res = await get(sessions.finance, 'held-payouts')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      count: 2,
      totalCents: 50_000,
      byReason: {
        noAccount: { count: 1, totalCents: 20_000 },
        pendingChange: { count: 1, totalCents: 30_000 },
      },
      first: [
        {
          id: payoutIds.a12Late,
          applicationId: apps.a12,
          reference: expect.any(String),
          title: expect.any(String),
          dueOn: addDays(monday, -3),
          amountCents: 20_000,
          reason: 'noAccount',
        },
        expect.objectContaining({ id: payoutIds.a13NextWeek, reason: 'pendingChange' }),
      ],
    })
    const b = await get(sessions.finance, 'held-payouts', { networkId: B.network })
    expect(b.body).toMatchObject({ count: 0, totalCents: 0, first: [] })
  })
})

describe('unpaid batches', () => {
  it('counts open and exported batches with their payouts and lists them, open first', async () => {
    const res = await get(sessions.finance, 'batches')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      open: { batches: 1, count: 1, totalCents: 50_000 },
      exported: { batches: 1, count: 1, totalCents: 20_000 },
      batches: [
        {
          id: batches.open,
          status: 'open',
          executionDate: expect.any(String),
          count: 1,
          totalCents: 50_000,
          exportedAt: null,
        },
        expect.objectContaining({ id: batches.exported, status: 'exported', totalCents: 20_000 }),
      ],
    })
  })
})

const STEERING = ['budget', 'priorities', 'pipeline', 'review-progress', 'decisions-due']
const PAYING = ['payouts-due', 'held-payouts', 'batches']

describe('who may read which widget', () => {
  it.each(STEERING)('%s: admin and coordinator, not reviewer or finance', async (widget) => {
    expect((await get(sessions.admin, widget)).status).toBe(200)
    expect((await get(sessions.coordinatorA, widget)).status).toBe(200)
    expect((await get(sessions.reviewer, widget)).status).toBe(403)
    expect((await get(sessions.finance, widget)).status).toBe(403)
    expect((await api(`/dashboard/${widget}`)).status).toBe(401)
  })

  it.each(PAYING)('%s: admin and finance, not coordinator or reviewer', async (widget) => {
    expect((await get(sessions.admin, widget)).status).toBe(200)
    expect((await get(sessions.finance, widget)).status).toBe(200)
    expect((await get(sessions.coordinatorA, widget)).status).toBe(403)
    expect((await get(sessions.reviewer, widget)).status).toBe(403)
    expect((await api(`/dashboard/${widget}`)).status).toBe(401)
  })

  it.each(STEERING)('%s: another network or its plan answers 404 to a coordinator', async (w) => {
    const network = await get(sessions.coordinatorA, w, { networkId: B.network })
    expect(network.status).toBe(404)
    expect(network.body).toEqual({ message: 'Niet gevonden.' })
    expect((await get(sessions.coordinatorA, w, { planId: B.plan })).status).toBe(404)
    expect((await get(sessions.admin, w, { planId: 999_999 })).status).toBe(404)
  })

  it('never gives a coordinator a figure of another network', async () => {
    const [budget, priorities, pipeline, progress, due] = await Promise.all(
      STEERING.map(async (w) => (await get(sessions.coordinatorA, w)).body),
    )
    for (const rows of [budget, priorities, pipeline, progress, due.first]) {
      for (const { planId } of rows as { planId: number }[]) {
        expect([A.plan, A.plan2027]).toContain(planId)
      }
    }
    expect(due.overdue).toBe(1)
  })
})

describe('bad input', () => {
  it('answers 400 with the field in Dutch, or in English when asked', async () => {
    const res = await get(sessions.admin, 'budget', { year: 'dit jaar', networkId: 0 })
    expect(res.status).toBe(400)
    expect(res.body).toEqual({
      message: 'Niet alle velden zijn goed ingevuld.',
      errors: { year: 'Deze waarde klopt niet.', networkId: 'Vul een getal van minstens 1 in.' },
    })
    const en = await api('/dashboard/payouts-due', {
      cookie: sessions.finance.cookie,
      query: { planId: 'x' },
      headers: { 'accept-language': 'en' },
    })
    expect(en.status).toBe(400)
    expect(en.body.message).toBe('Some fields are not filled in correctly.')
    expect(Object.keys(en.body.errors)).toEqual(['planId'])
  })
})
