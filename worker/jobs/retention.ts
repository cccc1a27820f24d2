import { and, asc, eq, inArray, isNotNull, isNull, lt, lte, sql } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import { type DB, runBatch } from '../db/client'
import { applications, attachments, auditLog, bankChanges, messages } from '../db/schema'
import { addDays } from '../domain/decision-due'
import {
  CLOSED_STATUSES,
  type ClosedStatus,
  closedOnOrBefore,
  draftsChangedOnOrBefore,
  erasedChanges,
  isDue,
  keepsOrganisationName,
  retentionOf,
} from '../domain/retention'
import { type Actor, auditStatement } from '../lib/audit'
import { dayOf } from '../lib/clock'

/** Files one night handles at most, drafts and closed files each; the rest waits a night. */
export const MAX_FILES_PER_RUN = 100
/** Files written in one D1 batch, and audit entries rewritten in one statement. */
const FILES_PER_BATCH = 25
const ENTRIES_PER_STATEMENT = 100

const SYSTEM: Actor = { type: 'system', id: null }

/** A list of ids as one bound parameter: D1 allows at most 100 per statement. */
const idsIn = (ids: number[]) => sql`(SELECT value FROM json_each(${JSON.stringify(ids)}))`

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

interface File {
  id: number
  networkId: number
  /** Whether the organisation may stay named (foundations and associations). */
  keepOrganisation: boolean
}

/**
 * The audit entries of the files and of their attachments, account changes and messages, with
 * the personal values erased; entries without any are left out. Attachments may be gone already
 * (the applicant removed them), so their entries are found by the application they name.
 */
async function erasedEntries(db: DB, files: File[]) {
  const list = idsIn(files.map((f) => f.id))
  // Each part starts from its own index: the file's entries, and those of its account changes
  // and messages by their ids. Attachments removed earlier are known only by the application
  // their entries name, so those are read among the attachments' entries.
  const rows = await db.all<{ id: number; applicationId: number; changes: string }>(sql`
    SELECT l.id, l.entity_id AS applicationId, l.changes FROM audit_log l
      WHERE l.entity = 'applications' AND l.entity_id IN ${list}
    UNION ALL
    SELECT l.id, (SELECT b.application_id FROM bank_changes b WHERE b.id = l.entity_id), l.changes
      FROM audit_log l WHERE l.entity = 'bank-changes'
      AND l.entity_id IN (SELECT b.id FROM bank_changes b WHERE b.application_id IN ${list})
    UNION ALL
    SELECT l.id, (SELECT m.application_id FROM messages m WHERE m.id = l.entity_id), l.changes
      FROM audit_log l WHERE l.entity = 'messages'
      AND l.entity_id IN (SELECT m.id FROM messages m WHERE m.application_id IN ${list})
    UNION ALL
    SELECT l.id, json_extract(l.changes, '$.applicationId'), l.changes FROM audit_log l
      WHERE l.entity = 'attachments' AND json_extract(l.changes, '$.applicationId') IN ${list}`)
  const keep = new Map(files.map((f) => [f.id, f.keepOrganisation]))
  return rows.flatMap((row) => {
    if (row.changes === null) return []
    const changes = erasedChanges(JSON.parse(row.changes), keep.get(row.applicationId) ?? false)
    return changes === undefined ? [] : [{ id: row.id, applicationId: row.applicationId, changes }]
  })
}

type ErasedEntry = Awaited<ReturnType<typeof erasedEntries>>[number]

/**
 * Statements that rewrite the entries' changes, each only if its file is gone or was anonymised
 * in the same batch: a file the batch did not touch keeps its history. (`audit_log.changes` is
 * the one column the append-only triggers leave writable, for exactly this.)
 */
function eraseEntries(db: DB, entries: ErasedEntry[]): BatchItem<'sqlite'>[] {
  return chunks(entries, ENTRIES_PER_STATEMENT).map((part) => {
    const payload = JSON.stringify(part)
    // json_each has an `id` column of its own, so the audit row's id is named in full.
    return db
      .update(auditLog)
      .set({
        changes: sql`(SELECT json_extract(j.value, '$.changes') FROM json_each(${payload}) j
          WHERE json_extract(j.value, '$.id') = audit_log.id)`,
      })
      .where(
        sql`audit_log.id IN (SELECT json_extract(j.value, '$.id') FROM json_each(${payload}) j
          WHERE NOT EXISTS (SELECT 1 FROM applications a
            WHERE a.id = json_extract(j.value, '$.applicationId') AND a.anonymised_at IS NULL))`,
      )
  })
}

async function storageKeys(db: DB, ids: number[]): Promise<Map<number, string[]>> {
  const rows = await db
    .select({ applicationId: attachments.applicationId, storageKey: attachments.storageKey })
    .from(attachments)
    .where(inArray(attachments.applicationId, sql`${idsIn(ids)}`))
  const keys = new Map<number, string[]>()
  for (const row of rows)
    keys.set(row.applicationId, [...(keys.get(row.applicationId) ?? []), row.storageKey])
  return keys
}

/** Drafts untouched for 90 days, oldest first, as far as one night handles them. */
async function staleDrafts(db: DB, today: string) {
  const lastDay = draftsChangedOnOrBefore(today)
  // A moment's Dutch day is never before its UTC date, so this bound holds every due draft
  // (and a few hours more, which the rule below leaves alone).
  const rows = await db
    .select({
      id: applications.id,
      networkId: applications.networkId,
      updatedAt: applications.updatedAt,
    })
    .from(applications)
    .where(and(eq(applications.status, 'draft'), lt(applications.updatedAt, addDays(lastDay, 1))))
    .orderBy(asc(applications.updatedAt))
    .limit(MAX_FILES_PER_RUN)
  return rows.filter((row) =>
    isDue(
      retentionOf({ status: 'draft', closedOn: null, lastChangedOn: dayOf(row.updatedAt) }),
      today,
    ),
  )
}

type Draft = Awaited<ReturnType<typeof staleDrafts>>[number]

/**
 * Deletes drafts with everything of theirs: rows (priorities, budget lines, attachments and
 * messages go with the application) and then the stored files. A draft changed since it was read
 * is someone at work on it, and stays.
 */
async function deleteDrafts(db: DB, bucket: R2Bucket, drafts: Draft[]): Promise<number> {
  const ids = drafts.map((d) => d.id)
  const files = drafts.map((d) => ({ id: d.id, networkId: d.networkId, keepOrganisation: false }))
  const [keys, entries] = await Promise.all([storageKeys(db, ids), erasedEntries(db, files)])
  const results = await runBatch(db, [
    ...drafts.flatMap((draft) => [
      db
        .delete(applications)
        .where(
          and(
            eq(applications.id, draft.id),
            eq(applications.status, 'draft'),
            eq(applications.updatedAt, draft.updatedAt),
          ),
        )
        .returning({ id: applications.id }),
      auditStatement(db, SYSTEM, {
        action: 'delete',
        entity: 'applications',
        entityId: draft.id,
        networkId: draft.networkId,
        changes: { retention: 'draft', lastChangedOn: dayOf(draft.updatedAt) },
        ifChanged: true,
      }),
    ]),
    ...eraseEntries(db, entries),
  ])
  const deleted = drafts.filter((_, i) => (results[i * 2] as unknown[]).length > 0)
  const gone = deleted.flatMap((d) => keys.get(d.id) ?? [])
  if (gone.length > 0) await bucket.delete(gone)
  return deleted.length
}

/** Closed files whose term has passed, longest closed first, as far as one night handles them. */
async function expiredFiles(db: DB, today: string) {
  const last = closedOnOrBefore(today)
  const latest = CLOSED_STATUSES.map((s) => last[s]).sort()[CLOSED_STATUSES.length - 1]
  const termEnds = sql.join(
    CLOSED_STATUSES.map((status) => sql`WHEN ${status} THEN ${last[status]}`),
    sql` `,
  )
  const moneyMoving = sql`EXISTS (SELECT 1 FROM payouts p WHERE p.application_id = applications.id
    AND p.status IN ('scheduled', 'batched'))`
  const rows = await db
    .select({
      id: applications.id,
      networkId: applications.networkId,
      status: applications.status,
      closedOn: applications.closedOn,
      applicantType: applications.applicantType,
    })
    .from(applications)
    .where(
      and(
        isNull(applications.anonymisedAt),
        isNotNull(applications.closedOn),
        lte(applications.closedOn, latest),
        // One range over the retention index, then each status's own term.
        sql`${applications.closedOn} <= CASE ${applications.status} ${termEnds} END`,
        sql`NOT ${moneyMoving}`,
      ),
    )
    .orderBy(asc(applications.closedOn))
    .limit(MAX_FILES_PER_RUN)
  return rows.flatMap((row) => {
    const facts = { status: row.status, closedOn: row.closedOn, lastChangedOn: today }
    if (!row.closedOn || !isDue(retentionOf(facts), today)) return []
    return [
      {
        id: row.id,
        networkId: row.networkId,
        status: row.status as ClosedStatus,
        closedOn: row.closedOn,
        keepOrganisation: keepsOrganisationName(row.applicantType),
      },
    ]
  })
}

type Expired = Awaited<ReturnType<typeof expiredFiles>>[number]

/**
 * Anonymises closed files: their personal data, files, account changes, messages and the
 * personal values in their history go; amounts, decisions, payouts, reports' figures, statuses
 * and dates stay. The stored files go first: should the batch fail, the next night finds the
 * rows again, and deleting a missing file is no error.
 */
async function anonymise(db: DB, bucket: R2Bucket, files: Expired[], stamp: string) {
  const ids = files.map((f) => f.id)
  const [keys, entries] = await Promise.all([storageKeys(db, ids), erasedEntries(db, files)])
  const stored = [...keys.values()].flat()
  if (stored.length > 0) await bucket.delete(stored)
  const mine = sql`(SELECT id FROM applications WHERE id IN ${idsIn(ids)} AND anonymised_at = ${stamp})`
  await runBatch(db, [
    ...files.flatMap((file) => [
      db
        .update(applications)
        .set({
          contactName: null,
          email: null,
          phone: null,
          iban: null,
          accountHolder: null,
          ...(file.keepOrganisation ? {} : { organisationName: null }),
          postcode: sql`substr(${applications.postcode}, 1, 4)`,
          // The private link stops working: no one is the applicant of an anonymous file.
          accessTokenHash: sql`'anonymised:' || ${applications.id}`,
          anonymisedAt: stamp,
          updatedAt: stamp,
        })
        .where(
          and(
            eq(applications.id, file.id),
            isNull(applications.anonymisedAt),
            eq(applications.status, file.status),
            eq(applications.closedOn, file.closedOn),
          ),
        ),
      auditStatement(db, SYSTEM, {
        action: 'anonymise',
        entity: 'applications',
        entityId: file.id,
        networkId: file.networkId,
        changes: {
          retention: file.status,
          closedOn: file.closedOn,
          files: keys.get(file.id)?.length ?? 0,
        },
        ifChanged: true,
      }),
    ]),
    db.delete(attachments).where(inArray(attachments.applicationId, mine)),
    db
      .update(messages)
      .set({ toAddress: null, body: '', privateLink: null, lastError: null, updatedAt: stamp })
      .where(inArray(messages.applicationId, mine)),
    db
      .update(bankChanges)
      .set({ iban: '', accountHolder: '', note: '', updatedAt: stamp })
      .where(inArray(bankChanges.applicationId, mine)),
    ...eraseEntries(db, entries),
  ])
}

/**
 * The retention terms of DOMAIN (privacy), run nightly: drafts untouched for 90 days are deleted,
 * closed files past their term anonymised. Bounded per night, and idempotent: what is done is no
 * longer found, so a second run changes nothing.
 */
export async function retention(db: DB, env: Env, now: Date): Promise<void> {
  const today = dayOf(now.toISOString())
  const stamp = now.toISOString()
  const drafts = await staleDrafts(db, today)
  let deleted = 0
  for (const part of chunks(drafts, FILES_PER_BATCH))
    deleted += await deleteDrafts(db, env.FILES, part)
  const expired = await expiredFiles(db, today)
  for (const part of chunks(expired, FILES_PER_BATCH)) await anonymise(db, env.FILES, part, stamp)
  console.log(
    `retention ${today}: ${deleted} drafts deleted, ${expired.length} closed files anonymised`,
  )
}
