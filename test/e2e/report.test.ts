import { expect, inject, it } from 'vitest'
import { awardedApplication, panel } from './awards'
import { accessibilityViolationsOf } from './axe'
import { WAIT_MS, browserOfFile, newPage } from './browser'
import { COORDINATOR, PASSWORD, call } from './demo-api'
import { LoginPage } from './pages/LoginPage'

const baseUrl = inject('baseUrl')
/** The first bytes of a PNG: all the content sniffing needs to know one. */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
const browser = browserOfFile()

it('lets an awarded initiative report with photos without JavaScript, and its coordinator see them', async () => {
  const awarding = await panel()
  const award = await awardedApplication(awarding, 45_000)
  const statusUrl = `${baseUrl}/aanvraag/${award.token}`
  const pages: { name: string; html: string }[] = []

  const context = await browser().newContext({
    viewport: { width: 360, height: 740 },
    javaScriptEnabled: false,
  })
  try {
    const page = await context.newPage()
    page.setDefaultTimeout(WAIT_MS)
    await page.goto(statusUrl)
    await page.getByRole('link', { name: 'Verantwoording insturen' }).click()
    await page.waitForURL(`${statusUrl}/verantwoording`)
    pages.push({ name: 'report page', html: await page.content() })

    // A file that is no photo is refused at the field, and the page says so at the top.
    const file = page.getByLabel('Foto of bestand')
    await file.setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: Buffer.from('x') })
    await page.getByRole('button', { name: 'Bestand toevoegen' }).click()
    expect(await page.locator('#file-error').innerText()).toMatch(/alleen foto's/)
    expect(await page.locator('.error-summary a[href="#file"]').count()).toBe(1)
    pages.push({ name: 'report page with a refused file', html: await page.content() })

    await page
      .getByLabel('Foto of bestand')
      .setInputFiles({ name: 'buurtfeest.png', mimeType: 'image/png', buffer: PNG })
    await page.getByRole('button', { name: 'Bestand toevoegen' }).click()
    await page.waitForURL(`${statusUrl}/verantwoording#bestanden`)
    await page.getByRole('link', { name: 'buurtfeest.png' }).waitFor()
    pages.push({ name: 'report page with a photo', html: await page.content() })

    await page.getByLabel('Hoe is het gegaan?').fill('Veertig buren plantten samen de moestuin.')
    await page.getByLabel('Hoeveel mensen deden mee?').fill('40')
    await page.getByLabel('Hoeveel heeft het gekost?').fill('430,50')
    await page.getByRole('button', { name: 'Verantwoording versturen' }).click()
    await page.waitForURL(statusUrl)
    await page.getByRole('heading', { name: 'Verantwoording ontvangen' }).waitFor()
    pages.push({ name: 'status page after the report', html: await page.content() })
  } finally {
    await context.close()
  }

  const checker = await browser().newContext({ bypassCSP: true })
  try {
    const page = await checker.newPage()
    for (const { name, html } of pages) {
      const violations = await accessibilityViolationsOf(page, html, `${baseUrl}/bestaat-niet`)
      expect(violations, name).toEqual([])
    }
  } finally {
    await checker.close()
  }

  const query = new URLSearchParams({
    filter: JSON.stringify({ applicationId: award.applicationId }),
  })
  const [report] = (await call(`/reports?${query}`, {}, awarding.coordinator)).body
  const staff = await newPage(browser())
  await new LoginPage(staff, baseUrl).logIn(COORDINATOR, PASSWORD)
  await staff.goto(`${baseUrl}/admin/#/reports/${report.id}/show`)
  await staff.getByRole('heading', { name: "Foto's en bestanden" }).waitFor()
  const link = staff.getByRole('link', { name: 'buurtfeest.png' })
  expect(await link.getAttribute('href')).toMatch(/^\/api\/attachments\/\d+\/content$/)
  await staff.close()
})
