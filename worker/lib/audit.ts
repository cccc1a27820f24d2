import { sql } from 'drizzle-orm'
import type { DB } from '../db/client'
import { auditLog } from '../db/schema'
import type { SessionUser } from './context'
import { nowIso } from './clock'

/** Who made a change; an applicant is known by their application ('inserted': the one just stored). */
export type Actor =
  | { type: 'user'; id: number }
  | { type: 'applicant'; id: number | 'inserted' }
  | { type: 'system'; id: null }

export function userActor(user: SessionUser): Actor & { type: 'user'; id: number } {
  return { type: 'user', id: user.id }
}

export interface AuditEntry {
  action: string
  entity: string
  /** The record's id, or 'inserted' for the row the statement just before it in the batch inserted. */
  entityId: number | 'inserted' | null
  /** The network, or 'inserted' when the row the statement before inserted is the network. */
  networkId: number | 'inserted' | null
  changes?: Record<string, unknown> | null
  /** Write the entry only if the statement just before it in the batch changed a row. */
  ifChanged?: boolean
}

/**
 * The one audit writer: a statement to run in the same `db.batch` as the change it records, so
 * the change and its entry are stored together or not at all.
 */
export function auditStatement(db: DB, actor: Actor, entry: AuditEntry) {
  const entityId = entry.entityId === 'inserted' ? sql`last_insert_rowid()` : entry.entityId
  const networkId = entry.networkId === 'inserted' ? sql`last_insert_rowid()` : entry.networkId
  const actorId = actor.id === 'inserted' ? sql`last_insert_rowid()` : actor.id
  const changes = entry.changes ? JSON.stringify(entry.changes) : null
  // A raw `db.run` cannot join a D1 batch in drizzle, an INSERT … SELECT can. The SELECT lists
  // every column of audit_log in schema order; id is NULL so SQLite assigns it.
  return db.insert(auditLog).select(sql`
    SELECT NULL, ${nowIso()}, ${actor.type}, ${actorId}, ${entry.action}, ${entry.entity},
      ${entityId}, ${networkId}, ${changes}
    WHERE ${entry.ifChanged ? sql`changes() > 0` : sql`1`}`)
}

/**
 * `{ field: [old, new] }` for every field of `next` whose value differs from `previous`.
 * An undefined value in `next` was not given, so it changes nothing.
 */
export function diff(
  previous: Record<string, unknown>,
  next: Record<string, unknown>,
): Record<string, [unknown, unknown]> {
  const changed: Record<string, [unknown, unknown]> = {}
  for (const [field, value] of Object.entries(next)) {
    if (value === undefined) continue
    if (JSON.stringify(previous[field] ?? null) !== JSON.stringify(value ?? null)) {
      changed[field] = [previous[field] ?? null, value ?? null]
    }
  }
  return changed
}
