import { env } from 'cloudflare:workers'
import { getTableName } from 'drizzle-orm'
import * as z from 'zod'
import { describe, expect, it } from 'vitest'
import app from '../../worker/app'
import { createDb } from '../../worker/db/client'
import type { SessionUser } from '../../worker/lib/context'
import type { ListSpec } from '../../worker/lib/list-query'
import { type ListStatements, listStatementsOf } from '../../worker/lib/resource'
import type { Role } from './helpers'

// Every list the API serves, asked the way the panel asks (each sort both ways, each filter alone,
// a search, a page after a cursor), for every role whose scope changes the SQL: SQLite must serve
// each from an index, never by reading a large table whole or sorting it. Plans do not depend on
// the data (D1 keeps no planner statistics), so empty tables show what 100k rows would get.

/** Tables that grow with every application: a scan or sort of one is a cost per request. */
const LARGE = new Set([
  'applications',
  'reviews',
  'review_scores',
  'payouts',
  'audit_log',
  'messages',
  'attachments',
  'decisions',
  'application_priorities',
  'reports',
])

/** Users whose scopes differ: everything, one network, several networks, finance's own reach. */
const USERS: SessionUser[] = [
  { id: 1, name: 'A', email: 'a@example.org', role: 'admin', networkIds: [] },
  { id: 2, name: 'C', email: 'c@example.org', role: 'coordinator', networkIds: [1] },
  { id: 3, name: 'C2', email: 'c2@example.org', role: 'coordinator', networkIds: [1, 2] },
  {
    id: 6,
    name: 'C6',
    email: 'c6@example.org',
    role: 'coordinator',
    networkIds: [1, 2, 3, 4, 5, 6],
  },
  { id: 4, name: 'R', email: 'r@example.org', role: 'reviewer', networkIds: [1, 2] },
  { id: 5, name: 'F', email: 'f@example.org', role: 'finance', networkIds: [] },
]

/** The resources' list routes, found on the app itself so that no list escapes this test. */
function listRoutes(): ListStatements[] {
  const found = new Map<string, ListStatements>()
  for (const { method, handler } of app.routes) {
    const list = method === 'GET' ? listStatementsOf(handler) : undefined
    if (list && !found.has(list.name)) found.set(list.name, list)
  }
  return [...found.values()]
}

/** A realistic value for a filter, from the values its schema takes. */
function sample(name: string, schema: z.ZodType | undefined): unknown {
  if (!schema) return name === 'reviewerId' ? 'me' : 1
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >
  const first = (s: Record<string, unknown>): unknown => {
    const options = (s.anyOf ?? s.oneOf) as Record<string, unknown>[] | undefined
    if (options) return first(options[0])
    if (Array.isArray(s.enum)) return s.enum[s.enum.length > 1 ? 1 : 0]
    if (s.type === 'integer' || s.type === 'number') return 1
    if (s.type === 'boolean') return true
    if (s.type === 'string') return s.format === 'date' ? '2026-01-01' : 'buurtfeest'
    return 1
  }
  return first(json)
}

/** The list queries the panel sends: default, each sort both ways, each filter, a search. */
function queries(spec: ListSpec): Record<string, Record<string, string>> {
  const asked: Record<string, Record<string, string>> = { default: {} }
  const [defaultField, defaultOrder] = spec.defaultSort
  for (const field of Object.keys(spec.sort)) {
    for (const order of ['ASC', 'DESC']) {
      asked[`sort ${field} ${order}`] = { sort: JSON.stringify([field, order]) }
      asked[`sort ${field} ${order}, after a cursor`] = {
        sort: JSON.stringify([field, order]),
        after: JSON.stringify([field === 'id' ? 1000 : '2026-01-01', 1000]),
        range: '[25,49]',
      }
    }
  }
  for (const [name, filter] of Object.entries(spec.filters)) {
    const value = sample(name, filter.schema)
    asked[`filter ${name}`] = { filter: JSON.stringify({ [name]: value }) }
    asked[`filter ${name}, before a cursor`] = {
      filter: JSON.stringify({ [name]: value }),
      before: JSON.stringify(['2026-01-01', 1000]),
      range: '[25,49]',
    }
  }
  if (spec.search.length > 0) asked['search q'] = { filter: JSON.stringify({ q: 'buurtfeest' }) }
  asked['getMany'] = { filter: JSON.stringify({ id: [1, 2, 3] }) }
  asked['deep offset'] = {
    sort: JSON.stringify([defaultField, defaultOrder]),
    range: '[500,524]',
  }
  return asked
}

interface PlanRow {
  id: number
  parent: number
  detail: string
}

/**
 * Filters to a handful of rows: the ids asked for; one application's payouts, files, reviews;
 * one record's audit entries.
 */
const FEW = new Set(['id', 'applicationId', 'entityId'])

/** What a query may do beyond what every query may: see `problems`. */
interface Allowed {
  /**
   * Nothing narrows the list but the role's scope, and the statement reads in no order (a count)
   * or by id: the role's rows may be read up to the page's end (most rows are the role's).
   */
  scopeOnly: boolean
  /**
   * A LIKE search (`q` of a list without full text): it reads the list in its order until a page
   * matches, as cheap as the words are common. Applications, the list searched by its text, use
   * full text instead.
   */
  like: boolean
  /** Filtered to a handful of rows: those may be sorted. */
  few: boolean
}

/**
 * What is wrong with a plan: a large table read whole, or a large list sorted where an index has
 * the order. Rows fetched one by one by primary key (a list of ids, full-text matches, the merged
 * pages of several networks) are few: the query itself may sort those. The list's own table may
 * be read in id order up to the page's end when nothing narrows it but the role's scope.
 */
function problems(sql: string, plan: PlanRow[], table: string, allowed: Allowed): string[] {
  const unconditional = new RegExp(`from "${table}" (order by|limit)`).test(sql)
  // The levels of the plan (the query, each subquery) that fetch rows by primary key.
  const byKey = new Set(
    plan
      .filter((row) => /USING INTEGER PRIMARY KEY \(rowid=\?\)/.test(row.detail))
      .map((row) => row.parent),
  )
  const found: string[] = []
  for (const { parent, detail } of plan) {
    const scan = /^SCAN (\w+)(?: AS \w+)?$/.exec(detail)
    const inOrder = scan?.[1] === table && (unconditional || allowed.scopeOnly || allowed.like)
    if (scan && !inOrder && LARGE.has(scan[1])) found.push(`full scan: ${detail}`)
    const sort = /USE TEMP B-TREE FOR (RIGHT PART OF |LAST \d+ TERMS OF )?ORDER BY/.test(detail)
    const few = allowed.few || byKey.has(parent)
    if (sort && LARGE.has(table) && !few) found.push(`sort: ${detail}`)
  }
  return found
}

async function explain(statement: { toSQL(): { sql: string; params: unknown[] } }) {
  const { sql, params } = statement.toSQL()
  const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .bind(...params)
    .all<PlanRow>()
  // The statement must also run as it is.
  await env.DB.prepare(sql)
    .bind(...params)
    .all()
  return { sql, plan: results }
}

const db = createDb(env.DB)

describe.each(listRoutes().map((list) => [list.name, list] as const))('list %s', (_, list) => {
  const users = USERS.filter((user) => list.readRoles.includes(user.role))
  const table = getTableName(list.spec.id.table)
  const cases = users.flatMap((user) =>
    Object.entries(queries(list.spec)).map(
      ([label, raw]) => [`${role(user)}: ${label}`, user, raw] as const,
    ),
  )

  it.each(cases)('%s is served by indexes', async (_label, user, raw) => {
    const { rows, total } = list.statements({ db, user, locale: 'en' }, raw)
    const statements = [
      ...rows.map((r) => ['rows', r] as const),
      ['total', total.statement] as const,
    ]
    for (const [part, statement] of statements) {
      if (!statement) continue
      const { sql, plan } = await explain(statement as never)
      const found = problems(sql, plan, table, allowance(list, user, raw, part))
      const plainly = plan.map((row) => row.detail).join('\n')
      expect(found, `${found.join('; ')} (${part})\n${plainly}\n${sql}`).toEqual([])
    }
  })
})

/**
 * Lists whose reach for a role is that user's own work, not a share of the table: a reviewer's
 * reviews are their own and those of the applications they reviewed.
 */
const OWN_WORK: Record<string, Role> = { reviews: 'reviewer' }

function allowance(
  list: ListStatements,
  user: SessionUser,
  raw: Record<string, string>,
  part: string,
): Allowed {
  const { spec } = list
  const filter = Object.keys(JSON.parse(raw.filter ?? '{}') as object)
  const [field] = JSON.parse(raw.sort ?? JSON.stringify(spec.defaultSort)) as [string]
  return {
    scopeOnly: filter.length === 0 && (part === 'total' || spec.sort[field] === spec.id),
    like: filter.includes('q') && !Object.hasOwn(spec.filters, 'q'),
    few: filter.some((name) => FEW.has(name)) || OWN_WORK[list.name] === user.role,
  }
}

function role(user: SessionUser): Role | string {
  return user.networkIds.length > 0 ? `${user.role} of ${user.networkIds.length}` : user.role
}

describe('applications due for a decision, sorted by decision date', () => {
  const list = listRoutes().find((l) => l.name === 'applications')!
  const users = USERS.filter((user) => list.readRoles.includes(user.role))

  it.each(
    users.flatMap((user) =>
      ['soon', 'overdue'].map((due) => [`${role(user)}: ${due}`, user, due] as const),
    ),
  )('%s reads the page from the due dates, unsorted', async (_label, user, due) => {
    const raw = {
      filter: JSON.stringify({ due }),
      sort: JSON.stringify(['decisionDueOn', 'ASC']),
    }
    const { rows } = list.statements({ db, user, locale: 'en' }, raw)
    for (const statement of rows) {
      const { sql, plan } = await explain(statement as never)
      const plainly = plan.map((row) => row.detail).join('\n')
      const allowed = { scopeOnly: false, like: false, few: false }
      expect(problems(sql, plan, 'applications', allowed), `${plainly}\n${sql}`).toEqual([])
      expect(plainly, sql).toMatch(/USING INDEX \w+ \((\w+=\? AND )*decision_due_on[<>]/)
    }
  })
})
