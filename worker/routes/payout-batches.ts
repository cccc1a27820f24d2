import { sql } from 'drizzle-orm'
import * as z from 'zod'
import { BATCH_STATUSES, payoutBatches } from '../db/schema'
import { ownNetworks, requireRole } from '../lib/access'
import { userActor } from '../lib/audit'
import type { SessionUser } from '../lib/context'
import { dateBound, equals } from '../lib/list-query'
import { describeRoute, recordOf } from '../lib/openapi'
import { resource } from '../lib/resource'
import { isoDate, jsonBody, optional, parseInput } from '../lib/validation'
import { type BatchRecord, markPaid } from '../services/bank-files'
import { batchInput, cancelBatch, gatherBatch } from '../services/payouts'

const paidInput = z.object({
  paidOn: isoDate,
  payoutIds: optional(z.array(z.number().int().positive()).min(1).max(1000)),
})

/**
 * A batch pays several networks at once: a coordinator reaches the batches that hold a payout of
 * one of their networks.
 */
function batchReach(user: SessionUser) {
  const own = ownNetworks(user, sql`p.network_id`)
  return (
    own && sql`EXISTS (SELECT 1 FROM payouts p WHERE p.batch_id = payout_batches.id AND ${own})`
  )
}

const batchFields = {
  id: payoutBatches.id,
  executionDate: payoutBatches.executionDate,
  messageId: payoutBatches.messageId,
  count: payoutBatches.count,
  totalCents: payoutBatches.totalCents,
  status: payoutBatches.status,
  createdBy: payoutBatches.createdBy,
  exportedAt: payoutBatches.exportedAt,
  paidOn: payoutBatches.paidOn,
  createdAt: payoutBatches.createdAt,
  updatedAt: payoutBatches.updatedAt,
}

/**
 * A batch as this user sees it. Finance and admins get the whole batch's count and total; for a
 * coordinator they are their own networks' share, so the figures match the payouts they can
 * open and say nothing about what other networks are paid.
 */
function fieldsFor(user: SessionUser) {
  const own = ownNetworks(user, sql`p.network_id`)
  if (!own) return batchFields
  const mine = sql`FROM payouts p WHERE p.batch_id = payout_batches.id AND ${own}`
  return {
    ...batchFields,
    count: sql<number>`(SELECT count(*) ${mine})`,
    totalCents: sql<number>`(SELECT coalesce(sum(p.amount_cents), 0) ${mine})`,
  }
}

/** Bank files of payouts. Only finance gathers and cancels them, through the actions below. */
const payoutBatch = resource({
  name: 'payout-batches',
  table: payoutBatches,
  fields: fieldsFor,
  list: {
    sort: { id: payoutBatches.id, executionDate: payoutBatches.executionDate },
    defaultSort: ['executionDate', 'DESC'],
    filters: {
      status: equals(payoutBatches.status, z.enum(BATCH_STATUSES)),
      executionDate_gte: dateBound(payoutBatches.executionDate, 'gte'),
      executionDate_lte: dateBound(payoutBatches.executionDate, 'lte'),
    },
    search: [],
  },
  readRoles: ['admin', 'coordinator', 'finance'],
  scope: batchReach,
  routes: (app, read) => {
    const createDoc = describeRoute({
      summary: 'Gather due scheduled payouts (or chosen ones) into a new batch',
      description:
        'Payouts to an application without an account, or with a bank change waiting, wait. A payout lands in at most one batch.',
      body: batchInput,
      status: 201,
      returns: recordOf('payout-batches'),
      errors: [409],
    })
    app.post('/', createDoc, requireRole('finance'), async (c) => {
      const input = parseInput(batchInput, await jsonBody(c), c.get('locale'))
      const id = await gatherBatch(c.get('db'), c.get('user'), input)
      return c.json(await read(c, String(id)), 201)
    })

    // Answers the batch as it was before it was cancelled, as a delete answers the deleted record.
    const cancelDoc = describeRoute({
      summary: 'Cancel an open batch: its payouts are scheduled again',
      returns: recordOf('payout-batches'),
      errors: [409],
    })
    app.post('/:id/cancel', cancelDoc, requireRole('finance'), async (c) => {
      const batch = await read(c, c.req.param('id'))
      await cancelBatch(c.get('db'), c.get('user'), batch)
      return c.json(batch)
    })

    const paidDoc = describeRoute({
      summary: 'Mark an exported batch, or some of its payouts, paid on a day',
      description:
        'Payouts already paid stay as they were, so repeating it never pays twice. The batch is paid once all its payouts are.',
      body: paidInput,
      returns: recordOf('payout-batches'),
      errors: [409],
    })
    app.post('/:id/mark-paid', paidDoc, requireRole('finance'), async (c) => {
      const { paidOn, payoutIds } = parseInput(paidInput, await jsonBody(c), c.get('locale'))
      const batch = (await read(c, c.req.param('id'))) as unknown as BatchRecord
      await markPaid(c.get('db'), userActor(c.get('user')), batch, paidOn, payoutIds)
      return c.json(await read(c, String(batch.id)))
    })
  },
})

export default payoutBatch
