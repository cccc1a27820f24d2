import { env, exports } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import { demoApplications, demoRows } from '../../scripts/demo-data'
import { APPLICATION_STATUSES } from '../../worker/db/schema'
import { today } from '../../worker/lib/clock'
import { formatCents } from '../../worker/lib/money'
import { createDb } from '../../worker/db/client'
import {
  REGISTER_PAGE_SIZE,
  choicesQuery,
  initiativesQuery,
  plansQuery,
  registerQuery,
  yearsQuery,
} from '../../worker/services/register'
import {
  api,
  createApplicationRow,
  createNetwork,
  createPlan,
  createPriority,
  createUser,
  unique,
  uniqueIp,
} from './helpers'

type Status = (typeof APPLICATION_STATUSES)[number]
type ApplicantType = 'resident' | 'group' | 'foundation' | 'association'

/** The keys of personal data: none of them may ever be a key of the register's answer. */
const PERSONAL_KEYS = [
  'contactName',
  'email',
  'phone',
  'iban',
  'accountHolder',
  'kvkNumber',
  'postcode',
  'reference',
]

let deciderId: number

beforeAll(async () => {
  // Storage is this file's own: the demo data goes in first, with its fixed ids, before anything
  // else is created. The other tests use years and networks of their own.
  await loadDemoData()
  deciderId = (await createUser('coordinator')).id
})

/** The demo data set of scripts/demo-data.ts, inserted as the seed script inserts it. */
async function loadDemoData() {
  const tokenHashes = demoApplications().map(() => unique('demo-token'))
  const rows = demoRows('demo-password-hash', tokenHashes, today())
  const statements = Object.entries(rows).flatMap(([table, list]) =>
    list.map((row) => {
      const columns = Object.keys(row).map((key) => key.replace(/[A-Z]/g, (c) => `_${c}`))
      const values = Object.values(row).map((value) => {
        if (typeof value === 'boolean') return value ? 1 : 0
        if (value !== null && typeof value === 'object') return JSON.stringify(value)
        return value
      })
      return env.DB.prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      ).bind(...values)
    }),
  )
  await env.DB.batch(statements)
}

/** Fetches a public page from the real worker. */
async function page(path: string): Promise<{ status: number; html: string }> {
  const res = await exports.default.fetch(
    new Request(`http://localhost${path}`, { headers: { 'cf-connecting-ip': uniqueIp() } }),
  )
  return { status: res.status, html: await res.text() }
}

const register = (query: string, headers: Record<string, string> = {}) =>
  api(`/public/register?${query}`, { headers })

interface NetworkYear {
  networkId: number
  planId: number
  priorityIds: number[]
  priorityTitles: string[]
}

/** A fresh network with a published plan in `year` and two priorities. */
async function networkYear(
  year: number,
  budgetCents = 1_000_000,
  networkId?: number,
): Promise<NetworkYear> {
  const network = networkId ?? (await createNetwork())
  const planId = await createPlan(network, { status: 'open', year, budgetCents })
  const priorityTitles = [unique('Ontmoeting'), unique('Groen in de wijk')]
  const priorityIds = [
    await createPriority(planId, priorityTitles[0]),
    await createPriority(planId, priorityTitles[1]),
  ]
  return { networkId: network, planId, priorityIds, priorityTitles }
}

interface InitiativeOptions {
  status: Status
  applicantType?: ApplicantType
  /** The organisation name; a private applicant gets a distinctive one unless told otherwise. */
  organisationName?: string
  amountCents?: number
  settledCents?: number
  decidedOn?: string
  priorityIds?: number[]
}

interface Initiative {
  id: number
  title: string
  /** Every personal value stored with it, distinctive enough to search for in any answer. */
  personal: string[]
}

const hasAward = (status: Status) => ['awarded', 'reported', 'settled'].includes(status)

/**
 * An application in `status` with distinctive personal data, stored directly in D1 with what
 * the status implies: an awarded (or rejected) decision, the plan's awarded total, and a report.
 */
async function initiative(net: NetworkYear, options: InitiativeOptions): Promise<Initiative> {
  const { status } = options
  const applicantType = options.applicantType ?? 'group'
  const isOrganisation = applicantType === 'foundation' || applicantType === 'association'
  const organisationName = options.organisationName ?? unique('Buurtgroep Geheim')
  const title = unique('Initiatief')
  const id = await createApplicationRow(net.networkId, { planId: net.planId, status, title })
  const contact = {
    contact_name: unique('Jantje Geheim'),
    email: `${unique('geheim')}@example.net`,
    phone: unique('06-555'),
    iban: unique('NL00GEHEIM'),
    account_holder: unique('Rekeninghouder Geheim'),
    kvk_number: unique('KVK'),
    postcode: unique('9999 ZZ'),
    reference: unique('BK-GEHEIM'),
  }
  const amountCents = options.amountCents ?? 50_000
  const decidedOn = options.decidedOn ?? '2031-03-01'
  const statements = [
    env.DB.prepare(
      `UPDATE applications SET applicant_type = ?, organisation_name = ?, contact_name = ?,
        email = ?, phone = ?, iban = ?, account_holder = ?, kvk_number = ?, postcode = ?,
        reference = ? WHERE id = ?`,
    ).bind(applicantType, organisationName, ...Object.values(contact), id),
    ...(options.priorityIds ?? [net.priorityIds[0]]).map((priorityId) =>
      env.DB.prepare(
        'INSERT INTO application_priorities (application_id, priority_id) VALUES (?, ?)',
      ).bind(id, priorityId),
    ),
  ]
  if (hasAward(status) || status === 'rejected') {
    const awarded = status !== 'rejected'
    statements.push(
      env.DB.prepare(
        `INSERT INTO decisions (application_id, network_id, plan_id, outcome, amount_cents,
          motivation, decided_on, objection_deadline, votes_for, votes_against, abstentions,
          decided_by) VALUES (?, ?, ?, ?, ?, 'Past bij het plan', ?, ?, 3, 0, 0, ?)`,
      ).bind(
        id,
        net.networkId,
        net.planId,
        awarded ? 'awarded' : 'rejected',
        awarded ? amountCents : 0,
        decidedOn,
        decidedOn,
        deciderId,
      ),
    )
  }
  if (hasAward(status)) {
    statements.push(
      env.DB.prepare('UPDATE plans SET awarded_cents = awarded_cents + ? WHERE id = ?').bind(
        options.settledCents ?? amountCents,
        net.planId,
      ),
    )
  }
  if (status === 'reported' || status === 'settled') {
    statements.push(
      env.DB.prepare(
        `INSERT INTO reports (application_id, network_id, narrative, participants_reached,
          actual_costs_cents, submitted_at, settled_cents, settled_on)
          VALUES (?, ?, 'Het ging goed', 30, ?, '2031-06-01T10:00:00.000Z', ?, ?)`,
      ).bind(
        id,
        net.networkId,
        amountCents,
        options.settledCents ?? null,
        options.settledCents === undefined ? null : '2031-07-01',
      ),
    )
  }
  await env.DB.batch(statements)
  const personal = [...Object.values(contact)]
  if (!isOrganisation) personal.push(organisationName)
  return { id, title, personal }
}

/** Every key of a JSON value, at any depth. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf)
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)])
}

/** The register's answers and pages, in both languages, for one year (and network). */
async function everyAnswer(query: string): Promise<string[]> {
  const answers = await Promise.all([register(query), register(query, { 'accept-language': 'en' })])
  for (const answer of answers) {
    expect(answer.status).toBe(200)
    expect(keysOf(answer.body).filter((key) => PERSONAL_KEYS.includes(key))).toEqual([])
  }
  const pages = await Promise.all([page(`/register?${query}`), page(`/en/register?${query}`)])
  for (const p of pages) expect(p.status).toBe(200)
  return [...answers.map((a) => JSON.stringify(a.body)), ...pages.map((p) => p.html)]
}

function expectNoneIn(texts: string[], secrets: string[]) {
  for (const text of texts) {
    expect(secrets.filter((secret) => text.includes(secret))).toEqual([])
  }
}

describe('register contents', () => {
  it('shows each plan’s budget use and its awarded initiatives with priorities, amounts, statuses and dates', async () => {
    const net = await networkYear(2031, 1_000_000)
    const foundation = await initiative(net, {
      status: 'awarded',
      applicantType: 'foundation',
      organisationName: 'Stichting Repair Café Test',
      amountCents: 250_000,
      decidedOn: '2031-03-01',
      priorityIds: net.priorityIds,
    })
    const group = await initiative(net, {
      status: 'reported',
      applicantType: 'group',
      amountCents: 90_000,
      decidedOn: '2031-05-10',
      priorityIds: [net.priorityIds[1]],
    })
    const association = await initiative(net, {
      status: 'settled',
      applicantType: 'association',
      organisationName: 'Vereniging Jong Test',
      amountCents: 60_000,
      settledCents: 55_000,
      decidedOn: '2031-02-01',
    })
    // Neither a refusal nor an application still waiting for its decision is in the register.
    await initiative(net, { status: 'rejected', decidedOn: '2031-04-01' })
    await initiative(net, { status: 'submitted' })

    const res = await register(`year=2031&networkId=${net.networkId}`)
    expect(res.status).toBe(200)
    expect(res.body.year).toBe(2031)
    expect(res.body.networkId).toBe(net.networkId)
    expect(res.body.networks).toHaveLength(1)
    const [section] = res.body.networks
    const figures = {
      budgetCents: 1_000_000,
      awardedCents: 250_000 + 90_000 + 55_000,
      remainingCents: 1_000_000 - 395_000,
      initiativeCount: 3,
    }
    expect(section).toMatchObject({ id: net.networkId, area: 'Een wijk', ...figures })
    expect(section.plans).toEqual([
      { id: net.planId, title: expect.any(String), status: 'open', ...figures },
    ])
    expect(section.nextCursor).toBeNull()
    expect(section.initiatives).toEqual([
      {
        title: group.title,
        organisationName: null,
        planId: net.planId,
        priorities: [net.priorityTitles[1]],
        awardedCents: 90_000,
        settledCents: null,
        status: 'reported',
        statusText: 'Verantwoording ontvangen',
        decidedOn: '2031-05-10',
      },
      {
        title: foundation.title,
        organisationName: 'Stichting Repair Café Test',
        planId: net.planId,
        priorities: net.priorityTitles,
        awardedCents: 250_000,
        settledCents: null,
        status: 'awarded',
        statusText: 'Geld gegeven',
        decidedOn: '2031-03-01',
      },
      {
        title: association.title,
        organisationName: 'Vereniging Jong Test',
        planId: net.planId,
        priorities: [net.priorityTitles[0]],
        awardedCents: 60_000,
        settledCents: 55_000,
        status: 'settled',
        statusText: 'Afgerond',
        decidedOn: '2031-02-01',
      },
    ])

    const english = await register(`year=2031&networkId=${net.networkId}`, {
      'accept-language': 'en-GB,en;q=0.9',
    })
    expect(
      english.body.networks[0].initiatives.map((i: { statusText: string }) => i.statusText),
    ).toEqual(['Report received', 'Money given', 'Completed'])
  })

  it('shows the same on the page, in Dutch and English, with the plan’s budget bar', async () => {
    const net = await networkYear(2031, 2_000_000)
    const foundation = await initiative(net, {
      status: 'settled',
      applicantType: 'foundation',
      organisationName: 'Stichting Lombok Viert Test',
      amountCents: 500_000,
      settledCents: 450_000,
      decidedOn: '2031-08-26',
    })
    const networkName = (await register(`year=2031&networkId=${net.networkId}`)).body.networks[0]
      .name

    const dutch = await page(`/register?year=2031&networkId=${net.networkId}`)
    expect(dutch.status).toBe(200)
    expect(dutch.html).toMatch(/^<!doctype html><html lang="nl">/)
    expect(dutch.html).toContain(`Initiatieven die geld kregen van ${networkName} in 2031`)
    expect(dutch.html).toContain('<th scope="col">Initiatief</th>')
    expect(dutch.html).toContain(`<th scope="row">${foundation.title}`)
    expect(dutch.html).toContain('door Stichting Lombok Viert Test')
    for (const cents of [2_000_000, 450_000, 1_550_000, 500_000]) {
      expect(dutch.html).toContain(formatCents(cents, 'nl'))
    }
    expect(dutch.html).toContain('class="bar-22"')
    expect(dutch.html).toContain('22% van het budget is gegeven.')
    expect(dutch.html).toContain('Afgerond')
    expect(dutch.html).toContain('26 augustus 2031')
    expect(dutch.html).toContain('<option value="2031" selected="">2031</option>')
    expect(dutch.html).toContain(`<option value="${net.networkId}" selected="">`)
    expect(dutch.html).toContain('href="/en/register?year=2031&amp;networkId=')

    const english = await page(`/en/register?year=2031&networkId=${net.networkId}`)
    expect(english.status).toBe(200)
    expect(english.html).toMatch(/^<!doctype html><html lang="en">/)
    expect(english.html).toContain(`Initiatives that got money from ${networkName} in 2031`)
    expect(english.html).toContain('by Stichting Lombok Viert Test')
    expect(english.html).toContain(formatCents(450_000, 'en'))
    expect(english.html).toContain('Completed')
    expect(english.html).toContain('26 August 2031')
    expect(english.html).toContain('action="/en/register"')
  })

  it('lists a replaced award once, at its live decision, and keeps anonymised files in the figures', async () => {
    const net = await networkYear(2033, 500_000)
    const replaced = await initiative(net, { status: 'awarded', amountCents: 80_000 })
    const revokedOn = '2033-01-10'
    await env.DB.batch([
      env.DB.prepare(
        `UPDATE decisions SET revoked_at = '2033-04-01T10:00:00.000Z', decided_on = ?
          WHERE application_id = ?`,
      ).bind(revokedOn, replaced.id),
      env.DB.prepare(
        `INSERT INTO decisions (application_id, network_id, plan_id, outcome, amount_cents,
          motivation, decided_on, objection_deadline, votes_for, votes_against, abstentions,
          decided_by) VALUES (?, ?, ?, 'awarded', 70000, 'Na bezwaar', '2033-04-01', '2033-05-13',
          3, 0, 0, ?)`,
      ).bind(replaced.id, net.networkId, net.planId, deciderId),
      env.DB.prepare('UPDATE plans SET awarded_cents = 70000 WHERE id = ?').bind(net.planId),
    ])
    const anonymised = await initiative(net, {
      status: 'settled',
      amountCents: 40_000,
      settledCents: 40_000,
      decidedOn: '2033-02-01',
    })
    await env.DB.prepare(
      `UPDATE applications SET contact_name = NULL, email = NULL, phone = NULL, iban = NULL,
        account_holder = NULL, organisation_name = NULL, anonymised_at = ? WHERE id = ?`,
    )
      .bind(new Date().toISOString(), anonymised.id)
      .run()

    const [section] = (await register(`year=2033&networkId=${net.networkId}`)).body.networks
    expect(section).toMatchObject({
      awardedCents: 110_000,
      remainingCents: 390_000,
      initiativeCount: 2,
    })
    expect(
      section.initiatives.map((i: { title: string; awardedCents: number; decidedOn: string }) => [
        i.title,
        i.awardedCents,
        i.decidedOn,
      ]),
    ).toEqual([
      [replaced.title, 70_000, '2033-04-01'],
      [anonymised.title, 40_000, '2033-02-01'],
    ])
  })

  it('says so when a network gave nothing yet, and when a year has no published plan', async () => {
    const net = await networkYear(2034)
    await initiative(net, { status: 'submitted' })
    const empty = await register(`year=2034&networkId=${net.networkId}`)
    expect(empty.body.networks[0]).toMatchObject({ awardedCents: 0, initiatives: [] })
    const dutch = await page(`/register?year=2034&networkId=${net.networkId}`)
    expect(dutch.html).toContain('Het wijknetwerk heeft in 2034 nog geen geld gegeven.')
    expect(dutch.html).not.toContain('<table')

    const none = await page('/register?year=2099')
    expect(none.status).toBe(200)
    expect(none.html).toContain('Voor 2099 is er nog geen jaarplan gepubliceerd.')
    const english = await page('/en/register?year=2099')
    expect(english.html).toContain('No plan has been published for 2099 yet.')
  })
})

describe('register filters', () => {
  it('shows one year, of all networks or one, and only published plans', async () => {
    const a2035 = await networkYear(2035, 300_000)
    const a2036 = await networkYear(2036, 400_000, a2035.networkId)
    const b2035 = await networkYear(2035, 500_000)
    const draftNetwork = await createNetwork()
    await createPlan(draftNetwork, { status: 'draft', year: 2035 })
    const closed = await createPlan(b2035.networkId, { status: 'closed', year: 2035 })

    const all = (await register('year=2035')).body
    expect(all.networkId).toBeNull()
    const ids = all.networks.map((n: { id: number }) => n.id)
    expect(ids).toEqual(expect.arrayContaining([a2035.networkId, b2035.networkId]))
    expect(ids).not.toContain(draftNetwork)
    const a = all.networks.find((n: { id: number }) => n.id === a2035.networkId)
    expect(a.plans.map((p: { id: number }) => p.id)).toEqual([a2035.planId])
    const b = all.networks.find((n: { id: number }) => n.id === b2035.networkId)
    expect(b.plans.map((p: { id: number }) => p.id).sort()).toEqual([b2035.planId, closed].sort())
    expect(all.years).toEqual(expect.arrayContaining([2036, 2035, 2026]))
    expect(all.years).toEqual([...all.years].sort((x: number, y: number) => y - x))
    expect(all.choices.map((n: { id: number }) => n.id)).toContain(draftNetwork)

    const one = (await register(`year=2036&networkId=${a2036.networkId}`)).body
    expect(one.networks.map((n: { id: number }) => n.id)).toEqual([a2035.networkId])
    expect(one.networks[0].plans.map((p: { id: number }) => p.id)).toEqual([a2036.planId])
    expect(one.networks[0].budgetCents).toBe(400_000)

    const other = (await register(`year=2036&networkId=${b2035.networkId}`)).body
    expect(other.networks).toEqual([])
    const unknown = (await register('year=2035&networkId=999999')).body
    expect(unknown.networks).toEqual([])
  })

  it('takes this Dutch calendar year when no year is given, and an empty network as all', async () => {
    const res = await register('networkId=')
    expect(res.status).toBe(200)
    expect(res.body.year).toBe(Number(today().slice(0, 4)))
    expect(res.body.networkId).toBeNull()
    const html = (await page('/register')).html
    expect(html).toContain(`<option value="${res.body.year}" selected="">`)
    expect(html).toContain('<option value="">Alle wijknetwerken</option>')
  })

  it('pages through a network’s initiatives, newest decision first, each exactly once', async () => {
    const net = await networkYear(2037, 100_000_000)
    const count = REGISTER_PAGE_SIZE + 5
    const days = ['2037-01-05', '2037-02-05', '2037-03-05']
    const statements = Array.from({ length: count }, (_, i) => {
      const title = `Reeks ${net.networkId} ${String(i).padStart(3, '0')}`
      return [
        env.DB.prepare(
          `INSERT INTO applications (plan_id, network_id, status, title, access_token_hash,
            submitted_at) VALUES (?, ?, 'awarded', ?, ?, '2037-01-01T10:00:00.000Z')`,
        ).bind(net.planId, net.networkId, title, unique('hash')),
        env.DB.prepare(
          `INSERT INTO decisions (application_id, network_id, plan_id, outcome, amount_cents,
            motivation, decided_on, objection_deadline, votes_for, votes_against, abstentions,
            decided_by) SELECT id, network_id, plan_id, 'awarded', 10000, 'Goed', ?, ?, 3, 0, 0, ?
            FROM applications WHERE title = ?`,
        ).bind(days[i % 3], days[i % 3], deciderId, title),
      ]
    }).flat()
    await env.DB.batch(statements)

    const first = (await register(`year=2037&networkId=${net.networkId}`)).body.networks[0]
    expect(first.initiativeCount).toBe(count)
    expect(first.initiatives).toHaveLength(REGISTER_PAGE_SIZE)
    expect(first.nextCursor).toMatch(/^\d{4}-\d{2}-\d{2}_\d+$/)
    const after = encodeURIComponent(first.nextCursor)
    const second = (await register(`year=2037&networkId=${net.networkId}&after=${after}`)).body
      .networks[0]
    expect(second.initiatives).toHaveLength(5)
    expect(second.nextCursor).toBeNull()
    const seen = [...first.initiatives, ...second.initiatives]
    expect(new Set(seen.map((i: { title: string }) => i.title)).size).toBe(count)
    const dates = seen.map((i: { decidedOn: string }) => i.decidedOn)
    expect(dates).toEqual([...dates].sort().reverse())

    const html = (await page(`/register?year=2037&networkId=${net.networkId}`)).html
    const more = /href="(\/register\?year=2037&amp;networkId=\d+&amp;after=[^"]+)"/.exec(html)
    expect(more).not.toBeNull()
    const next = await page((more?.[1] ?? '').replaceAll('&amp;', '&'))
    expect(next.status).toBe(200)
    expect(next.html).toContain('Terug naar de nieuwste initiatieven van')
    expect(next.html).not.toContain('Meer initiatieven van')
  })
})

describe('register queries', () => {
  it('read every table through an index, the initiatives by way of the year’s plans', async () => {
    const db = createDb(env.DB)
    const explain = async (query: { toSQL: () => { sql: string; params: unknown[] } }) => {
      const { sql, params } = query.toSQL()
      const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .bind(...params)
        .all<{ detail: string }>()
      return results.map((r) => r.detail)
    }
    const details: string[] = []
    for (const raw of [{ year: '2026' }, { year: '2026', networkId: '1', after: '2026-05-01_3' }]) {
      const query = registerQuery.parse(raw)
      const initiatives = await explain(initiativesQuery(db, query))
      // Led by the plans of one year, never by every awarded application there is.
      expect(initiatives.find((d) => /^(SEARCH|SCAN) /.test(d))).toMatch(
        /^SEARCH plans USING INDEX plans_(network_)?year_idx/,
      )
      details.push(...initiatives, ...(await explain(plansQuery(db, query))))
    }
    // The choices list every published year and every network, in index order.
    details.push(...(await explain(yearsQuery(db))), ...(await explain(choicesQuery(db))))
    const fullScans = details.filter((d) => d.startsWith('SCAN ') && !d.includes(' USING '))
    // Scanning a subquery's own rows (the ranked page, a priority list) reads no table.
    expect(fullScans.filter((d) => !/^SCAN (ranked|t|\(subquery-\d+\))$/.test(d))).toEqual([])
  })
})

describe('register input', () => {
  it.each([
    ['year=abc', 'year'],
    ['year=1999', 'year'],
    ['year=2031.5', 'year'],
    ['networkId=abc', 'networkId'],
    ['networkId=-1', 'networkId'],
    ['year=2031&networkId=1&after=gisteren', 'after'],
    ['year=2031&after=2031-01-01_5', 'networkId'],
  ])('answers 400 for %s', async (query, field) => {
    const res = await register(query)
    expect(res.status).toBe(400)
    expect(res.body.message).toBe('Niet alle velden zijn goed ingevuld.')
    expect(Object.keys(res.body.errors)).toEqual([field])
  })

  it('says what is wrong in English, and shows an error page for a bad address', async () => {
    const res = await register('year=1999', { 'accept-language': 'en' })
    expect(res.body).toEqual({
      message: 'Some fields are not filled in correctly.',
      errors: { year: 'Enter a number of at least 2,000.' },
    })
    const dutch = await page('/register?year=abc')
    expect(dutch.status).toBe(400)
    expect(dutch.html).toContain('lang="nl"')
    expect((await page('/en/register?networkId=x')).status).toBe(400)
  })
})

describe('no personal data', () => {
  it('never shows contact data, bank data or a private applicant’s name, whatever the status', async () => {
    const net = await networkYear(2038)
    const made: Initiative[] = []
    for (const status of APPLICATION_STATUSES) {
      for (const applicantType of ['resident', 'group', 'foundation'] as const) {
        made.push(await initiative(net, { status, applicantType, decidedOn: '2038-03-01' }))
      }
    }
    const texts = await everyAnswer(`year=2038&networkId=${net.networkId}`)
    expectNoneIn(
      texts,
      made.flatMap((m) => m.personal),
    )
    expectNoneIn(
      await everyAnswer('year=2038'),
      made.flatMap((m) => m.personal),
    )
    // What may be shown is shown: the check above looked at a filled register.
    const awarded = made.filter((_, i) => hasAward(APPLICATION_STATUSES[Math.floor(i / 3)]))
    for (const text of texts) {
      for (const m of awarded) expect(text).toContain(m.title)
    }
  })

  it('shows none of the demo applications’ personal data', async () => {
    const rows = demoRows('demo-password-hash', [], today())
    const secrets = rows.applications.flatMap((a) => {
      const isOrganisation = a.applicant_type === 'foundation' || a.applicant_type === 'association'
      const values = [a.contact_name, a.email, a.phone, a.iban, a.kvk_number, a.reference]
      if (!isOrganisation) values.push(a.organisation_name, a.account_holder)
      else if (a.account_holder !== a.organisation_name) values.push(a.account_holder)
      return values.filter((v): v is string => typeof v === 'string' && v !== '')
    })
    expect(secrets).toContain('Els Brouwer')
    const texts = await everyAnswer('year=2026')
    expectNoneIn(texts, secrets)
    expect(texts[0]).toContain('Stichting Repair Café Amersfoort')
    expect(texts[0]).toContain('Voorleesmiddag in de bibliotheek')
  })
})
