import type { BrowserContext, Page } from 'playwright-core'
import { expect, inject, it } from 'vitest'
import { accessibilityViolations, accessibilityViolationsOf } from './axe'
import { WAIT_MS, browserOfFile } from './browser'
import { ApplicantStatusPage } from './pages/ApplicantStatusPage'
import { type Answer, ApplyFormPage } from './pages/ApplyFormPage'
import { ApplyLandingPage, type OpenPlanCard } from './pages/ApplyLandingPage'
import { KeyboardUser } from './pages/KeyboardUser'
import { PrivateLinkPage } from './pages/PrivateLinkPage'

const baseUrl = inject('baseUrl')
/** A small phone. */
const VIEWPORT = { width: 360, height: 740 }
const REFERENCE = /^BK-\d{4}-\d{4}$/
const browser = browserOfFile()

/** A phone-sized page; with scripts it may also read the clipboard and run axe (CSP bypassed). */
async function phone(javaScriptEnabled: boolean): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser().newContext({
    viewport: VIEWPORT,
    javaScriptEnabled,
    bypassCSP: javaScriptEnabled,
  })
  if (javaScriptEnabled) {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl })
  }
  const page = await context.newPage()
  page.setDefaultTimeout(WAIT_MS)
  page.setDefaultNavigationTimeout(2 * WAIT_MS)
  return { context, page }
}

/** A date `days` from today as people type it in the form: day-month-year. */
function typedDate(days: number): string {
  const [year, month, day] = new Date(Date.now() + days * 86_400_000)
    .toISOString()
    .slice(0, 10)
    .split('-')
  return `${day}-${month}-${year}`
}

/**
 * Every answer of a €500 application from a group of residents, in the order of the form, starting
 * in the middle (at the name, where the error summary leads) so Shift+Tab is needed as well.
 */
function groupApplication(plan: OpenPlanCard): Answer[] {
  const text = (id: string, value: string): Answer => ({ kind: 'text', id, value })
  return [
    text('contactName', 'Fatima el Amrani'),
    { kind: 'radio', id: 'applicantType', value: 'group' },
    text('email', 'fatima.toetsenbord@example.org'),
    text('title', `Buurtmoestuin met het toetsenbord ${Date.now()}`),
    text('summary', 'Een moestuin voor en door de buren.'),
    text('description', 'We maken samen plantenbakken op het pleintje en oogsten met de straat.'),
    { kind: 'check', id: 'priorityIds' },
    text('targetGroup', 'Bewoners van de straat, jong en oud'),
    text('expectedParticipants', '30'),
    text('goal', '30 buren doen minstens één keer mee'),
    // More than 6 weeks ahead, so no warning that the decision may come too late.
    text('startsOn', typedDate(56)),
    text('endsOn', typedDate(90)),
    text('postcode', plan.postcodes[0]),
    { kind: 'check', id: 'openToAll' },
    text('budgetLines.0.description', 'Plantenbakken, aarde en zaden'),
    { kind: 'select', id: 'budgetLines.0.category', typed: 'Mat', value: 'materials' },
    text('budgetLines.0.amountCents', '500'),
    text('requestedCents', '500'),
    text('ownContributionHours', '20'),
    text('supporters', '6'),
    text('iban', 'NL91 ABNA 0417 1643 00'),
    text('accountHolder', 'Buurtgroep De Linde'),
    { kind: 'check', id: 'privacyConsent' },
  ]
}

const expected = (answer: Answer) => (answer.kind === 'check' ? true : answer.value)

interface Journey {
  ms: number
  requiredAnswers: number
  emptyFormErrors: number
  reference: string
  /** Each page on the way, as the browser had it, to check its accessibility afterwards. */
  pages: { name: string; html: string }[]
}

/**
 * A resident who uses only the keyboard: from the landing page to the form, an empty submission,
 * the error summary, every answer, a saved draft, the copied private link, and the receipt.
 */
async function keyboardJourney(page: Page, clipboard: boolean): Promise<Journey> {
  const keyboard = new KeyboardUser(page)
  const pages: Journey['pages'] = []
  const keep = async (name: string) => pages.push({ name, html: await page.content() })
  const started = Date.now()

  const landing = await ApplyLandingPage.open(page, baseUrl)
  await keep('landing')
  const [plan] = await landing.plans()
  expect(plan.postcodes.length).toBeGreaterThan(0)
  const form = await landing.applyByKeyboard(keyboard, plan.title)
  expect(await form.heading()).toBe(`Aanvraag doen voor ${plan.title}`)
  await keep('form')

  await form.pressByKeyboard(keyboard, 'Aanvraag indienen')
  const summary = await form.errorSummary()
  expect(summary.length).toBeGreaterThan(10)
  expect(summary.map((l) => l.href)).toContain('#contactName')
  await keep('form with errors')
  expect(await form.followErrorByKeyboard(keyboard, 'contactName')).toBe('contactName')
  expect(await form.fieldError('contactName')).toBe('Vul dit veld in.')

  const answers = groupApplication(plan)
  await form.answerByKeyboard(keyboard, answers)
  for (const answer of answers) expect(await form.value(answer), answer.id).toBe(expected(answer))
  const optional = await Promise.all(answers.map((a) => form.isOptional(a)))
  expect(optional.filter(Boolean)).toEqual([])

  await form.pressByKeyboard(keyboard, 'Opslaan als concept')
  const saved = await PrivateLinkPage.current(page)
  expect(await saved.heading()).toBe('Uw concept is opgeslagen')
  await keep('draft saved')
  const link = await saved.shownLink()
  expect(link).toMatch(new RegExp(`^${baseUrl}/aanvraag/[A-Za-z0-9_-]{43}$`))
  const copied = await saved.copyLinkByKeyboard(keyboard)
  // Without JavaScript the test cannot read the clipboard; the person pastes what they copied.
  if (clipboard) expect(copied).toBe(link)

  const status = await ApplicantStatusPage.open(page, link)
  expect(await status.status()).toBe('Concept: nog niet ingediend')
  expect(await status.missing()).toEqual([])
  await keep('status')
  const receipt = await status.submitByKeyboard(keyboard)
  expect(await receipt.heading()).toBe('Uw aanvraag is ontvangen')
  const reference = await receipt.reference()
  expect(reference).toMatch(REFERENCE)
  expect(await receipt.facts()).toContain('Besluit uiterlijk op')
  const ms = Date.now() - started
  await keep('receipt')

  return {
    ms,
    requiredAnswers: answers.length,
    emptyFormErrors: summary.length,
    reference,
    pages,
  }
}

/** Checks captured pages with axe in a context that runs scripts; no violations expected. */
async function expectAccessible(pages: Journey['pages']) {
  const { context, page } = await phone(true)
  try {
    for (const { name, html } of pages) {
      const violations = await accessibilityViolationsOf(page, html, `${baseUrl}/bestaat-niet`)
      expect(violations, name).toEqual([])
    }
  } finally {
    await context.close()
  }
}

it('lets a resident apply with only the keyboard, from the landing page to the receipt', async () => {
  const { context, page } = await phone(true)
  try {
    const journey = await keyboardJourney(page, true)
    console.log(
      `Keyboard journey with JavaScript: ${journey.requiredAnswers} required answers for a €500 group application (${journey.emptyFormErrors} errors on the empty form), ${journey.ms} ms, ${journey.reference}`,
    )
    await expectAccessible(journey.pages)
  } finally {
    await context.close()
  }
})

it('lets a resident make the same journey with JavaScript turned off', async () => {
  const { context, page } = await phone(false)
  try {
    const journey = await keyboardJourney(page, false)
    console.log(
      `Keyboard journey without JavaScript: ${journey.requiredAnswers} required answers, ${journey.ms} ms, ${journey.reference}`,
    )
    await expectAccessible(journey.pages)
  } finally {
    await context.close()
  }
})

it('has no WCAG 2.1 A/AA violations on any public page, in Dutch and English', async () => {
  const { context, page } = await phone(true)
  const check = async (name: string) =>
    expect(await accessibilityViolations(page), name).toEqual([])
  try {
    await ApplyLandingPage.open(page, baseUrl)
    await check('landing')
    await ApplyLandingPage.open(page, baseUrl, '/en')
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await check('landing (en)')

    const planHref = await page.locator('main section.card a.button').first().getAttribute('href')
    await ApplyFormPage.open(page, baseUrl, planHref ?? '')
    await check('form (en)')
    await page.getByRole('button', { name: 'Submit application' }).click()
    await page.locator('#error-summary').waitFor()
    await check('form with errors (en)')

    await ApplyFormPage.open(page, baseUrl, (planHref ?? '').replace(/^\/en/, ''))
    await check('form')
    await page.locator('#title').fill(`Alleen een titel ${Date.now()}`)
    await page.getByRole('button', { name: 'Opslaan als concept' }).click()
    await PrivateLinkPage.current(page)
    await check('draft saved')
    const link = await page.locator('#private-link').inputValue()

    await ApplicantStatusPage.open(page, link)
    await check('status with what is missing')
    await ApplyFormPage.open(page, baseUrl, `${link.replace(baseUrl, '')}/wijzigen`)
    await check('edit')
    await page.getByRole('button', { name: 'Aanvraag indienen' }).click()
    await page.locator('#error-summary').waitFor()
    await check('edit with errors')

    await page.goto(`${link.replace(baseUrl, `${baseUrl}/en`)}`)
    await check('status (en)')
    await page.goto(`${baseUrl}/aanvraag/${'x'.repeat(43)}`)
    expect(await page.locator('h1').innerText()).toBe('Deze pagina bestaat niet')
    await check('404')
  } finally {
    await context.close()
  }
})
