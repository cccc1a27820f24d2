import { env, exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { formatCents } from '../../worker/lib/money'
import {
  type OpenPlan,
  api,
  createNetwork,
  createOpenPlan,
  createPlan,
  createUser,
  daysFromToday,
  eligibleApplication,
  loginAs,
  unique,
  uniqueIp,
} from './helpers'

type Fields = Record<string, string | string[]>

interface Page {
  status: number
  headers: Headers
  html: string
}

/** Fetches a public page from the real worker, as a browser on this site would. */
async function open(path: string, init: RequestInit = {}): Promise<Page> {
  const headers = new Headers(init.headers)
  if (!headers.has('cf-connecting-ip')) headers.set('cf-connecting-ip', uniqueIp())
  const res = await exports.default.fetch(
    new Request(`http://localhost${path}`, { redirect: 'manual', ...init, headers }),
  )
  return { status: res.status, headers: res.headers, html: await res.text() }
}

/** Posts a plain HTML form (urlencoded), with the same-origin header a browser sends. */
function post(path: string, fields: Fields, headers: Record<string, string> = {}) {
  const body = new URLSearchParams()
  for (const [name, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : [value]) body.append(name, one)
  }
  return open(path, {
    method: 'POST',
    body,
    headers: { origin: 'http://localhost', ...headers },
  })
}

/** A complete, eligible €500 group application as the form posts it: euros, ticked boxes, rows. */
function formFor(plan: OpenPlan, overrides: Fields = {}): Fields {
  const a = eligibleApplication(plan)
  return {
    applicantType: 'group',
    organisationName: '',
    kvkNumber: '',
    contactName: a.contactName,
    email: a.email,
    phone: '',
    title: a.title,
    summary: a.summary,
    description: a.description,
    priorityIds: [String(plan.priorityIds[0])],
    targetGroup: a.targetGroup,
    expectedParticipants: '40',
    volunteers: '',
    goal: a.goal,
    startsOn: a.startsOn,
    endsOn: a.endsOn,
    postcode: '3811',
    openToAll: 'ja',
    'budgetLines.0.description': 'Plantenbakken',
    'budgetLines.0.category': 'materials',
    'budgetLines.0.amount': '350',
    'budgetLines.1.description': 'Zaden en aarde',
    'budgetLines.1.category': 'materials',
    'budgetLines.1.amount': '150,00',
    'budgetLines.2.description': '',
    'budgetLines.2.category': '',
    'budgetLines.2.amount': '',
    requestedCents: '500',
    ownContributionCents: '',
    ownContributionHours: '40',
    otherFunding: '',
    supporters: '8',
    iban: 'NL91 ABNA 0417 1643 00',
    accountHolder: 'Buurtgroep De Linde',
    privacyConsent: 'ja',
    website: '',
    intent: 'save',
    ...overrides,
  }
}

const TABLES = ['applications', 'application_priorities', 'throttle_events']

async function storedCounts(): Promise<number[]> {
  const results = await env.DB.batch<{ n: number }>(
    TABLES.map((t) => env.DB.prepare(`SELECT count(*) AS n FROM ${t}`)),
  )
  return results.map((r) => r.results[0].n)
}

/** The id of the application with this (unique) title; the applicant never sees it. */
async function idOf(title: string): Promise<number> {
  const found = await env.DB.prepare('SELECT id FROM applications WHERE title = ?')
    .bind(title)
    .first<{ id: number }>()
  if (!found) throw new Error(`no application titled ${title}`)
  return found.id
}

/** The private link's path on a draft-saved page or receipt. */
function privatePath(html: string): string {
  const match = /href="http:\/\/localhost((?:\/en)?\/aanvraag\/[A-Za-z0-9_-]{43})"/.exec(html)
  if (!match) throw new Error('no private link on the page')
  return match[1]
}

async function draft(plan: OpenPlan, overrides: Fields = {}): Promise<string> {
  const saved = await post(`/aanvragen/${plan.planId}`, formFor(plan, overrides))
  expect(saved.status).toBe(201)
  return privatePath(saved.html)
}

describe('landing page', () => {
  it('lists each open plan with its budget left and a link to its form, and hides drafts', async () => {
    const title = unique('Jaarplan open')
    const plan = await createOpenPlan({ title, budgetCents: 1_234_500 })
    const hidden = unique('Jaarplan concept')
    await createPlan(await createNetwork(), { title: hidden })

    const landing = await open('/')
    expect(landing.status).toBe(200)
    expect(landing.headers.get('content-type')).toContain('text/html')
    expect(landing.html).toMatch(/^<!doctype html><html lang="nl">/)
    expect(landing.html).toContain(title)
    expect(landing.html).toContain(formatCents(1_234_500, 'nl'))
    expect(landing.html).toContain(`href="/aanvragen/${plan.planId}"`)
    expect(landing.html).toContain(`Aanvraag doen voor ${title}`)
    expect(landing.html).not.toContain(hidden)
  })

  it('serves English under /en, with the language switch on every page', async () => {
    const plan = await createOpenPlan()
    const landing = await open('/en')
    expect(landing.html).toContain('<html lang="en">')
    expect(landing.html).toContain(`href="/en/aanvragen/${plan.planId}"`)
    expect(landing.html).toContain('href="/" lang="nl"')
    const slashed = await open('/en/')
    expect(slashed.status).toBe(200)
    expect(slashed.html).toContain('<html lang="en">')

    const form = await open(`/en/aanvragen/${plan.planId}`)
    expect(form.html).toContain('<html lang="en">')
    expect(form.html).toContain(`action="/en/aanvragen/${plan.planId}"`)
    expect(form.html).toContain(`href="/aanvragen/${plan.planId}" lang="nl"`)
    expect((await open(`/aanvragen/${plan.planId}`)).html).toContain(
      `href="/en/aanvragen/${plan.planId}" lang="en"`,
    )
  })
})

describe('application form', () => {
  it('labels every input and asks nothing of the browser’s own validation', async () => {
    const plan = await createOpenPlan()
    const form = await open(`/aanvragen/${plan.planId}`)
    expect(form.status).toBe(200)
    expect(form.html).toContain('novalidate')
    expect(form.html).not.toMatch(/\srequired[\s=>]/)
    const ids = [...form.html.matchAll(/<(?:input|select|textarea)\b[^>]*\sid="([^"]+)"/g)].map(
      (m) => m[1],
    )
    expect(ids.length).toBeGreaterThan(40)
    for (const id of ids) expect(form.html, id).toContain(`<label for="${id}"`)
    expect(form.html).toContain('name="intent" value="save"')
    expect(form.html).toContain('name="intent" value="submit"')
  })

  it('answers 404 for a plan that is not open', async () => {
    const draftPlan = await createPlan(await createNetwork())
    const res = await open(`/aanvragen/${draftPlan}`)
    expect(res.status).toBe(404)
    expect(res.html).toContain('<h1>Deze pagina bestaat niet</h1>')
    expect((await open('/aanvragen/abc')).status).toBe(404)
  })

  it('shows every problem of an empty submission at the top and at its field, storing nothing', async () => {
    const plan = await createOpenPlan()
    const before = await storedCounts()
    const res = await post(`/aanvragen/${plan.planId}`, { intent: 'submit', website: '' })
    expect(res.status).toBe(400)
    expect(await storedCounts()).toEqual(before)
    expect(res.html).toContain('<title>Fout: ')
    expect(res.html).toContain('class="error-summary"')
    expect(res.html).toContain('href="#contactName"')
    expect(res.html).toContain('href="#budgetLines.0.description"')
    expect(res.html).toContain('href="#priorityIds"')
    expect(res.html).toMatch(
      /id="contactName" name="contactName" value=""[^>]* aria-describedby="contactName-error" aria-invalid="true"/,
    )
    expect(res.html).toContain('id="contactName-error"')
  })

  it('keeps what was typed and explains an amount it cannot read', async () => {
    const plan = await createOpenPlan()
    const res = await post(
      `/aanvragen/${plan.planId}`,
      formFor(plan, { requestedCents: 'vijfhonderd', title: 'Mijn <moestuin>' }),
    )
    expect(res.status).toBe(400)
    expect(res.html).toContain('value="vijfhonderd"')
    expect(res.html).toContain('value="Mijn &lt;moestuin&gt;"')
    expect(res.html).toContain('Vul een bedrag in euro in')
    expect(res.html).toContain('href="#requestedCents"')
    expect(res.html).not.toContain('NaN')
  })

  it('puts eligibility findings at the fields they are about', async () => {
    const plan = await createOpenPlan()
    const res = await post(
      `/aanvragen/${plan.planId}`,
      formFor(plan, { supporters: '2', 'budgetLines.1.amount': '0', intent: 'submit' }),
    )
    expect(res.status).toBe(400)
    expect(res.html).toContain('href="#supporters"')
    expect(res.html).toContain('minstens 5 buurtbewoners')
    expect(res.html).toContain('href="#budgetLines.1.amountCents"')
    expect(res.html).toMatch(/id="supporters"[^>]*aria-invalid="true"/)
  })

  it('refuses a filled-in honeypot and stores nothing', async () => {
    const plan = await createOpenPlan()
    const before = await storedCounts()
    const res = await post(
      `/aanvragen/${plan.planId}`,
      formFor(plan, { website: 'https://spam.example' }),
    )
    expect(res.status).toBe(400)
    expect(res.html).toContain('niet opgeslagen')
    expect(await storedCounts()).toEqual(before)
  })

  it('refuses a post from another site', async () => {
    const plan = await createOpenPlan()
    const before = await storedCounts()
    const res = await post(`/aanvragen/${plan.planId}`, formFor(plan), {
      origin: 'https://evil.example',
    })
    expect(res.status).toBe(403)
    expect(res.html).toContain('niet van deze website')
    expect(await storedCounts()).toEqual(before)
  })

  it('takes a form posted with the Origin that no-referrer hides, when the browser says same-origin', async () => {
    const plan = await createOpenPlan()
    const hidden = { origin: 'null', 'sec-fetch-site': 'same-origin' }
    expect((await post(`/aanvragen/${plan.planId}`, formFor(plan), hidden)).status).toBe(201)
    const before = await storedCounts()
    const crossSite = { origin: 'null', 'sec-fetch-site': 'cross-site' }
    expect((await post(`/aanvragen/${plan.planId}`, formFor(plan), crossSite)).status).toBe(403)
    expect(
      (await post(`/aanvragen/${plan.planId}`, formFor(plan), { origin: 'null' })).status,
    ).toBe(403)
    expect(await storedCounts()).toEqual(before)
  })

  it('refuses a form body that is too large with a page', async () => {
    const plan = await createOpenPlan()
    const res = await post(`/aanvragen/${plan.planId}`, { description: 'x'.repeat(300_000) })
    expect(res.status).toBe(413)
    expect(res.html).toContain('<h1>Dit is te groot</h1>')
  })
})

describe('saving, the private link and submitting', () => {
  it('saves a draft, shows the private link once, and the link opens the status page', async () => {
    const plan = await createOpenPlan()
    const title = unique('Buurtmoestuin')
    const saved = await post(`/aanvragen/${plan.planId}`, formFor(plan, { title }))
    expect(saved.status).toBe(201)
    expect(saved.html).toContain('Uw concept is opgeslagen')
    expect(saved.headers.get('cache-control')).toBe('no-store')
    const path = privatePath(saved.html)
    expect(saved.html).toContain(`id="private-link" value="http://localhost${path}"`)

    const status = await open(path)
    expect(status.status).toBe(200)
    expect(status.html).toContain(title)
    expect(status.html).toContain('Concept: nog niet ingediend')
    expect(status.headers.get('cache-control')).toBe('no-store')
    expect(status.headers.get('x-robots-tag')).toBe('noindex')
    expect(status.headers.get('referrer-policy')).toBe('no-referrer')
  })

  it('submits at once with a receipt: reference, decision date and the private link', async () => {
    const plan = await createOpenPlan()
    const res = await post(`/aanvragen/${plan.planId}`, formFor(plan, { intent: 'submit' }))
    expect(res.status).toBe(201)
    expect(res.html).toContain('Uw aanvraag is ontvangen')
    expect(res.html).toMatch(/BK-\d{4}-\d{4}/)
    expect(res.html).toContain('Besluit uiterlijk op')
    const status = await open(privatePath(res.html))
    expect(status.html).toContain('<strong>Ingediend</strong>')
  })

  it('lists on the receipt what the applicant should still know', async () => {
    const plan = await createOpenPlan()
    const res = await post(
      `/aanvragen/${plan.planId}`,
      formFor(plan, {
        'budgetLines.1.description': 'Koffie en thee',
        'budgetLines.1.category': 'food_drink',
        startsOn: daysFromToday(10),
        intent: 'submit',
      }),
    )
    expect(res.status).toBe(201)
    expect(res.html).toContain('Koffie en thee: Deze kosten worden meestal niet betaald')
    expect(res.html).toContain('begint binnen 6 weken')
  })

  it('keeps the language of the form on the pages that follow it', async () => {
    const plan = await createOpenPlan()
    const saved = await post(`/en/aanvragen/${plan.planId}`, formFor(plan))
    expect(saved.status).toBe(201)
    expect(saved.html).toContain('<html lang="en">')
    expect(saved.html).toContain('Your draft has been saved')
    const path = privatePath(saved.html)
    expect(path).toMatch(/^\/en\/aanvraag\//)
    const status = await open(path)
    expect(status.html).toContain('Draft: not submitted yet')
    const edited = await post(`${path}/wijzigen`, formFor(plan))
    expect(edited.headers.get('location')).toBe(path)
  })

  it('refuses an eleventh new application from one address within the hour with a page', async () => {
    const plan = await createOpenPlan()
    const ip = uniqueIp()
    for (let i = 0; i < 10; i++) {
      const res = await post(`/aanvragen/${plan.planId}`, formFor(plan), { 'cf-connecting-ip': ip })
      expect(res.status).toBe(201)
    }
    const before = await storedCounts()
    const refused = await post(`/aanvragen/${plan.planId}`, formFor(plan), {
      'cf-connecting-ip': ip,
    })
    expect(refused.status).toBe(429)
    expect(refused.html).toContain('<h1>Even wachten</h1>')
    expect(await storedCounts()).toEqual(before)
  })

  it('answers a wrong or malformed token with a 404 page', async () => {
    const wrong = await open(`/aanvraag/${'A'.repeat(43)}`)
    expect(wrong.status).toBe(404)
    expect(wrong.html).toContain('<h1>Deze pagina bestaat niet</h1>')
    expect((await open('/aanvraag/kort')).status).toBe(404)
    expect((await open('/en/aanvraag/kort')).html).toContain('<html lang="en">')
  })

  it('escapes a hostile title on the status page', async () => {
    const plan = await createOpenPlan()
    const path = await draft(plan, { title: '<script>alert(1)</script>' })
    const status = await open(path)
    expect(status.html).not.toContain('<script>alert(1)</script>')
    expect(status.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('edits a draft (303 back to the status page) and submits it from the status page', async () => {
    const plan = await createOpenPlan()
    const path = await draft(plan, { supporters: '' })
    const status = await open(path)
    expect(status.html).toContain(`href="${path}/wijzigen#supporters"`)

    const edit = await open(`${path}/wijzigen`)
    expect(edit.status).toBe(200)
    expect(edit.html).toContain('value="500"')
    expect(edit.html).toContain('value="150"')
    expect(edit.html).not.toContain('name="website"')

    const refused = await post(`${path}/indienen`, {})
    expect(refused.status).toBe(400)
    expect(refused.html).toContain('href="#supporters"')

    const saved = await post(`${path}/wijzigen`, formFor(plan, { supporters: '9' }))
    expect(saved.status).toBe(303)
    expect(saved.headers.get('location')).toBe(path)

    const submitted = await post(`${path}/indienen`, {})
    expect(submitted.status).toBe(200)
    expect(submitted.html).toMatch(/BK-\d{4}-\d{4}/)
    const again = await post(`${path}/indienen`, {})
    expect(again.status).toBe(409)
    expect(again.html).toContain('al ingediend')
  })

  it('saves and submits in one go from the edit form', async () => {
    const plan = await createOpenPlan()
    const path = await draft(plan)
    const res = await post(`${path}/wijzigen`, formFor(plan, { intent: 'submit' }))
    expect(res.status).toBe(200)
    expect(res.html).toContain('Uw aanvraag is ontvangen')
  })

  it('withdraws a submitted application only after the box is ticked', async () => {
    const plan = await createOpenPlan()
    const submitted = await post(`/aanvragen/${plan.planId}`, formFor(plan, { intent: 'submit' }))
    const path = privatePath(submitted.html)
    const unconfirmed = await post(`${path}/intrekken`, {})
    expect(unconfirmed.status).toBe(400)
    expect(unconfirmed.html).toContain('href="#confirm"')
    const done = await post(`${path}/intrekken`, { confirm: 'ja' })
    expect(done.status).toBe(303)
    const status = await open(path)
    expect(status.html).toContain('<strong>Ingetrokken</strong>')
    expect(status.html).not.toContain('/intrekken')
  })

  it('shows a request for more information with its term, and lets the applicant edit again', async () => {
    const plan = await createOpenPlan()
    const title = unique('Aanvulling')
    const res = await post(`/aanvragen/${plan.planId}`, formFor(plan, { title, intent: 'submit' }))
    const path = privatePath(res.html)
    const coordinator = await loginAs('coordinator', [plan.networkId])
    const asked = await api(`/applications/${await idOf(title)}/request-info`, {
      cookie: coordinator.cookie,
      body: { message: 'Stuur de offerte <b>van de zaal</b> mee.' },
    })
    expect(asked.status).toBe(200)

    const status = await open(path)
    expect(status.html).toContain('<strong>Aanvulling nodig</strong>')
    expect(status.html).toContain('Stuur de offerte &lt;b&gt;van de zaal&lt;/b&gt; mee.')
    expect(status.html).toMatch(/Vul uw aanvraag aan vóór of op \d+ \w+ \d{4}\./)
    expect(status.html).toContain(`href="${path}/wijzigen"`)
    expect((await open(`${path}/wijzigen`)).status).toBe(200)
  })

  it('shows the decision with the objection deadline, and the payouts', async () => {
    const plan = await createOpenPlan()
    const title = unique('Besloten')
    const res = await post(`/aanvragen/${plan.planId}`, formFor(plan, { title, intent: 'submit' }))
    const path = privatePath(res.html)
    const id = await idOf(title)
    const coordinator = await createUser('coordinator')
    await env.DB.batch([
      env.DB.prepare(`UPDATE applications SET status = 'awarded' WHERE id = ?`).bind(id),
      env.DB.prepare(
        `INSERT INTO decisions (application_id, network_id, plan_id, outcome, amount_cents,
          motivation, decided_on, objection_deadline, votes_for, votes_against, abstentions,
          decided_by) VALUES (?, ?, ?, 'awarded', 45000, 'Past goed bij het plan.', '2026-11-20',
          '2027-01-01', 3, 0, 0, ?)`,
      ).bind(id, plan.networkId, plan.planId, coordinator.id),
      env.DB.prepare(
        `INSERT INTO payouts (application_id, network_id, plan_id, number, kind, amount_cents,
          due_on, status, paid_on, end_to_end_id) VALUES (?, ?, ?, 1, 'advance', 45000,
          '2026-12-01', 'paid', '2026-11-30', ?)`,
      ).bind(id, plan.networkId, plan.planId, unique('E2E')),
    ])

    const status = await open(path)
    expect(status.html).toContain('<strong>Toegekend</strong>')
    expect(status.html).toContain(formatCents(45_000, 'nl'))
    expect(status.html).toContain('Past goed bij het plan.')
    expect(status.html).toContain('U kunt tot 1 januari 2027 bezwaar maken.')
    expect(status.html).toContain('Voorschot')
    expect(status.html).toContain('Betaald op 30 november 2026')
    expect(status.html).not.toContain('/wijzigen')
    expect(status.html).not.toContain('/intrekken')
  })

  it('deletes a draft only after the box is ticked, after which the link leads nowhere', async () => {
    const plan = await createOpenPlan()
    const path = await draft(plan)
    const status = await open(path)
    expect(status.html).toContain(`action="${path}/verwijderen"`)
    expect(status.html).not.toContain('/intrekken')
    const unconfirmed = await post(`${path}/verwijderen`, {})
    expect(unconfirmed.status).toBe(400)
    expect(unconfirmed.html).toContain('href="#confirmDelete"')
    const deleted = await post(`${path}/verwijderen`, { confirmDelete: 'ja' })
    expect(deleted.status).toBe(200)
    expect(deleted.html).toContain('Uw concept is verwijderd')
    expect((await open(path)).status).toBe(404)
  })

  it('adds, downloads and removes an attachment through the pages', async () => {
    const plan = await createOpenPlan()
    const path = await draft(plan)
    const form = new FormData()
    form.set('file', new File([new TextEncoder().encode('%PDF-1.4\n%%EOF\n')], 'offerte.pdf'))
    form.set('kind', 'quote')
    const added = await open(`${path}/bijlagen`, {
      method: 'POST',
      body: form,
      headers: { origin: 'http://localhost' },
    })
    expect(added.status).toBe(303)
    const status = await open(path)
    const link = /href="([^"]+\/bijlagen\/\d+)"/.exec(status.html)?.[1]
    expect(link).toBeDefined()
    const file = await exports.default.fetch(new Request(`http://localhost${link}`))
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('application/pdf')
    await file.arrayBuffer()

    const empty = new FormData()
    empty.set('file', new File([], ''))
    const refused = await open(`${path}/bijlagen`, {
      method: 'POST',
      body: empty,
      headers: { origin: 'http://localhost' },
    })
    expect(refused.status).toBe(400)
    expect(refused.html).toContain('href="#file"')

    const removed = await post(`${link}/verwijderen`, {})
    expect(removed.status).toBe(303)
    expect((await open(path)).html).not.toContain('offerte.pdf')
  })
})

it('answers unknown pages with a 404 page in the right language', async () => {
  const nl = await open('/bestaat-niet')
  expect(nl.status).toBe(404)
  expect(nl.html).toContain('<html lang="nl">')
  const en = await open('/en/does-not-exist')
  expect(en.status).toBe(404)
  expect(en.html).toContain('<h1>This page does not exist</h1>')
})

it('serves the stylesheet for a year', async () => {
  const css = await open('/styles.css')
  expect(css.status).toBe(200)
  expect(css.headers.get('content-type')).toContain('text/css')
  expect(css.headers.get('cache-control')).toContain('max-age=31536000')
  expect(css.html).toContain(':focus-visible')
})
