import { type SQL, and, count, eq, sql } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import type { SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { DB } from '../db/client'
import { listCounts } from '../db/schema'
import type { SessionUser } from './context'
import { type ListQuery, type ListSpec, beyond, idsOfParts, inList } from './list-query'

/**
 * How many rows past the page a bounded count reads before it calls the total a lower bound: one
 * page more, so counting costs about what reading the page does.
 */
export const COUNT_AHEAD = 25

/** A list's total as `Content-Range` gives it; when not exact, at least this many rows exist. */
export interface Total {
  value: number
  exact: boolean
}

/** The statement that counts a list's total (run in the batch of its rows), and its reading. */
export interface TotalCount {
  /** Answers one row `{ n }`; none when the page itself tells the total. */
  statement?: BatchItem<'sqlite'>
  /** The total, given the statement's result and the number of rows on the page. */
  read(result: unknown, rowsOnPage: number): Total
}

/** The `n` of the one row a count statement answers. */
const countOf = (result: unknown) => Number((result as [{ n: number }])[0].n)

/**
 * Totals that triggers keep exact in `list_counts` (migrations/0007_list_costs.sql) per network
 * and status, with rows for all networks (0) and all statuses (''). A list filtered on nothing but
 * `networkId` and `status` reads its total from a few of these rows instead of counting.
 */
export interface CountedTotals {
  /** The `resource` of the list's rows in `list_counts`. */
  key: string
  /**
   * The networks and statuses of the rows this user may reach (undefined: all of them), so that
   * the counters cover exactly the resource's scope; the counters count only rows in any scope.
   */
  reach(user: SessionUser): { networkIds?: readonly number[]; statuses?: readonly string[] }
}

const ALL_NETWORKS = 0
const ALL_STATUSES = ''

/** The values a filter was given, as a list; undefined when it was not given. */
function givenValues<T>(value: unknown, as: (v: unknown) => T): T[] | undefined {
  return value === undefined ? undefined : [value].flat().map(as)
}

/** Both limits together: undefined (no limit) yields the other. */
function within<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): T[] | undefined {
  if (!a) return b && [...b]
  return b ? a.filter((x) => b.includes(x)) : [...a]
}

/**
 * The exact total from the counters, when the list's filters are only `networkId` and `status`;
 * undefined otherwise. It reads one counter row per network and status asked for.
 */
export function countedTotal(
  db: DB,
  counted: CountedTotals,
  user: SessionUser,
  query: ListQuery,
): TotalCount | undefined {
  const filters = Object.keys(query.filter)
  if (filters.some((name) => name !== 'networkId' && name !== 'status')) return undefined
  const reach = counted.reach(user)
  const networks = within(reach.networkIds, givenValues(query.filter.networkId, Number))
  const statuses = within(reach.statuses, givenValues(query.filter.status, String))
  const statement = db
    .select({ n: sql<number>`coalesce(sum(${listCounts.n}), 0)` })
    .from(listCounts)
    .where(
      and(
        eq(listCounts.resource, counted.key),
        inList(listCounts.networkId, networks ?? [ALL_NETWORKS]),
        inList(listCounts.status, statuses ?? [ALL_STATUSES]),
      ),
    )
  return { statement, read: (result) => ({ value: countOf(result), exact: true }) }
}

/** The exact total, counting every row: for the small tables (users, networks, plans, …). */
/**
 * The ids asked for (getMany) fit on the page from its start, so the page holds every row that
 * matches: its length is the total, and nothing needs counting.
 */
export function pageTotal(query: ListQuery): TotalCount | undefined {
  const ids = query.filter.id
  const asked = Array.isArray(ids) ? ids.length : ids === undefined ? Infinity : 1
  if (query.offset > 0 || query.cursor || asked > query.limit) return undefined
  return { read: (_, rowsOnPage) => ({ value: rowsOnPage, exact: true }) }
}

export function exactTotal(db: DB, table: SQLiteTable, where: SQL | undefined): TotalCount {
  const statement = db.select({ n: count() }).from(table).where(where)
  return { statement, read: (result) => ({ value: countOf(result), exact: true }) }
}

/**
 * A total that never counts more than a few pages of rows: the rows from the page's start on, at
 * most the page and COUNT_AHEAD more. Below that bound it is exact; at it, a lower bound. Which
 * rows come first does not change how many there are, so it reads them in no particular order:
 * SQLite takes the cheapest way to the conditions and stops at the bound (a sort would read every
 * match first). With a cursor the count starts at the cursor, as the page does; with an offset it
 * reads the offset's rows too, as the page itself does. With `parts`, each part counts apart, at
 * most the bound each.
 */
export function boundedTotal(
  db: DB,
  table: SQLiteTable,
  spec: ListSpec,
  query: ListQuery,
  where: SQL | undefined,
  parts?: SQL[],
): TotalCount {
  const { cursor, offset, limit } = query
  const rows = (condition: SQL | undefined, max: number) =>
    parts
      ? db
          .select({ n: count() })
          .from(sql`(${idsOfParts(table, spec.id, condition, parts, [], max)})`)
      : db.select({ n: count() }).from(
          db
            .select({ one: sql<number>`1`.as('one') })
            .from(table)
            .where(condition)
            .limit(max)
            .as('counted'),
        )
  if (!cursor) {
    const max = offset + limit + COUNT_AHEAD
    return {
      statement: rows(where, max),
      read: (result) => ({ value: countOf(result), exact: countOf(result) < max }),
    }
  }
  if (cursor.direction === 'after') {
    const max = limit + COUNT_AHEAD
    return {
      statement: rows(and(where, beyond(spec, query, cursor.position, true)), max),
      read: (result) => ({ value: offset + countOf(result), exact: countOf(result) < max }),
    }
  }
  // The page ends right before the cursor: count on from the cursor itself.
  const fromCursor = and(where, beyond(spec, query, cursor.position, true, true))
  return {
    statement: rows(fromCursor, COUNT_AHEAD),
    read: (result, rowsOnPage) => ({
      value: offset + rowsOnPage + countOf(result),
      exact: countOf(result) < COUNT_AHEAD,
    }),
  }
}
