import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core'
import type { SQL } from 'drizzle-orm'
import * as z from 'zod'
import { describe, expect, it } from 'vitest'
import { PLAN_STATUSES, plans } from '../db/schema'
import { ApiError } from './errors'
import {
  type ListSpec,
  MAX_PAGE,
  beyond,
  contentRange,
  cursorHeader,
  equals,
  ftsQuery,
  idEquals,
  inList,
  pageOf,
  parseListQuery,
} from './list-query'

const spec: ListSpec = {
  id: plans.id,
  sort: { id: plans.id, year: plans.year, status: plans.status },
  defaultSort: ['year', 'DESC'],
  filters: {
    networkId: idEquals(plans.networkId),
    year: equals(plans.year, z.coerce.number().int()),
    status: equals(plans.status, z.enum(PLAN_STATUSES)),
  },
  search: [plans.title],
}

const dialect = new SQLiteSyncDialect()
const render = (sql: SQL | undefined) => (sql ? dialect.sqlToQuery(sql) : undefined)

/** Parses query-string values the way they arrive: JSON text. */
function parse(query: Record<string, unknown>) {
  const raw = Object.fromEntries(
    Object.entries(query).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
  )
  return parseListQuery(raw, spec, 'en', {
    id: 1,
    name: 'A',
    email: 'a@example.org',
    role: 'admin',
    networkIds: [],
  })
}

/** The ApiError a query is refused with. */
function refusal(query: Record<string, unknown>): ApiError {
  try {
    parse(query)
  } catch (error) {
    if (error instanceof ApiError) return error
    throw error
  }
  throw new Error(`accepted: ${JSON.stringify(query)}`)
}

describe('parseListQuery: range', () => {
  it('defaults to the first 25 rows in the default order', () => {
    const q = parse({})
    expect(q).toMatchObject({ offset: 0, limit: 25, where: undefined })
    expect(q.orderBy.map((o) => render(o)?.sql)).toEqual([
      '"plans"."year" desc',
      '"plans"."id" desc',
    ])
  })

  it('turns [start, end] (inclusive) into offset and limit', () => {
    expect(parse({ range: [10, 19] })).toMatchObject({ offset: 10, limit: 10 })
    expect(parse({ range: [3, 3] })).toMatchObject({ offset: 3, limit: 1 })
  })

  it(`allows at most ${MAX_PAGE} rows per page`, () => {
    expect(parse({ range: [0, MAX_PAGE - 1] }).limit).toBe(MAX_PAGE)
    expect(refusal({ range: [0, MAX_PAGE] }).fieldErrors).toHaveProperty('range')
  })

  it.each([
    ['end before start', [5, 4]],
    ['negative start', [-1, 3]],
    ['fractions', [0.5, 2]],
    ['strings', ['0', '1']],
    ['one number', [0]],
    ['an object', {}],
    ['a number', 5],
    ['null', null],
  ])('refuses %s with 400 and errors.range', (_, range) => {
    const error = refusal({ range })
    expect(error.status).toBe(400)
    expect(error.key).toBe('invalidRange')
    expect(error.fieldErrors).toHaveProperty('range')
  })

  it('refuses JSON that does not parse with errors on that parameter', () => {
    for (const param of ['range', 'sort', 'filter']) {
      const error = refusal({ [param]: '[0,' })
      expect(error.status).toBe(400)
      expect(Object.keys(error.fieldErrors ?? {})).toEqual([param])
    }
  })
})

describe('parseListQuery: sort', () => {
  it.each([
    ['year', 'ASC', ['"plans"."year" asc', '"plans"."id" asc']],
    ['status', 'DESC', ['"plans"."status" desc', '"plans"."id" desc']],
    ['id', 'DESC', ['"plans"."id" desc']],
  ])('sorts on %s %s, with the id breaking ties', (field, order, expected) => {
    const q = parse({ sort: [field, order] })
    expect(q.orderBy.map((o) => render(o)?.sql)).toEqual(expected)
  })

  it.each([
    ['a field not in the spec', ['title', 'ASC']],
    ['an inherited property name', ['constructor', 'ASC']],
    ['__proto__', ['__proto__', 'ASC']],
    ['a lower-case order', ['year', 'asc']],
    ['a missing order', ['year']],
    ['a non-string field', [1, 'ASC']],
    ['an object', { field: 'year' }],
    ['a number', 5],
  ])('refuses %s with errors.sort', (_, sort) => {
    const error = refusal({ sort })
    expect(error.status).toBe(400)
    expect(error.fieldErrors).toEqual({ sort: { key: 'unknownSort', params: undefined } })
  })
})

describe('parseListQuery: filter', () => {
  it('ignores empty values, as react-admin sends for cleared inputs', () => {
    expect(parse({ filter: { year: '', status: null, q: '' } }).where).toBeUndefined()
  })

  it('matches one value or any of a list of values', () => {
    const one = render(parse({ filter: { status: 'open' } }).where)
    expect(one?.sql).toBe('"plans"."status" = ?')
    expect(one?.params).toEqual(['open'])
    const many = render(parse({ filter: { status: ['open', 'closed'] } }).where)
    expect(many?.sql).toContain('IN (SELECT value FROM json_each(?))')
    expect(many?.params).toEqual(['["open","closed"]'])
  })

  it('coerces a year typed as text', () => {
    expect(render(parse({ filter: { year: '2026' } }).where)?.params).toEqual([2026])
  })

  it('matches one value of a list as an equality, which SQLite reads an index in order for', () => {
    const one = render(parse({ filter: { status: ['open'] } }).where)
    expect(one?.sql).toBe('"plans"."status" = ?')
    expect(one?.params).toEqual(['open'])
  })

  it('names the filters given and whether one selects rows by id', () => {
    const q = parse({ filter: { status: 'open', year: '', id: [1, 2] } })
    expect(q.filter).toEqual({ status: 'open', id: [1, 2] })
    expect(q.byId).toBe(true)
    expect(parse({ filter: { status: 'open' } }).byId).toBe(false)
  })

  it('turns id: [...] into one bound list (getMany)', () => {
    const q = render(parse({ filter: { id: [3, 1, 2] } }).where)
    expect(q?.sql).toBe('"plans"."id" IN (SELECT value FROM json_each(?))')
    expect(q?.params).toEqual(['[3,1,2]'])
  })

  it('combines filters with AND', () => {
    const q = render(parse({ filter: { networkId: 4, status: 'draft' } }).where)
    expect(q?.sql).toMatch(/"plans"."network_id" = \? and "plans"."status" = \?/)
    expect(q?.params).toEqual([4, 'draft'])
  })

  it('searches q as literal text: % and _ are escaped', () => {
    const q = render(parse({ filter: { q: ' 50%_off\\ ' } }).where)
    expect(q?.sql).toContain(`"plans"."title" LIKE ? ESCAPE '\\'`)
    expect(q?.params).toEqual(['%50\\%\\_off\\\\%'])
  })

  it('refuses a filter on a field not in the spec, naming that field', () => {
    const error = refusal({ filter: { title: 'x' } })
    expect(error.status).toBe(400)
    expect(error.fieldErrors).toEqual({ title: { key: 'unknownFilter', params: undefined } })
    expect(refusal({ filter: { toString: 'x' } }).fieldErrors).toHaveProperty('toString')
  })

  it.each([
    ['a bad enum value', { status: 'archived' }, 'status'],
    ['a non-numeric id', { id: ['abc'] }, 'id'],
    ['a negative reference id', { networkId: -1 }, 'networkId'],
  ])('refuses %s with an error under that filter name', (_, filter, field) => {
    const error = refusal({ filter })
    expect(error.status).toBe(400)
    expect(Object.keys(error.fieldErrors ?? {})).toEqual([field])
  })

  it.each([
    ['an array', [1]],
    ['null', null],
    ['a string', 'open'],
  ])('refuses a filter that is %s', (_, filter) => {
    expect(refusal({ filter }).fieldErrors).toHaveProperty('filter')
  })
})

describe('contentRange', () => {
  it('names the resource, the rows sent and the total', () => {
    expect(contentRange('plans', 0, 25, 60)).toBe('plans 0-24/60')
    expect(contentRange('plans', 50, 10, 60)).toBe('plans 50-59/60')
  })

  it('answers */total for an empty page', () => {
    expect(contentRange('plans', 100, 0, 60)).toBe('plans */60')
    expect(contentRange('users', 0, 0, 0)).toBe('users */0')
  })
})

describe('inList', () => {
  it('binds any number of values as one JSON parameter', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => i + 1)
    const q = render(inList(plans.id, ids))
    expect(q?.params).toHaveLength(1)
    expect(JSON.parse(String(q?.params[0]))).toEqual(ids)
  })
})

describe('keyset positions', () => {
  it('takes the row after or before which the page lies', () => {
    expect(parse({ after: ['2026', 4] }).cursor).toEqual({
      direction: 'after',
      position: ['2026', 4],
    })
    expect(parse({ before: [2026, 4] }).cursor).toEqual({
      direction: 'before',
      position: [2026, 4],
    })
    expect(parse({}).cursor).toBeUndefined()
  })

  it.each([
    ['text that is not JSON', { after: '[' }, 'after'],
    ['a value without an id', { after: ['2026'] }, 'after'],
    ['no value', { before: [null, 4] }, 'before'],
    ['an object for a value', { after: [{}, 4] }, 'after'],
    ['a fractional id', { after: ['2026', 1.5] }, 'after'],
    ['a value too long to be one', { after: ['x'.repeat(1001), 4] }, 'after'],
    ['both at once', { after: ['a', 1], before: ['b', 2] }, 'before'],
  ])('refuses %s with a 400 on its parameter', (_, query, field) => {
    const error = refusal(query)
    expect(error.status).toBe(400)
    expect(Object.keys(error.fieldErrors ?? {})).toEqual([field])
  })

  it('reads on past the position in the order of the sort and the id', () => {
    const asc = parse({ sort: ['year', 'ASC'] })
    expect(render(beyond(spec, asc, [2025, 7], true))).toMatchObject({
      sql: '("plans"."year", "plans"."id") > (?, ?)',
      params: [2025, 7],
    })
    expect(render(beyond(spec, asc, [2025, 7], false, true))?.sql).toContain(') <= (')
    const byId = parse({ sort: ['id', 'DESC'] })
    expect(render(beyond(spec, byId, [7, 7], true))?.sql).toBe('"plans"."id" < ?')
  })

  it('reads the page before a row backwards, to be turned around', () => {
    const page = pageOf(spec, parse({ sort: ['year', 'DESC'], before: [2025, 7], range: [50, 74] }))
    expect(page.reversed).toBe(true)
    expect(page.offset).toBe(0)
    expect(page.orderBy.map((o) => render(o)?.sql)).toEqual([
      '"plans"."year" asc',
      '"plans"."id" asc',
    ])
    // The rows that tie with the position by id, then the rows past its year, each from an index.
    expect(page.past.map((past) => render(past.where))).toMatchObject([
      { sql: '"plans"."year" = ? AND "plans"."id" > ?', params: [2025, 7] },
      { sql: '"plans"."year" > ?', params: [2025] },
    ])
    expect(page.past[0].orderBy.map((o) => render(o)?.sql)).toEqual(['"plans"."id" asc'])
  })

  it('skips the offset only without a position', () => {
    expect(pageOf(spec, parse({ range: [50, 74] }))).toMatchObject({ offset: 50, reversed: false })
  })

  it('gives a row’s position as the URL-encoded JSON a client sends back', () => {
    expect(decodeURIComponent(cursorHeader('Één & twee', 3))).toBe('["Één & twee",3]')
    expect(cursorHeader('a', 1)).toMatch(/^[\w.~%'()*!-]+$/)
  })
})

describe('ftsQuery', () => {
  it.each([
    ['zomerfeest', '"zomerfeest"*'],
    ['  Zomer  FEEST ', '"Zomer FEEST"*'],
    ['BK-2026-0042', '"BK 2026 0042"*'],
    ['a', '"a"'],
    ['kinderdisco a', '"kinderdisco a"'],
    ['"quoted" AND (NEAR) *', '"quoted AND NEAR"*'],
    ['café’s', '"café s"'],
    ['title:vecht^', '"title vecht"*'],
  ])('turns %j into the phrase %s', (input, expected) => {
    expect(ftsQuery(input)).toBe(expected)
  })

  it.each(['', '   ', '"*()', '%_\\', '🎉'])('finds no words in %j', (input) => {
    expect(ftsQuery(input)).toBeUndefined()
  })

  it('takes at most 20 words', () => {
    const words = Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ')
    expect(ftsQuery(words)?.split(' ')).toHaveLength(20)
  })
})
