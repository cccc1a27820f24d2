import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { WAIT_MS, launchBrowser, newPage } from './browser'
import { ApplicationListPage } from './pages/ApplicationListPage'
import { LoginPage } from './pages/LoginPage'

const baseUrl = inject('baseUrl')
const PASSWORD = 'buurtkracht-demo'
const COORDINATOR = 'coordinator@example.org'
const REVIEWER = 'reviewer@example.org'
const CONTACT = { contactName: 'Fatima el Amrani', email: 'fatima.e2e@example.org' }
const IBAN = 'NL91 ABNA 0417 1643 00'
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

async function call(path: string, init: RequestInit = {}, cookie = '') {
  const headers = new Headers(init.headers)
  if (typeof init.body === 'string') headers.set('Content-Type', 'application/json')
  if (cookie) headers.set('Cookie', cookie)
  const response = await fetch(`${baseUrl}/api${path}`, { ...init, headers })
  const body = await response.json()
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`)
  return { body, cookie: response.headers.get('set-cookie')?.split(';')[0] ?? '' }
}

async function networksOf(email: string): Promise<number[]> {
  const login = await call('/auth/login', {
    method: 'POST',
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  return (await call('/auth/me', {}, login.cookie)).body.networkIds
}

const daysFromToday = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

/**
 * An application as an applicant hands it in through the public API, in an open plan of a network
 * where both the coordinator and the reviewer have a seat: one budget line in a category that is
 * usually not funded, and a quote attached.
 */
async function submittedApplication(): Promise<{ title: string }> {
  const [coordinator, reviewer] = await Promise.all([networksOf(COORDINATOR), networksOf(REVIEWER)])
  const { body: plans } = await call('/public/plans')
  const plan = plans.find(
    (p: { networkId: number }) =>
      coordinator.includes(p.networkId) && reviewer.includes(p.networkId),
  )
  expect(plan, 'an open demo plan in a network of both users').toBeDefined()
  const title = `Burendag e2e ${crypto.randomUUID().slice(0, 8)}`
  const { body: created } = await call('/public/applications', {
    method: 'POST',
    body: JSON.stringify({
      planId: plan.id,
      applicantType: 'group',
      organisationName: 'Buurtgroep De Linde',
      ...CONTACT,
      phone: '06 12345678',
      title,
      summary: 'Een burendag op het pleintje.',
      description: 'We ruimen samen het pleintje op en eten daarna met de hele straat.',
      priorityIds: [plan.priorities[0].id],
      targetGroup: 'Bewoners van de Lindestraat',
      expectedParticipants: 40,
      volunteers: 6,
      goal: '40 bewoners doen mee',
      startsOn: daysFromToday(70),
      endsOn: daysFromToday(71),
      postcode: `${plan.postcodes[0]} AB`,
      requestedCents: 50_000,
      ownContributionHours: 20,
      supporters: 8,
      budgetLines: [
        { description: 'Afvalgrijpers en zakken', category: 'materials', amountCents: 35_000 },
        { description: 'Soep en brood', category: 'food_drink', amountCents: 15_000 },
      ],
      iban: IBAN,
      accountHolder: 'Buurtgroep De Linde',
      openToAll: true,
      privacyConsent: true,
    }),
  })
  const upload = new FormData()
  upload.set('kind', 'quote')
  upload.set('file', new File(['%PDF-1.4\n%%EOF\n'], 'offerte-e2e.pdf'))
  await call(`/public/applications/${created.token}/attachments`, {
    method: 'POST',
    body: upload,
  })
  await call(`/public/applications/${created.token}/submit`, { method: 'POST' })
  return { title }
}

it('lets a coordinator find a submitted application, read it whole and ask for more', async () => {
  const { title } = await submittedApplication()
  const page = await newPage(browser)
  await new LoginPage(page, baseUrl).logIn(COORDINATOR, PASSWORD)

  const list = await ApplicationListPage.open(page, baseUrl)
  await list.filterByStatus('Ingediend')
  // Until the filtered page arrives, the unfiltered rows are still on screen.
  await expect
    .poll(async () => [...new Set(await list.statuses())], { timeout: WAIT_MS })
    .toEqual(['Ingediend'])
  await list.search(title)

  const application = await list.openRow(title)
  expect(await application.status()).toBe('Ingediend')
  expect(await application.sections()).toEqual([
    'Overzicht',
    'Het initiatief',
    'Geld',
    'Aanvrager',
    'Bankgegevens',
    'Bijlagen',
  ])
  const text = await application.text()
  expect(text).toContain('Soep en brood')
  expect(text).toContain('Eten en drinken')
  expect(await application.flaggedLines()).toBe(1)
  expect(await application.warningsShown()).toBe(true)
  expect(await application.contactShown()).toBe(true)
  expect(text).toContain(CONTACT.contactName)
  expect(text).toContain(CONTACT.email)
  // Coordinators see the account masked.
  expect(text).toContain('NL91 **** 4300')
  expect(text).not.toContain('ABNA')
  expect(await application.attachmentLink('offerte-e2e.pdf')).toMatch(
    /^\/api\/attachments\/\d+\/content$/,
  )

  await application.requestInfo('Stuur ons graag de offerte voor de soep.', 21)
  await expect.poll(() => application.status(), { timeout: WAIT_MS }).toBe('Aanvulling gevraagd')
  expect(await application.infoRequest()).toContain('Stuur ons graag de offerte voor de soep.')
  expect(await application.requestInfoOffered()).toBe(false)
})

it('shows a reviewer the application without contact data or bank account', async () => {
  const { title } = await submittedApplication()
  const page = await newPage(browser)
  await new LoginPage(page, baseUrl).logIn(REVIEWER, PASSWORD)

  const list = await ApplicationListPage.open(page, baseUrl)
  await list.search(title)
  const application = await list.openRow(title)
  expect(await application.sections()).toEqual([
    'Overzicht',
    'Het initiatief',
    'Geld',
    'Aanvrager',
    'Bijlagen',
  ])
  const text = await application.text()
  expect(text).toContain('Buurtgroep De Linde')
  expect(await application.contactShown()).toBe(false)
  expect(await application.bankShown()).toBe(false)
  for (const hidden of [CONTACT.contactName, CONTACT.email, '06 12345678', 'IBAN', 'NL91']) {
    expect(text).not.toContain(hidden)
  }
  expect(await application.requestInfoOffered()).toBe(false)
})
