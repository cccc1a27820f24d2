import { env } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  type Session,
  addSeat,
  api,
  createNetwork,
  createPlan,
  createUser,
  loginAs,
  unique,
} from './helpers'

// The ra-data-simple-rest dialect every admin resource speaks: sort, range, filter, q, getMany.

type Row = Record<string, unknown> & { id: number }

let admin: Session
const list = (resource: string, query: Record<string, unknown>) =>
  api(`/${resource}`, { cookie: admin.cookie, query })

const ids = (rows: { id: number }[]) => rows.map((r) => r.id)

/** What a resource may be sorted on (DESIGN §3: anything else is a 400). */
const sortable: Record<string, string[]> = {
  users: ['id', 'name', 'role'],
  networks: ['id', 'name'],
  members: ['id', 'networkId'],
  plans: ['id', 'year', 'networkId', 'status'],
  priorities: ['id', 'position'],
  criteria: ['id', 'position'],
  'audit-log': ['id', 'at'],
}

/** Ids of records per resource whose sort values are deliberately not in id order. */
const fixture: Record<string, number[]> = {}

async function auditEntry(at: string, values: Partial<Record<string, string | number>> = {}) {
  const row = await env.DB.prepare(
    `INSERT INTO audit_log (at, actor_type, actor_id, action, entity, entity_id, network_id)
      VALUES (?, 'user', ?, ?, ?, ?, ?) RETURNING id`,
  )
    .bind(
      at,
      values.actorId ?? admin.user.id,
      values.action ?? 'update',
      values.entity ?? 'plans',
      values.entityId ?? 1,
      values.networkId ?? null,
    )
    .first<{ id: number }>()
  return row!.id
}

async function createVia(resource: string, body: Record<string, unknown>): Promise<Row> {
  const res = await api(`/${resource}`, { cookie: admin.cookie, body })
  expect(res.status).toBe(201)
  return res.body
}

beforeAll(async () => {
  admin = await loginAs('admin')
  const [later, earlier] = [
    await createNetwork(`c ${unique()}`),
    await createNetwork(`a ${unique()}`),
  ]
  const third = await createNetwork(`b ${unique()}`)
  fixture.networks = [later, earlier, third]

  const people = [
    await createUser('reviewer', { email: `${unique('c')}@example.org` }),
    await createUser('admin'),
    await createUser('finance'),
    await createUser('coordinator'),
  ]
  fixture.users = ids(people)
  fixture.members = [
    await addSeat(third, people[0].id),
    await addSeat(later, people[1].id),
    await addSeat(earlier, people[2].id),
    await addSeat(later, people[3].id),
  ]
  fixture.plans = [
    await createPlan(third, { year: 2025, status: 'open' }),
    await createPlan(earlier, { year: 2023, status: 'closed' }),
    await createPlan(later, { year: 2024, status: 'draft' }),
    await createPlan(earlier, { year: 2026, status: 'draft' }),
  ]
  const plan = await createPlan(earlier)
  fixture.priorities = []
  fixture.criteria = []
  for (const position of [2, 0, 3, 1]) {
    const priority = await createVia('priorities', { planId: plan, title: unique(), position })
    const criterion = await createVia('criteria', {
      planId: plan,
      title: unique(),
      weight: 10,
      position,
    })
    fixture.priorities.push(priority.id)
    fixture.criteria.push(criterion.id)
  }
  fixture['audit-log'] = [
    await auditEntry('2026-03-01T10:00:00.000Z'),
    await auditEntry('2026-01-01T10:00:00.000Z'),
    await auditEntry('2026-03-01T10:00:00.000Z'),
    await auditEntry('2026-02-01T10:00:00.000Z'),
  ]
})

/** The order the contract promises: by the field, then by id, both in the asked direction. */
function expectedOrder(rows: Row[], field: string, order: 'ASC' | 'DESC'): number[] {
  const sign = order === 'ASC' ? 1 : -1
  const compare = (a: unknown, b: unknown) => (a === b ? 0 : String(a) < String(b) ? -1 : 1)
  const numeric = (a: Row, b: Row) =>
    typeof a[field] === 'number' ? Number(a[field]) - Number(b[field]) : compare(a[field], b[field])
  return ids([...rows].sort((a, b) => sign * (numeric(a, b) || a.id - b.id)))
}

describe.each(Object.entries(sortable))('sorting %s', (resource, fields) => {
  it.each(fields.flatMap((field) => [field + ' ASC', field + ' DESC']))('by %s', async (sort) => {
    const [field, order] = sort.split(' ') as [string, 'ASC' | 'DESC']
    const res = await list(resource, {
      sort: [field, order],
      filter: { id: fixture[resource] },
      range: [0, 9],
    })
    expect(res.status).toBe(200)
    expect(res.body).toHaveLength(fixture[resource].length)
    const distinct = new Set(res.body.map((r: Row) => r[field]))
    expect(distinct.size, 'the fixture must have differing values').toBeGreaterThan(1)
    const expected = expectedOrder(res.body, field, order)
    expect(ids(res.body)).toEqual(expected)
    if (field !== 'id') {
      expect(expected, 'the fixture must not be in id order').not.toEqual(
        expectedOrder(res.body, 'id', order),
      )
    }
  })

  it('refuses an unknown sort field with 400 and errors.sort', async () => {
    const res = await list(resource, { sort: ['createdAtX', 'ASC'] })
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual({ sort: expect.any(String) })
  })
})

describe('sorting is refused', () => {
  it.each([
    ['on a column that is stored but not exposed', 'users', ['passwordHash', 'ASC']],
    ['on a field that is shown but not sortable', 'plans', ['title', 'ASC']],
    ['with a lower-case order', 'plans', ['year', 'asc']],
    ['without an order', 'plans', ['year']],
    ['when it is not a [field, order] pair', 'plans', { field: 'year' }],
  ])('%s', async (_, resource, sort) => {
    const res = await list(resource, { sort })
    expect(res.status).toBe(400)
    expect(res.body.errors).toHaveProperty('sort')
  })
})

describe('range', () => {
  let network: number
  let order: number[]
  beforeAll(async () => {
    network = await createNetwork()
    for (const year of [2021, 2022, 2023, 2024, 2025]) await createPlan(network, { year })
    const all = await list('plans', { filter: { networkId: network }, sort: ['year', 'ASC'] })
    order = ids(all.body)
  })
  const page = (range: unknown) =>
    list('plans', { filter: { networkId: network }, sort: ['year', 'ASC'], range })

  it('pages through [0,1] then [2,3] without overlap, with Content-Range start-end/total', async () => {
    const first = await page([0, 1])
    expect(first.status).toBe(200)
    expect(first.headers.get('content-range')).toBe('plans 0-1/5')
    expect(ids(first.body)).toEqual(order.slice(0, 2))
    const second = await page([2, 3])
    expect(second.headers.get('content-range')).toBe('plans 2-3/5')
    expect(ids(second.body)).toEqual(order.slice(2, 4))
  })

  it('ends a short last page at the last row', async () => {
    const last = await page([4, 9])
    expect(last.headers.get('content-range')).toBe('plans 4-4/5')
    expect(ids(last.body)).toEqual(order.slice(4))
  })

  it('answers an empty page with */total', async () => {
    const empty = await page([10, 19])
    expect(empty.status).toBe(200)
    expect(empty.body).toEqual([])
    expect(empty.headers.get('content-range')).toBe('plans */5')
    const none = await list('plans', { filter: { networkId: network, year: 1999 } })
    expect(none.headers.get('content-range')).toBe('plans */0')
  })

  it('defaults to the first 25 rows', async () => {
    const res = await list('plans', { filter: { networkId: network } })
    expect(res.headers.get('content-range')).toBe('plans 0-4/5')
  })

  it('allows 500 rows and refuses 501 with 400', async () => {
    expect((await page([0, 499])).status).toBe(200)
    const res = await page([0, 500])
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual({ range: expect.any(String) })
  })

  it.each([
    ['end before start', [3, 2]],
    ['a negative start', [-1, 4]],
    ['fractions', [0, 1.5]],
    ['strings', ['0', '4']],
    ['an object', { start: 0 }],
    ['a number', 5],
    ['null', null],
  ])('refuses %s with 400 and errors.range', async (_, range) => {
    const res = await page(range)
    expect(res.status).toBe(400)
    expect(res.body.errors).toHaveProperty('range')
  })
})

describe('filters', () => {
  it('filters users on role and active', async () => {
    const active = await createUser('finance')
    const inactive = await createUser('finance', { active: false })
    const both = [active.id, inactive.id]
    const onRole = await list('users', { filter: { role: 'finance', id: both } })
    expect(ids(onRole.body).sort()).toEqual(both.sort())
    const onActive = await list('users', { filter: { active: false, id: both } })
    expect(ids(onActive.body)).toEqual([inactive.id])
    const other = await list('users', { filter: { role: 'reviewer', id: both } })
    expect(other.body).toEqual([])
  })

  it('filters networks on name', async () => {
    const name = unique('Netwerk')
    const id = await createNetwork(name)
    await createNetwork(`${name}-2`)
    const res = await list('networks', { filter: { name } })
    expect(ids(res.body)).toEqual([id])
  })

  it('filters members on networkId and userId', async () => {
    const [a, b] = [await createNetwork(), await createNetwork()]
    const [u, v] = [await createUser('reviewer'), await createUser('reviewer')]
    const seatUa = await addSeat(a, u.id)
    const seatVa = await addSeat(a, v.id)
    const seatUb = await addSeat(b, u.id)
    const inA = await list('members', { filter: { networkId: a }, sort: ['id', 'ASC'] })
    expect(ids(inA.body)).toEqual([seatUa, seatVa])
    const ofU = await list('members', { filter: { userId: u.id }, sort: ['id', 'ASC'] })
    expect(ids(ofU.body)).toEqual([seatUa, seatUb])
    const both = await list('members', { filter: { userId: u.id, networkId: b } })
    expect(ids(both.body)).toEqual([seatUb])
  })

  it("searches members by their holder's name or e-mail with q", async () => {
    const network = await createNetwork()
    const [u, v] = [await createUser('reviewer'), await createUser('reviewer')]
    const seatU = await addSeat(network, u.id)
    await addSeat(network, v.id)
    const byEmail = await list('members', { filter: { networkId: network, q: u.email } })
    expect(ids(byEmail.body)).toEqual([seatU])
  })

  it('filters plans on networkId, year and status, one value or a list', async () => {
    const network = await createNetwork()
    const p2025 = await createPlan(network, { year: 2025, status: 'closed' })
    const p2026 = await createPlan(network, { year: 2026, status: 'open' })
    const draft = await createPlan(network, { year: 2026 })
    const inNetwork = { networkId: network }
    const byYear = await list('plans', { filter: { ...inNetwork, year: 2025 } })
    expect(ids(byYear.body)).toEqual([p2025])
    const byStatus = await list('plans', { filter: { ...inNetwork, status: 'open' } })
    expect(ids(byStatus.body)).toEqual([p2026])
    const byStatuses = await list('plans', {
      filter: { ...inNetwork, status: ['open', 'draft'] },
      sort: ['id', 'ASC'],
    })
    expect(ids(byStatuses.body)).toEqual([p2026, draft])
    const all = await list('plans', { filter: inNetwork })
    expect(all.headers.get('content-range')).toBe('plans 0-2/3')
  })

  it('filters priorities and criteria on planId and networkId, criteria on knockout', async () => {
    const network = await createNetwork()
    const [plan, other] = [await createPlan(network), await createPlan(network)]
    const priority = await createVia('priorities', { planId: plan, title: unique() })
    await createVia('priorities', { planId: other, title: unique() })
    const knockout = await createVia('criteria', {
      planId: plan,
      title: unique(),
      weight: 20,
      knockout: true,
    })
    const plain = await createVia('criteria', { planId: plan, title: unique(), weight: 30 })
    const prios = await list('priorities', { filter: { planId: plan } })
    expect(ids(prios.body)).toEqual([priority.id])
    const inNetwork = await list('priorities', { filter: { networkId: network } })
    expect(inNetwork.body).toHaveLength(2)
    const crit = await list('criteria', { filter: { planId: plan }, sort: ['id', 'ASC'] })
    expect(ids(crit.body)).toEqual([knockout.id, plain.id])
    const ko = await list('criteria', { filter: { networkId: network, knockout: true } })
    expect(ids(ko.body)).toEqual([knockout.id])
    const notKo = await list('criteria', { filter: { networkId: network, knockout: false } })
    expect(ids(notKo.body)).toEqual([plain.id])
  })

  it('filters the audit log on entity, entityId, actorId, networkId, action and dates', async () => {
    const network = await createNetwork()
    const actor = await createUser('admin')
    const base = { networkId: network, actorId: actor.id }
    const early = await auditEntry('2025-06-01T08:00:00.000Z', { ...base, entity: 'plans' })
    const late = await auditEntry('2025-06-03T23:59:00.000Z', {
      ...base,
      entity: 'criteria',
      entityId: 77,
      action: 'delete',
    })
    const mine = { actorId: actor.id }
    const cases: [Record<string, unknown>, number[]][] = [
      [{ entity: 'criteria' }, [late]],
      [{ entityId: 77 }, [late]],
      [{ action: 'delete' }, [late]],
      [{ networkId: network }, [early, late]],
      [{ at_gte: '2025-06-02' }, [late]],
      // The upper bound includes the whole day.
      [{ at_lte: '2025-06-03' }, [early, late]],
      [{ at_lte: '2025-06-02' }, [early]],
      [{ at_gte: '2025-06-01', at_lte: '2025-06-01' }, [early]],
    ]
    for (const [filter, expected] of cases) {
      const res = await list('audit-log', { filter: { ...mine, ...filter }, sort: ['id', 'ASC'] })
      expect(ids(res.body), JSON.stringify(filter)).toEqual(expected)
    }
    const badDate = await list('audit-log', { filter: { at_gte: '2025-13-01' } })
    expect(badDate.status).toBe(400)
    expect(badDate.body.errors).toHaveProperty('at_gte')
  })

  it.each([
    ['plans', { year: 'twenty' }, 'year'],
    ['plans', { status: 'archived' }, 'status'],
    ['users', { role: 'superuser' }, 'role'],
    ['users', { active: 'yes' }, 'active'],
    ['members', { networkId: 'abc' }, 'networkId'],
  ])('refuses a bad value on %s %j with 400 under that filter', async (resource, filter, field) => {
    const res = await list(resource, { filter })
    expect(res.status).toBe(400)
    expect(Object.keys(res.body.errors)).toEqual([field])
  })

  it.each([
    ['users', 'passwordHash'],
    ['users', 'email'],
    ['plans', 'title'],
    ['networks', 'area'],
    ['audit-log', 'changes'],
  ])('refuses a filter on %s.%s, a field it does not filter on', async (resource, field) => {
    const res = await list(resource, { filter: { [field]: 'x' } })
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual({ [field]: expect.any(String) })
  })
})

describe('q search', () => {
  it('searches plan titles, case-insensitively', async () => {
    const network = await createNetwork()
    const word = unique('Buurttuin')
    const hit = await createPlan(network, { title: `De ${word} bloeit` })
    await createPlan(network, { title: 'Iets anders' })
    const res = await list('plans', { filter: { networkId: network, q: word.toUpperCase() } })
    expect(ids(res.body)).toEqual([hit])
  })

  it('takes % and _ literally', async () => {
    const network = await createNetwork()
    const percent = await createPlan(network, { title: 'Korting 50% op koffie' })
    await createPlan(network, { title: 'Korting 50 euro op koffie' })
    const underscore = await createPlan(network, { title: 'code a_b' })
    await createPlan(network, { title: 'code axb' })
    const byPercent = await list('plans', { filter: { networkId: network, q: '50%' } })
    expect(ids(byPercent.body)).toEqual([percent])
    const byUnderscore = await list('plans', { filter: { networkId: network, q: 'a_b' } })
    expect(ids(byUnderscore.body)).toEqual([underscore])
    const onlyPercent = await list('plans', { filter: { networkId: network, q: '%' } })
    expect(ids(onlyPercent.body)).toEqual([percent])
  })

  it('searches users on name and e-mail', async () => {
    const user = await createUser('reviewer')
    const byMail = await list('users', { filter: { q: user.email } })
    expect(ids(byMail.body)).toEqual([user.id])
    const byName = await list('users', { filter: { q: user.name } })
    expect(ids(byName.body)).toEqual([user.id])
  })

  it('searches networks on name and area', async () => {
    const word = unique('Wijk')
    const res = await createVia('networks', {
      name: unique(),
      area: `Rond de ${word}`,
      postcodes: [],
    })
    const found = await list('networks', { filter: { q: word } })
    expect(ids(found.body)).toEqual([res.id])
  })

  it('searches priorities and criteria on title and description', async () => {
    const plan = await createPlan(await createNetwork())
    const word = unique('eenzaamheid')
    const priority = await createVia('priorities', {
      planId: plan,
      title: 'Samen',
      description: `Minder ${word}`,
    })
    const criterion = await createVia('criteria', { planId: plan, title: word, weight: 5 })
    expect(ids((await list('priorities', { filter: { q: word } })).body)).toEqual([priority.id])
    expect(ids((await list('criteria', { filter: { q: word } })).body)).toEqual([criterion.id])
  })
})

describe('getMany and getManyReference', () => {
  it('answers exactly the asked ids for filter id: [...]', async () => {
    const network = await createNetwork()
    const [a, , c] = [
      await createPlan(network),
      await createPlan(network),
      await createPlan(network),
    ]
    const res = await list('plans', { filter: { id: [c, a] }, sort: ['id', 'ASC'] })
    expect(res.status).toBe(200)
    expect(ids(res.body)).toEqual([a, c])
    expect(res.headers.get('content-range')).toBe('plans 0-1/2')
  })

  it('answers an empty list for id: [] and for ids that do not exist', async () => {
    expect((await list('networks', { filter: { id: [] } })).body).toEqual([])
    expect((await list('networks', { filter: { id: [2_000_000_000] } })).body).toEqual([])
  })

  it("lists one plan's priorities in order, as a reference list asks", async () => {
    const plan = await createPlan(await createNetwork())
    const second = await createVia('priorities', { planId: plan, title: unique(), position: 2 })
    const first = await createVia('priorities', { planId: plan, title: unique(), position: 1 })
    const res = await list('priorities', {
      filter: { planId: plan },
      sort: ['position', 'ASC'],
      range: [0, 24],
    })
    expect(ids(res.body)).toEqual([first.id, second.id])
    expect(res.headers.get('content-range')).toBe('priorities 0-1/2')
  })
})

describe('malformed list parameters', () => {
  it.each(['sort', 'range', 'filter'])(
    'answers 400, never 500, for broken JSON in %s',
    async (p) => {
      for (const raw of ['[0,', '{"a":', 'not json', '']) {
        const res = await api(`/plans?${p}=${encodeURIComponent(raw)}`, { cookie: admin.cookie })
        if (raw === '') {
          expect(res.status).toBe(200)
        } else {
          expect(res.status, `${p}=${raw}`).toBe(400)
          expect(res.body.errors).toHaveProperty(p)
        }
      }
    },
  )

  it.each([
    ['an array', [1, 2]],
    ['a string', 'open'],
    ['null', null],
  ])('refuses a filter that is %s', async (_, filter) => {
    const res = await list('plans', { filter })
    expect(res.status).toBe(400)
    expect(res.body.errors).toHaveProperty('filter')
  })

  it('never lists a password hash', async () => {
    const res = await list('users', { range: [0, 499] })
    expect(res.body.length).toBeGreaterThan(0)
    for (const user of res.body) expect(Object.keys(user)).not.toContain('passwordHash')
  })
})
