import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { api, createOpenPlan, eligibleApplication } from './helpers'

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
