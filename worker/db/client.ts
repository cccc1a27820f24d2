import type { BatchItem } from 'drizzle-orm/batch'
import { drizzle } from 'drizzle-orm/d1'
import * as schema from './schema'

export function createDb(d1: D1Database) {
  return drizzle(d1, { schema })
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
