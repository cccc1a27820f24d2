import { eq } from 'drizzle-orm'
import { type Context, Hono } from 'hono'
import * as z from 'zod'
import { payoutBatches } from '../db/schema'
import { requireRole } from '../lib/access'
import { userActor } from '../lib/audit'
import type { AppEnv } from '../lib/context'
import { csvStream } from '../lib/csv'
import { ApiError } from '../lib/errors'
import { euros } from '../lib/money'
import { describeRoute } from '../lib/openapi'
import { painXmlStream } from '../lib/sepa'
import { parseInput } from '../lib/validation'
import {
  type BatchRecord,
  batchPayoutPages,
  creditTransferFile,
  debtorOf,
  markExported,
} from '../services/bank-files'

/** The bank files of a payout batch: finance's work alone (DESIGN §2). */
const bankFiles = new Hono<AppEnv>()
const financeOnly = requireRole('finance')

async function batchOf(c: Context<AppEnv>): Promise<BatchRecord> {
  const id = Number(c.req.param('id'))
  const [batch] = Number.isSafeInteger(id)
    ? await c
        .get('db')
        .select({
          id: payoutBatches.id,
          executionDate: payoutBatches.executionDate,
          messageId: payoutBatches.messageId,
          status: payoutBatches.status,
          exportedAt: payoutBatches.exportedAt,
        })
        .from(payoutBatches)
        .where(eq(payoutBatches.id, id))
    : []
  if (!batch) throw new ApiError(404, 'notFound')
  return batch
}

/** A name finance recognises in their downloads: `buurtkracht-batch-12-2026-12-01.xml`. */
const fileName = (batch: BatchRecord, extension: string) =>
  `buurtkracht-batch-${batch.id}-${batch.executionDate}.${extension}`

const download = (filename: string, type: string) => ({
  'Content-Type': type,
  'Content-Disposition': `attachment; filename="${filename}"`,
  'Cache-Control': 'no-store',
})

/**
 * The batch as a pain.001 file (.09 by default, .03 on request). The first download marks the
 * batch exported; every download repeats the same message id and creation time, so the bank
 * refuses a second upload of it as a duplicate instead of paying twice.
 */
const sepaVersion = z.enum(['09', '03']).default('09')

const sepaDoc = describeRoute({
  summary: 'Download the batch as a SEPA credit transfer file (pain.001)',
  description:
    'The first download marks the batch exported; every download repeats its message id.',
  query: { version: sepaVersion },
  download: 'application/xml',
})

bankFiles.get('/:id/sepa.xml', sepaDoc, financeOnly, async (c) => {
  const version = parseInput(sepaVersion, c.req.query('version'), c.get('locale'))
  const db = c.get('db')
  const actor = userActor(c.get('user'))
  const exportedAt = await markExported(db, actor, await batchOf(c), `pain.001.001.${version}`)
  // Read again: a batch cancelled meanwhile is gone (404) rather than an empty file.
  const batch = await batchOf(c)
  const file = await creditTransferFile(db, batch, debtorOf(c.env), exportedAt)
  return c.body(
    painXmlStream(file, version),
    200,
    download(fileName(batch, 'xml'), 'application/xml; charset=utf-8'),
  )
})

/** The same payouts as CSV for finance systems that import it: UTF-8 with BOM, one row each. */
const csvDoc = describeRoute({
  summary: 'Download the batch’s payouts as CSV (UTF-8 with BOM)',
  description: 'The first download marks the batch exported.',
  download: 'text/csv',
})

bankFiles.get('/:id/payouts.csv', csvDoc, financeOnly, async (c) => {
  const db = c.get('db')
  await markExported(db, userActor(c.get('user')), await batchOf(c), 'csv')
  const batch = await batchOf(c)
  async function* rows() {
    for await (const page of batchPayoutPages(db, batch.id)) {
      yield page.map((p) => [
        p.endToEndId,
        p.reference,
        p.kind,
        euros(p.amountCents ?? 0),
        p.creditorName,
        p.creditorIban,
        batch.executionDate,
      ])
    }
  }
  const header = [
    'endToEndId',
    'reference',
    'kind',
    'amountEur',
    'creditorName',
    'iban',
    'executionDate',
  ]
  return c.body(
    csvStream(header, rows()),
    200,
    download(fileName(batch, 'csv'), 'text/csv; charset=utf-8'),
  )
})

export default bankFiles
