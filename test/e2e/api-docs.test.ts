import { expect, inject, it } from 'vitest'
import { accessibilityViolations } from './axe'
import { WAIT_MS, browserOfFile, newPage } from './browser'
import { PASSWORD } from './demo-api'
import { LoginPage } from './pages/LoginPage'

const baseUrl = inject('baseUrl')
const browser = browserOfFile()

it('the API reference passes axe and fits a phone without scrolling sideways', async () => {
  // Scripts only for axe, with the page's CSP bypassed; the page itself has none.
  const context = await browser().newContext({
    viewport: { width: 360, height: 740 },
    bypassCSP: true,
  })
  const page = await context.newPage()
  page.setDefaultTimeout(WAIT_MS)
  await page.goto(`${baseUrl}/api/docs`)
  expect(await page.locator('h1').innerText()).toBe('Buurtkracht API')
  expect(await page.locator('h3', { hasText: 'POST /api/decisions' }).count()).toBe(1)
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
  expect(await accessibilityViolations(page)).toEqual([])
  await context.close()
})

it('staff reach the API reference from the panel’s user menu', async () => {
  const page = await newPage(browser())
  await new LoginPage(page, baseUrl).logIn('admin@example.org', PASSWORD)
  await page.getByRole('button', { name: 'Ada de Boer' }).click()
  await Promise.all([
    page.waitForURL(`${baseUrl}/api/docs`),
    page.getByRole('menuitem', { name: 'API-documentatie' }).click(),
  ])
  expect(await page.locator('h1').innerText()).toBe('Buurtkracht API')
  await page.context().close()
})
