import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { addSeat, api, applyFor, createOpenPlan, createUser, login } from './helpers'

/** A plan with a panel of three resident reviewers and a coordinator, and one submitted application. */
async function setting(budgetCents = 10_000_000) {
  const plan = await createOpenPlan({ budgetCents })
  const reviewers = []
  for (let i = 0; i < 3; i++) {
    const user = await createUser('reviewer')
    const seat = await addSeat(plan.networkId, user.id, 'resident')
    reviewers.push({ user, seat, cookie: await login(user.email) })
  }
  const coordinator = await createUser('coordinator')
  await addSeat(plan.networkId, coordinator.id, 'professional')
  return { plan, reviewers, coordinator: await login(coordinator.email) }
}

async function criteriaOf(planId: number) {
  const rows = await env.DB.prepare(
    'SELECT id FROM criteria WHERE plan_id = ? ORDER BY position, id',
  )
    .bind(planId)
    .all<{ id: number }>()
  return rows.results.map((r) => r.id)
}

describe('reviews and decisions (smoke)', () => {
  it('scores, ranks and awards within the ceiling', async () => {
    const s = await setting()
    const app = await applyFor(s.plan, { submit: true })
    const criteria = await criteriaOf(s.plan.planId)
    const scores = criteria.map((criterionId) => ({ criterionId, score: 3, reason: 'Goed plan' }))
    const review = await api('/reviews', {
      cookie: s.reviewers[0].cookie,
      body: { applicationId: app.id, scores, status: 'submitted' },
    })
    expect(review.status, JSON.stringify(review.body)).toBe(201)
    expect(review.body.total).toBe(75)
    const conflict = await api('/reviews', {
      cookie: s.reviewers[1].cookie,
      body: { applicationId: app.id, conflictOfInterest: true, conflictNote: 'Mijn buurvrouw' },
    })
    expect(conflict.status, JSON.stringify(conflict.body)).toBe(201)
    const ranking = await api(`/plans/${s.plan.planId}/ranking`, { cookie: s.coordinator })
    expect(ranking.status, JSON.stringify(ranking.body)).toBe(200)
    expect(ranking.body.applications[0]).toMatchObject({ id: app.id, score: 75, rank: 1 })
    const refused = await api('/decisions', {
      cookie: s.coordinator,
      body: {
        applicationId: app.id,
        outcome: 'awarded',
        amountCents: 50_000,
        motivation: 'Past goed.',
        presentMemberIds: s.reviewers.map((r) => r.seat),
        votesFor: 3,
        votesAgainst: 0,
        abstentions: 0,
      },
    })
    expect(refused.status).toBe(409)
    const decided = await api('/decisions', {
      cookie: s.coordinator,
      body: {
        applicationId: app.id,
        outcome: 'awarded',
        amountCents: 50_000,
        motivation: 'Past goed.',
        presentMemberIds: [
          s.reviewers[0].seat,
          s.reviewers[2].seat,
          ...(await extraSeats(s.plan.networkId, 1)),
        ],
        votesFor: 3,
        votesAgainst: 0,
        abstentions: 0,
      },
    })
    expect(decided.status, JSON.stringify(decided.body)).toBe(201)
    const payouts = await env.DB.prepare(
      'SELECT kind, amount_cents FROM payouts WHERE application_id = ?',
    )
      .bind(app.id)
      .all()
    expect(payouts.results).toEqual([{ kind: 'advance', amount_cents: 50_000 }])
  })
})

async function extraSeats(networkId: number, n: number) {
  const seats = []
  for (let i = 0; i < n; i++) {
    const user = await createUser('reviewer')
    seats.push(await addSeat(networkId, user.id, 'resident'))
  }
  return seats
}
