import type { Page } from 'playwright-core'
import { expect, inject, it } from 'vitest'
import { WAIT_MS, browserOfFile, newPage } from './browser'
import { PASSWORD, call } from './demo-api'
import { LoginPage } from './pages/LoginPage'

// The panel pages through a large list from row to row (keyset): the next page is asked for
// after the last row shown, the previous one before the first; where the API knows the total only
// as a lower bound, the panel says "van meer dan".

const baseUrl = inject('baseUrl')
const ADMIN = 'admin@example.org'
/** Until the page's rows or its label are on screen. */
const onScreen = { timeout: WAIT_MS }
const browser = browserOfFile()

/** The audit log's rows on screen. */
function rows(page: Page): Promise<string[]> {
  return page.locator('tbody tr').allInnerTexts()
}

interface Entry {
  id: number
  at: string
}

/** The list request the action makes, read from the URL it asks, and the entries it answered. */
async function listRequest(page: Page, action: () => Promise<void>) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === '/api/audit-log'),
    action(),
  ])
  const entries: Entry[] = await response.json()
  return { params: new URL(response.url()).searchParams, entries }
}

/**
 * Ten entries at the top of the log, each with a text of its own (a network made and removed
 * again), so that the test needs no entries of the other files and no two rows look alike.
 */
async function writeEntries() {
  const { cookie } = await call('/auth/login', {
    method: 'POST',
    body: JSON.stringify({ email: ADMIN, password: PASSWORD }),
  })
  for (let i = 0; i < 5; i++) {
    const name = `Paging ${crypto.randomUUID().slice(0, 8)}`
    const body = JSON.stringify({ name, area: 'Testwijk', postcodes: ['1234'] })
    const { body: network } = await call('/networks', { method: 'POST', body }, cookie)
    await call(`/networks/${network.id}`, { method: 'DELETE' }, cookie)
  }
}

/** Newest first, as the list sorts on `at` DESC: ties on the time are broken by id. */
const newerThan = (a: Entry, b: Entry) => a.at > b.at || (a.at === b.at && a.id > b.id)

it('pages the audit log row to row, forward and back, and says what it knows of the total', async () => {
  await writeEntries()
  const page = await newPage(browser())
  await new LoginPage(page, baseUrl).logIn(ADMIN, PASSWORD)
  const first = await listRequest(page, () =>
    page.goto(`${baseUrl}/admin/#/audit-log?page=1&perPage=5&sort=at&order=DESC`).then(() => {}),
  )
  expect(first.params.get('range')).toBe('[0,4]')
  expect(first.params.has('after')).toBe(false)
  expect(first.entries).toHaveLength(5)
  await expect
    .poll(() => page.getByText(/^1-5 van (meer dan 5|\d+)$/).count(), onScreen)
    .toBeGreaterThan(0)
  await expect.poll(() => rows(page).then((shown) => shown.length), onScreen).toBe(5)
  const firstRows = await rows(page)

  const next = await listRequest(page, () =>
    page.getByRole('button', { name: 'Naar de volgende pagina' }).click(),
  )
  expect(next.params.get('range')).toBe('[5,9]')
  expect(JSON.parse(next.params.get('after') ?? 'null')).toHaveLength(2)
  expect(next.entries).toHaveLength(5)
  // Every row of page 2 comes after the last of page 1, whatever was written in between.
  const lastOfFirst = first.entries[4]
  expect(next.entries.every((entry) => newerThan(lastOfFirst, entry))).toBe(true)
  await expect.poll(() => page.getByText(/^6-10 van/).count(), onScreen).toBeGreaterThan(0)
  // The label turns at the click; the rows only once page 2 has arrived (until then react-admin
  // keeps page 1 on screen).
  await expect.poll(() => rows(page), onScreen).not.toEqual(firstRows)
  const secondRows = await rows(page)
  expect(secondRows).toHaveLength(5)
  expect(secondRows.some((row) => firstRows.includes(row))).toBe(false)

  const back = await listRequest(page, () =>
    page.getByRole('button', { name: 'Naar de vorige pagina' }).click(),
  )
  expect(back.params.get('range')).toBe('[0,4]')
  expect(JSON.parse(back.params.get('before') ?? 'null')).toHaveLength(2)
  expect(back.entries.map((entry) => entry.id)).toEqual(first.entries.map((entry) => entry.id))
  await expect.poll(() => rows(page), onScreen).toEqual(firstRows)
})
