import { type SQL, and, asc, desc, gte, lte, or, sql } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core'
import * as z from 'zod'
import { ApiError, fieldError } from './errors'
import { parseInput } from './validation'
import type { SessionUser } from './context'
import type { Locale } from './messages'

/**
 * Turns one filter value (for this user, in a list sorted by `sortKey`) into a condition; throws a
 * field error on a bad value.
 */
export type Filter = ((
  value: unknown,
  locale: Locale,
  user: SessionUser,
  sortKey: SQLiteColumn | SQL,
) => SQL | undefined) & {
  /** The values the filter takes, for the API description (worker/lib/openapi.ts). */
  schema?: z.ZodType
  /**
   * It selects rows by id from a list of its own (ids asked for, a priority's applications,
   * full-text matches): SQLite fetches and sorts those rather than read an index in order.
   */
  byId?: true
}

/** A filter that names the zod schema of the values it takes, so the API description lists it. */
export function filterOf(schema: z.ZodType, filter: Filter): Filter {
  return Object.assign(filter, { schema })
}

/** A filter that selects rows by id from a list of its own (see `Filter.byId`). */
export function byIdFilter(schema: z.ZodType, filter: Filter): Filter {
  return Object.assign(filter, { schema, byId: true as const })
}

/**
 * What a resource lets clients sort, filter and search on. Everything else is refused. Every sort
 * and filter is served by an index (test/worker/query-plans.test.ts holds every list to that).
 */
export interface ListSpec {
  id: SQLiteColumn
  /**
   * Sort fields. A sort key is never NULL within the rows a user may reach (keyset paging compares
   * positions): a nullable column is sorted as `coalesce(column, <below every value>)`.
   */
  sort: Record<string, SQLiteColumn | SQL>
  defaultSort: readonly [string, 'ASC' | 'DESC']
  /** Filters by name; a filter named `q` (see `fullText`) replaces the LIKE search below. */
  filters: Record<string, Filter>
  /** Text columns (or text expressions) `q` searches in with LIKE; none means `q` is refused. */
  search: (SQLiteColumn | SQL)[]
}

/** A row's position in a list's order: its sort value and its id. */
export type Cursor = readonly [value: string | number, id: number]

export interface ListQuery {
  where: SQL | undefined
  orderBy: SQL[]
  offset: number
  limit: number
  /** The sort column (or expression) and direction `orderBy` was made from. */
  sortKey: SQLiteColumn | SQL
  order: 'ASC' | 'DESC'
  /**
   * Keyset paging: the page holds the rows right after (or right before) this position, so no
   * rows are skipped by reading them (`offset` then only labels the page).
   */
  cursor?: { direction: 'after' | 'before'; position: Cursor }
  /** The filters given with a value, by name (their conditions are in `where`). */
  filter: Record<string, unknown>
  /** A filter selects rows by id from a list of its own (see `Filter.byId`). */
  byId: boolean
}

export const MAX_PAGE = 500
const DEFAULT_RANGE = [0, 24] as const

/**
 * Binds a list of values as one JSON parameter, so any number of ids costs one bound parameter.
 * One value is an equality: SQLite then reads an index on (column, sort) in the sort's order,
 * which it cannot do across the values of an IN.
 */
export function inList(column: SQLiteColumn | SQL, values: readonly (string | number)[]): SQL {
  if (values.length === 1) return sql`${column} = ${values[0]}`
  return sql`${column} IN (SELECT value FROM json_each(${JSON.stringify(values)}))`
}

const idValue = z.coerce.number().int().positive()
/** One reference id, or a list of them (getMany). */
export const idValues = z.union([idValue, z.array(idValue).max(1000)])

/** Exact match on one value, or any of a list of values. */
export function equals(
  column: SQLiteColumn | SQL,
  schema: z.ZodType<string | number | boolean>,
): Filter {
  const values = z.union([schema, z.array(schema).max(1000)])
  return filterOf(values, (value, locale) => {
    const v = parseInput(values, value, locale)
    if (!Array.isArray(v)) return sql`${column} = ${v}`
    return inList(
      column,
      v.map((x) => (typeof x === 'boolean' ? Number(x) : x)),
    )
  })
}

/**
 * The rows of one record, or a few (an application's reviews, a record's audit entries), by
 * their reference to it: their ids come first from the reference's index, so SQLite fetches that
 * handful and sorts it, rather than walk the sort's index of a whole network hoping to meet them.
 */
export function belongsTo(table: SQLiteTable & { id: SQLiteColumn }, column: SQLiteColumn): Filter {
  return byIdFilter(idValues, (value, locale) => {
    const v = parseInput(idValues, value, locale)
    const match = Array.isArray(v) ? inList(column, v) : sql`${column} = ${v}`
    return sql`${table.id} IN (SELECT ${table.id} FROM ${table} WHERE ${match})`
  })
}

/** Exact match on a reference id (or a list of ids, as getMany and getManyReference send). */
export function idEquals(column: SQLiteColumn | SQL): Filter {
  return filterOf(idValues, (value, locale) => {
    const v = parseInput(idValues, value, locale)
    return Array.isArray(v) ? inList(column, v) : sql`${column} = ${v}`
  })
}

/** Lower (`_gte`) or upper (`_lte`) bound on a date or timestamp column. */
export function dateBound(column: SQLiteColumn, bound: 'gte' | 'lte'): Filter {
  const day = z.iso.date()
  return filterOf(day, (value, locale) => {
    const v = parseInput(day, value, locale)
    // Timestamps carry a time; the upper bound includes the whole day.
    return bound === 'gte' ? gte(column, v) : lte(column, `${v}T23:59:59.999Z`)
  })
}

export function booleanEquals(column: SQLiteColumn): Filter {
  const flag = z.boolean()
  return filterOf(
    flag,
    (value, locale) => sql`${column} = ${Number(parseInput(flag, value, locale))}`,
  )
}

/**
 * A full-text filter for `q`: the user's words in their order, each a whole word except the last,
 * which may be the start of one (they may still be typing); see `ftsQuery`. Quotes, operators and
 * punctuation are never passed on as FTS5 syntax, so no input can make the query fail; input
 * without any word finds nothing. `match` gets the FTS5 query and returns the condition on the list's rows.
 */
export function fullText(match: (ftsQuery: string) => SQL): Filter {
  const text = z.string().max(200).describe('Searches the text fields by word (full text).')
  return byIdFilter(text, (value, locale) => {
    const query = ftsQuery(parseInput(text, value, locale))
    return query === undefined ? sql`0` : match(query)
  })
}

/**
 * The words of a search as an FTS5 phrase query (`"word1 word2"*`): the words in this order, one
 * after another, as a piece of text was found before (`reference` BK-2026-0042 as "bk 2026 0042").
 * Only letters and digits pass, so nothing the user types is FTS5 syntax. The last word may be the
 * start of one unless it is a single character, which would start nearly every word. Undefined
 * when the input holds no word.
 */
export function ftsQuery(input: string): string | undefined {
  const words = input.match(/[\p{L}\p{N}]+/gu)?.slice(0, 20)
  if (!words) return undefined
  return `"${words.join(' ')}"${words[words.length - 1].length > 1 ? '*' : ''}`
}

function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`
}

function parseJson(raw: string | undefined, field: string): unknown {
  if (raw === undefined || raw === '') return undefined
  try {
    return JSON.parse(raw)
  } catch {
    throw fieldError(field, 'badRequest')
  }
}

function parseRange(raw: unknown): { offset: number; limit: number } {
  const range = raw === undefined ? DEFAULT_RANGE : raw
  // Only an array may be destructured: a JSON object, number or null would throw (a 500).
  const [start, end] = Array.isArray(range) ? (range as number[]) : [NaN, NaN]
  const ok =
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    end >= start &&
    end - start < MAX_PAGE
  if (!ok) throw new ApiError(400, 'invalidRange', undefined, { range: { key: 'invalidRange' } })
  return { offset: start, limit: end - start + 1 }
}

function parseSort(raw: unknown, spec: ListSpec) {
  const sort = raw ?? spec.defaultSort
  const [field, order] = Array.isArray(sort) ? (sort as unknown[]) : []
  if (typeof field !== 'string') throw fieldError('sort', 'unknownSort')
  const sortKey = Object.hasOwn(spec.sort, field) ? spec.sort[field] : undefined
  if (!sortKey || (order !== 'ASC' && order !== 'DESC')) throw fieldError('sort', 'unknownSort')
  return { sortKey, order: order as 'ASC' | 'DESC' }
}

/** The order of a list: by the sort key, then by id, so pages never repeat or skip a row. */
function orderOf(spec: ListSpec, sortKey: SQLiteColumn | SQL, order: 'ASC' | 'DESC'): SQL[] {
  const direction = order === 'ASC' ? asc : desc
  return sortKey === spec.id ? [direction(spec.id)] : [direction(sortKey), direction(spec.id)]
}

const cursorValue = z.union([z.string().max(1000), z.number().finite()])
const cursor = z.tuple([cursorValue, z.number().int().positive().max(Number.MAX_SAFE_INTEGER)])

function parseCursor(query: Record<string, string | undefined>): ListQuery['cursor'] {
  const after = parseJson(query.after, 'after')
  const before = parseJson(query.before, 'before')
  if (after !== undefined && before !== undefined) throw fieldError('before', 'badRequest')
  const direction = after !== undefined ? 'after' : 'before'
  const raw = after ?? before
  if (raw === undefined) return undefined
  const parsed = cursor.safeParse(raw)
  if (!parsed.success) throw fieldError(direction, 'badRequest')
  return { direction, position: parsed.data }
}

/** One filter's condition; a bad value is reported under the filter's name, not as `_`. */
function filterCondition(
  field: string,
  filter: Filter,
  value: unknown,
  locale: Locale,
  user: SessionUser,
  sortKey: SQLiteColumn | SQL,
) {
  try {
    return filter(value, locale, user, sortKey)
  } catch (error) {
    if (!(error instanceof ApiError) || !error.fieldErrors) throw error
    const errors = Object.entries(error.fieldErrors).map(([path, message]) => [
      path === '_' ? field : `${field}.${path}`,
      message,
    ])
    throw new ApiError(400, error.key, error.params, Object.fromEntries(errors))
  }
}

function parseFilter(
  raw: unknown,
  spec: ListSpec,
  locale: Locale,
  user: SessionUser,
  sortKey: SQLiteColumn | SQL,
) {
  if (raw === undefined) return { where: undefined, given: {}, byId: false }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw fieldError('filter', 'badRequest')
  }
  const conditions: (SQL | undefined)[] = []
  const given: Record<string, unknown> = {}
  let byId = false
  for (const [field, value] of Object.entries(raw)) {
    if (value === undefined || value === null || value === '') continue
    given[field] = value
    if (field === 'id') {
      byId = true
      conditions.push(filterCondition(field, idEquals(spec.id), value, locale, user, sortKey))
    } else if (Object.hasOwn(spec.filters, field)) {
      byId ||= spec.filters[field].byId === true
      conditions.push(filterCondition(field, spec.filters[field], value, locale, user, sortKey))
    } else if (field === 'q') {
      if (spec.search.length === 0) throw fieldError(field, 'unknownFilter')
      const pattern = likePattern(String(value).trim())
      conditions.push(or(...spec.search.map((c) => sql`${c} LIKE ${pattern} ESCAPE '\\'`)))
    } else {
      throw fieldError(field, 'unknownFilter')
    }
  }
  return { where: and(...conditions), given, byId }
}

/**
 * Parses a ra-data-simple-rest list query (`sort`, `range`, `filter` as JSON in the query string)
 * against what the resource allows, and the keyset position `after` or `before` (JSON
 * `[sortValue, id]`, as `X-Page-Last` and `X-Page-First` give it) that clients may add to page on
 * without skipping rows. Unknown sort or filter fields answer 400.
 */
export function parseListQuery(
  query: Record<string, string | undefined>,
  spec: ListSpec,
  locale: Locale,
  user: SessionUser,
): ListQuery {
  const { offset, limit } = parseRange(parseJson(query.range, 'range'))
  const { sortKey, order } = parseSort(parseJson(query.sort, 'sort'), spec)
  const { where, given, byId } = parseFilter(
    parseJson(query.filter, 'filter'),
    spec,
    locale,
    user,
    sortKey,
  )
  return {
    offset,
    limit,
    sortKey,
    order,
    orderBy: orderOf(spec, sortKey, order),
    where,
    filter: given,
    byId,
    cursor: parseCursor(query),
  }
}

/**
 * The rows on the far side of a position in the list's order: after it (`forward`, the way the
 * list runs) or before it, and the position itself too when `inclusive`. A row value comparison,
 * so SQLite reads on from the position in the sort's index instead of counting rows to skip.
 */
export function beyond(
  spec: ListSpec,
  query: Pick<ListQuery, 'sortKey' | 'order'>,
  [value, id]: Cursor,
  forward: boolean,
  inclusive = false,
): SQL {
  const up = (query.order === 'ASC') === forward
  const op = sql.raw(`${up ? '>' : '<'}${inclusive ? '=' : ''}`)
  if (query.sortKey === spec.id) return sql`${spec.id} ${op} ${id}`
  return sql`(${query.sortKey}, ${spec.id}) ${op} (${value}, ${id})`
}

/** One side of a cursor (see `pastParts`): its condition and the order to read it in. */
export interface Past {
  where: SQL | undefined
  orderBy: SQL[]
}

/**
 * The rows past a position in the list's order as conditions that each read on from the
 * position in the sort's index: the rows that tie with it on its sort value, by id (SQLite sees
 * no order in an index on an expression held equal), and the rows past its value. SQLite seeks a
 * row value comparison on its first column only, so `beyond` alone reads every row that ties
 * with the position before it reaches the page.
 */
function pastParts(
  spec: ListSpec,
  query: ListQuery,
  [value, id]: Cursor,
  order: 'ASC' | 'DESC',
): Past[] {
  const op = sql.raw(order === 'ASC' ? '>' : '<')
  const orderBy = orderOf(spec, query.sortKey, order)
  if (query.sortKey === spec.id) return [{ where: sql`${spec.id} ${op} ${id}`, orderBy }]
  return [
    {
      where: sql`${query.sortKey} = ${value} AND ${spec.id} ${op} ${id}`,
      orderBy: [(order === 'ASC' ? asc : desc)(spec.id)],
    },
    { where: sql`${query.sortKey} ${op} ${value}`, orderBy },
  ]
}

/**
 * How to read the page a list query asks for: with a cursor, the rows past it in `past` (for
 * `before` read backwards from it, then `reversed` back into the list's order), else by offset.
 */
export function pageOf(spec: ListSpec, query: ListQuery) {
  if (!query.cursor) {
    const { where, orderBy, offset } = query
    return { where, past: [{ where: undefined, orderBy }], orderBy, offset, reversed: false }
  }
  const forward = query.cursor.direction === 'after'
  const order = forward ? query.order : query.order === 'ASC' ? 'DESC' : 'ASC'
  return {
    where: query.where,
    past: pastParts(spec, query, query.cursor.position, order),
    orderBy: orderOf(spec, query.sortKey, order),
    offset: 0,
    reversed: !forward,
  }
}

/**
 * The ids of the rows matching `where` in each of `parts`, each part's first `max` rows in the
 * given order read apart, without repeats, as one SQL list for `id IN (…)` or a count. One index read in order per
 * part replaces one read of every row across an IN followed by a sort.
 */
export function idsOfParts(
  table: SQLiteTable,
  id: SQLiteColumn,
  where: SQL | undefined,
  parts: SQL[],
  orderBy: SQL[],
  max: number,
): SQL {
  const order = orderBy.length > 0 ? sql` ORDER BY ${sql.join(orderBy, sql`, `)}` : sql``
  const part = (condition: SQL) =>
    sql`SELECT * FROM (SELECT ${id} FROM ${table} WHERE ${and(where, condition)}${order} LIMIT ${max})`
  return union(parts.map(part))
}

/** D1 allows at most this many terms in one compound SELECT. */
const MAX_COMPOUND = 5

/**
 * The rows of all `selects` without repeats (parts may overlap: a reviewer's own reviews lie in
 * their networks), nested in groups as D1 allows.
 */
function union(selects: SQL[]): SQL {
  if (selects.length <= MAX_COMPOUND) return sql.join(selects, sql` UNION `)
  const groups: SQL[] = []
  for (let i = 0; i < selects.length; i += MAX_COMPOUND) {
    groups.push(sql`SELECT * FROM (${union(selects.slice(i, i + MAX_COMPOUND))})`)
  }
  return union(groups)
}

/** A row's position as a client sends it back in `after` or `before`: URL-encoded JSON. */
export function cursorHeader(value: unknown, id: unknown): string {
  return encodeURIComponent(JSON.stringify([value, id]))
}

/** The `Content-Range` header react-admin reads the total from. */
export function contentRange(resource: string, offset: number, rows: number, total: number) {
  return rows === 0
    ? `${resource} */${total}`
    : `${resource} ${offset}-${offset + rows - 1}/${total}`
}

/** The key under which a list reads each row's sort value, for the page's cursors. */
export const POSITION = '__position'

/** The statements of a list page: one, or one per part (see `ResourceConfig.parts`, `pageOf`). */
export type ListRows = [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]

/** Statements read as parts of one page, never fewer than one. */
export function partRows([first, ...rest]: BatchItem<'sqlite'>[]): ListRows {
  return [first, ...rest]
}

/**
 * Orders sort values as SQLite does: numbers by value, text by code point (the BINARY collation
 * compares UTF-8 bytes, which order as code points, where JavaScript compares UTF-16 units).
 */
function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  if (typeof a === 'number') return -1
  if (typeof b === 'number') return 1
  const [x, y] = [String(a), String(b)]
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    const [p, q] = [x.codePointAt(i)!, y.codePointAt(j)!]
    if (p !== q) return p - q
    i += p > 0xffff ? 2 : 1
    j += q > 0xffff ? 2 : 1
  }
  return x.length - y.length
}

/**
 * The parts' first rows as one list in the page's order (by sort value, then id), each row once:
 * parts may overlap (a reviewer's own reviews lie in their networks).
 */
export function mergeParts(
  parts: Record<string, unknown>[][],
  descending: boolean,
): Record<string, unknown>[] {
  const byId = new Map(parts.flat().map((row) => [row.id, row]))
  const sign = descending ? -1 : 1
  return [...byId.values()].sort(
    (a, b) => sign * (compareValues(a[POSITION], b[POSITION]) || compareValues(a.id, b.id)),
  )
}
