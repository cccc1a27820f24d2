import { sql } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import type { DB } from '../db/client'
import { auditLog } from '../db/schema'
import { erasedChanges } from '../domain/retention'

/** Audit entries rewritten in one statement. */
const ENTRIES_PER_STATEMENT = 100

/** A list of ids as one bound parameter: D1 allows at most 100 per statement. */
export const idsIn = (ids: number[]) => sql`(SELECT value FROM json_each(${JSON.stringify(ids)}))`

/** `items` in parts of at most `size`. */
export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/** A file whose personal data goes: deleted (a draft) or anonymised (a closed file). */
export interface ErasedFile {
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
export async function historyToErase(db: DB, files: ErasedFile[]) {
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

export type ErasedEntry = Awaited<ReturnType<typeof historyToErase>>[number]

/**
 * Statements that rewrite the entries' changes, each only if its file is gone or was anonymised
 * in the same batch: a file the batch did not touch keeps its history. (`audit_log.changes` is
 * the one column the append-only triggers leave writable, for exactly this.)
 */
export function eraseHistory(db: DB, entries: ErasedEntry[]): BatchItem<'sqlite'>[] {
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
