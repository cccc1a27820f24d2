import { type SQL, and, asc, desc, gte, lte, or, sql } from 'drizzle-orm'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import { z } from 'zod'
import { ApiError, fieldError } from './errors'
import { parseInput } from './validation'
import type { SessionUser } from './context'
import type { Locale } from './messages'

/** Turns one filter value (for this user) into a condition; throws a field error on a bad value. */
export type Filter = ((value: unknown, locale: Locale, user: SessionUser) => SQL | undefined) & {
  /** The values the filter takes, for the API description (worker/lib/openapi.ts). */
  schema?: z.ZodType
}

/** A filter that names the zod schema of the values it takes, so the API description lists it. */
export function filterOf(schema: z.ZodType, filter: Filter): Filter {
  return Object.assign(filter, { schema })
}

/** What a resource lets clients sort, filter and search on. Everything else is refused. */
export interface ListSpec {
  id: SQLiteColumn
  sort: Record<string, SQLiteColumn>
  defaultSort: readonly [string, 'ASC' | 'DESC']
  filters: Record<string, Filter>
  /** Text columns (or text expressions) `q` searches in; none means `q` is refused. */
  search: (SQLiteColumn | SQL)[]
}

export interface ListQuery {
  where: SQL | undefined
  orderBy: SQL[]
  offset: number
  limit: number
}

export const MAX_PAGE = 500
const DEFAULT_RANGE = [0, 24] as const

/** Binds a list of values as one JSON parameter, so any number of ids costs one bound parameter. */
export function inList(column: SQLiteColumn | SQL, values: readonly (string | number)[]): SQL {
  return sql`${column} IN (SELECT value FROM json_each(${JSON.stringify(values)}))`
}

const idValue = z.coerce.number().int().positive()
/** One reference id, or a list of them (getMany). */
export const idValues = z.union([idValue, z.array(idValue).max(1000)])

/** Exact match on one value, or any of a list of values. */
export function equals(column: SQLiteColumn, schema: z.ZodType<string | number | boolean>): Filter {
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

function parseSort(raw: unknown, spec: ListSpec): SQL[] {
  const sort = raw ?? spec.defaultSort
  const [field, order] = Array.isArray(sort) ? (sort as unknown[]) : []
  if (typeof field !== 'string') throw fieldError('sort', 'unknownSort')
  const column = Object.hasOwn(spec.sort, field) ? spec.sort[field] : undefined
  if (!column || (order !== 'ASC' && order !== 'DESC')) throw fieldError('sort', 'unknownSort')
  const direction = order === 'ASC' ? asc : desc
  // The id breaks ties, so pages never repeat or skip a row.
  return column === spec.id ? [direction(column)] : [direction(column), direction(spec.id)]
}

/** One filter's condition; a bad value is reported under the filter's name, not as `_`. */
function filterCondition(
  field: string,
  filter: Filter,
  value: unknown,
  locale: Locale,
  user: SessionUser,
) {
  try {
    return filter(value, locale, user)
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
): SQL | undefined {
  if (raw === undefined) return undefined
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw fieldError('filter', 'badRequest')
  }
  const conditions: (SQL | undefined)[] = []
  for (const [field, value] of Object.entries(raw)) {
    if (value === undefined || value === null || value === '') continue
    if (field === 'q') {
      if (spec.search.length === 0) throw fieldError(field, 'unknownFilter')
      const pattern = likePattern(String(value).trim())
      conditions.push(or(...spec.search.map((c) => sql`${c} LIKE ${pattern} ESCAPE '\\'`)))
    } else if (field === 'id') {
      conditions.push(filterCondition(field, idEquals(spec.id), value, locale, user))
    } else if (Object.hasOwn(spec.filters, field)) {
      conditions.push(filterCondition(field, spec.filters[field], value, locale, user))
    } else {
      throw fieldError(field, 'unknownFilter')
    }
  }
  return and(...conditions)
}

/**
 * Parses a ra-data-simple-rest list query (`sort`, `range`, `filter` as JSON in the query string)
 * against what the resource allows. Unknown sort or filter fields answer 400.
 */
export function parseListQuery(
  query: Record<string, string | undefined>,
  spec: ListSpec,
  locale: Locale,
  user: SessionUser,
): ListQuery {
  const { offset, limit } = parseRange(parseJson(query.range, 'range'))
  return {
    offset,
    limit,
    orderBy: parseSort(parseJson(query.sort, 'sort'), spec),
    where: parseFilter(parseJson(query.filter, 'filter'), spec, locale, user),
  }
}

/** The `Content-Range` header react-admin reads the total from. */
export function contentRange(resource: string, offset: number, rows: number, total: number) {
  return rows === 0
    ? `${resource} */${total}`
    : `${resource} ${offset}-${offset + rows - 1}/${total}`
}
