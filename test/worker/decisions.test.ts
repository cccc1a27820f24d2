import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { type Message, translate } from '../../worker/lib/messages'
import {
  type Applied,
  type Seat,
  api,
  applyFor,
  auditOf,
  createOpenPlan,
  criteriaOf,
  daysFromToday,
  loginAs,
  row,
  scoresFor,
  seatedUser,
  insertSubmittedReview,
  setApplicationStatus,
} from './helpers'

/** The Dutch text the API answers for a message (no Accept-Language means Dutch). */
const message = (key: Message['key'], params?: Message['params']) =>
  translate('nl', { key, params })

/** An ISO date `days` after another, counted in whole UTC days. */
function plusDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

interface PanelOptions {
  budgetCents?: number
  residents?: number
  professionals?: number
}

/**
 * A network with an open plan, reviewers holding resident and professional seats, and a
 * coordinator with a professional seat (so 3 residents and the coordinator make 75% residents).
 */
async function panel(options: PanelOptions = {}) {
  const plan = await createOpenPlan({ budgetCents: options.budgetCents ?? 10_000_000 })
  const criteria = await criteriaOf(plan.planId)
  const residents: Seat[] = []
  for (let i = 0; i < (options.residents ?? 3); i++) {
    residents.push(await seatedUser(plan.networkId, 'resident'))
  }
  const professionals: Seat[] = []
  for (let i = 0; i < (options.professionals ?? 0); i++) {
    professionals.push(await seatedUser(plan.networkId, 'professional'))
  }
  const coordinator = await seatedUser(plan.networkId, 'professional', 'coordinator')
  return { plan, criteria, residents, professionals, coordinator }
}

type Panel = Awaited<ReturnType<typeof panel>>

/** A submitted application scored 85 by the first resident (60 × 3/4 + 40 × 4/4). */
async function scoredApplication(p: Panel, overrides: Record<string, unknown> = {}) {
  const application = await applyFor(p.plan, { submit: true, ...overrides })
  await insertSubmittedReview(application.id, p.residents[0].user.id, scoresFor(p.criteria, [3, 4]))
  return application
}

/** What a quorate meeting of three residents sends to award the €500 asked. */
function decisionBody(p: Panel, applicationId: number, overrides: Record<string, unknown> = {}) {
  return {
    applicationId,
    outcome: 'awarded',
    amountCents: 50_000,
    motivation: 'Het plan past bij de prioriteiten en heeft veel draagvlak.',
    presentMemberIds: p.residents.slice(0, 3).map((r) => r.seat),
    votesFor: 3,
    votesAgainst: 0,
    abstentions: 0,
    ...overrides,
  }
}

function decide(p: Panel, applicationId: number, overrides: Record<string, unknown> = {}) {
  return api('/decisions', {
    cookie: p.coordinator.cookie,
    body: decisionBody(p, applicationId, overrides),
  })
}

/** What a decision writes; a refused one must leave all of it as it was. */
async function stored(applicationId: number, planId: number) {
  const [application, plan, decisions, payouts] = await env.DB.batch<Record<string, unknown>>([
    env.DB.prepare('SELECT status FROM applications WHERE id = ?').bind(applicationId),
    env.DB.prepare('SELECT awarded_cents FROM plans WHERE id = ?').bind(planId),
    env.DB.prepare('SELECT count(*) AS n FROM decisions WHERE application_id = ?').bind(
      applicationId,
    ),
    env.DB.prepare('SELECT count(*) AS n FROM payouts WHERE application_id = ?').bind(
      applicationId,
    ),
  ])
  return {
    status: application.results[0].status,
    awardedCents: plan.results[0].awarded_cents,
    decisions: decisions.results[0].n,
    payouts: payouts.results[0].n,
  }
}

const untouched = { status: 'submitted', awardedCents: 0, decisions: 0, payouts: 0 }

async function expectRefused(
  p: Panel,
  applicationId: number,
  overrides: Record<string, unknown>,
  expected: Message,
) {
  const res = await decide(p, applicationId, overrides)
  expect(res.status, JSON.stringify(res.body)).toBe(409)
  expect(res.body).toEqual({ message: message(expected.key, expected.params) })
  return res
}

async function payoutsOf(applicationId: number) {
  const { results } = await env.DB.prepare(
    `SELECT number, kind, amount_cents, due_on, status, end_to_end_id, batch_id FROM payouts
      WHERE application_id = ? ORDER BY number`,
  )
    .bind(applicationId)
    .all()
  return results
}

describe('the panel must be able to decide', () => {
  it('refuses when the network has fewer than half residents', async () => {
    // 2 residents of 5 members (2 professional reviewers and the coordinator): 40%.
    const p = await panel({ residents: 2, professionals: 2 })
    const app = await scoredApplication(p)
    const present = [p.residents[0].seat, p.residents[1].seat, p.professionals[0].seat]
    await expectRefused(
      p,
      app.id,
      { presentMemberIds: present },
      { key: 'networkBelowResidentShare', params: { share: 40 } },
    )
    expect(await stored(app.id, p.plan.planId)).toEqual(untouched)
  })

  it('decides with exactly half residents in the network', async () => {
    // 2 residents, 1 professional reviewer and the coordinator: 50%.
    const p = await panel({ residents: 2, professionals: 1 })
    const app = await scoredApplication(p)
    const present = [p.residents[0].seat, p.residents[1].seat, p.professionals[0].seat]
    const res = await decide(p, app.id, { presentMemberIds: present })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
  })

  it('refuses while a member who declared a conflict is among those present', async () => {
    const p = await panel({ residents: 4 })
    const app = await scoredApplication(p)
    const declared = await api('/reviews', {
      cookie: p.residents[1].cookie,
      body: { applicationId: app.id, conflictOfInterest: true, conflictNote: 'Mijn dochter' },
    })
    expect(declared.status).toBe(201)
    await expectRefused(p, app.id, {}, { key: 'conflictedMemberPresent' })
    expect(await stored(app.id, p.plan.planId)).toEqual(untouched)
    // Without them the others decide.
    const present = [p.residents[0].seat, p.residents[2].seat, p.residents[3].seat]
    const res = await decide(p, app.id, { presentMemberIds: present })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
  })

  it('refuses with fewer than 3 present, counting a seat named twice once', async () => {
    const p = await panel()
    const app = await scoredApplication(p)
    const [a, b] = p.residents
    await expectRefused(
      p,
      app.id,
      { presentMemberIds: [a.seat, b.seat], votesFor: 2 },
      { key: 'quorumTooFew', params: { present: 2, min: 3 } },
    )
    await expectRefused(
      p,
      app.id,
      { presentMemberIds: [a.seat, b.seat, a.seat] },
      { key: 'quorumTooFew', params: { present: 2, min: 3 } },
    )
    expect(await stored(app.id, p.plan.planId)).toEqual(untouched)
  })

  it('refuses when residents are less than half of those present', async () => {
    // 3 residents of 6 members: the network may decide, but this meeting may not.
    const p = await panel({ residents: 3, professionals: 2 })
    const app = await scoredApplication(p)
    const present = [p.residents[0].seat, p.professionals[0].seat, p.professionals[1].seat]
    await expectRefused(
      p,
      app.id,
      { presentMemberIds: present },
      { key: 'quorumResidents', params: { residents: 1, present: 3 } },
    )
    expect(await stored(app.id, p.plan.planId)).toEqual(untouched)
    // Two of four present is half: enough.
    const half = [p.residents[0].seat, p.residents[1].seat, ...p.professionals.map((m) => m.seat)]
    const res = await decide(p, app.id, { presentMemberIds: half, votesFor: 4 })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
  })

  it('refuses votes that do not add up to those present', async () => {
    const p = await panel()
    const app = await scoredApplication(p)
    await expectRefused(
      p,
      app.id,
      { votesFor: 2 },
      { key: 'votesDoNotMatch', params: { votes: 2, present: 3 } },
    )
    await expectRefused(
      p,
      app.id,
      { votesFor: 3, abstentions: 1 },
      { key: 'votesDoNotMatch', params: { votes: 4, present: 3 } },
    )
    expect(await stored(app.id, p.plan.planId)).toEqual(untouched)
  })

  it('refuses an outcome the votes do not carry', async () => {
    const p = await panel()
    const app = await scoredApplication(p)
    await expectRefused(
      p,
      app.id,
      { votesFor: 1, votesAgainst: 1, abstentions: 1 },
      { key: 'noMajority', params: { for: 1, against: 1 } },
    )
    await expectRefused(
      p,
      app.id,
      { outcome: 'rejected', votesFor: 2, votesAgainst: 1 },
      { key: 'noMajority', params: { for: 2, against: 1 } },
    )
    expect(await stored(app.id, p.plan.planId)).toEqual(untouched)
    // A tie is a rejection.
    const tie = await decide(p, app.id, {
      outcome: 'rejected',
      votesFor: 1,
      votesAgainst: 1,
      abstentions: 1,
    })
    expect(tie.status, JSON.stringify(tie.body)).toBe(201)
  })
})

describe('the application must be decidable', () => {
  const labels = {
    info_requested: 'aanvulling gevraagd',
    awarded: 'toegekend',
    rejected: 'afgewezen',
    withdrawn: 'ingetrokken',
    reported: 'verantwoord',
    settled: 'vastgesteld',
  }
  it.each(Object.entries(labels))(
    'refuses an application that is %s, naming its status in Dutch',
    async (status, label) => {
      const p = await panel()
      const app = await scoredApplication(p)
      await setApplicationStatus(app.id, status)
      for (const outcome of ['awarded', 'rejected']) {
        const votes = outcome === 'awarded' ? {} : { votesFor: 0, votesAgainst: 3 }
        await expectRefused(
          p,
          app.id,
          { outcome, ...votes },
          { key: 'notDecidable', params: { status: label } },
        )
      }
      expect(await stored(app.id, p.plan.planId)).toMatchObject({
        status,
        decisions: 0,
        awardedCents: 0,
      })
    },
  )

  it('treats a draft as not there: it is the applicant’s own until it is handed in', async () => {
    const p = await panel()
    const draft = await applyFor(p.plan)
    const res = await decide(p, draft.id)
    const missing = await decide(p, 2_000_000_000)
    expect(res.status).toBe(400)
    expect(res.body).toEqual(missing.body)
    expect(res.body.errors).toEqual({ applicationId: message('notFound') })
    expect(await stored(draft.id, p.plan.planId)).toEqual({ ...untouched, status: 'draft' })
  })

  it('refuses a second decision on a decided application', async () => {
    const p = await panel()
    const app = await scoredApplication(p)
    expect((await decide(p, app.id)).status).toBe(201)
    await expectRefused(p, app.id, {}, { key: 'notDecidable', params: { status: 'toegekend' } })
    expect(await stored(app.id, p.plan.planId)).toEqual({
      status: 'awarded',
      awardedCents: 50_000,
      decisions: 1,
      payouts: 1,
    })
  })
})

describe('the award must fit the rules', () => {
  it('refuses more than was asked', async () => {
    const p = await panel()
    const app = await scoredApplication(p)
    await expectRefused(
      p,
      app.id,
      { amountCents: 50_001 },
      { key: 'awardAboveRequested', params: { requested: { cents: 50_000 } } },
    )
    expect(await stored(app.id, p.plan.planId)).toEqual(untouched)
  })

  it('refuses an award of nothing', async () => {
    const p = await panel()
    const app = await scoredApplication(p)
    await expectRefused(p, app.id, { amountCents: 0 }, { key: 'awardAmountRequired' })
    await expectRefused(p, app.id, { amountCents: undefined }, { key: 'awardAmountRequired' })
    expect(await stored(app.id, p.plan.planId)).toEqual(untouched)
  })

  it('refuses a partial award without a reason, and takes it with one', async () => {
    const p = await panel()
    const app = await scoredApplication(p)
    await expectRefused(p, app.id, { amountCents: 30_000 }, { key: 'partialReasonRequired' })
    await expectRefused(
      p,
      app.id,
      { amountCents: 30_000, partialReason: '   ' },
      { key: 'partialReasonRequired' },
    )
    expect(await stored(app.id, p.plan.planId)).toEqual(untouched)
    const res = await decide(p, app.id, {
      amountCents: 30_000,
      partialReason: 'De huur van de zaal betaalt de gemeente al.',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body).toMatchObject({
      amountCents: 30_000,
      partialReason: 'De huur van de zaal betaalt de gemeente al.',
    })
    expect(await payoutsOf(app.id)).toMatchObject([{ kind: 'advance', amount_cents: 30_000 }])
  })

  it('refuses an award without any submitted review (score null), but may reject', async () => {
    const p = await panel()
    const app = await applyFor(p.plan, { submit: true })
    // A draft review does not count.
    const draft = await api('/reviews', {
      cookie: p.residents[0].cookie,
      body: { applicationId: app.id, scores: scoresFor(p.criteria, [4, 4]) },
    })
    expect(draft.status).toBe(201)
    expect(await row('applications', app.id)).toMatchObject({ score: null })
    await expectRefused(p, app.id, {}, { key: 'belowMinimumScore', params: { minScore: 60 } })
    expect(await stored(app.id, p.plan.planId)).toEqual(untouched)
    const rejected = await decide(p, app.id, { outcome: 'rejected', votesFor: 0, votesAgainst: 3 })
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(201)
  })

  it('refuses an award below the plan’s minimum score and takes one at it', async () => {
    const p = await panel()
    const low = await applyFor(p.plan, { submit: true })
    // 60 × 2/4 + 40 × 2/4 = 50 and 60 × 3/4 + 40 × 2/4 = 65: mean 57.5.
    await insertSubmittedReview(low.id, p.residents[0].user.id, scoresFor(p.criteria, [2, 2]))
    await insertSubmittedReview(low.id, p.residents[1].user.id, scoresFor(p.criteria, [3, 2]))
    expect(await row('applications', low.id)).toMatchObject({ score: 57.5 })
    await expectRefused(p, low.id, {}, { key: 'belowMinimumScore', params: { minScore: 60 } })
    // 60 × 4/4 + 40 × 0/4 = 60 exactly.
    const atMinimum = await applyFor(p.plan, { submit: true })
    await insertSubmittedReview(atMinimum.id, p.residents[0].user.id, scoresFor(p.criteria, [4, 0]))
    expect((await decide(p, atMinimum.id)).status).toBe(201)
  })

  it('refuses an award after a 0 on a knockout criterion, whatever the mean', async () => {
    const p = await panel()
    await env.DB.prepare('UPDATE criteria SET knockout = 1 WHERE id = ?').bind(p.criteria[1]).run()
    const app = await applyFor(p.plan, { submit: true })
    // Through the API: 60 × 4/4 + 40 × 0/4 = 60, and 100 from another: mean 80.
    for (const [reviewer, values] of [
      [p.residents[0], [4, 0]],
      [p.residents[1], [4, 4]],
    ] as const) {
      const res = await api('/reviews', {
        cookie: reviewer.cookie,
        body: { applicationId: app.id, scores: scoresFor(p.criteria, values), status: 'submitted' },
      })
      expect(res.status).toBe(201)
    }
    expect(await row('applications', app.id)).toMatchObject({ score: 80 })
    await expectRefused(p, app.id, {}, { key: 'belowMinimumScore', params: { minScore: 60 } })
    expect(await stored(app.id, p.plan.planId)).toEqual(untouched)
  })

  it('ignores a knockout 0 in a draft review', async () => {
    const p = await panel()
    await env.DB.prepare('UPDATE criteria SET knockout = 1 WHERE id = ?').bind(p.criteria[1]).run()
    const app = await scoredApplication(p)
    const draft = await api('/reviews', {
      cookie: p.residents[1].cookie,
      body: { applicationId: app.id, scores: scoresFor(p.criteria, [4, 0]) },
    })
    expect(draft.status).toBe(201)
    expect((await decide(p, app.id)).status).toBe(201)
  })

  it('refuses an award over the ceiling, saying what is left', async () => {
    const p = await panel({ budgetCents: 60_000 })
    const first = await scoredApplication(p)
    const second = await scoredApplication(p)
    expect((await decide(p, first.id)).status).toBe(201)
    await expectRefused(
      p,
      second.id,
      {},
      { key: 'ceilingExceeded', params: { remaining: { cents: 10_000 } } },
    )
    expect(await stored(second.id, p.plan.planId)).toEqual({ ...untouched, awardedCents: 50_000 })
    // What is left can still be given, with a reason for giving less.
    const rest = await decide(p, second.id, {
      amountCents: 10_000,
      partialReason: 'Meer is er niet in dit jaarplan.',
    })
    expect(rest.status, JSON.stringify(rest.body)).toBe(201)
    expect(await row('plans', p.plan.planId)).toMatchObject({ awarded_cents: 60_000 })
  })
})

describe('bad input', () => {
  it.each([
    ['motivation', { motivation: undefined }],
    ['motivation', { motivation: '' }],
    ['votesFor', { votesFor: -1 }],
    ['votesAgainst', { votesAgainst: 1.5 }],
    ['abstentions', { abstentions: undefined }],
    ['presentMemberIds', { presentMemberIds: [] }],
    ['outcome', { outcome: 'postponed' }],
    ['amountCents', { amountCents: -100 }],
    ['decidedOn', { decidedOn: '1 maart' }],
    ['applicationId', { applicationId: 'een' }],
  ])('answers 400 naming %s', async (field, overrides) => {
    const p = await panel()
    const app = await scoredApplication(p)
    const res = await decide(p, app.id, overrides)
    expect(res.status, JSON.stringify(res.body)).toBe(400)
    expect(Object.keys(res.body.errors)).toContain(field)
    expect(await stored(app.id, p.plan.planId)).toEqual(untouched)
  })

  it('refuses seats of another network as present', async () => {
    const p = await panel()
    const other = await panel()
    const app = await scoredApplication(p)
    const res = await decide(p, app.id, {
      presentMemberIds: [p.residents[0].seat, p.residents[1].seat, other.residents[0].seat],
    })
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual({ presentMemberIds: message('presentNotMember') })
    const missing = await decide(p, app.id, {
      presentMemberIds: [p.residents[0].seat, p.residents[1].seat, 2_000_000_000],
    })
    expect(missing.body).toEqual(res.body)
    expect(await stored(app.id, p.plan.planId)).toEqual(untouched)
  })

  it('refuses a decision dated in the future', async () => {
    const p = await panel()
    const app = await scoredApplication(p)
    const res = await decide(p, app.id, { decidedOn: daysFromToday(1) })
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual({ decidedOn: message('dateInFuture') })
    expect(await stored(app.id, p.plan.planId)).toEqual(untouched)
  })

  it('refuses a decision dated before the application was submitted', async () => {
    // Backdating would also put the objection deadline (Awb 6:7) and the advance in the past.
    const p = await panel()
    const app = await scoredApplication(p)
    const res = await decide(p, app.id, { decidedOn: daysFromToday(-400) })
    expect(res.status, JSON.stringify(res.body)).toBe(400)
    expect(Object.keys(res.body.errors)).toEqual(['decidedOn'])
    expect(await stored(app.id, p.plan.planId)).toEqual(untouched)
  })

  it('answers 400 for an application that does not exist', async () => {
    const p = await panel()
    const res = await decide(p, 2_000_000_000)
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual({ applicationId: message('notFound') })
  })
})

describe('who may decide', () => {
  it('refuses a coordinator of another network exactly as a missing application', async () => {
    const p = await panel()
    const app = await scoredApplication(p)
    const elsewhere = await panel()
    const body = decisionBody(p, app.id)
    const res = await api('/decisions', { cookie: elsewhere.coordinator.cookie, body })
    const missing = await api('/decisions', {
      cookie: elsewhere.coordinator.cookie,
      body: { ...body, applicationId: 2_000_000_000 },
    })
    expect(res.status).toBe(400)
    expect(res.body).toEqual(missing.body)
    expect(res.body.errors).toEqual({ applicationId: message('notFound') })
    expect(await stored(app.id, p.plan.planId)).toEqual(untouched)
  })

  it.each(['reviewer', 'finance'] as const)('refuses a %s (403)', async (role) => {
    const p = await panel()
    const app = await scoredApplication(p)
    const user = await loginAs(role, [p.plan.networkId])
    const res = await api('/decisions', { cookie: user.cookie, body: decisionBody(p, app.id) })
    expect(res.status).toBe(403)
    expect(res.body).toEqual({ message: message('forbidden') })
    expect(await stored(app.id, p.plan.planId)).toEqual(untouched)
  })

  it('lets an admin record a decision in any network', async () => {
    const p = await panel()
    const app = await scoredApplication(p)
    const admin = await loginAs('admin')
    const res = await api('/decisions', { cookie: admin.cookie, body: decisionBody(p, app.id) })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.decidedBy).toBe(admin.user.id)
  })

  it('never lets anyone change or delete a decision', async () => {
    const p = await panel()
    const app = await scoredApplication(p)
    const decided = await decide(p, app.id)
    const admin = await loginAs('admin')
    for (const cookie of [p.coordinator.cookie, admin.cookie]) {
      const put = await api(`/decisions/${decided.body.id}`, {
        cookie,
        method: 'PUT',
        body: { amountCents: 1 },
      })
      expect(put.status).toBe(403)
      const del = await api(`/decisions/${decided.body.id}`, { cookie, method: 'DELETE' })
      expect(del.status).toBe(403)
    }
    expect(await row('decisions', decided.body.id)).toMatchObject({ amount_cents: 50_000 })
  })

  it('shows a decision to every role within reach, and to nobody elsewhere', async () => {
    const p = await panel()
    const app = await scoredApplication(p)
    const decided = await decide(p, app.id)
    const path = `/decisions/${decided.body.id}`
    const readers = [
      p.coordinator,
      p.residents[0],
      await loginAs('finance'),
      await loginAs('admin'),
    ]
    for (const reader of readers) {
      const res = await api(path, { cookie: reader.cookie })
      expect(res.status).toBe(200)
      expect(res.body).toEqual(decided.body)
    }
    const elsewhere = await panel()
    for (const outsider of [elsewhere.coordinator, elsewhere.residents[0]]) {
      expect((await api(path, { cookie: outsider.cookie })).status).toBe(404)
      const list = await api('/decisions', {
        cookie: outsider.cookie,
        query: { filter: { applicationId: app.id } },
      })
      expect(list.body).toEqual([])
    }
  })
})

describe('an award', () => {
  it('records the decision, the application, the plan, who was present and the payout', async () => {
    const p = await panel()
    const app = await scoredApplication(p)
    const decidedOn = daysFromToday(0)
    const present = p.residents.map((r) => r.seat)
    const res = await decide(p, app.id, { decidedOn })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body).toMatchObject({
      id: expect.any(Number),
      applicationId: app.id,
      networkId: p.plan.networkId,
      planId: p.plan.planId,
      outcome: 'awarded',
      amountCents: 50_000,
      motivation: 'Het plan past bij de prioriteiten en heeft veel draagvlak.',
      partialReason: null,
      decidedOn,
      objectionDeadline: plusDays(decidedOn, 42),
      votesFor: 3,
      votesAgainst: 0,
      abstentions: 0,
      decidedBy: p.coordinator.user.id,
      revokedAt: null,
    })
    expect([...res.body.presentMemberIds].sort()).toEqual([...present].sort())
    const decisionId = res.body.id

    const shown = await api(`/applications/${app.id}`, { cookie: p.coordinator.cookie })
    expect(shown.body.status).toBe('awarded')
    const plan = await api(`/plans/${p.plan.planId}`, { cookie: p.coordinator.cookie })
    expect(plan.body).toMatchObject({
      awardedCents: 50_000,
      budgetRemainingCents: 10_000_000 - 50_000,
    })
    const { results: members } = await env.DB.prepare(
      'SELECT member_id FROM decision_members WHERE decision_id = ? ORDER BY member_id',
    )
      .bind(decisionId)
      .all<{ member_id: number }>()
    expect(members.map((m) => m.member_id)).toEqual([...present].sort((a, b) => a - b))

    const { reference } = (await row('applications', app.id)) as { reference: string }
    expect(reference).toMatch(/^BK-\d{4}-\d{4,}$/)
    const payouts = await payoutsOf(app.id)
    expect(payouts).toEqual([
      {
        number: 1,
        kind: 'advance',
        amount_cents: 50_000,
        due_on: plusDays(decidedOn, 42),
        status: 'scheduled',
        end_to_end_id: `${reference}-1`,
        batch_id: null,
      },
    ])

    const [decisionEntry] = await auditOf('decisions', decisionId)
    expect(decisionEntry).toMatchObject({
      action: 'create',
      actor_id: p.coordinator.user.id,
      network_id: p.plan.networkId,
    })
    expect(JSON.parse(decisionEntry.changes)).toMatchObject({
      applicationId: app.id,
      outcome: 'awarded',
      amountCents: 50_000,
      decidedOn,
    })
    const applicationEntries = (await auditOf('applications', app.id)).filter(
      (e) => e.action === 'decide',
    )
    expect(applicationEntries).toHaveLength(1)
    expect(JSON.parse(applicationEntries[0].changes)).toEqual({ status: ['submitted', 'awarded'] })
    const { results: payoutRows } = await env.DB.prepare(
      'SELECT id FROM payouts WHERE application_id = ?',
    )
      .bind(app.id)
      .all<{ id: number }>()
    for (const { id } of payoutRows) {
      const entries = await auditOf('payouts', id)
      expect(entries).toHaveLength(1)
      expect(entries[0]).toMatchObject({ action: 'create', actor_id: p.coordinator.user.id })
      expect(JSON.parse(entries[0].changes)).toMatchObject({ kind: 'advance', amountCents: 50_000 })
    }
  })

  it('dates a decision today unless told otherwise', async () => {
    const p = await panel()
    const app = await scoredApplication(p)
    const res = await decide(p, app.id)
    expect(res.status).toBe(201)
    const today = daysFromToday(0)
    expect(res.body).toMatchObject({ decidedOn: today, objectionDeadline: plusDays(today, 42) })
    expect(await payoutsOf(app.id)).toMatchObject([{ due_on: plusDays(today, 42) }])
  })

  /** A €5,000-or-more application from a group: 15 supporters and costs to match. */
  const large = (requestedCents: number, startsOn: string) => ({
    requestedCents,
    supporters: 15,
    startsOn,
    endsOn: daysFromToday(200),
    budgetLines: [
      { description: 'Zaalhuur en materiaal', category: 'materials', amountCents: 500_000 },
    ],
  })

  it('pays €5,000 in two parts of 47.5%, keeping 5% for the settlement', async () => {
    const p = await panel()
    const startsOn = daysFromToday(70)
    const app = await scoredApplication(p, large(500_000, startsOn))
    const res = await decide(p, app.id, { amountCents: 500_000 })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const { reference } = (await row('applications', app.id)) as { reference: string }
    const today = daysFromToday(0)
    const payouts = await payoutsOf(app.id)
    expect(payouts).toEqual([
      expect.objectContaining({
        number: 1,
        kind: 'advance',
        amount_cents: 237_500,
        due_on: plusDays(today, 42),
        end_to_end_id: `${reference}-1`,
        status: 'scheduled',
      }),
      expect.objectContaining({
        number: 2,
        kind: 'installment',
        amount_cents: 237_500,
        due_on: startsOn,
        end_to_end_id: `${reference}-2`,
        status: 'scheduled',
      }),
    ])
    const paidNow = payouts.reduce((sum, x) => sum + Number(x.amount_cents), 0)
    expect(paidNow).toBe(475_000)
    expect(500_000 - paidNow).toBe(25_000)
    expect(await row('plans', p.plan.planId)).toMatchObject({ awarded_cents: 500_000 })
    for (const payout of await env.DB.prepare('SELECT id FROM payouts WHERE application_id = ?')
      .bind(app.id)
      .all<{ id: number }>()
      .then((r) => r.results)) {
      expect((await auditOf('payouts', payout.id)).map((e) => e.action)).toEqual(['create'])
    }
  })

  it('never makes the installment due before the advance', async () => {
    const p = await panel()
    const app = await scoredApplication(p, large(500_000, daysFromToday(20)))
    expect((await decide(p, app.id, { amountCents: 500_000 })).status).toBe(201)
    const advanceDue = plusDays(daysFromToday(0), 42)
    expect(await payoutsOf(app.id)).toMatchObject([
      { kind: 'advance', due_on: advanceDue },
      { kind: 'installment', due_on: advanceDue },
    ])
  })

  it('pays just under €5,000 as one advance', async () => {
    const p = await panel()
    const app = await scoredApplication(p, large(499_999, daysFromToday(70)))
    expect((await decide(p, app.id, { amountCents: 499_999 })).status).toBe(201)
    expect(await payoutsOf(app.id)).toMatchObject([
      { number: 1, kind: 'advance', amount_cents: 499_999 },
    ])
  })
})

describe('a rejection', () => {
  it('records the decision with no money and no payouts', async () => {
    const p = await panel()
    const app = await scoredApplication(p)
    const res = await decide(p, app.id, {
      outcome: 'rejected',
      amountCents: 50_000,
      motivation: 'Er is al een vergelijkbaar initiatief in de wijk.',
      votesFor: 1,
      votesAgainst: 2,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body).toMatchObject({ outcome: 'rejected', amountCents: 0 })
    expect(res.body.objectionDeadline).toBe(plusDays(res.body.decidedOn, 42))
    expect(await stored(app.id, p.plan.planId)).toEqual({
      status: 'rejected',
      awardedCents: 0,
      decisions: 1,
      payouts: 0,
    })
    const entries = (await auditOf('applications', app.id)).filter((e) => e.action === 'decide')
    expect(JSON.parse(entries[0].changes)).toEqual({ status: ['submitted', 'rejected'] })
    expect((await auditOf('decisions', res.body.id)).map((e) => e.action)).toEqual(['create'])
  })
})

describe('simultaneous decisions', () => {
  it('never award past the ceiling, however many arrive at once', async () => {
    // €1,000 fits 6 awards of €150 (€900), not 7.
    const amount = 15_000
    const budget = 100_000
    const fits = Math.floor(budget / amount)
    const p = await panel({ budgetCents: budget })
    const apps: Applied[] = []
    for (let i = 0; i < 25; i++) {
      apps.push(await scoredApplication(p, { requestedCents: amount }))
    }
    const answers = await Promise.all(apps.map((app) => decide(p, app.id, { amountCents: amount })))

    const statuses = answers.map((a) => a.status)
    expect(statuses.filter((s) => s === 201)).toHaveLength(fits)
    expect(statuses.filter((s) => s === 409)).toHaveLength(apps.length - fits)
    const ceiling = message('ceilingExceeded', { remaining: { cents: budget - fits * amount } })
    for (const refused of answers.filter((a) => a.status === 409)) {
      expect(refused.body).toEqual({ message: ceiling })
    }

    const plan = await row('plans', p.plan.planId)
    expect(plan).toMatchObject({ awarded_cents: fits * amount })
    expect(Number(plan?.awarded_cents)).toBeLessThanOrEqual(budget)
    const counts = await env.DB.batch<{ n: number }>([
      env.DB.prepare('SELECT count(*) AS n FROM decisions WHERE plan_id = ?').bind(p.plan.planId),
      env.DB.prepare('SELECT count(*) AS n FROM payouts WHERE plan_id = ?').bind(p.plan.planId),
      env.DB.prepare(
        "SELECT count(*) AS n FROM applications WHERE plan_id = ? AND status = 'awarded'",
      ).bind(p.plan.planId),
      env.DB.prepare(
        `SELECT count(*) AS n FROM decision_members WHERE decision_id IN
          (SELECT id FROM decisions WHERE plan_id = ?)`,
      ).bind(p.plan.planId),
    ])
    expect(counts.map((c) => c.results[0].n)).toEqual([fits, fits, fits, fits * 3])
    // The ones that won are exactly the ones answered 201.
    const won = answers.flatMap((a, i) => (a.status === 201 ? [apps[i].id] : []))
    const { results } = await env.DB.prepare(
      "SELECT id FROM applications WHERE plan_id = ? AND status = 'awarded' ORDER BY id",
    )
      .bind(p.plan.planId)
      .all<{ id: number }>()
    expect(results.map((r) => r.id)).toEqual(won.sort((a, b) => a - b))
  }, 60_000)

  it('decide one application once, however many arrive at once', async () => {
    const p = await panel()
    const app = await scoredApplication(p)
    const answers = await Promise.all([decide(p, app.id), decide(p, app.id)])
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409])
    expect(await stored(app.id, p.plan.planId)).toEqual({
      status: 'awarded',
      awardedCents: 50_000,
      decisions: 1,
      payouts: 1,
    })
  })

  it('keep one decision with its own members and votes when different ones race', async () => {
    const p = await panel({ residents: 6 })
    const app = await scoredApplication(p)
    const meetings = [0, 1, 2, 3].map((i) => ({
      presentMemberIds: p.residents.slice(i, i + 3).map((r) => r.seat),
      ...(i % 2 === 0 ? {} : { outcome: 'rejected', votesFor: 0, votesAgainst: 3 }),
    }))
    const answers = await Promise.all(meetings.map((m) => decide(p, app.id, m)))
    const won = answers.filter((a) => a.status === 201)
    expect(won).toHaveLength(1)
    for (const lost of answers.filter((a) => a.status !== 201)) expect(lost.status).toBe(409)
    const [decision] = won
    const { results: members } = await env.DB.prepare(
      'SELECT member_id FROM decision_members WHERE decision_id = ? ORDER BY member_id',
    )
      .bind(decision.body.id)
      .all<{ member_id: number }>()
    expect(members.map((m) => m.member_id)).toEqual(
      [...decision.body.presentMemberIds].sort((a: number, b: number) => a - b),
    )
    expect(members).toHaveLength(3)
    const awarded = decision.body.outcome === 'awarded'
    expect(await stored(app.id, p.plan.planId)).toEqual({
      status: decision.body.outcome,
      awardedCents: awarded ? 50_000 : 0,
      decisions: 1,
      payouts: awarded ? 1 : 0,
    })
  })
})
