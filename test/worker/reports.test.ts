import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { api, applyFor, awardedApplication, createOpenPlan, loginAs, row } from './helpers'

const report = (token: string, body: Record<string, unknown> = {}) =>
  api(`/public/applications/${token}/report`, {
    body: {
      narrative: 'Het was een mooie dag.',
      participantsReached: 42,
      actualCostsCents: 40_000,
      ...body,
    },
  })

async function payoutsOf(applicationId: number) {
  const rows = await env.DB.prepare(
    'SELECT kind, amount_cents, status FROM payouts WHERE application_id = ? ORDER BY number',
  )
    .bind(applicationId)
    .all()
  return rows.results
}

describe('reports and settlement', () => {
  it('takes a short report through the private link and moves the application to reported', async () => {
    const { app } = await awardedApplication(50_000, [{ amountCents: 50_000, status: 'paid' }])
    const res = await report(app.token)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.status).toBe('reported')
    const stored = await env.DB.prepare('SELECT * FROM reports WHERE application_id = ?')
      .bind(app.id)
      .first()
    expect(stored).toMatchObject({ participants_reached: 42, actual_costs_cents: 40_000 })
    expect((await report(app.token)).status).toBe(409)
  })

  it('asks a financial overview of grants of €5,000 or more, and refuses reports before an award', async () => {
    const { app } = await awardedApplication(600_000, [])
    const missing = await report(app.token)
    expect(missing.status).toBe(400)
    expect(Object.keys(missing.body.errors)).toEqual(['financialOverview'])
    expect((await report(app.token, { financialOverview: 'Zaal 3000, eten 2000' })).status).toBe(
      201,
    )
    const early = await applyFor(await createOpenPlan(), { submit: true })
    expect((await report(early.token)).status).toBe(409)
  })

  it('settles lower with a reason: a reclaim for finance, and the money back in the plan', async () => {
    const { plan, app } = await awardedApplication(50_000, [
      { amountCents: 50_000, status: 'paid' },
    ])
    await report(app.token)
    const reportId = (await env.DB.prepare('SELECT id FROM reports WHERE application_id = ?')
      .bind(app.id)
      .first<number>('id')) as number
    const coordinator = await loginAs('coordinator', [plan.networkId])
    const settle = (body: Record<string, unknown>, cookie = coordinator.cookie) =>
      api(`/reports/${reportId}/settle`, { cookie, body })
    expect((await settle({ settledCents: 40_000 })).body.errors).toHaveProperty('reason')
    expect((await settle({ settledCents: 60_000 })).body.errors).toHaveProperty('settledCents')
    expect(
      (await settle({ settledCents: 1 }, (await loginAs('reviewer', [plan.networkId])).cookie))
        .status,
    ).toBe(403)
    expect(
      (await settle({ settledCents: 1 }, (await loginAs('coordinator', [])).cookie)).status,
    ).toBe(404)

    const done = await settle({ settledCents: 40_000, reason: 'Minder kosten gemaakt.' })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    expect(done.body).toMatchObject({ settledCents: 40_000, reclaimCents: 10_000 })
    expect((await row('applications', app.id))?.status).toBe('settled')
    expect(await payoutsOf(app.id)).toEqual([
      { kind: 'advance', amount_cents: 50_000, status: 'paid' },
      { kind: 'reclaim', amount_cents: -10_000, status: 'scheduled' },
    ])
    expect((await row('plans', plan.planId))?.awarded_cents).toBe(40_000)
    expect((await settle({ settledCents: 40_000, reason: 'x' })).status).toBe(409)
  })

  it('schedules the final 5% of a large grant and cancels what was not yet in a batch', async () => {
    const { plan, app } = await awardedApplication(600_000, [
      { amountCents: 285_000, status: 'paid' },
      { amountCents: 285_000, status: 'scheduled' },
    ])
    await report(app.token, { financialOverview: 'Overzicht' })
    const reportId = await env.DB.prepare('SELECT id FROM reports WHERE application_id = ?')
      .bind(app.id)
      .first<number>('id')
    const coordinator = await loginAs('coordinator', [plan.networkId])
    const done = await api(`/reports/${reportId}/settle`, {
      cookie: coordinator.cookie,
      body: { settledCents: 600_000 },
    })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    expect(await payoutsOf(app.id)).toEqual([
      { kind: 'advance', amount_cents: 285_000, status: 'paid' },
      { kind: 'advance', amount_cents: 285_000, status: 'cancelled' },
      { kind: 'final', amount_cents: 315_000, status: 'scheduled' },
    ])
    expect((await row('plans', plan.planId))?.awarded_cents).toBe(600_000)
  })
})
