import { env, exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { applyFor, awardedApplication, createOpenPlan, uniqueIp } from './helpers'

interface Page {
  status: number
  headers: Headers
  html: string
}

async function open(path: string, init: RequestInit = {}): Promise<Page> {
  const headers = new Headers(init.headers)
  headers.set('cf-connecting-ip', uniqueIp())
  const res = await exports.default.fetch(
    new Request(`http://localhost${path}`, { redirect: 'manual', ...init, headers }),
  )
  return { status: res.status, headers: res.headers, html: await res.text() }
}

/** Posts the plain HTML form, with the same-origin header a browser sends unless told otherwise. */
function post(path: string, fields: Record<string, string>, origin = 'http://localhost') {
  return open(path, { method: 'POST', body: new URLSearchParams(fields), headers: { origin } })
}

const awarded = async (amountCents: number) => (await awardedApplication(amountCents)).app

const reportOf = (id: number) =>
  env.DB.prepare('SELECT * FROM reports WHERE application_id = ?').bind(id).first()
const statusOf = async (id: number) =>
  (await env.DB.prepare('SELECT status FROM applications WHERE id = ?').bind(id).first())?.status

const good = {
  narrative: 'Het was een mooie dag.',
  participantsReached: '42',
  actualCostsCents: '450,50',
}

describe('the report on the status page', () => {
  it('shows the form only for an awarded application', async () => {
    const plan = await createOpenPlan()
    const submitted = await applyFor(plan, { submit: true })
    const before = await open(`/aanvraag/${submitted.token}`)
    expect(before.status).toBe(200)
    expect(before.html).not.toContain('/verantwoording"')

    const app = await awarded(50_000)
    const page = await open(`/aanvraag/${app.token}`)
    expect(page.html).toContain(`action="/aanvraag/${app.token}/verantwoording"`)
    expect(page.html).toContain('Hoe is het gegaan?')
    expect(page.html).toContain('novalidate')
    expect(page.html).toContain('id="actualCostsCents"')
    expect(page.html).not.toContain('id="financialOverview"')
  })

  it('asks for a financial overview from € 5,000 up, and requires it then', async () => {
    const app = await awarded(500_000)
    const page = await open(`/aanvraag/${app.token}`)
    expect(page.html).toContain('id="financialOverview"')
    expect(page.html).toContain('€ 5.000 of meer')

    const refused = await post(`/aanvraag/${app.token}/verantwoording`, good)
    expect(refused.status).toBe(400)
    expect(refused.html).toContain('href="#financialOverview"')
    expect(refused.html).toContain('id="financialOverview-error"')
    expect(refused.html).toContain('value="450,50"')
    expect(await reportOf(app.id)).toBeNull()

    const ok = await post(`/aanvraag/${app.token}/verantwoording`, {
      ...good,
      financialOverview: 'Huur: € 3.000\nMaterialen: € 2.000',
    })
    expect(ok.status).toBe(303)
    expect(await reportOf(app.id)).toMatchObject({
      financial_overview: 'Huur: € 3.000\nMaterialen: € 2.000',
    })
  })

  it('refuses an empty post with the error summary and stores nothing', async () => {
    const app = await awarded(50_000)
    const res = await post(`/aanvraag/${app.token}/verantwoording`, {
      narrative: '',
      participantsReached: 'veel',
      actualCostsCents: '',
    })
    expect(res.status).toBe(400)
    expect(res.html).toContain('class="error-summary"')
    for (const field of ['narrative', 'participantsReached', 'actualCostsCents']) {
      expect(res.html).toContain(`href="#${field}"`)
      expect(res.html).toContain(`id="${field}-error"`)
    }
    expect(res.html).toContain('Vul een heel getal in')
    expect(res.html).toContain('value="veel"')
    expect(await reportOf(app.id)).toBeNull()
    expect(await statusOf(app.id)).toBe('awarded')
  })

  it('stores a good report, moves the application to reported and says what comes next', async () => {
    const app = await awarded(50_000)
    const res = await post(`/aanvraag/${app.token}/verantwoording`, good)
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`/aanvraag/${app.token}`)
    expect(await reportOf(app.id)).toMatchObject({
      narrative: 'Het was een mooie dag.',
      participants_reached: 42,
      actual_costs_cents: 45_050,
    })
    expect(await statusOf(app.id)).toBe('reported')

    const page = await open(`/aanvraag/${app.token}`)
    expect(page.html).toContain('Verantwoording ontvangen')
    expect(page.html).toContain('Ontvangen op')
    expect(page.html).toContain('terugbetalen')
    expect(page.html).not.toContain('/verantwoording"')

    const again = await post(`/aanvraag/${app.token}/verantwoording`, good)
    expect(again.status).toBe(409)
  })

  it('refuses a post from another site', async () => {
    const app = await awarded(50_000)
    const res = await post(`/aanvraag/${app.token}/verantwoording`, good, 'https://evil.example')
    expect(res.status).toBe(403)
    expect(await reportOf(app.id)).toBeNull()
  })

  it('speaks English under /en', async () => {
    const app = await awarded(500_000)
    const page = await open(`/en/aanvraag/${app.token}`)
    expect(page.html).toContain('How did it go?')
    expect(page.html).toContain(`action="/en/aanvraag/${app.token}/verantwoording"`)
    expect(page.html).toContain('Financial overview')

    const refused = await post(`/en/aanvraag/${app.token}/verantwoording`, {})
    expect(refused.status).toBe(400)
    expect(refused.html).toContain('How much did it cost?')

    const ok = await post(`/en/aanvraag/${app.token}/verantwoording`, {
      ...good,
      actualCostsCents: '4,950.00',
      financialOverview: 'Rent: € 4,950',
    })
    expect(ok.status).toBe(303)
    expect(ok.headers.get('location')).toBe(`/en/aanvraag/${app.token}`)
    const after = await open(`/en/aanvraag/${app.token}`)
    expect(after.html).toContain('Report received')
    expect(after.html).toContain('pay part of it back')
  })
})
