import { env } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  ROLES,
  type Role,
  type Session,
  addSeat,
  api,
  createApplicationRow,
  createAttachmentRow,
  createAwardedApplicationRow,
  createBatchRow,
  createCriterion,
  createNetwork,
  createPayoutRow,
  createPlan,
  createPriority,
  createUser,
  daysFromToday,
  loginAs,
  row,
  unique,
} from './helpers'

/*
 * DESIGN §2 as a table: every admin route × every role × a record in one of the caller's own
 * networks or in another network.
 *
 * ok       allowed on any record (200, 201 for create)
 * own      allowed in the caller's own networks; 404 elsewhere, so nothing leaks
 * 403      the role may never do this
 * 409      allowed, but the record's state refuses it
 * 400      refused as bad input because the record it names is out of reach, exactly as for one
 *          that does not exist (a decision names its application in the body)
 * Lists:   all (every network), own (only own networks), payouts (only payout history),
 *          awarded (every network, only awarded, reported and settled applications), 403
 */
type Outcome = 'ok' | 'own' | 400 | 403 | 404 | 409
type ListOutcome = 'all' | 'own' | 'payouts' | 'awarded' | 403
type Cell = Outcome | { own: Outcome; other: Outcome }
type Scope = 'own' | 'other'
type Op = 'get' | 'create' | 'update' | 'delete'
type Rules = { list: Record<Role, ListOutcome> } & Record<Op, Record<Role, Cell>>

const matrix: Record<string, Rules> = {
  users: {
    list: { admin: 'all', coordinator: 'own', reviewer: 'own', finance: 'all' },
    get: { admin: 'ok', coordinator: 'own', reviewer: 'own', finance: 'ok' },
    create: { admin: 'ok', coordinator: 403, reviewer: 403, finance: 403 },
    update: { admin: 'ok', coordinator: 403, reviewer: 403, finance: 403 },
    // A user who holds a seat cannot be deleted; their seats go first.
    delete: { admin: 409, coordinator: 403, reviewer: 403, finance: 403 },
  },
  networks: {
    list: { admin: 'all', coordinator: 'own', reviewer: 'own', finance: 'all' },
    get: { admin: 'ok', coordinator: 'own', reviewer: 'own', finance: 'ok' },
    create: { admin: 'ok', coordinator: 403, reviewer: 403, finance: 403 },
    update: { admin: 'ok', coordinator: 403, reviewer: 403, finance: 403 },
    // The caller's own seat makes their network one with members, which cannot be deleted.
    delete: { admin: { own: 409, other: 'ok' }, coordinator: 403, reviewer: 403, finance: 403 },
  },
  members: {
    list: { admin: 'all', coordinator: 'own', reviewer: 'own', finance: 'all' },
    get: { admin: 'ok', coordinator: 'own', reviewer: 'own', finance: 'ok' },
    create: { admin: 'ok', coordinator: 403, reviewer: 403, finance: 403 },
    update: { admin: 'ok', coordinator: 403, reviewer: 403, finance: 403 },
    delete: { admin: 'ok', coordinator: 403, reviewer: 403, finance: 403 },
  },
  plans: {
    list: { admin: 'all', coordinator: 'own', reviewer: 'own', finance: 'all' },
    get: { admin: 'ok', coordinator: 'own', reviewer: 'own', finance: 'ok' },
    create: { admin: 'ok', coordinator: 'own', reviewer: 403, finance: 403 },
    update: { admin: 'ok', coordinator: 'own', reviewer: 403, finance: 403 },
    delete: { admin: 'ok', coordinator: 'own', reviewer: 403, finance: 403 },
  },
  priorities: {
    list: { admin: 'all', coordinator: 'own', reviewer: 'own', finance: 'all' },
    get: { admin: 'ok', coordinator: 'own', reviewer: 'own', finance: 'ok' },
    create: { admin: 'ok', coordinator: 'own', reviewer: 403, finance: 403 },
    update: { admin: 'ok', coordinator: 'own', reviewer: 403, finance: 403 },
    delete: { admin: 'ok', coordinator: 'own', reviewer: 403, finance: 403 },
  },
  criteria: {
    list: { admin: 'all', coordinator: 'own', reviewer: 'own', finance: 'all' },
    get: { admin: 'ok', coordinator: 'own', reviewer: 'own', finance: 'ok' },
    create: { admin: 'ok', coordinator: 'own', reviewer: 403, finance: 403 },
    update: { admin: 'ok', coordinator: 'own', reviewer: 403, finance: 403 },
    delete: { admin: 'ok', coordinator: 'own', reviewer: 403, finance: 403 },
  },
  // The target entry records a plan change; finance sees only payout history.
  'audit-log': {
    list: { admin: 'all', coordinator: 'own', reviewer: 403, finance: 'payouts' },
    get: { admin: 'ok', coordinator: 'own', reviewer: 403, finance: 404 },
    create: { admin: 403, coordinator: 403, reviewer: 403, finance: 403 },
    update: { admin: 403, coordinator: 403, reviewer: 403, finance: 403 },
    delete: { admin: 403, coordinator: 403, reviewer: 403, finance: 403 },
  },
  // The target is a submitted application: finance sees awarded ones only. Applicants write
  // applications through their private link; staff never write them here.
  applications: {
    list: { admin: 'all', coordinator: 'own', reviewer: 'own', finance: 'awarded' },
    get: { admin: 'ok', coordinator: 'own', reviewer: 'own', finance: 404 },
    create: { admin: 403, coordinator: 403, reviewer: 403, finance: 403 },
    update: { admin: 403, coordinator: 403, reviewer: 403, finance: 403 },
    delete: { admin: 403, coordinator: 403, reviewer: 403, finance: 403 },
  },
  // A file of a submitted application: its application decides who sees it.
  attachments: {
    list: { admin: 'all', coordinator: 'own', reviewer: 'own', finance: 'awarded' },
    get: { admin: 'ok', coordinator: 'own', reviewer: 'own', finance: 404 },
    create: { admin: 403, coordinator: 403, reviewer: 403, finance: 403 },
    update: { admin: 403, coordinator: 403, reviewer: 403, finance: 403 },
    delete: { admin: 403, coordinator: 403, reviewer: 403, finance: 403 },
  },
  // The target is the caller's own draft review where a reviewer holds a seat, another member's
  // elsewhere. Reading others' reviews before submitting one's own, and conflicts of interest,
  // are in reviews.test.ts.
  reviews: {
    list: { admin: 'all', coordinator: 'own', reviewer: 'own', finance: 403 },
    get: { admin: 'ok', coordinator: 'own', reviewer: 'own', finance: 403 },
    create: { admin: 403, coordinator: 403, reviewer: 'own', finance: 403 },
    update: { admin: 403, coordinator: 403, reviewer: 'own', finance: 403 },
    delete: { admin: 403, coordinator: 403, reviewer: 403, finance: 403 },
  },
  // A decision is recorded once and never edited or deleted. Recording one names the application
  // in the body: outside the caller's networks that reads as an application that is not there.
  decisions: {
    list: { admin: 'all', coordinator: 'own', reviewer: 'own', finance: 'all' },
    get: { admin: 'ok', coordinator: 'own', reviewer: 'own', finance: 'ok' },
    create: { admin: 'ok', coordinator: { own: 'ok', other: 400 }, reviewer: 403, finance: 403 },
    update: { admin: 403, coordinator: 403, reviewer: 403, finance: 403 },
    delete: { admin: 403, coordinator: 403, reviewer: 403, finance: 403 },
  },
  // Payouts are scheduled by decisions and move through batches, never written here.
  payouts: {
    list: { admin: 'all', coordinator: 'own', reviewer: 403, finance: 'all' },
    get: { admin: 'ok', coordinator: 'own', reviewer: 403, finance: 'ok' },
    create: { admin: 403, coordinator: 403, reviewer: 403, finance: 403 },
    update: { admin: 403, coordinator: 403, reviewer: 403, finance: 403 },
    delete: { admin: 403, coordinator: 403, reviewer: 403, finance: 403 },
  },
  // The target holds a payout of the network, which is what makes a batch a coordinator's. Only
  // finance gathers batches (POST); they change only through their actions, never PUT or DELETE.
  'payout-batches': {
    list: { admin: 'all', coordinator: 'own', reviewer: 403, finance: 'all' },
    get: { admin: 'ok', coordinator: 'own', reviewer: 403, finance: 'ok' },
    create: { admin: 403, coordinator: 403, reviewer: 403, finance: 'ok' },
    update: { admin: 403, coordinator: 403, reviewer: 403, finance: 403 },
    delete: { admin: 403, coordinator: 403, reviewer: 403, finance: 403 },
  },
}

interface ResourceSpec {
  table: string
  /** A fresh record that belongs to the network (for the caller, where that matters). */
  target(networkId: number, session: Session): Promise<number>
  createBody(networkId: number): Promise<Record<string, unknown>>
  /** An update and the stored column that shows it. */
  update: Record<string, string | number | boolean>
  column: string
  /** Body field → column that together find a created record (tests run concurrently). */
  key: Record<string, string>
}

/** Batches created so far by the matrix, each with an execution date of its own. */
let batchDates = 0

const specs: Record<string, ResourceSpec> = {
  users: {
    table: 'users',
    target: async (networkId) => {
      const user = await createUser('reviewer')
      await addSeat(networkId, user.id)
      return user.id
    },
    createBody: async () => ({
      email: `${unique('nieuw')}@example.org`,
      name: 'Nieuw',
      role: 'reviewer',
      password: 'lang-genoeg-wachtwoord',
    }),
    update: { name: 'Gewijzigd' },
    column: 'name',
    key: { email: 'email' },
  },
  networks: {
    table: 'networks',
    target: async (networkId) => networkId,
    createBody: async () => ({ name: unique('Netwerk'), area: 'Oost', postcodes: ['3811'] }),
    update: { area: 'Gewijzigd' },
    column: 'area',
    key: { name: 'name' },
  },
  members: {
    table: 'members',
    target: async (networkId) => addSeat(networkId, (await createUser('reviewer')).id),
    createBody: async (networkId) => ({
      networkId,
      userId: (await createUser('reviewer')).id,
      kind: 'resident',
    }),
    update: { kind: 'professional' },
    column: 'kind',
    key: { networkId: 'network_id', userId: 'user_id' },
  },
  plans: {
    table: 'plans',
    target: (networkId) => createPlan(networkId),
    createBody: async (networkId) => ({
      networkId,
      year: 2027,
      title: unique('Jaarplan'),
      budgetCents: 1_000_000,
      opensOn: '2027-01-01',
      closesOn: '2027-06-30',
    }),
    update: { title: 'Gewijzigd' },
    column: 'title',
    key: { title: 'title' },
  },
  priorities: {
    table: 'priorities',
    target: async (networkId) => createPriority(await createPlan(networkId)),
    createBody: async (networkId) => ({ planId: await createPlan(networkId), title: unique() }),
    update: { title: 'Gewijzigd' },
    column: 'title',
    key: { title: 'title' },
  },
  criteria: {
    table: 'criteria',
    target: async (networkId) => createCriterion(await createPlan(networkId), 10),
    createBody: async (networkId) => ({
      planId: await createPlan(networkId),
      title: unique(),
      weight: 25,
    }),
    update: { weight: 42 },
    column: 'weight',
    key: { title: 'title' },
  },
  'audit-log': {
    table: 'audit_log',
    target: async (networkId) => {
      const entry = await env.DB.prepare(
        `INSERT INTO audit_log (actor_type, actor_id, action, entity, entity_id, network_id)
          VALUES ('system', NULL, 'update', 'plans', 1, ?) RETURNING id`,
      )
        .bind(networkId)
        .first<{ id: number }>()
      return entry!.id
    },
    createBody: async (networkId) => ({ action: 'create', entity: 'plans', networkId }),
    update: { action: 'gewist' },
    column: 'action',
    key: { networkId: 'network_id' },
  },
  applications: {
    table: 'applications',
    target: (networkId) => createApplicationRow(networkId),
    createBody: async (networkId) => ({
      planId: await createPlan(networkId),
      title: unique('Aanvraag'),
      status: 'submitted',
    }),
    update: { title: 'Gewijzigd' },
    column: 'title',
    key: { title: 'title' },
  },
  attachments: {
    table: 'attachments',
    target: async (networkId) => createAttachmentRow(await createApplicationRow(networkId)),
    createBody: async (networkId) => ({
      applicationId: await createApplicationRow(networkId),
      kind: 'other',
      filename: `${unique('bijlage')}.pdf`,
    }),
    update: { filename: 'gewijzigd.pdf' },
    column: 'filename',
    key: { filename: 'filename' },
  },
  reviews: {
    table: 'reviews',
    target: async (networkId, session) => {
      const applicationId = await createApplicationRow(networkId)
      const seated = (await ownNetworks(session.user.id)).includes(networkId)
      const own = session.user.role === 'reviewer' && seated
      const reviewerId = own ? session.user.id : (await createUser('reviewer')).id
      const review = await env.DB.prepare(
        `INSERT INTO reviews (application_id, network_id, reviewer_id) VALUES (?, ?, ?)
          RETURNING id`,
      )
        .bind(applicationId, networkId, reviewerId)
        .first<{ id: number }>()
      return review!.id
    },
    createBody: async (networkId) => ({ applicationId: await createApplicationRow(networkId) }),
    update: { conflictNote: 'Mijn buurman doet mee', conflictOfInterest: true },
    column: 'conflict_note',
    key: { applicationId: 'application_id' },
  },
  decisions: {
    table: 'decisions',
    target: async (networkId) => {
      const applicationId = await createApplicationRow(networkId, { status: 'rejected' })
      const decidedBy = (await createUser('coordinator')).id
      const decision = await env.DB.prepare(
        `INSERT INTO decisions (application_id, network_id, plan_id, outcome, motivation,
            decided_on, objection_deadline, votes_for, votes_against, abstentions, decided_by)
          SELECT id, network_id, plan_id, 'rejected', 'Past niet in het plan.', '2026-03-01',
            '2026-04-12', 0, 3, 0, ? FROM applications WHERE id = ? RETURNING id`,
      )
        .bind(decidedBy, applicationId)
        .first<{ id: number }>()
      return decision!.id
    },
    // A rejection by three residents present: no score or budget needed.
    createBody: async (networkId) => {
      const present = []
      for (let i = 0; i < 3; i++) {
        present.push(await addSeat(networkId, (await createUser('reviewer')).id, 'resident'))
      }
      return {
        applicationId: await createApplicationRow(networkId),
        outcome: 'rejected',
        motivation: 'Past niet in het plan.',
        presentMemberIds: present,
        votesFor: 0,
        votesAgainst: 3,
        abstentions: 0,
      }
    },
    update: { motivation: 'Gewijzigd' },
    column: 'motivation',
    key: { applicationId: 'application_id' },
  },
  payouts: {
    table: 'payouts',
    target: (networkId) => createPayoutRow(networkId),
    createBody: async (networkId) => ({
      applicationId: await createAwardedApplicationRow(networkId),
      kind: 'advance',
      amountCents: 12_345,
      dueOn: daysFromToday(10),
    }),
    update: { amountCents: 1 },
    column: 'amount_cents',
    key: { applicationId: 'application_id' },
  },
  'payout-batches': {
    table: 'payout_batches',
    target: async (networkId) => createBatchRow([await createPayoutRow(networkId)]),
    // An execution date no other batch has, so the created batch is found by it.
    createBody: async (networkId) => ({
      executionDate: daysFromToday(2000 + ++batchDates),
      payoutIds: [await createPayoutRow(networkId)],
    }),
    update: { status: 'paid' },
    column: 'status',
    key: { executionDate: 'execution_date' },
  },
}

const sessions = {} as Record<Role, Session>

beforeAll(async () => {
  for (const role of ROLES) sessions[role] = await loginAs(role)
})

/** How many records match a create body on the resource's key. */
function stored(spec: ResourceSpec, body: Record<string, unknown>) {
  const where = Object.values(spec.key).map((column) => `${column} = ?`)
  return env.DB.prepare(`SELECT count(*) AS n FROM ${spec.table} WHERE ${where.join(' AND ')}`)
    .bind(...Object.keys(spec.key).map((field) => body[field]))
    .first<number>('n')
}

async function ownNetworks(userId: number): Promise<number[]> {
  const { results } = await env.DB.prepare('SELECT network_id FROM members WHERE user_id = ?')
    .bind(userId)
    .all<{ network_id: number }>()
  return results.map((r) => r.network_id)
}

/** The rows of a full list that lie outside the caller's own networks. */
async function outsideOwn(resource: string, rows: Record<string, unknown>[], own: number[]) {
  if (resource === 'users') {
    const { results } = await env.DB.prepare(
      'SELECT user_id FROM members WHERE network_id IN (SELECT value FROM json_each(?))',
    )
      .bind(JSON.stringify(own))
      .all<{ user_id: number }>()
    const seated = new Set(results.map((r) => r.user_id))
    return rows.filter((r) => !seated.has(Number(r.id)))
  }
  if (resource === 'payout-batches') {
    // A batch carries no network: it is a coordinator's when it holds a payout of theirs.
    const { results } = await env.DB.prepare(
      'SELECT DISTINCT batch_id FROM payouts WHERE network_id IN (SELECT value FROM json_each(?))',
    )
      .bind(JSON.stringify(own))
      .all<{ batch_id: number }>()
    const reached = new Set(results.map((r) => r.batch_id))
    return rows.filter((r) => !reached.has(Number(r.id)))
  }
  const networks = resource === 'attachments' ? await applicationNetworks(rows) : undefined
  const networkOf = (r: Record<string, unknown>) =>
    resource === 'networks' ? r.id : (networks?.get(Number(r.applicationId)) ?? r.networkId)
  return rows.filter((r) => !own.includes(Number(networkOf(r))))
}

/** The network of each listed attachment's application; attachments do not carry it themselves. */
async function applicationNetworks(rows: Record<string, unknown>[]) {
  const { results } = await env.DB.prepare(
    'SELECT id, network_id FROM applications WHERE id IN (SELECT value FROM json_each(?))',
  )
    .bind(JSON.stringify(rows.map((r) => r.applicationId)))
    .all<{ id: number; network_id: number }>()
  return new Map(results.map((r) => [r.id, r.network_id]))
}

/** Marks the application behind an application or attachment record as awarded. */
async function awardApplicationOf(resource: string, id: number) {
  const applicationId =
    resource === 'applications' ? id : (await row('attachments', id))?.application_id
  await env.DB.prepare("UPDATE applications SET status = 'awarded' WHERE id = ?")
    .bind(applicationId)
    .run()
}

/** The statuses of the applications behind a list of applications or attachments. */
async function applicationStatuses(resource: string, rows: Record<string, unknown>[]) {
  if (resource === 'applications') return rows.map((r) => r.status)
  const { results } = await env.DB.prepare(
    'SELECT status FROM applications WHERE id IN (SELECT value FROM json_each(?))',
  )
    .bind(JSON.stringify(rows.map((r) => r.applicationId)))
    .all<{ status: string }>()
  return results.map((r) => r.status)
}

async function checkList(resource: string, session: Session, scope: Scope, expected: ListOutcome) {
  const target = await specs[resource].target(await networkFor(session, scope), session)
  const byId = await api(`/${resource}`, {
    cookie: session.cookie,
    query: { filter: { id: [target] } },
  })
  if (expected === 403) {
    expect(byId.status).toBe(403)
    return
  }
  expect(byId.status).toBe(200)
  const visible = expected === 'all' || (expected === 'own' && scope === 'own')
  expect(byId.body.map((r: { id: number }) => r.id)).toEqual(visible ? [target] : [])

  if (expected === 'all') return
  // The whole list, not just the target: nothing from elsewhere may slip in.
  const all = await api(`/${resource}`, { cookie: session.cookie, query: { range: [0, 499] } })
  expect(all.headers.get('content-range')).toMatch(new RegExp(`/${all.body.length}$`))
  if (expected === 'own') {
    expect(await outsideOwn(resource, all.body, await ownNetworks(session.user.id))).toEqual([])
  } else if (expected === 'awarded') {
    // Once its application is awarded the target joins the list, and only such records are in it.
    await awardApplicationOf(resource, target)
    const now = await api(`/${resource}`, { cookie: session.cookie, query: { range: [0, 499] } })
    expect(now.body.map((r: { id: number }) => r.id)).toContain(target)
    for (const status of await applicationStatuses(resource, now.body)) {
      expect(['awarded', 'reported', 'settled']).toContain(status)
    }
  } else {
    for (const entry of all.body) expect(['payouts', 'payout-batches']).toContain(entry.entity)
  }
}

/** A fresh network: one the caller holds a seat in ('own'), or not ('other'). */
async function networkFor(session: Session, scope: Scope): Promise<number> {
  const network = await createNetwork()
  if (scope === 'own') await addSeat(network, session.user.id)
  return network
}

const methods: Record<Op, string> = { get: 'GET', create: 'POST', update: 'PUT', delete: 'DELETE' }

async function checkWrite(
  resource: string,
  op: Op,
  session: Session,
  scope: Scope,
  expected: Outcome,
) {
  const spec = specs[resource]
  const network = await networkFor(session, scope)
  const status = expected === 'ok' ? (op === 'create' ? 201 : 200) : expected
  if (op === 'create') {
    const body = await spec.createBody(network)
    const res = await api(`/${resource}`, { cookie: session.cookie, body })
    expect(res.status, JSON.stringify(res.body)).toBe(status)
    expect(await stored(spec, body)).toBe(expected === 'ok' ? 1 : 0)
    return
  }
  const id = await spec.target(network, session)
  const before = await row(spec.table, id)
  const res = await api(`/${resource}/${id}`, {
    cookie: session.cookie,
    method: methods[op],
    body: op === 'update' ? spec.update : undefined,
  })
  expect(res.status, JSON.stringify(res.body)).toBe(status)
  const after = await row(spec.table, id)
  if (expected !== 'ok' || op === 'get') {
    if (expected === 'ok') expect(res.body.id).toBe(id)
    else expect(res.body).toEqual({ message: expect.any(String) })
    expect(after).toEqual(before)
  } else if (op === 'update') {
    expect(after?.[spec.column]).toBe(Object.values(spec.update)[0])
  } else {
    expect(after).toBeNull()
  }
}

/** The outcome for one scope: 'own' means allowed there and 404 elsewhere. */
function resolve(cell: Cell, scope: Scope): Outcome {
  const outcome = typeof cell === 'object' ? cell[scope] : cell
  if (outcome === 'own') return scope === 'own' ? 'ok' : 404
  return outcome
}

const scopes: Scope[] = ['own', 'other']

describe.each(Object.keys(matrix))('%s', (resource) => {
  const rules = matrix[resource]
  const listCases = ROLES.flatMap((role) =>
    scopes.map((scope) => ({ role, scope, expected: rules.list[role] })),
  )
  it.each(listCases)('list by $role, record in $scope network → $expected', async (c) => {
    await checkList(resource, sessions[c.role], c.scope, c.expected)
  })

  const ops: Op[] = ['get', 'create', 'update', 'delete']
  const cases = ops.flatMap((op) =>
    ROLES.flatMap((role) =>
      scopes.map((scope) => ({ op, role, scope, expected: resolve(rules[op][role], scope) })),
    ),
  )
  it.each(cases)('$op by $role in $scope network → $expected', async (c) => {
    await checkWrite(resource, c.op, sessions[c.role], c.scope, c.expected)
  })
})

describe('rules read on every request', () => {
  it('applies a changed role at once', async () => {
    const admin = await loginAs('admin')
    const demoted = await loginAs('admin')
    const body = { name: unique('Netwerk'), area: 'Oost', postcodes: [] }
    expect((await api('/networks', { cookie: demoted.cookie, body })).status).toBe(201)
    await api(`/users/${demoted.user.id}`, {
      cookie: admin.cookie,
      method: 'PUT',
      body: { role: 'reviewer' },
    })
    const again = { ...body, name: unique('Netwerk') }
    expect((await api('/networks', { cookie: demoted.cookie, body: again })).status).toBe(403)
  })

  it('applies a removed seat at once', async () => {
    const network = await createNetwork()
    const coordinator = await loginAs('coordinator', [network])
    const plan = await createPlan(network)
    expect((await api(`/plans/${plan}`, { cookie: coordinator.cookie })).status).toBe(200)
    await env.DB.prepare('DELETE FROM members WHERE user_id = ?').bind(coordinator.user.id).run()
    expect((await api(`/plans/${plan}`, { cookie: coordinator.cookie })).status).toBe(404)
  })
})

describe('a coordinator cannot reach another network by naming it', () => {
  let own: number
  let other: number
  let coordinator: Session
  beforeAll(async () => {
    ;[own, other] = [await createNetwork(), await createNetwork()]
    coordinator = await loginAs('coordinator', [own])
  })
  const send = (method: string, path: string, body?: unknown) =>
    api(path, { cookie: coordinator.cookie, method, body })

  it('keeps a plan in its network when an update names another', async () => {
    const plan = await createPlan(own)
    const res = await send('PUT', `/plans/${plan}`, { networkId: other, title: 'Verhuisd?' })
    expect(res.status).toBe(200)
    expect(res.body.networkId).toBe(own)
  })

  it("files a priority under its plan's network, whatever the body says", async () => {
    const plan = await createPlan(own)
    const res = await send('POST', '/priorities', { planId: plan, networkId: other, title: 'x' })
    expect(res.status).toBe(201)
    expect(res.body.networkId).toBe(own)
  })

  it('cannot widen a list beyond its networks with a filter', async () => {
    const plan = await createPlan(other)
    const res = await api('/plans', {
      cookie: coordinator.cookie,
      query: { filter: { networkId: [own, other], id: [plan] } },
    })
    expect(res.body).toEqual([])
    expect(res.headers.get('content-range')).toBe('plans */0')
  })

  it('answers 404 alike for a record elsewhere and one that does not exist', async () => {
    const elsewhere = await send('GET', `/plans/${await createPlan(other)}`)
    const missing = await send('GET', '/plans/2000000000')
    expect(elsewhere.status).toBe(404)
    expect(elsewhere.body).toEqual(missing.body)
  })
})
