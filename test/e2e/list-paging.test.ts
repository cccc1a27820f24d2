import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { launchBrowser, newPage } from './browser'
import { PASSWORD } from './demo-api'
import { LoginPage } from './pages/LoginPage'

// The panel pages through a large list from row to row (keyset): the next page is asked for
// after the last row shown, the previous one before the first; where the API knows the total only
// as a lower bound, the panel says "van meer dan".

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** The audit log's rows on screen, once a page has arrived. */
async function rows(page: Page): Promise<string[]> {
  await page.locator('tbody tr').first().waitFor()
  return page.locator('tbody tr').allInnerTexts()
}

/** The list request the action makes, read from the URL it asks. */
async function listRequest(page: Page, action: () => Promise<void>) {
  const [request] = await Promise.all([
    page.waitForRequest((r) => new URL(r.url()).pathname === '/api/audit-log'),
    action(),
  ])
  return new URL(request.url()).searchParams
}

it('pages the audit log row to row, forward and back, and says what it knows of the total', async () => {
  const page = await newPage(browser)
  await new LoginPage(page, baseUrl).logIn('admin@example.org', PASSWORD)
  const first = await listRequest(page, () =>
    page.goto(`${baseUrl}/admin/#/audit-log?page=1&perPage=5&sort=at&order=DESC`).then(() => {}),
  )
  expect(first.get('range')).toBe('[0,4]')
  expect(first.has('after')).toBe(false)
  const firstRows = await rows(page)
  expect(firstRows).toHaveLength(5)
  await expect.poll(() => page.getByText(/^1-5 van (meer dan 5|\d+)$/).count()).toBeGreaterThan(0)

  const next = await listRequest(page, () =>
    page.getByRole('button', { name: 'Naar de volgende pagina' }).click(),
  )
  expect(next.get('range')).toBe('[5,9]')
  expect(JSON.parse(next.get('after') ?? 'null')).toHaveLength(2)
  await expect.poll(() => page.getByText(/^6-10 van/).count()).toBeGreaterThan(0)
  const secondRows = await rows(page)
  expect(secondRows.some((row) => firstRows.includes(row))).toBe(false)

  const back = await listRequest(page, () =>
    page.getByRole('button', { name: 'Naar de vorige pagina' }).click(),
  )
  expect(back.get('range')).toBe('[0,4]')
  expect(JSON.parse(back.get('before') ?? 'null')).toHaveLength(2)
  await expect.poll(() => rows(page)).toEqual(firstRows)
})
