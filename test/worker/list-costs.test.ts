import { createScheduledController } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import worker from '../../worker/index'
import { COUNT_AHEAD } from '../../worker/lib/list-total'
import { NIGHTLY } from '../../worker/scheduled'
import {
  type ApiResponse,
  type Session,
  api,
  apiRaw,
  createApplicationRow,
  createAwardedApplicationRow,
  createNetwork,
  createPayoutRow,
  createPlan,
  loginAs,
  unique,
} from './helpers'

// What a list page costs does not grow with the table: totals come from trigger-kept counters
// (exact) or a count that stops a page past the current one (a lower bound, said so), pages after
// the first are read from a row on (keyset), and `q` searches applications by full text.

type Query = Record<string, unknown>

const list = (session: Session, resource: string, query: Query = {}) =>
  api(`/${resource}`, { cookie: session.cookie, query })

const ids = (res: ApiResponse): number[] => res.body.map((r: { id: number }) => r.id)
const totalOf = (res: ApiResponse) => Number(res.headers.get('content-range')?.split('/').pop())
const exact = (res: ApiResponse) => res.headers.get('x-total-exact')
/** A page end as the client sends it back: the header is URL-encoded JSON. */
const position = (res: ApiResponse, end: 'first' | 'last') =>
  decodeURIComponent(res.headers.get(`x-page-${end}`) ?? '')

/** Submitted applications stored in one statement, all at one moment unless told otherwise. */
async function submittedApps(
  networkId: number,
  planId: number,
  titles: string[],
  options: { status?: string; at?: string } = {},
): Promise<number[]> {
  const { results } = await env.DB.prepare(
    `INSERT INTO applications (plan_id, network_id, status, title, access_token_hash,
        submitted_at, requested_cents)
      SELECT ?1, ?2, ?3, j.value, ?4 || j.key, ?5, 1000 * (j.key % 4) FROM json_each(?6) j
      RETURNING id`,
  )
    .bind(
      planId,
      networkId,
      options.status ?? 'submitted',
      unique('hash'),
      options.at ?? '2026-03-01T10:00:00.000Z',
      JSON.stringify(titles),
    )
    .all<{ id: number }>()
  return results.map((r) => r.id)
}

/** Counters that differ from a count of the rows they stand for; none when all is well. */
async function driftedCounters(resource: 'applications' | 'payouts') {
  const submitted = resource === 'applications' ? 'AND t.submitted_at IS NOT NULL' : ''
  const { results } = await env.DB.prepare(
    `SELECT c.network_id, c.status, c.n, (SELECT count(*) FROM ${resource} t
        WHERE (c.network_id = 0 OR t.network_id = c.network_id)
          AND (c.status = '' OR t.status = c.status) ${submitted}) AS actual
      FROM list_counts c WHERE c.resource = ?
    UNION ALL
    SELECT t.network_id, t.status, NULL, count(*) FROM ${resource} t
      WHERE NOT EXISTS (SELECT 1 FROM list_counts c WHERE c.resource = ?
        AND c.network_id = t.network_id AND c.status = t.status) ${submitted}
      GROUP BY t.network_id, t.status`,
  )
    .bind(resource, resource)
    .all<{ n: number | null; actual: number }>()
  return results.filter((r) => r.n !== r.actual)
}

async function sqlCount(query: string, ...values: unknown[]): Promise<number> {
  const found = await env.DB.prepare(`SELECT count(*) AS n FROM (${query})`)
    .bind(...values)
    .first<{ n: number }>()
  return found!.n
}

let admin: Session
let finance: Session

beforeAll(async () => {
  admin = await loginAs('admin')
  finance = await loginAs('finance')
})

describe('exact totals from the counters', () => {
  let mine: number
  let other: number
  let coordinator: Session

  beforeAll(async () => {
    mine = await createNetwork()
    other = await createNetwork()
    coordinator = await loginAs('coordinator', [mine])
    const plan = await createPlan(mine)
    await submittedApps(mine, plan, ['a', 'b', 'c'])
    await submittedApps(mine, plan, ['d', 'e'], { status: 'awarded' })
    await submittedApps(other, await createPlan(other), ['f'], { status: 'rejected' })
    await createApplicationRow(mine, { status: 'draft', planId: plan })
  })

  it('counts what each role may see, on nothing but the counters', async () => {
    const everything = await list(admin, 'applications')
    expect(exact(everything)).toBe('true')
    expect(totalOf(everything)).toBe(
      await sqlCount('SELECT 1 FROM applications WHERE submitted_at IS NOT NULL'),
    )
    const own = await list(coordinator, 'applications')
    expect(own.headers.get('content-range')).toBe('applications 0-4/5')
    expect(exact(own)).toBe('true')
    expect(totalOf(await list(finance, 'applications'))).toBe(
      await sqlCount(`SELECT 1 FROM applications WHERE submitted_at IS NOT NULL
        AND status IN ('awarded', 'reported', 'settled')`),
    )
  })

  it.each([
    [{ status: 'awarded' }, 2],
    [{ status: ['submitted', 'awarded'] }, 5],
    [{ networkId: 'mine' }, 5],
    [{ networkId: 'other' }, 0],
    [{ networkId: 'other', status: 'rejected' }, 0],
  ])('counts a coordinator’s list filtered on %j exactly', async (filter, expected) => {
    const named = { ...filter } as Query
    if (named.networkId === 'mine') named.networkId = mine
    if (named.networkId === 'other') named.networkId = other
    const res = await list(coordinator, 'applications', { filter: named })
    expect(totalOf(res)).toBe(expected)
    expect(ids(res)).toHaveLength(expected)
    expect(exact(res)).toBe('true')
  })

  it('counts network and status filters across networks for admins', async () => {
    const res = await list(admin, 'applications', {
      filter: { networkId: [mine, other], status: ['awarded', 'rejected'] },
    })
    expect(totalOf(res)).toBe(3)
    expect(exact(res)).toBe('true')
  })

  it('stays exact through submissions, status changes, deletions and anonymisation', async () => {
    const network = await createNetwork()
    const coordinatorHere = await loginAs('coordinator', [network])
    const plan = await createPlan(network)
    const [first, second] = await submittedApps(network, plan, ['g', 'h'], {
      status: 'rejected',
      at: '2026-01-05T10:00:00.000Z',
    })
    const draft = await createApplicationRow(network, { status: 'draft', planId: plan })
    const total = async () => totalOf(await list(coordinatorHere, 'applications'))
    expect(await total()).toBe(2)

    await env.DB.prepare(
      `UPDATE applications SET status = 'submitted', submitted_at = '2026-02-01T10:00:00.000Z'
        WHERE id = ?`,
    )
      .bind(draft)
      .run()
    expect(await total()).toBe(3)

    await env.DB.prepare(`UPDATE applications SET status = 'awarded' WHERE id = ?`)
      .bind(draft)
      .run()
    const awarded = await list(coordinatorHere, 'applications', { filter: { status: 'awarded' } })
    expect(totalOf(awarded)).toBe(1)

    await env.DB.prepare('DELETE FROM applications WHERE id = ?').bind(second).run()
    expect(await total()).toBe(2)

    // A refused file closed long ago is anonymised by the nightly job: it stays in the lists.
    await env.DB.prepare(
      `UPDATE applications SET closed_on = '2000-01-01', contact_name = 'X' WHERE id = ?`,
    )
      .bind(first)
      .run()
    await worker.scheduled(
      createScheduledController({
        scheduledTime: new Date('2026-06-01T01:00:00.000Z'),
        cron: NIGHTLY,
      }),
      env,
    )
    const anonymised = await env.DB.prepare('SELECT anonymised_at FROM applications WHERE id = ?')
      .bind(first)
      .first<{ anonymised_at: string | null }>()
    expect(anonymised?.anonymised_at).not.toBeNull()
    expect(await total()).toBe(2)
    expect(await driftedCounters('applications')).toEqual([])
  })

  it('keeps the payouts’ counters exact as payouts are scheduled, paid and removed', async () => {
    const network = await createNetwork()
    const coordinatorHere = await loginAs('coordinator', [network])
    const first = await createPayoutRow(network)
    await createPayoutRow(network, { status: 'paid' })
    const paid = () =>
      list(coordinatorHere, 'payouts', { filter: { status: 'paid' } }).then(totalOf)
    expect(totalOf(await list(coordinatorHere, 'payouts'))).toBe(2)
    expect(await paid()).toBe(1)
    await env.DB.prepare(`UPDATE payouts SET status = 'paid', paid_on = '2026-03-01' WHERE id = ?`)
      .bind(first)
      .run()
    expect(await paid()).toBe(2)
    await env.DB.prepare('DELETE FROM payouts WHERE id = ?').bind(first).run()
    expect(await paid()).toBe(1)
    expect(await driftedCounters('payouts')).toEqual([])
  })
})

describe('bounded totals', () => {
  const size = 25
  const rows = 2 * size + COUNT_AHEAD + 5
  let planId: number

  beforeAll(async () => {
    const network = await createNetwork()
    planId = await createPlan(network)
    await submittedApps(
      network,
      planId,
      Array.from({ length: rows }, (_, i) => `t${i}`),
    )
  })

  const page = (first: number, extra: Query = {}) =>
    list(admin, 'applications', {
      filter: { planId },
      range: [first, first + size - 1],
      ...extra,
    })

  it('says a total is only a lower bound while more than a page lies ahead', async () => {
    const first = await page(0)
    expect(ids(first)).toHaveLength(size)
    expect(exact(first)).toBe('false')
    expect(first.headers.get('content-range')).toBe(`applications 0-24/${size + COUNT_AHEAD}`)
  })

  it('counts exactly once the end is within reach, by offset or after a row', async () => {
    const last = await page(2 * size)
    expect(exact(last)).toBe('true')
    expect(totalOf(last)).toBe(rows)

    const second = await page(size, { after: position(await page(0), 'last') })
    expect(exact(second)).toBe('false')
    expect(totalOf(second)).toBe(size + size + COUNT_AHEAD)
    const third = await page(2 * size, { after: position(second, 'last') })
    expect(exact(third)).toBe('true')
    expect(totalOf(third)).toBe(rows)
    expect(ids(third)).toEqual(ids(last))
  })

  it('takes the total of the ids asked for (getMany) from the page, counting nothing', async () => {
    const all = ids(await page(0))
    const asked = [...all.slice(0, 3), 999_999]
    const many = await list(admin, 'applications', { filter: { id: asked } })
    expect(ids(many).sort()).toEqual(all.slice(0, 3).sort())
    expect(exact(many)).toBe('true')
    expect(many.headers.get('content-range')).toBe('applications 0-2/3')
  })

  it('answers an empty page past the end with the exact total', async () => {
    const beyond = await page(200)
    expect(beyond.body).toEqual([])
    expect(beyond.headers.get('content-range')).toBe(`applications */${rows}`)
    expect(exact(beyond)).toBe('true')
  })
})

describe('keyset pages', () => {
  let network: number
  let planId: number
  let all: number[]

  beforeAll(async () => {
    network = await createNetwork()
    planId = await createPlan(network)
    // Ties on the title and on the amount, in an order unlike the ids'.
    const titles = ['m', 'c', 'm', 'a', 'z', 'c', 'm', 'b', 'a', 'm', 'y']
    all = await submittedApps(network, planId, titles)
  })

  /** Every row in one page, in the list's order, to hold the paged walks to. */
  const whole = async (sort: [string, string]) =>
    ids(await list(admin, 'applications', { filter: { planId }, sort, range: [0, 99] }))

  /** The list walked page by page: forward from the first by `after`, or back by `before`. */
  async function walk(sort: [string, string], direction: 'after' | 'before', size = 3) {
    const query = (first: number, extra: Query = {}) =>
      list(admin, 'applications', {
        filter: { planId },
        sort,
        range: [first, first + size - 1],
        ...extra,
      })
    const pages: number[][] = []
    if (direction === 'after') {
      let res = await query(0)
      for (let first = 0; res.body.length > 0;) {
        pages.push(ids(res))
        first += size
        res = await query(first, { after: position(res, 'last') })
      }
      return pages.flat()
    }
    const lastStart = Math.floor((all.length - 1) / size) * size
    let res = await query(lastStart)
    for (let first = lastStart; res.body.length > 0 && first >= 0;) {
      pages.unshift(ids(res))
      first -= size
      if (first < 0) break
      res = await query(first, { before: position(res, 'first') })
    }
    return pages.flat()
  }

  it.each([
    ['title', 'ASC'],
    ['title', 'DESC'],
    ['requestedCents', 'ASC'],
    ['requestedCents', 'DESC'],
    ['id', 'DESC'],
  ] as const)(
    'walks %s %s forward and back without repeating or skipping a row',
    async (field, order) => {
      const expected = await whole([field, order])
      expect([...expected].sort()).toEqual([...all].sort())
      expect(await walk([field, order], 'after')).toEqual(expected)
      expect(await walk([field, order], 'before')).toEqual(expected)
    },
  )

  it('labels a keyset page with its offset and gives both of its ends', async () => {
    const first = await list(admin, 'applications', {
      filter: { planId },
      sort: ['title', 'ASC'],
      range: [0, 2],
    })
    expect(JSON.parse(position(first, 'first'))).toEqual(['a', ids(first)[0]])
    const next = await list(admin, 'applications', {
      filter: { planId },
      sort: ['title', 'ASC'],
      range: [3, 5],
      after: position(first, 'last'),
    })
    expect(next.headers.get('content-range')).toMatch(/^applications 3-5\//)
  })

  it('pages a coordinator of several networks through their merged networks', async () => {
    const second = await createNetwork()
    await submittedApps(second, await createPlan(second), ['b', 'm', 'n', 'a'])
    const coordinator = await loginAs('coordinator', [network, second])
    const sort = ['title', 'ASC']
    const everything = ids(await list(coordinator, 'applications', { sort, range: [0, 99] }))
    expect(everything).toHaveLength(all.length + 4)
    const walked: number[] = []
    let res = await list(coordinator, 'applications', { sort, range: [0, 3] })
    for (let first = 0; res.body.length > 0;) {
      walked.push(...ids(res))
      first += 4
      res = await list(coordinator, 'applications', {
        sort,
        range: [first, first + 3],
        after: position(res, 'last'),
      })
    }
    expect(walked).toEqual(everything)
  })

  it('pages reviews sorted on a total some have not (drafts, conflicts)', async () => {
    const coordinator = await loginAs('coordinator', [network])
    const reviewers = await Promise.all([1, 2, 3, 4, 5].map(() => loginAs('reviewer', [network])))
    const totals = [null, 40, null, 40, 75]
    for (const [i, reviewer] of reviewers.entries()) {
      await env.DB.prepare(
        `INSERT INTO reviews (application_id, network_id, reviewer_id, status, total)
          VALUES (?, ?, ?, ?, ?)`,
      )
        .bind(
          all[0],
          network,
          reviewer.user.id,
          totals[i] === null ? 'draft' : 'submitted',
          totals[i],
        )
        .run()
    }
    for (const order of ['ASC', 'DESC']) {
      const query = { filter: { applicationId: all[0] }, sort: ['total', order] }
      const expected = ids(await list(coordinator, 'reviews', { ...query, range: [0, 9] }))
      expect(expected).toHaveLength(5)
      const walked: number[] = []
      let res = await list(coordinator, 'reviews', { ...query, range: [0, 1] })
      for (let first = 0; res.body.length > 0;) {
        walked.push(...ids(res))
        first += 2
        res = await list(coordinator, 'reviews', {
          ...query,
          range: [first, first + 1],
          after: position(res, 'last'),
        })
      }
      expect(walked).toEqual(expected)
    }
  })

  it.each([
    ['text that is not JSON', { after: 'x' }, 'after'],
    ['one value', { after: '[1]' }, 'after'],
    ['an empty value', { before: '[null,1]' }, 'before'],
    ['a negative id', { after: '["a",-1]' }, 'after'],
    ['both ends at once', { after: '["a",1]', before: '["b",2]' }, 'before'],
  ])('refuses %s as a position with 400 and its field', async (_, extra, field) => {
    const res = await list(admin, 'applications', extra)
    expect(res.status).toBe(400)
    expect(Object.keys(res.body.errors)).toEqual([field])
  })
})

describe('the payouts export', () => {
  it('streams every payout once, page after page, through ties on the due date', async () => {
    const network = await createNetwork()
    const applicationId = await createAwardedApplicationRow(network)
    const count = 1203
    // Three due dates for all of them: each export page of 500 ends inside a tie.
    await env.DB.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?2)
      INSERT INTO payouts (application_id, network_id, plan_id, number, kind, amount_cents, due_on,
          end_to_end_id)
        SELECT a.id, a.network_id, a.plan_id, n.i, 'installment', 100,
          '2026-0' || (1 + n.i % 3) || '-01', a.reference || '-' || n.i
        FROM applications a, n WHERE a.id = ?1`,
    )
      .bind(applicationId, count)
      .run()
    const res = await apiRaw(
      `/payouts/export.csv?filter=${encodeURIComponent(JSON.stringify({ applicationId }))}`,
      { cookie: finance.cookie },
    )
    expect(res.status).toBe(200)
    const lines = (await res.text()).trim().split(/\r?\n/).slice(1)
    // Plain fields here (ids, a title without commas, dates): a comma splits them.
    const endToEnd = lines.map((line) => line.split(',')[0])
    expect(endToEnd).toHaveLength(count)
    expect(new Set(endToEnd).size).toBe(count)
    const due = lines.map((line) => line.split(',')[5])
    expect(new Set(due)).toEqual(new Set(['2026-01-01', '2026-02-01', '2026-03-01']))
    expect(due).toEqual([...due].sort())
  })
})

describe('full-text search', () => {
  let network: number
  let planId: number
  let found: number
  let coordinator: Session

  beforeAll(async () => {
    network = await createNetwork()
    planId = await createPlan(network)
    coordinator = await loginAs('coordinator', [network])
    ;[found] = await submittedApps(network, planId, ['Zomerfeest aan de Vecht'])
    await env.DB.prepare(
      `UPDATE applications SET reference = ?, summary = 'Muziek en eten voor de hele straat',
        organisation_name = 'Stichting Buurtkrachtig', email = 'contact@example.org',
        contact_name = 'Jantine Verborgen' WHERE id = ?`,
    )
      .bind(`BK-2031-${found}`, found)
      .run()
  })

  const search = (session: Session, q: string) =>
    list(session, 'applications', { filter: { q, planId }, range: [0, 24] })

  it.each([
    ['a word of the title', 'vecht'],
    ['the start of a word', 'zomerf'],
    ['words in any case, in their order', 'ZOMERFEEST AAN'],
    ['a word of the summary', 'straat'],
    ['the organisation', 'buurtkrachtig'],
    ['letters without their accents', 'zómerfeest'],
  ])('finds an application by %s', async (_, q) => {
    const res = await search(coordinator, q)
    expect(res.status).toBe(200)
    expect(ids(res)).toEqual([found])
  })

  it('finds it by its reference, whole or by its number', async () => {
    expect(ids(await search(admin, `BK-2031-${found}`))).toEqual([found])
    expect(ids(await search(admin, String(found)))).toEqual([found])
  })

  it('never finds an application by contact data: no role searches what not all may read', async () => {
    const reviewer = await loginAs('reviewer', [network])
    for (const session of [reviewer, coordinator, admin]) {
      expect(ids(await search(session, 'contact@example.org'))).toEqual([])
      expect(ids(await search(session, 'Verborgen'))).toEqual([])
    }
  })

  it('keeps a search within the networks the user may read', async () => {
    const elsewhere = await loginAs('coordinator', [await createNetwork()])
    const res = await list(elsewhere, 'applications', { filter: { q: 'zomerfeest vecht' } })
    expect(res.status).toBe(200)
    expect(res.body).toEqual([])
  })

  it.each([
    '"',
    "'",
    'AND',
    'zomerfeest AND',
    'OR NOT',
    '*',
    'vecht*',
    '"vecht',
    '(zomer',
    'NEAR(a b)',
    'title:vecht',
    '^vecht',
    '-vecht',
    '🎉',
    '\\',
    '%_',
  ])('answers %j without an error', async (q) => {
    const res = await search(admin, q)
    expect(res.status).toBe(200)
    expect(Array.isArray(res.body)).toBe(true)
  })

  it('refuses a search longer than 200 characters with 400', async () => {
    const res = await search(admin, 'a'.repeat(201))
    expect(res.status).toBe(400)
    expect(Object.keys(res.body.errors)).toEqual(['q'])
  })

  it('follows every change of the text, and leaves drafts out', async () => {
    const [changed] = await submittedApps(network, planId, ['Oude titel'])
    await env.DB.prepare(`UPDATE applications SET title = 'Nieuwe moestuin' WHERE id = ?`)
      .bind(changed)
      .run()
    expect(ids(await search(admin, 'oude titel'))).toEqual([])
    expect(ids(await search(admin, 'moestuin'))).toEqual([changed])

    const draft = await createApplicationRow(network, {
      status: 'draft',
      planId,
      title: 'Concept kinderdisco',
    })
    expect(ids(await search(admin, 'kinderdisco'))).toEqual([])
    await env.DB.prepare(
      `UPDATE applications SET status = 'submitted', submitted_at = '2026-04-01T10:00:00.000Z'
        WHERE id = ?`,
    )
      .bind(draft)
      .run()
    expect(ids(await search(admin, 'kinderdisco'))).toEqual([draft])

    await env.DB.prepare('DELETE FROM applications WHERE id = ?').bind(draft).run()
    expect(ids(await search(admin, 'kinderdisco'))).toEqual([])
  })
})
