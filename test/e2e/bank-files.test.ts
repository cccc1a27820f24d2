import { XMLParser } from 'fast-xml-parser'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { validateXML } from 'xmllint-wasm'
import xsd03 from '../fixtures/sepa/pain.001.001.03.xsd?raw'
import xsd09 from '../fixtures/sepa/pain.001.001.09.xsd?raw'
import { launchBrowser, newPage } from './browser'
import { awardedApplication, logIn, panel } from './awards'
import { PASSWORD, call, daysFromToday } from './demo-api'
import { LoginPage } from './pages/LoginPage'

/**
 * The bank files as a bank gets them: through the real worker (`wrangler dev`) over HTTP, checked
 * against the official schemas. xmllint-wasm cannot run inside the workers test runtime (it needs
 * a Web Worker and compiles WebAssembly at run time, which workerd forbids), so this runs in Node.
 */

const baseUrl = inject('baseUrl')
const FINANCE = 'finance@example.org'
const SCHEMAS = { '09': xsd09, '03': xsd03 } as const
/** Amounts with every kind of cent, each below € 5,000 so it is paid as one advance. */
const AMOUNTS = [1_001, 12_345, 499_999]

interface Payout {
  id: number
  amountCents: number
  endToEndId: string
}

interface Batch {
  id: number
  executionDate: string
  messageId: string
  count: number
  totalCents: number
}

/** The payout an award scheduled: one advance, as the amount is below € 5,000. */
async function scheduledPayout(applicationId: number, finance: string): Promise<Payout> {
  const query = new URLSearchParams({ filter: JSON.stringify({ applicationId }) })
  const { body } = await call(`/payouts?${query}`, {}, finance)
  expect(body).toHaveLength(1)
  return body[0]
}

async function download(path: string, cookie: string) {
  const response = await fetch(`${baseUrl}/api${path}`, { headers: { Cookie: cookie } })
  expect(response.status, path).toBe(200)
  return { text: await response.text(), disposition: response.headers.get('content-disposition') }
}

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => name === 'CdtTrfTxInf' || name === 'PmtInf',
})

/** `1234.56` (a file's euros) as whole cents, without floating point. */
function cents(euros: string): number {
  const match = /^(\d+)\.(\d{2})$/.exec(euros)
  if (!match) throw new Error(`not an amount with two decimals: ${euros}`)
  return Number(match[1]) * 100 + Number(match[2])
}

interface Transaction {
  PmtId: { EndToEndId: string }
  Amt: { InstdAmt: { '#text': string; '@_Ccy': string } }
}

let browser: Browser
let finance: string
let payouts: Payout[]
let batch: Batch

beforeAll(async () => {
  finance = await logIn(FINANCE)
  const awarding = await panel()
  payouts = []
  for (const amount of AMOUNTS) {
    const { applicationId } = await awardedApplication(awarding, amount)
    payouts.push(await scheduledPayout(applicationId, finance))
  }
  const { body } = await call(
    '/payout-batches',
    {
      method: 'POST',
      body: JSON.stringify({
        executionDate: daysFromToday(1),
        payoutIds: payouts.map((p) => p.id),
      }),
    },
    finance,
  )
  batch = body
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('a batch of fresh awards, paid through the panel and the real worker', () => {
  it('holds exactly the awarded payouts, to the cent', () => {
    expect(batch.count).toBe(AMOUNTS.length)
    expect(batch.totalCents).toBe(AMOUNTS.reduce((sum, a) => sum + a, 0))
    expect(payouts.map((p) => p.amountCents)).toEqual(AMOUNTS)
  })

  it('downloads the SEPA file from the batch page, named after the batch, and says what it holds', async () => {
    const page = await newPage(browser)
    await new LoginPage(page, baseUrl).logIn(FINANCE, PASSWORD)
    await page.goto(`${baseUrl}/admin/#/payout-batches/${batch.id}/show`)
    const saved = page.waitForEvent('download')
    await page.getByRole('link', { name: 'SEPA (.09)' }).click()
    const file = await saved
    expect(file.suggestedFilename()).toBe(
      `buurtkracht-batch-${batch.id}-${batch.executionDate}.xml`,
    )
    await page
      .getByText(
        `buurtkracht-batch-${batch.id}-${batch.executionDate}.xml gedownload: 3 betalingen`,
      )
      .waitFor()
    // The first download exported the batch: it can now be marked paid.
    await page.getByRole('button', { name: 'Markeer als betaald' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Markeer als betaald' }).click()
    await page
      .getByText(new RegExp(`^Batch ${batch.id} betaald op \\d{1,2}-\\d{1,2}-\\d{4}: 3 betalingen`))
      .waitFor()
    await page.close()
  })

  it.each(['09', '03'] as const)(
    'serves pain.001.001.%s that the official schema accepts, with the batch’s count and sum',
    async (version) => {
      const { text, disposition } = await download(
        `/payout-batches/${batch.id}/sepa.xml?version=${version}`,
        finance,
      )
      expect(disposition).toBe(
        `attachment; filename="buurtkracht-batch-${batch.id}-${batch.executionDate}.xml"`,
      )
      const result = await validateXML({
        xml: { fileName: `batch-${batch.id}.xml`, contents: text },
        schema: { fileName: `pain.001.001.${version}.xsd`, contents: SCHEMAS[version] },
      })
      expect(result.errors).toEqual([])
      expect(result.valid).toBe(true)

      const { GrpHdr, PmtInf } = parser.parse(text).Document.CstmrCdtTrfInitn
      expect(GrpHdr.MsgId).toBe(batch.messageId)
      expect(Number(GrpHdr.NbOfTxs)).toBe(batch.count)
      expect(cents(GrpHdr.CtrlSum)).toBe(batch.totalCents)
      const transactions: Transaction[] = PmtInf.flatMap(
        (info: { NbOfTxs: string; CtrlSum: string; CdtTrfTxInf: Transaction[] }) => {
          expect(Number(info.NbOfTxs)).toBe(info.CdtTrfTxInf.length)
          expect(cents(info.CtrlSum)).toBe(
            info.CdtTrfTxInf.reduce((sum, t) => sum + cents(t.Amt.InstdAmt['#text']), 0),
          )
          return info.CdtTrfTxInf
        },
      )
      expect(transactions).toHaveLength(batch.count)
      expect(transactions.every((t) => t.Amt.InstdAmt['@_Ccy'] === 'EUR')).toBe(true)
      const inFile = transactions.map((t) => [t.PmtId.EndToEndId, cents(t.Amt.InstdAmt['#text'])])
      expect(inFile.sort()).toEqual(payouts.map((p) => [p.endToEndId, p.amountCents]).sort())
    },
  )

  it('serves the same payouts as CSV', async () => {
    const { text, disposition } = await download(`/payout-batches/${batch.id}/payouts.csv`, finance)
    expect(disposition).toBe(
      `attachment; filename="buurtkracht-batch-${batch.id}-${batch.executionDate}.csv"`,
    )
    const [header, ...rows] = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
    const columns = header.split(',')
    const at = (row: string, column: string) => row.split(',')[columns.indexOf(column)]
    const inCsv = rows.map((row) => [at(row, 'endToEndId'), cents(at(row, 'amountEur'))])
    expect(inCsv.sort()).toEqual(payouts.map((p) => [p.endToEndId, p.amountCents]).sort())
    expect(inCsv.reduce((sum, [, amount]) => sum + Number(amount), 0)).toBe(batch.totalCents)
  })
})
