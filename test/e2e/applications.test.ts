import { expect, inject, it } from 'vitest'
import { WAIT_MS, browserOfFile, newPage } from './browser'
import {
  COORDINATOR,
  PASSWORD,
  REVIEWER,
  applicationFor,
  apply,
  call,
  planSeating,
} from './demo-api'
import { ApplicationListPage } from './pages/ApplicationListPage'
import { ApplicationShowPage } from './pages/ApplicationShowPage'
import { LoginPage } from './pages/LoginPage'

const baseUrl = inject('baseUrl')
const CONTACT = { contactName: 'Fatima el Amrani', email: 'fatima.e2e@example.org' }
const FINANCE = 'finance@example.org'
const browser = browserOfFile()

/**
 * An application as an applicant hands it in through the public API, in an open plan of a network
 * where both the coordinator and the reviewer have a seat: one budget line in a category that is
 * usually not funded, and a quote attached.
 */
async function submittedApplication(): Promise<{ title: string }> {
  const plan = await planSeating([COORDINATOR, REVIEWER])
  const body = applicationFor(plan, {
    ...CONTACT,
    title: `Burendag e2e ${crypto.randomUUID().slice(0, 8)}`,
    budgetLines: [
      { description: 'Afvalgrijpers en zakken', category: 'materials', amountCents: 35_000 },
      { description: 'Soep en brood', category: 'food_drink', amountCents: 15_000 },
    ],
  })
  const { title } = body
  const created = await apply(body)
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
  const page = await newPage(browser())
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
  // The history, newest first: the applicant handed it in after attaching the quote.
  const history = await application.history()
  expect(history[0]).toContain('Aanvrager')
  expect(history[0]).toContain('Ingediend')
  expect(history.some((row) => row.includes('offerte-e2e.pdf'))).toBe(true)
  expect(await application.sections()).toEqual([
    'Overzicht',
    'Het initiatief',
    'Geld',
    'Aanvrager',
    'Bankgegevens',
    'Bijlagen',
    'Berichten',
    'Geschiedenis',
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

it('lets finance show an IBAN whole, and the history records who did', async () => {
  const { cookie } = await call('/auth/login', {
    method: 'POST',
    body: JSON.stringify({ email: FINANCE, password: PASSWORD }),
  })
  const query = `filter=${encodeURIComponent('{"status":"awarded"}')}&range=[0,0]`
  const [awarded] = (await call(`/applications?${query}`, {}, cookie)).body
  const page = await newPage(browser())
  await new LoginPage(page, baseUrl).logIn(FINANCE, PASSWORD)
  const application = await ApplicationShowPage.open(page, baseUrl, awarded.id)
  const masked = await application.iban()
  expect(masked).toMatch(/^[A-Z]{2}\d{2} \*{4} \w{4}$/)
  await application.showIban()
  const whole = await application.iban()
  expect(whole.replace(/ /g, '')).toMatch(/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/)
  expect(whole.slice(0, 4)).toBe(masked.slice(0, 4))
  await expect
    .poll(async () => (await application.history())[0], { timeout: WAIT_MS })
    .toContain('IBAN volledig bekeken')
})

it('shows a reviewer the application without contact data or bank account', async () => {
  const { title } = await submittedApplication()
  const page = await newPage(browser())
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
