import { readFile } from 'node:fs/promises'
import { XMLParser } from 'fast-xml-parser'
import type { Page } from 'playwright-core'
import { expect, inject, it } from 'vitest'
import { WAIT_MS, browserOfFile, newPage } from './browser'
import { PASSWORD, call } from './demo-api'
import { FinanceHomePage } from './pages/FinanceHomePage'
import { LoginPage } from './pages/LoginPage'

const baseUrl = inject('baseUrl')
const FINANCE = 'finance@example.org'
const browser = browserOfFile()

async function financeApi() {
  const { cookie } = await call('/auth/login', {
    method: 'POST',
    body: JSON.stringify({ email: FINANCE, password: PASSWORD }),
  })
  return (path: string) => call(path, {}, cookie).then(({ body }) => body)
}

/** Holds back the panel's script of one page (by file name without its hash) until released. */
async function holdScript(page: Page, name: string) {
  let release = () => {}
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route(new RegExp(`/admin/assets/${name}-[\\w-]{8}\\.js$`), async (route) => {
    await released
    await route.continue()
  })
  return { release }
}

it("lets finance pay the week's payouts from the home page: batch, SEPA file, paid", async () => {
  const page = await newPage(browser())
  await new LoginPage(page, baseUrl).logIn(FINANCE, PASSWORD)
  const home = await FinanceHomePage.current(page)
  const get = await financeApi()

  // The demo data has an advance due the day it was loaded.
  const due = await get('/dashboard/payouts-due')
  expect(due.thisWeek.count).toBeGreaterThan(0)
  expect(await home.due('thisWeek')).toEqual({
    count: due.thisWeek.count,
    totalCents: due.thisWeek.totalCents,
  })

  // Finance is back on the home before the new batch's page has loaded (as on a busy machine):
  // the home, kept on screen meanwhile, must still show the batch and what is left to pay.
  const batchPage = await holdScript(page, 'PayoutBatchShow')
  const batchId = await home.gatherBatch('thisWeek')
  const batch = await get(`/payout-batches/${batchId}`)
  expect(batch.status).toBe('open')
  expect(batch.count).toBeGreaterThan(0)

  await FinanceHomePage.open(page)
  batchPage.release()
  const left = (await get('/dashboard/payouts-due')).thisWeek
  await expect
    .poll(() => home.due('thisWeek'), { timeout: WAIT_MS })
    .toEqual({ count: left.count, totalCents: left.totalCents })
  const download = await home.downloadSepa(batchId)
  expect(download.suggestedFilename()).toBe(
    `buurtkracht-batch-${batchId}-${batch.executionDate}.xml`,
  )
  const xml = await readFile(await download.path(), 'utf8')
  const document = new XMLParser({ parseTagValue: false }).parse(xml)
  const transfer = document.Document.CstmrCdtTrfInitn
  const total = (batch.totalCents / 100).toFixed(2)
  expect(transfer.GrpHdr.NbOfTxs).toBe(String(batch.count))
  expect(transfer.GrpHdr.CtrlSum).toBe(total)
  expect(transfer.PmtInf.NbOfTxs).toBe(String(batch.count))
  expect(transfer.PmtInf.CtrlSum).toBe(total)

  await home.markPaid(batchId)
  await page.goto(`${baseUrl}/admin/#/payout-batches/${batchId}/show`)
  await page.getByTestId('batch-status').getByText('Betaald').waitFor()
  expect((await get(`/payout-batches/${batchId}`)).status).toBe('paid')
})
