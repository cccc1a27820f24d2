import { expect, inject, it } from 'vitest'
import { accessibilityViolationsOf } from './axe'
import { WAIT_MS, browserOfFile, newPage } from './browser'
import { COORDINATOR, PASSWORD, applicationFor, apply, call, planSeating } from './demo-api'
import { ApplicationShowPage } from './pages/ApplicationShowPage'
import { LoginPage } from './pages/LoginPage'

const baseUrl = inject('baseUrl')
const browser = browserOfFile()

it('lets an applicant download their data and ask for removal without JavaScript, and shows staff the request', async () => {
  const plan = await planSeating([COORDINATOR])
  const body = applicationFor(plan, { submit: true })
  const created = await apply(body)
  const statusUrl = `${baseUrl}/aanvraag/${created.token}`

  const context = await browser().newContext({
    viewport: { width: 360, height: 740 },
    javaScriptEnabled: false,
  })
  const pages: { name: string; html: string }[] = []
  try {
    const page = await context.newPage()
    page.setDefaultTimeout(WAIT_MS)
    await page.goto(statusUrl)
    const download = page.getByRole('link', { name: /Download alles/ })
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()])
    expect(file.suggestedFilename()).toBe(`buurtkracht-${created.application.reference}.json`)
    pages.push({ name: 'status with removal form', html: await page.content() })

    await page.getByRole('button', { name: 'Vraag om verwijdering van mijn gegevens' }).click()
    await page.waitForURL(`${statusUrl}#gegevens`)
    const notice = page.locator('#gegevens ~ p.note')
    expect(await notice.innerText()).toMatch(/gevraagd om uw gegevens te verwijderen/)
    pages.push({ name: 'status after asking for removal', html: await page.content() })
  } finally {
    await context.close()
  }

  const checker = await browser().newContext({ bypassCSP: true })
  try {
    const page = await checker.newPage()
    for (const { name, html } of pages) {
      expect(await accessibilityViolationsOf(page, html, `${baseUrl}/bestaat-niet`), name).toEqual(
        [],
      )
    }
  } finally {
    await checker.close()
  }

  const login = await call('/auth/login', {
    method: 'POST',
    body: JSON.stringify({ email: COORDINATOR, password: PASSWORD }),
  })
  const filter = encodeURIComponent(JSON.stringify({ removalRequested: true, q: body.title }))
  const { body: requested } = await call(`/applications?filter=${filter}`, {}, login.cookie)
  expect(requested).toHaveLength(1)

  const page = await newPage(browser())
  try {
    await new LoginPage(page, baseUrl).logIn(COORDINATOR, PASSWORD)
    await ApplicationShowPage.open(page, baseUrl, requested[0].id)
    const shown = page.getByTestId('removal-request')
    expect(await shown.innerText()).toContain('De aanvrager vraagt om verwijdering van de gegevens')
    expect(await shown.innerText()).toContain('als het dossier is afgesloten')
  } finally {
    await page.context().close()
  }
})
