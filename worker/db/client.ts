import type { BatchItem } from 'drizzle-orm/batch'
import { drizzle } from 'drizzle-orm/d1'

/**
 * Drizzle over the D1 binding or over one of its sessions (worker/db/session.ts). Drizzle's D1
 * driver only calls `prepare` and `batch`, which a session has; it lacks `exec`, `dump` and
 * `withSession`, which drizzle never calls.
 *
 * Without the schema: every query is built with the query builder, never `db.query`, and given a
 * schema drizzle indexes all its tables and relations on each call, ~0.15 ms of CPU per request.
 */
export function createDb(d1: D1Database | D1DatabaseSession) {
  return drizzle(d1 as D1Database)
}

export type DB = ReturnType<typeof createDb>

/**
 * Runs a list of statements built at run time as one atomic D1 batch. Drizzle types a batch as a
 * literal tuple; the results are then only known as rows per statement.
 */
export function runBatch(db: DB, statements: BatchItem<'sqlite'>[]): Promise<unknown[][]> {
  if (statements.length === 0) return Promise.resolve([])
  return db.batch(statements as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]) as Promise<
    unknown[][]
  >
}
