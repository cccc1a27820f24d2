import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import {
  type Seat,
  api,
  applyFor,
  createOpenPlan,
  criteriaOf,
  daysFromToday,
  insertSubmittedReview,
  loginAs,
  scoresFor,
  seatedUser,
  setApplicationStatus,
} from './helpers'

/** A network with an open plan, three resident reviewers and a coordinator (a resident seat too). */
async function setting(budgetCents = 1_000_000) {
  const plan = await createOpenPlan({ budgetCents })
  const criteria = await criteriaOf(plan.planId)
  const reviewers: Seat[] = []
  for (let i = 0; i < 3; i++) reviewers.push(await seatedUser(plan.networkId))
  const coordinator = await seatedUser(plan.networkId, 'resident', 'coordinator')
  return { plan, criteria, reviewers, coordinator }
}

type Setting = Awaited<ReturnType<typeof setting>>

async function ranking(s: Setting, cookie = s.coordinator.cookie) {
  const res = await api(`/plans/${s.plan.planId}/ranking`, { cookie })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body
}

/** A submitted application scored by the given reviewers' values (none: unscored). */
async function scored(
  s: Setting,
  values: number[][],
  overrides: Record<string, unknown> = {},
): Promise<number> {
  const { id } = await applyFor(s.plan, { submit: true, ...overrides })
  for (const [i, v] of values.entries()) {
    await insertSubmittedReview(id, s.reviewers[i].user.id, scoresFor(s.criteria, v))
  }
  return id
}

async function setSubmittedAt(id: number, at: string) {
  await env.DB.prepare('UPDATE applications SET submitted_at = ? WHERE id = ?').bind(at, id).run()
}

async function setDueOn(id: number, dueOn: string | null) {
  await env.DB.prepare('UPDATE applications SET decision_due_on = ? WHERE id = ?')
    .bind(dueOn, id)
    .run()
}

const ids = (list: { id: number }[]) => list.map((a) => a.id)

describe('the ranking', () => {
  it('orders by score, then by residents and volunteers involved, then by who came first', async () => {
    const s = await setting()
    const top = await scored(s, [[4, 4]]) // 100
    const fewer = await scored(s, [[3, 4]], { expectedParticipants: 40, volunteers: 6 }) // 85
    const more = await scored(s, [[3, 4]], { expectedParticipants: 100, volunteers: 10 }) // 85
    const earlier = await scored(s, [[3, 4]], { expectedParticipants: 40, volunteers: 6 }) // 85
    const low = await scored(s, [[2, 2]]) // 50
    const unscored = await scored(s, [], { expectedParticipants: 10, volunteers: 1 })
    const unscoredBusier = await scored(s, [], { expectedParticipants: 200, volunteers: 20 })
    await setSubmittedAt(fewer, '2026-03-02T10:00:00.000Z')
    await setSubmittedAt(earlier, '2026-03-01T10:00:00.000Z')

    const body = await ranking(s)
    expect(ids(body.applications)).toEqual([
      top,
      more,
      earlier,
      fewer,
      low,
      unscoredBusier,
      unscored,
    ])
    expect(body.applications.map((a: { rank: number }) => a.rank)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(body.applications.map((a: { score: number | null }) => a.score)).toEqual([
      100,
      85,
      85,
      85,
      50,
      null,
      null,
    ])
    expect(body.applications.map((a: { meetsThreshold: boolean }) => a.meetsThreshold)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ])
    expect(body.applications[0]).toMatchObject({
      reviewCount: 1,
      status: 'submitted',
      knockout: false,
      decision: null,
      reference: expect.stringMatching(/^BK-/),
    })
  })

  it('uses the mean of the reviews that count', async () => {
    const s = await setting()
    // 100 and 60: mean 80, above one application scored 75 by one reviewer.
    const mean = await scored(s, [
      [4, 4],
      [2, 3],
    ])
    const single = await scored(s, [[3, 3]]) // 75
    const body = await ranking(s)
    expect(ids(body.applications)).toEqual([mean, single])
    expect(body.applications[0]).toMatchObject({ score: 80, reviewCount: 2 })
  })

  it('honours the plan’s minimum score', async () => {
    const s = await setting()
    await env.DB.prepare('UPDATE plans SET min_score = 70 WHERE id = ?').bind(s.plan.planId).run()
    const above = await scored(s, [[3, 3]]) // 75
    const at = await scored(s, [[2, 4]]) // 70
    const below = await scored(s, [[2, 3]]) // 60
    const body = await ranking(s)
    expect(body.plan.minScore).toBe(70)
    const threshold = Object.fromEntries(
      body.applications.map((a: { id: number; meetsThreshold: boolean }) => [
        a.id,
        a.meetsThreshold,
      ]),
    )
    expect(threshold).toEqual({ [above]: true, [at]: true, [below]: false })
  })

  it('marks a 0 on a knockout criterion as not meeting the threshold, whatever the score', async () => {
    const s = await setting()
    await env.DB.prepare('UPDATE criteria SET knockout = 1 WHERE id = ?').bind(s.criteria[1]).run()
    // 60 × 4/4 + 40 × 0/4 = 60 and 100: mean 80, but one knockout 0.
    const knocked = await scored(s, [
      [4, 0],
      [4, 4],
    ])
    const clean = await scored(s, [[3, 3]]) // 75
    // A 0 on the knockout criterion in a draft does not count.
    const drafted = await scored(s, [[3, 3]])
    const draft = await api('/reviews', {
      cookie: s.reviewers[1].cookie,
      body: { applicationId: drafted, scores: scoresFor(s.criteria, [4, 0]) },
    })
    expect(draft.status).toBe(201)

    const body = await ranking(s)
    const byId = new Map(body.applications.map((a: { id: number }) => [a.id, a]))
    expect(byId.get(knocked)).toMatchObject({ score: 80, knockout: true, meetsThreshold: false })
    expect(byId.get(clean)).toMatchObject({ score: 75, knockout: false, meetsThreshold: true })
    expect(byId.get(drafted)).toMatchObject({ knockout: false, meetsThreshold: true })
  })

  it('leaves out drafts and withdrawn applications, and keeps decided ones with their decision', async () => {
    const s = await setting()
    const waiting = await scored(s, [[3, 4]])
    const asked = await scored(s, [[3, 3]])
    await setApplicationStatus(asked, 'info_requested')
    const withdrawn = await scored(s, [[4, 4]])
    await setApplicationStatus(withdrawn, 'withdrawn')
    const draft = await applyFor(s.plan)
    const awarded = await scored(s, [[3, 4]])
    const decided = await api('/decisions', {
      cookie: s.coordinator.cookie,
      body: {
        applicationId: awarded,
        outcome: 'awarded',
        amountCents: 50_000,
        motivation: 'Goed plan.',
        presentMemberIds: s.reviewers.map((r) => r.seat),
        votesFor: 3,
        votesAgainst: 0,
        abstentions: 0,
      },
    })
    expect(decided.status, JSON.stringify(decided.body)).toBe(201)

    const body = await ranking(s)
    const listed = ids(body.applications)
    expect(listed).not.toContain(withdrawn)
    expect(listed).not.toContain(draft.id)
    expect([...listed].sort((a, b) => a - b)).toEqual(
      [waiting, asked, awarded].sort((a, b) => a - b),
    )
    const byId = new Map(body.applications.map((a: { id: number }) => [a.id, a]))
    expect(byId.get(awarded)).toMatchObject({
      status: 'awarded',
      decision: { outcome: 'awarded', amountCents: 50_000 },
    })
    expect(byId.get(asked)).toMatchObject({ status: 'info_requested', decision: null })
  })

  it('shows each reviewer of the network in exactly one group of the progress', async () => {
    const s = await setting()
    const fourth = await seatedUser(s.plan.networkId)
    const [submitter, drafter, idle] = s.reviewers
    const { id } = await applyFor(s.plan, { submit: true })
    const other = await applyFor(s.plan, { submit: true })
    const post = (who: Seat, body: Record<string, unknown>) =>
      api('/reviews', { cookie: who.cookie, body: { applicationId: id, ...body } })
    const submitted = await post(submitter, {
      scores: scoresFor(s.criteria, [3, 4]),
      status: 'submitted',
    })
    expect(submitted.status).toBe(201)
    expect((await post(drafter, { scores: scoresFor(s.criteria.slice(0, 1), [3]) })).status).toBe(
      201,
    )
    const conflict = await post(fourth, { conflictOfInterest: true, conflictNote: 'Mijn broer' })
    expect(conflict.status).toBe(201)
    // Someone who is no reviewer, and a reviewer of another network, are not on this panel.
    const elsewhere = await loginAs('reviewer', [(await createOpenPlan()).networkId])

    const body = await ranking(s)
    const progressOf = (appId: number) =>
      body.applications.find((a: { id: number }) => a.id === appId).progress
    const groups = (appId: number) =>
      Object.fromEntries(
        Object.entries(progressOf(appId)).map(([group, seats]) => [
          group,
          (seats as { userId: number }[]).map((x) => x.userId).sort((a, b) => a - b),
        ]),
      )
    expect(groups(id)).toEqual({
      submitted: [submitter.user.id],
      draft: [drafter.user.id],
      notStarted: [idle.user.id],
      conflicted: [fourth.user.id],
    })
    expect(progressOf(id).submitted[0]).toEqual({
      userId: submitter.user.id,
      name: submitter.user.name,
    })
    const everyone = [...s.reviewers, fourth].map((r) => r.user.id).sort((a, b) => a - b)
    expect(groups(other.id)).toEqual({
      submitted: [],
      draft: [],
      notStarted: everyone,
      conflicted: [],
    })
    const all = Object.values(groups(id)).flat()
    expect(all).not.toContain(s.coordinator.user.id)
    expect(all).not.toContain(elsewhere.user.id)

    // A reopened declaration is still a conflict.
    const reopened = await api(`/reviews/${conflict.body.id}/reopen`, {
      cookie: fourth.cookie,
      method: 'POST',
    })
    expect(reopened.status).toBe(200)
    expect(groups(id)).toMatchObject({ conflicted: [fourth.user.id] })
    expect(
      Object.values(groups(id))
        .flat()
        .sort((a, b) => a - b),
    ).toEqual(everyone)
  })

  it('shows the budget before and after an award, and the network’s make-up', async () => {
    const s = await setting(200_000)
    const app = await scored(s, [[3, 4]])
    const before = await ranking(s)
    expect(before.plan).toMatchObject({
      id: s.plan.planId,
      networkId: s.plan.networkId,
      budgetCents: 200_000,
      awardedCents: 0,
      budgetRemainingCents: 200_000,
      minScore: 60,
    })
    // Three reviewers and the coordinator, all residents.
    expect(before.network).toEqual({
      memberCount: 4,
      residentCount: 4,
      residentShare: 100,
      mayDecide: true,
    })
    const decided = await api('/decisions', {
      cookie: s.coordinator.cookie,
      body: {
        applicationId: app,
        outcome: 'awarded',
        amountCents: 30_000,
        partialReason: 'De zaal is gratis.',
        motivation: 'Goed plan.',
        presentMemberIds: s.reviewers.map((r) => r.seat),
        votesFor: 3,
        votesAgainst: 0,
        abstentions: 0,
      },
    })
    expect(decided.status, JSON.stringify(decided.body)).toBe(201)
    const after = await ranking(s)
    expect(after.plan).toMatchObject({
      budgetCents: 200_000,
      awardedCents: 30_000,
      budgetRemainingCents: 170_000,
    })
    expect(after.applications[0]).toMatchObject({
      id: app,
      decision: { outcome: 'awarded', amountCents: 30_000 },
    })
  })

  it('reports a network below half residents as unable to decide', async () => {
    const s = await setting()
    for (let i = 0; i < 5; i++) await seatedUser(s.plan.networkId, 'professional')
    const body = await ranking(s)
    // 4 residents of 9 members.
    expect(body.network).toEqual({
      memberCount: 9,
      residentCount: 4,
      residentShare: 44.4,
      mayDecide: false,
    })
  })

  it('is for those who decide: 404 in another network, 403 for reviewers and finance', async () => {
    const s = await setting()
    await scored(s, [[3, 4]])
    const path = `/plans/${s.plan.planId}/ranking`
    const elsewhere = await loginAs('coordinator', [(await createOpenPlan()).networkId])
    const foreign = await api(path, { cookie: elsewhere.cookie })
    const missing = await api('/plans/2000000000/ranking', { cookie: elsewhere.cookie })
    expect(foreign.status).toBe(404)
    expect(foreign.body).toEqual(missing.body)
    for (const reader of [s.reviewers[0], await loginAs('finance')]) {
      const res = await api(path, { cookie: reader.cookie })
      expect(res.status).toBe(403)
      expect(res.body.applications).toBeUndefined()
    }
    expect((await api(path, { cookie: (await loginAs('admin')).cookie })).status).toBe(200)
    expect((await api(path)).status).toBe(401)
  })
})

describe('the panel of an application', () => {
  it("lists the network's seats, marking who declared a conflict", async () => {
    const s = await setting()
    const professional = await seatedUser(s.plan.networkId, 'professional')
    const { id } = await applyFor(s.plan, { submit: true })
    const declared = await api('/reviews', {
      cookie: s.reviewers[1].cookie,
      body: { applicationId: id, conflictOfInterest: true, conflictNote: 'Mijn zus' },
    })
    expect(declared.status).toBe(201)
    // A seat elsewhere is not on this panel.
    await seatedUser((await createOpenPlan()).networkId)

    const res = await api(`/applications/${id}/panel`, { cookie: s.coordinator.cookie })
    expect(res.status).toBe(200)
    const seats = [...s.reviewers, s.coordinator, professional]
    expect(res.body).toHaveLength(seats.length)
    for (const seat of seats) {
      expect(res.body).toContainEqual({
        memberId: seat.seat,
        userId: seat.user.id,
        name: seat.user.name,
        kind: seat === professional ? 'professional' : 'resident',
        conflicted: seat === s.reviewers[1],
      })
    }
  })

  it('is for those who decide, in their own networks', async () => {
    const s = await setting()
    const { id } = await applyFor(s.plan, { submit: true })
    const path = `/applications/${id}/panel`
    expect((await api(path, { cookie: s.reviewers[0].cookie })).status).toBe(403)
    expect((await api(path, { cookie: (await loginAs('finance')).cookie })).status).toBe(403)
    const elsewhere = await loginAs('coordinator', [(await createOpenPlan()).networkId])
    expect((await api(path, { cookie: elsewhere.cookie })).status).toBe(404)
    expect((await api(path, { cookie: (await loginAs('admin')).cookie })).status).toBe(200)
  })
})

describe('decisions coming due', () => {
  it('filters applications due within 14 days and overdue ones', async () => {
    const s = await setting()
    const due = async (days: number | null, status = 'submitted') => {
      const { id } = await applyFor(s.plan, { submit: true })
      await setDueOn(id, days === null ? null : daysFromToday(days))
      if (status !== 'submitted') await setApplicationStatus(id, status)
      return id
    }
    const overdue = await due(-1)
    const longOverdue = await due(-30)
    const today = await due(0)
    const inTwoWeeks = await due(14)
    const later = await due(15)
    const waitingForInfo = await due(-5, 'info_requested')
    const decided = await due(-5, 'awarded')
    const soonButDecided = await due(3, 'rejected')

    const list = async (value: unknown) => {
      const res = await api('/applications', {
        cookie: s.coordinator.cookie,
        query: { filter: { due: value, planId: s.plan.planId }, sort: ['id', 'ASC'] },
      })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      return ids(res.body)
    }
    expect(await list('soon')).toEqual([today, inTwoWeeks])
    expect(await list('overdue')).toEqual([overdue, longOverdue])
    for (const id of [later, waitingForInfo, decided, soonButDecided]) {
      expect([...(await list('soon')), ...(await list('overdue'))]).not.toContain(id)
    }

    const expected = {
      [overdue]: 'overdue',
      [today]: 'dueSoon',
      [inTwoWeeks]: 'dueSoon',
      [later]: 'onTime',
      [waitingForInfo]: null,
      [decided]: null,
    }
    const statusOf = (rows: { id: number; dueStatus: string | null }[]) =>
      Object.fromEntries(rows.map((a) => [a.id, a.dueStatus]))
    expect(statusOf((await ranking(s)).applications)).toMatchObject(expected)
    // The applications list carries the same due status, for queues that highlight urgency.
    const listed = await api('/applications', {
      cookie: s.coordinator.cookie,
      query: { filter: { planId: s.plan.planId }, range: [0, 99] },
    })
    expect(statusOf(listed.body)).toMatchObject(expected)
  })

  it('refuses a due filter it does not know', async () => {
    const s = await setting()
    const res = await api('/applications', {
      cookie: s.coordinator.cookie,
      query: { filter: { due: 'morgen' } },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors).toHaveProperty('due')
  })

  it('keeps the due filter within the caller’s networks', async () => {
    const s = await setting()
    const { id } = await applyFor(s.plan, { submit: true })
    await setDueOn(id, daysFromToday(-2))
    const elsewhere = await loginAs('coordinator', [(await createOpenPlan()).networkId])
    const res = await api('/applications', {
      cookie: elsewhere.cookie,
      query: { filter: { due: 'overdue' } },
    })
    expect(res.status).toBe(200)
    expect(ids(res.body)).not.toContain(id)
  })
})
