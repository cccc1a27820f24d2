import { type SQL, getTableColumns, sql } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import type { DB } from '../db/client'
import { type MESSAGE_KINDS, auditLog, messages } from '../db/schema'
import { type Actor, auditStatement } from '../lib/audit'
import { nowIso } from '../lib/clock'
import {
  type DecisionFacts,
  type PaymentFacts,
  type RenderedMessage,
  decisionMessage,
  infoRequestMessage,
  paymentMessage,
  receiptMessage,
} from '../lib/message-templates'
import type { Locale } from '../lib/messages'

export type MessageKind = (typeof MESSAGE_KINDS)[number]

/** `lastError` of a message kept in the outbox because its recipient gave no e-mail address. */
export const NO_ADDRESS = 'no_address'

/**
 * Stands for the application's reference in a message's text: filled in from the stored row when
 * the message is written, so a receipt names the number counted in the same batch.
 */
export const REFERENCE_SLOT = '{{reference}}'

/** Messages are written by the system, in the batch of the event they report. */
const SYSTEM: Actor = { type: 'system', id: null }

/** Messages of one statement when many are written at once: a few hundred kilobytes of JSON. */
const CHUNK = 500

/** A message to write to the outbox. */
export interface Outgoing extends RenderedMessage {
  kind: MessageKind
  locale: Locale
  networkId: number
  applicationId: number | null
  /** The staff member it goes to; null for the applicant. */
  userId: number | null
  toAddress: string | null
  /** The absolute private link the body's placeholder stands for; kept only until it is sent. */
  privateLink?: string | null
}

/** A message that is written once per key: reruns of a scheduled job never repeat it. */
export interface KeyedOutgoing extends Outgoing {
  dedupeKey: string
}

/**
 * How a message starts in the outbox: queued, or kept as failed with the reason when there is no
 * address to send it to (then the private link is not kept either).
 */
function deliveryOf(message: Outgoing) {
  const toAddress = message.toAddress?.trim() || null
  if (!toAddress) {
    return { toAddress, status: 'failed', lastError: NO_ADDRESS, privateLink: null } as const
  }
  return { toAddress, status: 'queued', lastError: null, privateLink: message.privateLink ?? null }
}

type Column = keyof typeof messages.$inferSelect
const COLUMNS = Object.keys(getTableColumns(messages)) as Column[]

/** The values of every column, in the table's order, as the SELECT of an INSERT … SELECT. */
function selectList(values: Record<Column, unknown>): SQL {
  return sql.join(
    COLUMNS.map((column) => sql`${values[column]}`),
    sql`, `,
  )
}

/**
 * Statements that write one message and its audit entry, for the batch of the event it reports:
 * written only if `when` holds as the batch runs. `applicationId` may be SQL, for an application
 * inserted earlier in the batch; `{{reference}}` in the text becomes its stored reference.
 */
export function queueMessage(
  db: DB,
  message: Outgoing,
  options: { when?: SQL; applicationId?: SQL } = {},
): BatchItem<'sqlite'>[] {
  const now = nowIso()
  const applicationId = options.applicationId ?? message.applicationId
  const reference = sql`coalesce((SELECT a.reference FROM applications a
    WHERE a.id = ${applicationId}), '')`
  const fill = (text: string) => sql`replace(${text}, ${REFERENCE_SLOT}, ${reference})`
  const values = {
    id: null,
    applicationId,
    userId: message.userId,
    networkId: message.networkId,
    kind: message.kind,
    locale: message.locale,
    subject: fill(message.subject),
    body: fill(message.body),
    ...deliveryOf(message),
    attempts: 0,
    sentAt: null,
    dedupeKey: null,
    createdAt: now,
    updatedAt: now,
  }
  return [
    db.insert(messages).select(sql`SELECT ${selectList(values)} WHERE ${options.when ?? sql`1`}`),
    auditStatement(db, SYSTEM, {
      action: 'create',
      entity: 'messages',
      entityId: 'inserted',
      networkId: message.networkId,
      changes: { kind: message.kind, status: values.status },
      ifChanged: true,
    }),
  ]
}

/**
 * Statements that write messages whose key is not in the outbox yet, each with its audit entry:
 * a few statements however many there are, so a large batch of payments or a night's reminders
 * fits in one D1 batch. Keys must differ from each other.
 */
export function queueKeyedMessages(db: DB, keyed: KeyedOutgoing[]): BatchItem<'sqlite'>[] {
  const now = nowIso()
  const statements: BatchItem<'sqlite'>[] = []
  for (let start = 0; start < keyed.length; start += CHUNK) {
    const chunk = keyed.slice(start, start + CHUNK)
    const rows = JSON.stringify(chunk.map((m) => ({ ...m, ...deliveryOf(m) })))
    const keys = JSON.stringify(chunk.map((m) => m.dedupeKey))
    const field = (name: string) => sql`json_extract(j.value, ${`$.${name}`})`
    const values = {
      id: null,
      applicationId: field('applicationId'),
      userId: field('userId'),
      networkId: field('networkId'),
      kind: field('kind'),
      locale: field('locale'),
      toAddress: field('toAddress'),
      subject: field('subject'),
      body: field('body'),
      privateLink: field('privateLink'),
      status: field('status'),
      attempts: 0,
      lastError: field('lastError'),
      sentAt: null,
      dedupeKey: field('dedupeKey'),
      createdAt: now,
      updatedAt: now,
    }
    statements.push(
      db.insert(messages).select(
        sql`SELECT ${selectList(values)} FROM json_each(${rows}) j WHERE NOT EXISTS
          (SELECT 1 FROM messages m WHERE m.dedupe_key = ${field('dedupeKey')})`,
      ),
      // The rows just written: this moment's, with these keys (older ones with a key stay out).
      db.insert(auditLog).select(
        sql`SELECT NULL, ${now}, 'system', NULL, 'create', 'messages', m.id, m.network_id,
          json_object('kind', m.kind, 'status', m.status)
          FROM messages m WHERE m.created_at = ${now}
          AND m.dedupe_key IN (SELECT value FROM json_each(${keys}))`,
      ),
    )
  }
  return statements
}

/** The keys of these that the outbox already holds, so a job renders only what is new. */
export async function existingKeys(db: DB, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set()
  const rows = await db.all<{ key: string }>(
    sql`SELECT dedupe_key AS key FROM messages
      WHERE dedupe_key IN (SELECT value FROM json_each(${JSON.stringify(keys)}))`,
  )
  return new Set(rows.map((r) => r.key))
}

/** What a message to an applicant needs to know of their application. */
export interface Applicant {
  /** Null while the application is being inserted in the same batch. */
  id: number | null
  networkId: number
  locale: Locale
  email: string | null
  reference: string | null
  title: string
  contactName: string | null
}

function toApplicant(applicant: Applicant, kind: MessageKind, rendered: RenderedMessage): Outgoing {
  return {
    ...rendered,
    kind,
    locale: applicant.locale,
    networkId: applicant.networkId,
    applicationId: applicant.id,
    userId: null,
    toAddress: applicant.email,
  }
}

const about = (applicant: Applicant, reference = applicant.reference ?? REFERENCE_SLOT) => ({
  reference,
  title: applicant.title,
  contactName: applicant.contactName ?? '',
})

/**
 * The receipt of a submission, with the private link (the token exists only in this request). The
 * reference is the one stored as the batch runs: a first submission counts it in that batch.
 */
export function receiptOf(applicant: Applicant, decisionDueOn: string, privateLink: string) {
  const rendered = receiptMessage(applicant.locale, about(applicant, REFERENCE_SLOT), decisionDueOn)
  return { ...toApplicant(applicant, 'receipt', rendered), privateLink }
}

export function infoRequestOf(applicant: Applicant, request: string, infoDueOn: string) {
  const rendered = infoRequestMessage(applicant.locale, about(applicant), request, infoDueOn)
  return toApplicant(applicant, 'info_request', rendered)
}

export function decisionOf(applicant: Applicant, decision: DecisionFacts) {
  const rendered = decisionMessage(applicant.locale, about(applicant), decision)
  return toApplicant(applicant, 'decision', rendered)
}

/** One message per payout: its key makes a repeated or racing mark-paid write it once. */
export function paymentOf(
  applicant: Applicant,
  payoutId: number,
  payment: PaymentFacts,
): KeyedOutgoing {
  const rendered = paymentMessage(applicant.locale, about(applicant), payment)
  return { ...toApplicant(applicant, 'payment', rendered), dedupeKey: `payment:${payoutId}` }
}
