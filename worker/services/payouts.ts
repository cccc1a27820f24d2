import { type SQL, and, count, eq, sql } from 'drizzle-orm'
import * as z from 'zod'
import type { DB } from '../db/client'
import { PAYOUT_STATUSES, auditLog, payoutBatches, payouts } from '../db/schema'
import { auditStatement, userActor } from '../lib/audit'
import { nowIso, today } from '../lib/clock'
import type { SessionUser } from '../lib/context'
import { ApiError } from '../lib/errors'
import { inList } from '../lib/list-query'
import { isoDate, optional } from '../lib/validation'

type PayoutStatus = (typeof PAYOUT_STATUSES)[number]

export interface PayoutSums {
  count: number
  totalCents: number
  byStatus: Record<PayoutStatus, { count: number; totalCents: number }>
}

/** Count and total of the payouts matching `where`, overall and per status, in one query. */
export async function payoutSums(db: DB, where: SQL | undefined): Promise<PayoutSums> {
  const rows = await db
    .select({
      status: payouts.status,
      count: count(),
      totalCents: sql<number>`coalesce(sum(${payouts.amountCents}), 0)`,
    })
    .from(payouts)
    .where(where)
    .groupBy(payouts.status)
  const byStatus = Object.fromEntries(
    PAYOUT_STATUSES.map((status) => [status, { count: 0, totalCents: 0 }]),
  ) as PayoutSums['byStatus']
  for (const row of rows) byStatus[row.status] = { count: row.count, totalCents: row.totalCents }
  return {
    count: rows.reduce((sum, row) => sum + row.count, 0),
    totalCents: rows.reduce((sum, row) => sum + row.totalCents, 0),
    byStatus,
  }
}

/** Payouts one request may name for a batch; they are bound as one JSON parameter. */
const MAX_CHOSEN = 1000

export const batchInput = z.object({
  executionDate: isoDate,
  /** Gather every scheduled payout due on or before this day… */
  dueBefore: optional(isoDate),
  /** …or these payouts, as far as they are still scheduled. */
  payoutIds: optional(z.array(z.number().int().positive()).min(1).max(MAX_CHOSEN)),
})

export type BatchInput = z.output<typeof batchInput>

// Crockford's base32: no I, L, O or U, so a message id read aloud to a bank is unambiguous.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** A fresh SEPA MsgId: `BK-<yyyymmdd>-<10 random characters>`, 22 of the 35 allowed. */
function newMessageId(day: string): string {
  const random = Array.from(crypto.getRandomValues(new Uint8Array(10)), (b) => ALPHABET[b % 32])
  return `BK-${day.replaceAll('-', '')}-${random.join('')}`
}

function checkBatchInput(input: BatchInput): void {
  if ((input.dueBefore === undefined) === (input.payoutIds === undefined)) {
    const error = { key: 'batchSelection' } as const
    throw new ApiError(400, 'invalidInput', undefined, { dueBefore: error, payoutIds: error })
  }
  if (input.executionDate < today()) {
    throw new ApiError(400, 'invalidInput', undefined, {
      executionDate: { key: 'executionDateInPast' },
    })
  }
}

/**
 * Gathers the scheduled payouts due on or before `dueBefore` (or the chosen ones) into one new
 * open batch, and answers its id. Only money paid out is gathered: a reclaim is collected, never
 * transferred. Everything is one D1 batch: the batch is stored only if there is something to
 * gather, and a payout joins it only while it is still scheduled, so a payout lands in exactly one
 * batch however many are created at once. When nothing is gathered nothing is stored (409).
 */
export async function gatherBatch(db: DB, user: SessionUser, input: BatchInput): Promise<number> {
  checkBatchInput(input)
  const now = nowIso()
  const messageId = newMessageId(today())
  const chosen = input.payoutIds
    ? inList(payouts.id, input.payoutIds)
    : sql`${payouts.dueOn} <= ${input.dueBefore}`
  // Only payouts a bank can make: to an account that is known and not waiting for a second
  // person's approval of a change (four eyes); the others wait for a later batch.
  const payable = sql`EXISTS (SELECT 1 FROM applications a WHERE a.id = ${payouts.applicationId}
    AND coalesce(a.iban, '') <> '' AND coalesce(a.account_holder, '') <> '')
    AND NOT EXISTS (SELECT 1 FROM bank_changes bc WHERE bc.application_id = ${payouts.applicationId}
      AND bc.status = 'pending')`
  const gatherable = sql`${payouts.status} = 'scheduled' AND ${payouts.amountCents} > 0 AND ${chosen}
    AND ${payable}`
  const batchId = sql`(SELECT b.id FROM payout_batches b WHERE b.message_id = ${messageId})`
  const [inserted] = await db.batch([
    db
      .insert(payoutBatches)
      .select(
        sql`SELECT NULL, ${input.executionDate}, ${messageId}, 0, 0, 'open', ${user.id}, NULL,
          NULL, ${now}, ${now} WHERE EXISTS (SELECT 1 FROM payouts WHERE ${gatherable})`,
      )
      .returning({ id: payoutBatches.id }),
    auditStatement(db, userActor(user), {
      action: 'create',
      entity: 'payout-batches',
      entityId: 'inserted',
      // A batch pays several networks; each payout's own entry carries its network.
      networkId: null,
      changes: {
        executionDate: input.executionDate,
        messageId,
        ...(input.payoutIds ? { payoutIds: input.payoutIds } : { dueBefore: input.dueBefore }),
      },
      ifChanged: true,
    }),
    db
      .update(payouts)
      .set({ status: 'batched', batchId, updatedAt: now })
      .where(and(gatherable, sql`${batchId} IS NOT NULL`)),
    db
      .update(payoutBatches)
      .set({
        count: sql`(SELECT count(*) FROM payouts p WHERE p.batch_id = payout_batches.id)`,
        totalCents: sql`(SELECT coalesce(sum(p.amount_cents), 0) FROM payouts p
          WHERE p.batch_id = payout_batches.id)`,
      })
      .where(eq(payoutBatches.messageId, messageId)),
    db.insert(auditLog).select(
      sql`SELECT NULL, ${now}, 'user', ${user.id}, 'batch', 'payouts', p.id, p.network_id,
        json_object('status', json_array('scheduled', 'batched'), 'batchId', json_array(NULL, p.batch_id))
        FROM payouts p WHERE p.batch_id = ${batchId}`,
    ),
  ])
  if (inserted.length === 0) {
    throw new ApiError(409, input.payoutIds ? 'nothingChosenToBatch' : 'nothingDueToBatch')
  }
  return inserted[0].id
}

/** Why a batch that is no longer open cannot be cancelled. */
function notOpen(status: unknown): ApiError {
  return new ApiError(409, status === 'paid' ? 'batchPaid' : 'batchExported')
}

/**
 * Cancels an open batch: its payouts are scheduled again (free for a later batch) and the batch
 * is deleted, since a batch has no cancelled state and an unsent bank file is worth nothing to
 * keep; the audit log keeps what it was. One D1 batch, and every statement holds only while the
 * batch is still open, so a cancel racing an export either wins completely or changes nothing.
 */
export async function cancelBatch(
  db: DB,
  user: SessionUser,
  batch: Record<string, unknown>,
): Promise<void> {
  if (batch.status !== 'open') throw notOpen(batch.status)
  const id = Number(batch.id)
  const now = nowIso()
  const open = sql`EXISTS (SELECT 1 FROM payout_batches b WHERE b.id = ${id} AND b.status = 'open')`
  const [, , deleted] = await db.batch([
    db.insert(auditLog).select(
      sql`SELECT NULL, ${now}, 'user', ${user.id}, 'unbatch', 'payouts', p.id, p.network_id,
        json_object('status', json_array('batched', 'scheduled'), 'batchId', json_array(p.batch_id, NULL))
        FROM payouts p WHERE p.batch_id = ${id} AND p.status = 'batched' AND ${open}`,
    ),
    db
      .update(payouts)
      .set({ status: 'scheduled', batchId: null, updatedAt: now })
      .where(and(eq(payouts.batchId, id), eq(payouts.status, 'batched'), open)),
    db
      .delete(payoutBatches)
      .where(and(eq(payoutBatches.id, id), eq(payoutBatches.status, 'open')))
      .returning({ id: payoutBatches.id }),
    auditStatement(db, userActor(user), {
      action: 'cancel',
      entity: 'payout-batches',
      entityId: id,
      networkId: null,
      changes: batch,
      ifChanged: true,
    }),
  ])
  if (deleted.length > 0) return
  // Someone else got there first: exported it (409) or cancelled it already (404).
  const [current] = await db
    .select({ status: payoutBatches.status })
    .from(payoutBatches)
    .where(eq(payoutBatches.id, id))
  if (!current) throw new ApiError(404, 'notFound')
  throw notOpen(current.status)
}
