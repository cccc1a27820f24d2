import type { BrowserContext, Page } from 'playwright-core'
import { expect, inject, it } from 'vitest'
import { accessibilityViolations, accessibilityViolationsOf } from './axe'
import { WAIT_MS, browserOfFile } from './browser'
import { PASSWORD, call } from './demo-api'

const baseUrl = inject('baseUrl')
/** The demo data's year (scripts/demo-data.ts): its plans and awards. */
const DEMO_YEAR = '2026'
const browser = browserOfFile()

/** A phone-sized page; with scripts it may also run axe (the page's CSP bypassed). */
async function phone(javaScriptEnabled: boolean): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser().newContext({
    viewport: { width: 360, height: 740 },
    javaScriptEnabled,
    bypassCSP: javaScriptEnabled,
  })
  const page = await context.newPage()
  page.setDefaultTimeout(WAIT_MS)
  page.setDefaultNavigationTimeout(2 * WAIT_MS)
  return { context, page }
}

/** The register page as a reader uses it: its choices and the tables per network. */
class RegisterPage {
  private constructor(private readonly page: Page) {}

  /** The register in Dutch, or in English with `prefix` `/en`. */
  static async open(page: Page, prefix = '', query = '') {
    await page.goto(`${baseUrl}${prefix}/register${query}`)
    await page.locator('h1').waitFor()
    return new RegisterPage(page)
  }

  /** Chooses a year and a network in the form and sends it, as a person would. */
  async choose(year: string, network: string, labels = { year: 'Jaar', network: 'Wijknetwerk' }) {
    await this.page.getByLabel(labels.year, { exact: true }).selectOption(year)
    await this.page.getByLabel(labels.network, { exact: true }).selectOption({ label: network })
    await Promise.all([
      this.page.waitForURL(/networkId=\d+/),
      this.page.getByRole('button').click(),
    ])
  }

  /** The headings of the network sections on the page. */
  networks(): Promise<string[]> {
    return this.page.locator('main section h2').allInnerTexts()
  }

  /** Each table's caption and its rows' header cells (the initiatives' titles). */
  async tables(): Promise<{ caption: string; titles: string[] }[]> {
    const tables = []
    for (const table of await this.page.locator('main table').all()) {
      tables.push({
        caption: await table.locator('caption').innerText(),
        titles: await table.locator('tbody th[scope="row"]').allInnerTexts(),
      })
    }
    return tables
  }

  html(): Promise<string> {
    return this.page.content()
  }
}

interface StaffApplication {
  id: number
  applicantType: string | null
  organisationName: string | null
  kvkNumber: string | null
  contactName: string | null
  email: string | null
  phone: string | null
  iban: string | null
  accountHolder: string | null
  postcode: string | null
  reference: string | null
}

/**
 * Every personal value of every application staff can read, as the admin reads them through the
 * panel's API: names, contact and bank data, and a private applicant's organisation name.
 */
async function personalValues(): Promise<string[]> {
  const { cookie } = await call('/auth/login', {
    method: 'POST',
    body: JSON.stringify({ email: 'admin@example.org', password: PASSWORD }),
  })
  const range = encodeURIComponent(JSON.stringify([0, 499]))
  const { body } = await call(`/applications?range=${range}`, {}, cookie)
  const values: (string | null | undefined)[] = []
  // A list row holds what the lists show; the personal data is read on each record.
  for (const { id } of body as StaffApplication[]) {
    const a = (await call(`/applications/${id}`, {}, cookie)).body as StaffApplication
    const isOrganisation = a.applicantType === 'foundation' || a.applicantType === 'association'
    // The list shows an IBAN masked; the admin may read it whole.
    const iban = a.iban?.includes('*')
      ? (await call(`/applications/${a.id}/iban`, {}, cookie)).body.iban
      : a.iban
    values.push(
      ...[a.contactName, a.email, a.phone, a.kvkNumber, a.reference, iban],
      // A bare 4-digit postcode area is the network's own, published on the landing page.
      a.postcode && a.postcode.length > 4 ? a.postcode : null,
      iban?.replace(/\s/g, ''),
      ...(isOrganisation
        ? [a.accountHolder === a.organisationName ? null : a.accountHolder]
        : [a.organisationName, a.accountHolder]),
    )
  }
  return values.filter((v): v is string => typeof v === 'string' && v.trim().length > 0)
}

it('shows where the demo money went, in Dutch and English, without WCAG 2.1 A/AA violations', async () => {
  const { context, page } = await phone(true)
  try {
    const dutch = await RegisterPage.open(page, '', `?year=${DEMO_YEAR}`)
    expect(await page.locator('h1').innerText()).toBe('Waar ging het geld naartoe?')
    expect(await dutch.networks()).toEqual(
      expect.arrayContaining(['Buurtnetwerk Lombok', 'Wijknetwerk Schothorst']),
    )
    const tables = await dutch.tables()
    const schothorst = tables.find((t) => t.caption.includes('Wijknetwerk Schothorst'))
    expect(schothorst?.titles.join('\n')).toContain('Repair Café Schothorst')
    expect(schothorst?.titles.join('\n')).toContain('Stichting Repair Café Amersfoort')
    expect(schothorst?.titles.join('\n')).not.toContain('Barbecue voor de straat')
    expect(await accessibilityViolations(page), 'register (nl)').toEqual([])

    await RegisterPage.open(page, '/en', `?year=${DEMO_YEAR}`)
    expect(await page.locator('h1').innerText()).toBe('Where did the money go?')
    expect(await accessibilityViolations(page), 'register (en)').toEqual([])

    await RegisterPage.open(page, '', '?year=2099')
    expect(await page.locator('main').innerText()).toContain('Voor 2099 is er nog geen jaarplan')
    expect(await accessibilityViolations(page), 'register without data').toEqual([])
  } finally {
    await context.close()
  }
})

it('lets a reader choose a year and a network with JavaScript turned off', async () => {
  const { context, page } = await phone(false)
  const captured: { name: string; html: string }[] = []
  try {
    const register = await RegisterPage.open(page)
    await register.choose(DEMO_YEAR, 'Buurtnetwerk Lombok')
    expect(page.url()).toContain(`/register?year=${DEMO_YEAR}&networkId=`)
    expect(await register.networks()).toEqual(['Buurtnetwerk Lombok'])
    const [lombok] = await register.tables()
    expect(lombok.titles.join('\n')).toContain('Wijkfestival Lombok')
    captured.push({ name: 'chosen (nl)', html: await register.html() })

    const english = await RegisterPage.open(page, '/en')
    await english.choose(DEMO_YEAR, 'Wijknetwerk Schothorst', {
      year: 'Year',
      network: 'Network',
    })
    expect(page.url()).toContain(`/en/register?year=${DEMO_YEAR}&networkId=`)
    expect(await english.networks()).toEqual(['Wijknetwerk Schothorst'])
    captured.push({ name: 'chosen (en)', html: await english.html() })
  } finally {
    await context.close()
  }
  const checker = await phone(true)
  try {
    for (const { name, html } of captured) {
      const violations = await accessibilityViolationsOf(checker.page, html, `${baseUrl}/register`)
      expect(violations, name).toEqual([])
    }
  } finally {
    await checker.context.close()
  }
})

it('shows no personal data of any application, in either language', async () => {
  const secrets = await personalValues()
  expect(secrets.length).toBeGreaterThan(20)
  const { context, page } = await phone(false)
  try {
    const years = [DEMO_YEAR, String(new Date().getFullYear())]
    for (const prefix of ['', '/en']) {
      for (const year of years) {
        const register = await RegisterPage.open(page, prefix, `?year=${year}`)
        const html = await register.html()
        expect(secrets.filter((secret) => html.includes(secret))).toEqual([])
      }
    }
    const { body } = await call(`/public/register?year=${DEMO_YEAR}`)
    const json = JSON.stringify(body)
    expect(secrets.filter((secret) => json.includes(secret))).toEqual([])
  } finally {
    await context.close()
  }
})
