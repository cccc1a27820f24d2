import { and, asc, eq, inArray, isNotNull, isNull, lt, lte, sql } from 'drizzle-orm'
import { type DB, runBatch } from '../db/client'
import { applications, attachments, bankChanges, messages } from '../db/schema'
import { addDays } from '../domain/decision-due'
import {
  CLOSED_STATUSES,
  type ClosedStatus,
  closedOnOrBefore,
  draftsChangedOnOrBefore,
  isDue,
  keepsOrganisationName,
  retentionOf,
} from '../domain/retention'
import { type Actor, auditStatement } from '../lib/audit'
import { dayOf } from '../lib/clock'
import { type ErasedFile, chunks, eraseHistory, historyToErase, idsIn } from '../services/erasure'

/** Files one night handles at most, drafts and closed files each; the rest waits a night. */
export const MAX_FILES_PER_RUN = 100
/** Files written in one D1 batch. */
const FILES_PER_BATCH = 25

const SYSTEM: Actor = { type: 'system', id: null }

async function storageKeys(db: DB, ids: number[]): Promise<Map<number, string[]>> {
  const rows = await db
    .select({ applicationId: attachments.applicationId, storageKey: attachments.storageKey })
    .from(attachments)
    .where(inArray(attachments.applicationId, sql`${idsIn(ids)}`))
  const keys = new Map<number, string[]>()
  for (const { applicationId, storageKey } of rows) {
    keys.set(applicationId, [...(keys.get(applicationId) ?? []), storageKey])
  }
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
  const files: ErasedFile[] = drafts.map((d) => ({ ...d, keepOrganisation: false }))
  const [keys, entries] = await Promise.all([storageKeys(db, ids), historyToErase(db, files)])
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
    ...eraseHistory(db, entries),
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
  const [keys, entries] = await Promise.all([storageKeys(db, ids), historyToErase(db, files)])
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
    ...eraseHistory(db, entries),
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
