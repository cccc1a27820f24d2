import type { Page } from 'playwright-core'
import { expect, inject, it } from 'vitest'
import { browserOfFile, newPage } from './browser'
import { COORDINATOR, PASSWORD } from './demo-api'
import { LoginPage } from './pages/LoginPage'
import { PlanListPage } from './pages/PlanListPage'

const baseUrl = inject('baseUrl')
const browser = browserOfFile()

/** The panel's scripts the page has asked for so far, by file name without its hash. */
function scriptsLoaded(page: Page): Set<string> {
  const loaded = new Set<string>()
  page.on('request', (request) => {
    const file = /\/admin\/assets\/([\w-]+?)-[\w-]{8}\.js$/.exec(request.url())
    if (file) loaded.add(file[1])
  })
  return loaded
}

it('loads a record page with its own script only when it is opened', async () => {
  const page = await newPage(browser())
  const loaded = scriptsLoaded(page)
  await new LoginPage(page, baseUrl).logIn(COORDINATOR, PASSWORD)
  await PlanListPage.open(page, baseUrl)
  expect(loaded.has('index')).toBe(true)
  expect(loaded.has('PlanShow')).toBe(false)

  await page.locator('tbody tr').first().click()

  await page.waitForURL((url) => /#\/plans\/\d+\/show/.test(url.hash))
  await page.getByRole('heading', { name: 'Prioriteiten' }).waitFor()
  expect(loaded.has('PlanShow')).toBe(true)
})

it('switches the panel to English, loading the English texts only then', async () => {
  const page = await newPage(browser())
  const loaded = scriptsLoaded(page)
  await new LoginPage(page, baseUrl).logIn(COORDINATOR, PASSWORD)
  expect(loaded.has('en')).toBe(false)

  await page.getByRole('button', { name: 'Nederlands' }).click()
  await page.getByRole('menuitem', { name: 'English' }).click()

  await page.getByRole('menuitem', { name: 'Plans' }).waitFor()
  expect(loaded.has('en')).toBe(true)
})
