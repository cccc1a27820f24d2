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

let admin: Session

beforeAll(async () => {
  admin = await loginAs('admin')
})

interface Entry {
  id: number
  at: string
  actor_type: string
  actor_id: number | null
  action: string
  entity: string
  entity_id: number | null
  network_id: number | null
  changes: Record<string, unknown> | null
}

/** Every stored audit entry about one record, oldest first. */
async function entriesFor(entity: string, entityId: number): Promise<Entry[]> {
  const { results } = await env.DB.prepare(
    'SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id',
  )
    .bind(entity, entityId)
    .all<Omit<Entry, 'changes'> & { changes: string | null }>()
  return results.map((e) => ({ ...e, changes: e.changes ? JSON.parse(e.changes) : null }))
}

const auditCount = () => env.DB.prepare('SELECT count(*) AS n FROM audit_log').first<number>('n')

const send = (method: string, path: string, body?: unknown, session = admin) =>
  api(path, { cookie: session.cookie, method, body })

interface Lifecycle {
  /** The body to create the record with, in a fresh network. */
  create(network: number): Promise<Record<string, unknown>>
  /** One field to change, with its new value. */
  update: [string, string | number]
  /** The network the entries are filed under. */
  networkOf(network: number, id: number): number | null
}

const lifecycles: Record<string, Lifecycle> = {
  users: {
    create: async () => ({
      email: `${unique('audit')}@example.org`,
      name: 'Voor',
      role: 'reviewer',
      password: 'lang-genoeg-wachtwoord',
    }),
    update: ['name', 'Na'],
    networkOf: () => null,
  },
  networks: {
    create: async () => ({ name: unique('Netwerk'), area: 'Voor', postcodes: ['3811'] }),
    update: ['area', 'Na'],
    networkOf: (_, id) => id,
  },
  members: {
    create: async (network) => ({
      networkId: network,
      userId: (await createUser('reviewer')).id,
      kind: 'resident',
    }),
    update: ['kind', 'professional'],
    networkOf: (network) => network,
  },
  plans: {
    create: async (network) => ({
      networkId: network,
      year: 2026,
      title: 'Voor',
      budgetCents: 100_000,
      opensOn: '2026-01-01',
      closesOn: '2026-12-31',
    }),
    update: ['title', 'Na'],
    networkOf: (network) => network,
  },
  priorities: {
    create: async (network) => ({ planId: await createPlan(network), title: 'Voor' }),
    update: ['title', 'Na'],
    networkOf: (network) => network,
  },
  criteria: {
    create: async (network) => ({ planId: await createPlan(network), title: 'Voor', weight: 10 }),
    update: ['weight', 20],
    networkOf: (network) => network,
  },
}

describe.each(Object.entries(lifecycles))('%s', (resource, life) => {
  it('writes exactly one entry for each create, update and delete', async () => {
    const network = await createNetwork()
    const body = await life.create(network)
    const created = await send('POST', `/${resource}`, body)
    expect(created.status).toBe(201)
    const id: number = created.body.id
    const [field, value] = life.update
    const expected = {
      actor_type: 'user',
      actor_id: admin.user.id,
      entity: resource,
      entity_id: id,
      network_id: life.networkOf(network, id),
    }

    const afterCreate = await entriesFor(resource, id)
    expect(afterCreate).toHaveLength(1)
    expect(afterCreate[0]).toMatchObject({ ...expected, action: 'create' })
    expect(Date.now() - Date.parse(afterCreate[0].at)).toBeLessThan(60_000)
    for (const [k, v] of Object.entries(body)) {
      if (k !== 'password') expect(afterCreate[0].changes?.[k]).toEqual(v)
    }

    const before = created.body[field]
    expect((await send('PUT', `/${resource}/${id}`, { [field]: value })).status).toBe(200)
    const afterUpdate = await entriesFor(resource, id)
    expect(afterUpdate).toHaveLength(2)
    expect(afterUpdate[1]).toMatchObject({ ...expected, action: 'update' })
    expect(afterUpdate[1].changes).toEqual({ [field]: [before, value] })

    expect((await send('DELETE', `/${resource}/${id}`)).status).toBe(200)
    const afterDelete = await entriesFor(resource, id)
    expect(afterDelete).toHaveLength(3)
    expect(afterDelete[2]).toMatchObject({ ...expected, action: 'delete' })
    expect(afterDelete[2].changes?.[field]).toEqual(value)
  })
})

describe('what an entry records', () => {
  it('lists only the fields that changed, as [old, new]', async () => {
    const plan = await createPlan(await createNetwork(), { title: 'Oud', year: 2026 })
    const res = await send('PUT', `/plans/${plan}`, {
      title: 'Nieuw',
      year: 2026,
      budgetCents: 42,
    })
    expect(res.status).toBe(200)
    const [entry] = await entriesFor('plans', plan)
    expect(entry.changes).toEqual({ title: ['Oud', 'Nieuw'], budgetCents: [10_000_000, 42] })
  })

  it('writes nothing for an update that changes nothing', async () => {
    const plan = await createPlan(await createNetwork(), { title: 'Zelfde' })
    expect((await send('PUT', `/plans/${plan}`, { title: 'Zelfde' })).status).toBe(200)
    expect(await entriesFor('plans', plan)).toEqual([])
  })

  it('never shows a password or its hash, only that it changed', async () => {
    const password = 'geheim-wachtwoord-123'
    const created = await send('POST', '/users', {
      email: `${unique('wachtwoord')}@example.org`,
      name: 'Wachtwoord',
      role: 'finance',
      password,
    })
    const id: number = created.body.id
    const newPassword = 'nog-geheimer-wachtwoord'
    await send('PUT', `/users/${id}`, { password: newPassword })
    const entries = await entriesFor('users', id)
    expect(entries.map((e) => e.action)).toEqual(['create', 'update'])
    expect(entries[0].changes).toHaveProperty('passwordHash')
    expect(entries[1].changes).toEqual({ passwordHash: '***' })
    const { password_hash: hash } = (await env.DB.prepare(
      'SELECT password_hash FROM users WHERE id = ?',
    )
      .bind(id)
      .first<{ password_hash: string }>())!
    const stored = JSON.stringify(entries)
    for (const secret of [password, newPassword, hash, hash.split('$')[3], 'pbkdf2']) {
      expect(stored).not.toContain(secret)
    }
    const viaApi = await api('/audit-log', {
      cookie: admin.cookie,
      query: { filter: { entity: 'users', entityId: id } },
    })
    expect(JSON.stringify(viaApi.body)).not.toContain('pbkdf2')
  })

  it('shows the entry through the API with parsed changes and the actor’s name', async () => {
    const plan = await createPlan(await createNetwork(), { title: 'Oud' })
    await send('PUT', `/plans/${plan}`, { title: 'Nieuw' })
    const res = await api('/audit-log', {
      cookie: admin.cookie,
      query: { filter: { entity: 'plans', entityId: plan } },
    })
    expect(res.body).toEqual([
      expect.objectContaining({
        actorType: 'user',
        actorId: admin.user.id,
        actorName: admin.user.name,
        action: 'update',
        entity: 'plans',
        entityId: plan,
        changes: { title: ['Oud', 'Nieuw'] },
      }),
    ])
  })

  it('records a login under the user, outside any network', async () => {
    const session = await loginAs('reviewer')
    const [entry] = await entriesFor('users', session.user.id)
    expect(entry).toMatchObject({
      action: 'login',
      actor_type: 'user',
      actor_id: session.user.id,
      network_id: null,
    })
  })
})

describe('a refused write writes no entry', () => {
  type Attempt = () => ReturnType<typeof send>
  const cases: [string, () => Promise<Attempt>][] = [
    [
      'a role that may not write',
      async () => {
        const finance = await loginAs('finance')
        return () =>
          send('POST', '/networks', { name: unique(), area: 'x', postcodes: [] }, finance)
      },
    ],
    ['bad input', async () => () => send('POST', '/plans', { title: '' })],
    [
      "a record outside the caller's networks",
      async () => {
        const [coordinator, plan] = [
          await loginAs('coordinator'),
          await createPlan(await createNetwork()),
        ]
        return () => send('PUT', `/plans/${plan}`, { title: 'x' }, coordinator)
      },
    ],
    [
      'a stale version',
      async () => {
        const plan = await createPlan(await createNetwork())
        return () =>
          send('PUT', `/plans/${plan}`, { title: 'x', updatedAt: '2000-01-01T00:00:00.000Z' })
      },
    ],
    [
      'a published plan',
      async () => {
        const plan = await createPlan(await createNetwork(), { status: 'open' })
        return () => send('DELETE', `/plans/${plan}`)
      },
    ],
    [
      'a database constraint (a network with members)',
      async () => {
        const network = await createNetwork()
        await addSeat(network, (await createUser('reviewer')).id)
        return () => send('DELETE', `/networks/${network}`)
      },
    ],
  ]

  it.each(cases)('%s', async (_, prepare) => {
    const attempt = await prepare()
    const before = await auditCount()
    const res = await attempt()
    expect([400, 403, 404, 409]).toContain(res.status)
    expect(await auditCount()).toBe(before)
  })
})

describe('the log is append-only', () => {
  let entry: Entry
  beforeAll(async () => {
    const plan = await createPlan(await createNetwork(), { title: 'Oud' })
    await send('PUT', `/plans/${plan}`, { title: 'Nieuw' })
    ;[entry] = await entriesFor('plans', plan)
  })
  const run = (query: string, ...values: unknown[]) =>
    env.DB.prepare(query)
      .bind(...values)
      .run()

  it('refuses deleting an entry in D1 itself', async () => {
    await expect(run('DELETE FROM audit_log WHERE id = ?', entry.id)).rejects.toThrow(/append-only/)
    await expect(run('DELETE FROM audit_log')).rejects.toThrow(/append-only/)
    expect(await entriesFor('plans', Number(entry.entity_id))).toHaveLength(1)
  })

  it.each([
    ['actor_id', 999],
    ['actor_type', 'system'],
    ['action', 'create'],
    ['entity', 'networks'],
    ['entity_id', 1],
    ['network_id', 1],
    ['at', '2000-01-01T00:00:00.000Z'],
  ])('refuses changing %s in D1 itself', async (column, value) => {
    await expect(
      run(`UPDATE audit_log SET ${column} = ? WHERE id = ?`, value, entry.id),
    ).rejects.toThrow(/append-only/)
    const [stored] = await entriesFor('plans', Number(entry.entity_id))
    expect(stored).toEqual(entry)
  })

  it('lets retention blank the changes, which may hold personal data', async () => {
    const plan = await createPlan(await createNetwork(), { title: 'Persoonlijk' })
    await send('PUT', `/plans/${plan}`, { title: 'Anoniem' })
    const [own] = await entriesFor('plans', plan)
    await run('UPDATE audit_log SET changes = NULL WHERE id = ?', own.id)
    expect((await entriesFor('plans', plan))[0]).toEqual({ ...own, changes: null })
  })

  it.each([
    ['POST', '/audit-log', { action: 'create', entity: 'plans' }],
    ['PUT', '/audit-log/ID', { actorId: 1 }],
    ['DELETE', '/audit-log/ID', undefined],
  ])('refuses %s %s through the API with 403, also for admins', async (method, path, body) => {
    const res = await send(method, path.replace('ID', String(entry.id)), body)
    expect(res.status).toBe(403)
    const [stored] = await entriesFor('plans', Number(entry.entity_id))
    expect(stored).toEqual(entry)
  })
})

describe('who sees which entries', () => {
  let own: number
  let other: number
  let ownEntry: number
  let otherEntry: number
  let payoutEntry: number
  let batchEntry: number

  /** An entry inserted directly, for entities whose routes come later (payouts). */
  async function insertEntry(entity: string, networkId: number) {
    const row = await env.DB.prepare(
      `INSERT INTO audit_log (actor_type, actor_id, action, entity, entity_id, network_id)
        VALUES ('system', NULL, 'create', ?, 1, ?) RETURNING id`,
    )
      .bind(entity, networkId)
      .first<{ id: number }>()
    return row!.id
  }

  async function planEntry(networkId: number) {
    const plan = await createPlan(networkId, { title: 'Oud' })
    await send('PUT', `/plans/${plan}`, { title: 'Nieuw' })
    return (await entriesFor('plans', plan))[0].id
  }

  beforeAll(async () => {
    ;[own, other] = [await createNetwork(), await createNetwork()]
    ownEntry = await planEntry(own)
    otherEntry = await planEntry(other)
    payoutEntry = await insertEntry('payouts', other)
    batchEntry = await insertEntry('payout-batches', own)
  })

  const list = (session: Session, filter: Record<string, unknown> = {}) =>
    api('/audit-log', { cookie: session.cookie, query: { filter, range: [0, 499] } })
  const ids = (res: { body: { id: number }[] }) => res.body.map((e) => e.id)

  it('shows admins every entry', async () => {
    const res = await list(admin, { id: [ownEntry, otherEntry, payoutEntry, batchEntry] })
    expect(ids(res).sort()).toEqual([ownEntry, otherEntry, payoutEntry, batchEntry].sort())
  })

  it("shows coordinators only their own networks' entries", async () => {
    const coordinator = await loginAs('coordinator', [own])
    const all = await list(coordinator)
    expect(ids(all)).toContain(ownEntry)
    expect(ids(all)).not.toContain(otherEntry)
    for (const entry of all.body) expect(entry.networkId).toBe(own)
    const get = (id: number) => api(`/audit-log/${id}`, { cookie: coordinator.cookie })
    expect((await get(ownEntry)).status).toBe(200)
    expect((await get(otherEntry)).status).toBe(404)
    expect((await get(payoutEntry)).status).toBe(404)
  })

  it("shows a network's whole history to its coordinators, from its creation on", async () => {
    const created = await send('POST', '/networks', { name: unique(), area: 'x', postcodes: [] })
    const coordinator = await loginAs('coordinator', [created.body.id])
    const res = await list(coordinator, { entity: 'networks', entityId: created.body.id })
    expect(res.body.map((e: { action: string }) => e.action)).toEqual(['create'])
  })

  it('shows finance only payout history, in every network', async () => {
    const finance = await loginAs('finance', [own])
    const all = await list(finance)
    expect(ids(all)).toEqual(expect.arrayContaining([payoutEntry, batchEntry]))
    for (const entry of all.body) {
      expect(['payouts', 'payout-batches', 'bank-changes']).toContain(entry.entity)
    }
    const get = (id: number) => api(`/audit-log/${id}`, { cookie: finance.cookie })
    expect((await get(payoutEntry)).status).toBe(200)
    expect((await get(ownEntry)).status).toBe(404)
  })

  it('refuses reviewers with 403', async () => {
    const reviewer = await loginAs('reviewer', [own])
    expect((await list(reviewer)).status).toBe(403)
    expect((await api(`/audit-log/${ownEntry}`, { cookie: reviewer.cookie })).status).toBe(403)
  })
})
