import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../worker/domain/decision-due'
import { formatDate } from '../../worker/views/format'
import {
  type Applied,
  addSeat,
  api,
  applyFor,
  createOpenPlan,
  createUser,
  daysFromToday,
  login,
  loginAs,
} from './helpers'

async function page(path: string, cookie?: string) {
  const res = await exports.default.fetch(
    new Request(`http://localhost${path}`, { headers: cookie ? { cookie } : {} }),
  )
  return { status: res.status, html: await res.text(), headers: res.headers }
}

/** An application awarded €450 of the €500 asked, by a quorate resident panel. */
async function awarded(): Promise<{ app: Applied; decisionId: number; coordinator: string }> {
  const plan = await createOpenPlan()
  const seats: number[] = []
  const reviewers: string[] = []
  for (let i = 0; i < 3; i++) {
    const user = await createUser('reviewer')
    seats.push(await addSeat(plan.networkId, user.id, 'resident'))
    reviewers.push(await login(user.email))
  }
  const coordinator = (await loginAs('coordinator', [plan.networkId])).cookie
  const app = await applyFor(plan, { submit: true })
  const criteria = await api(`/criteria`, {
    cookie: coordinator,
    query: { filter: { planId: plan.planId } },
  })
  const scores = criteria.body.map((c: { id: number }) => ({
    criterionId: c.id,
    score: 4,
    reason: 'Sterk plan',
  }))
  await api('/reviews', {
    cookie: reviewers[0],
    body: { applicationId: app.id, scores, status: 'submitted' },
  })
  const decision = await api('/decisions', {
    cookie: coordinator,
    body: {
      applicationId: app.id,
      outcome: 'awarded',
      amountCents: 45_000,
      partialReason: 'De flyers betalen wij niet.',
      motivation: 'Een sterk plan met veel steun uit de straat.',
      presentMemberIds: seats,
      votesFor: 3,
      votesAgainst: 0,
      abstentions: 0,
    },
  })
  if (decision.status !== 201) throw new Error(JSON.stringify(decision.body))
  return { app, decisionId: decision.body.id, coordinator }
}

describe('the decision letter', () => {
  it('tells the applicant the decision, amount, schedule, reasons and objection deadline', async () => {
    const { app } = await awarded()
    const status = await page(`/aanvraag/${app.token}`)
    expect(status.html).toContain(`href="/aanvraag/${app.token}/besluit"`)
    const letter = await page(`/aanvraag/${app.token}/besluit`)
    expect(letter.status).toBe(200)
    expect(letter.headers.get('cache-control')).toBe('no-store')
    const today = daysFromToday(0)
    for (const text of [
      'Besluit op uw aanvraag',
      'Kenmerk',
      'BK-',
      '€&nbsp;450,00',
      'De flyers betalen wij niet.',
      'Een sterk plan met veel steun uit de straat.',
      'Voorschot',
      formatDate(addDays(today, 42), 'nl'),
    ]) {
      expect(letter.html.replaceAll('\u00a0', '&nbsp;')).toContain(text)
    }
    expect((await page(`/en/aanvraag/${app.token}/besluit`)).html).toContain('lang="en"')
  })

  it('is not there before a decision, nor for a wrong token', async () => {
    const plan = await createOpenPlan()
    const app = await applyFor(plan, { submit: true })
    expect((await page(`/aanvraag/${app.token}/besluit`)).status).toBe(404)
    expect((await page(`/aanvraag/${'x'.repeat(43)}/besluit`)).status).toBe(404)
  })

  it('can be previewed by the coordinator and admin, not by reviewers or finance', async () => {
    const { decisionId, coordinator } = await awarded()
    const preview = await page(`/api/decisions/${decisionId}/letter?lang=en`, coordinator)
    expect(preview.status).toBe(200)
    expect(preview.html).toContain('Decision on your application')
    expect(
      (await page(`/api/decisions/${decisionId}/letter`, (await loginAs('admin')).cookie)).status,
    ).toBe(200)
    for (const role of ['reviewer', 'finance'] as const) {
      const other = await loginAs(role)
      expect((await page(`/api/decisions/${decisionId}/letter`, other.cookie)).status).toBe(403)
    }
    const stranger = await loginAs('coordinator', [])
    expect((await page(`/api/decisions/${decisionId}/letter`, stranger.cookie)).status).toBe(404)
  })
})
