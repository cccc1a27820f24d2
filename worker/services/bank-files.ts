import { type SQL, and, asc, eq, gt, sql } from 'drizzle-orm'
import type { DB } from '../db/client'
import { applications, auditLog, networks, payoutBatches, payouts } from '../db/schema'
import { type Actor, auditStatement } from '../lib/audit'
import { nowIso } from '../lib/clock'
import { ApiError } from '../lib/errors'
import type { PaymentFacts } from '../lib/message-templates'
import { type CreditTransferFile, type Debtor, type Transfer, remittanceText } from '../lib/sepa'
import { type Applicant, paymentOf, queueKeyedMessages } from './messages'

/** Payouts read per page while streaming a batch: a 10,000-payout file never sits in memory. */
const PAGE = 500

export interface BatchRecord {
  id: number
  executionDate: string
  messageId: string
  status: 'open' | 'exported' | 'paid'
  exportedAt: string | null
}

const payoutFields = {
  id: payouts.id,
  number: payouts.number,
  kind: payouts.kind,
  amountCents: payouts.amountCents,
  dueOn: payouts.dueOn,
  status: payouts.status,
  paidOn: payouts.paidOn,
  endToEndId: payouts.endToEndId,
  reference: applications.reference,
  creditorName: applications.accountHolder,
  creditorIban: applications.iban,
  networkName: networks.name,
}

export type BatchPayout = {
  [K in keyof typeof payoutFields]: (typeof payoutFields)[K]['_']['data'] | null
}

/**
 * A batch's payouts with what a bank file needs, by due date and then id, a page at a time, so
 * that every file of a batch lists them in the same order. Each page reads on from the last
 * payout of the one before along the index on (batch, due date), which holds the id last: first
 * the rest of that payout's due date, then the later dates. SQLite's row-value comparison
 * `(due_on, id) > (?, ?)` would instead read the whole day again up to the last payout, which for a
 * batch due on one day is every page re-reading all pages before it.
 */
export async function* batchPayoutPages(db: DB, batchId: number): AsyncGenerator<BatchPayout[]> {
  const inBatch = (where: SQL | undefined) =>
    db
      .select(payoutFields)
      .from(payouts)
      .innerJoin(applications, eq(applications.id, payouts.applicationId))
      .innerJoin(networks, eq(networks.id, payouts.networkId))
      .where(and(eq(payouts.batchId, batchId), where))
      .orderBy(asc(payouts.dueOn), asc(payouts.id))
      .limit(PAGE)
  let page = await inBatch(undefined)
  for (;;) {
    if (page.length > 0) yield page
    if (page.length < PAGE) return
    const { dueOn, id } = page[page.length - 1]
    // One round trip for both ranges; the later dates' rows past this page are read again next.
    const [sameDay, later] = await db.batch([
      inBatch(and(eq(payouts.dueOn, dueOn), gt(payouts.id, id))),
      inBatch(gt(payouts.dueOn, dueOn)),
    ])
    page = [...sameDay, ...later].slice(0, PAGE)
  }
}

/** Our own account, from configuration (wrangler.toml vars or secrets); never from code. */
export function debtorOf(env: Env): Debtor {
  return { name: env.DEBTOR_NAME, iban: env.DEBTOR_IBAN, bic: env.DEBTOR_BIC }
}

/**
 * The pain.001 contents of a batch; `createdAt` is the first export's moment, so a repeat is
 * identical. The headers' count and sum come from one aggregate first; the transfers are read as
 * the file is written.
 */
export async function creditTransferFile(
  db: DB,
  batch: BatchRecord,
  debtor: Debtor,
  createdAt: string,
): Promise<CreditTransferFile> {
  const [totals] = await db
    .select({
      count: sql<number>`count(*)`,
      totalCents: sql<number>`coalesce(sum(${payouts.amountCents}), 0)`,
    })
    .from(payouts)
    .where(eq(payouts.batchId, batch.id))
  return {
    messageId: batch.messageId,
    createdAt,
    executionDate: batch.executionDate,
    debtor,
    count: totals?.count ?? 0,
    totalCents: totals?.totalCents ?? 0,
    transfers: transfersOf(db, batch.id),
  }
}

async function* transfersOf(db: DB, batchId: number): AsyncGenerator<Transfer[]> {
  for await (const page of batchPayoutPages(db, batchId)) {
    yield page.map((p) => ({
      endToEndId: p.endToEndId ?? '',
      amountCents: p.amountCents ?? 0,
      creditorName: p.creditorName ?? '',
      creditorIban: p.creditorIban ?? '',
      remittance: remittanceText(
        p.networkName ?? '',
        p.reference ?? '',
        p.kind === 'installment' || p.kind === 'final' ? p.kind : 'advance',
      ),
    }))
  }
}

/**
 * Logs a download of a batch's file (`file`: which format) and marks the batch exported the first
 * time, answering the moment of that first export: every later download repeats the same file,
 * with the same message id, so a bank that gets it twice refuses the second as a duplicate
 * instead of paying twice.
 */
export async function markExported(
  db: DB,
  actor: Actor,
  batch: BatchRecord,
  file: string,
): Promise<string> {
  // A bank file holds whole IBANs: every download is logged, not only the one that exports.
  const downloaded = auditStatement(db, actor, {
    action: 'download',
    entity: 'payout-batches',
    entityId: batch.id,
    networkId: null,
    changes: { file },
  })
  if (batch.exportedAt) {
    await db.batch([downloaded])
    return batch.exportedAt
  }
  const now = nowIso()
  await db.batch([
    downloaded,
    db
      .update(payoutBatches)
      .set({ status: 'exported', exportedAt: now, updatedAt: now })
      .where(and(eq(payoutBatches.id, batch.id), eq(payoutBatches.status, 'open'))),
    auditStatement(db, actor, {
      action: 'export',
      entity: 'payout-batches',
      entityId: batch.id,
      networkId: null,
      changes: { status: ['open', 'exported'] },
      ifChanged: true,
    }),
  ])
  const [stored] = await db
    .select({ exportedAt: payoutBatches.exportedAt })
    .from(payoutBatches)
    .where(eq(payoutBatches.id, batch.id))
  return stored?.exportedAt ?? now
}

/**
 * Marks the batch's payouts (or the chosen ones of it) paid on a date, and the batch paid once
 * all of them are. Only exported batches can be paid; payouts already paid stay as they were, so
 * repeating the call changes nothing.
 */
export async function markPaid(
  db: DB,
  actor: Actor,
  batch: BatchRecord,
  paidOn: string,
  payoutIds?: number[],
): Promise<void> {
  if (batch.status === 'open') throw new ApiError(409, 'batchNotExported')
  const now = nowIso()
  const ids = payoutIds ? JSON.stringify(payoutIds) : null
  const chosen = sql`(${ids} IS NULL OR p.id IN (SELECT value FROM json_each(${ids})))`
  const payable = sql`p.batch_id = ${batch.id} AND p.status = 'batched' AND ${chosen}`
  const actorId = actor.type === 'system' ? null : actor.id
  // Each initiative hears of each transfer. Read before the batch: the messages' keys keep a
  // repeated or racing call from telling anything twice.
  const told = await db.all<Applicant & { payoutId: number } & Omit<PaymentFacts, 'paidOn'>>(
    sql`SELECT p.id AS payoutId, p.kind AS kind, p.amount_cents AS amountCents, a.id AS id,
      a.network_id AS networkId, a.locale AS locale, a.email AS email, a.reference AS reference,
      a.title AS title, a.contact_name AS contactName
      FROM payouts p JOIN applications a ON a.id = p.application_id WHERE ${payable}`,
  )
  await db.batch([
    // Logged first, while the rows still say what they were.
    db.insert(auditLog).select(
      sql`SELECT NULL, ${now}, ${actor.type}, ${actorId}, 'pay', 'payouts', p.id, p.network_id,
        json_object('status', json_array('batched', 'paid'), 'paidOn', ${paidOn})
        FROM payouts p WHERE ${payable}`,
    ),
    db
      .update(payouts)
      .set({ status: 'paid', paidOn, updatedAt: now })
      .where(sql`id IN (SELECT p.id FROM payouts p WHERE ${payable})`),
    ...queueKeyedMessages(
      db,
      told.map((p) =>
        paymentOf(p, p.payoutId, { kind: p.kind, amountCents: p.amountCents, paidOn }),
      ),
    ),
    db
      .update(payoutBatches)
      .set({ status: 'paid', paidOn, updatedAt: now })
      .where(
        and(
          eq(payoutBatches.id, batch.id),
          eq(payoutBatches.status, 'exported'),
          sql`NOT EXISTS (SELECT 1 FROM payouts p WHERE p.batch_id = ${batch.id}
            AND p.status = 'batched')`,
        ),
      ),
    auditStatement(db, actor, {
      action: 'pay',
      entity: 'payout-batches',
      entityId: batch.id,
      networkId: null,
      changes: { status: ['exported', 'paid'], paidOn },
      ifChanged: true,
    }),
  ])
}
