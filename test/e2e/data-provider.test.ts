import simpleRestProvider from 'ra-data-simple-rest'
import { type DataProvider, fetchUtils } from 'react-admin'
import { beforeAll, describe, expect, inject, it } from 'vitest'

/**
 * react-admin's own ra-data-simple-rest provider against the running worker: every admin resource
 * can be listed (sort, range, filter, getMany, getManyReference), read, created, updated and
 * deleted, and totals come from Content-Range.
 */
const baseUrl = inject('baseUrl')
const unique = (prefix: string) => `${prefix} ${crypto.randomUUID().slice(0, 8)}`

let provider: DataProvider

beforeAll(async () => {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@example.org', password: 'buurtkracht-demo' }),
  })
  expect(login.status).toBe(200)
  const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? ''
  provider = simpleRestProvider(`${baseUrl}/api`, (url, options = {}) => {
    const headers = new Headers(options.headers ?? { Accept: 'application/json' })
    headers.set('Cookie', cookie)
    return fetchUtils.fetchJson(url, { ...options, headers })
  })
})

const page = (perPage = 25, page = 1) => ({ page, perPage })

describe('ra-data-simple-rest against the worker', () => {
  it('creates, reads, lists, updates and deletes networks', async () => {
    const name = unique('Netwerk')
    const { data: created } = await provider.create('networks', {
      data: { name, area: 'Testwijk', postcodes: ['1234'] },
    })
    expect(created).toMatchObject({ name, residentShare: null, mayDecide: false })

    const { data: one } = await provider.getOne('networks', { id: created.id })
    expect(one.name).toBe(name)

    const listed = await provider.getList('networks', {
      pagination: page(1),
      sort: { field: 'name', order: 'ASC' },
      filter: { q: name },
    })
    expect(listed.data.map((n) => n.id)).toEqual([created.id])
    expect(listed.total).toBe(1)

    const { data: updated } = await provider.update('networks', {
      id: created.id,
      data: { ...one, area: 'Andere wijk' },
      previousData: one,
    })
    expect(updated.area).toBe('Andere wijk')

    const { data: many } = await provider.getMany('networks', { ids: [created.id] })
    expect(many.map((n) => n.id)).toEqual([created.id])

    const { data: deleted } = await provider.delete('networks', {
      id: created.id,
      previousData: updated,
    })
    expect(deleted.id).toBe(created.id)
    await expect(provider.getOne('networks', { id: created.id })).rejects.toMatchObject({
      status: 404,
    })
  })

  it('pages through a list with the total from Content-Range', async () => {
    const first = await provider.getList('users', {
      pagination: page(2, 1),
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    })
    const second = await provider.getList('users', {
      pagination: page(2, 2),
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    })
    expect(first.data).toHaveLength(2)
    expect(second.total).toBe(first.total)
    expect(first.total).toBeGreaterThanOrEqual(4)
    expect(second.data[0].id).toBeGreaterThan(first.data[1].id)
    expect(first.data[0]).not.toHaveProperty('passwordHash')
  })

  it('manages users and their seats, found through getManyReference', async () => {
    const { data: user } = await provider.create('users', {
      data: {
        email: `${crypto.randomUUID().slice(0, 8)}@example.org`,
        name: unique('Bewoner'),
        role: 'reviewer',
        password: 'een-lang-wachtwoord',
      },
    })
    const { data: network } = await provider.create('networks', {
      data: { name: unique('Netwerk'), area: 'Wijk', postcodes: [] },
    })
    const { data: seat } = await provider.create('members', {
      data: { networkId: network.id, userId: user.id, kind: 'resident' },
    })
    const seats = await provider.getManyReference('members', {
      target: 'networkId',
      id: network.id,
      pagination: page(),
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    })
    expect(seats.data.map((m) => m.id)).toEqual([seat.id])
    expect(seats.total).toBe(1)

    const { data: professional } = await provider.update('members', {
      id: seat.id,
      data: { ...seat, kind: 'professional' },
      previousData: seat,
    })
    expect(professional.kind).toBe('professional')
    const { data: shared } = await provider.getOne('networks', { id: network.id })
    expect(shared).toMatchObject({ memberCount: 1, residentCount: 0, residentShare: 0 })

    const reviewers = await provider.getList('users', {
      pagination: page(),
      sort: { field: 'name', order: 'ASC' },
      filter: { role: 'reviewer', q: user.name },
    })
    expect(reviewers.data.map((u) => u.id)).toEqual([user.id])

    await provider.delete('members', { id: seat.id, previousData: professional })
    const { data: inactive } = await provider.update('users', {
      id: user.id,
      data: { ...user, active: false },
      previousData: user,
    })
    expect(inactive.active).toBe(false)
    await provider.delete('users', { id: user.id, previousData: inactive })
    await provider.delete('networks', { id: network.id, previousData: shared })
  })

  it('builds a plan with priorities and criteria, and shows the history', async () => {
    const { data: network } = await provider.create('networks', {
      data: { name: unique('Netwerk'), area: 'Wijk', postcodes: [] },
    })
    const { data: plan } = await provider.create('plans', {
      data: {
        networkId: network.id,
        year: 2027,
        title: unique('Jaarplan'),
        budgetCents: 1_000_000,
        opensOn: '2027-01-01',
        closesOn: '2027-12-31',
      },
    })
    const { data: priority } = await provider.create('priorities', {
      data: { planId: plan.id, title: 'Ontmoeting' },
    })
    const { data: criterion } = await provider.create('criteria', {
      data: { planId: plan.id, title: 'Draagvlak', weight: 100, knockout: true },
    })
    for (const [resource, record] of [
      ['priorities', priority],
      ['criteria', criterion],
    ] as const) {
      const children = await provider.getManyReference(resource, {
        target: 'planId',
        id: plan.id,
        pagination: page(),
        sort: { field: 'position', order: 'ASC' },
        filter: {},
      })
      expect(children.data.map((c) => c.id)).toEqual([record.id])
      const { data: renamed } = await provider.update(resource, {
        id: record.id,
        data: { ...record, title: `${record.title} (herzien)` },
        previousData: record,
      })
      expect(renamed.title).toContain('herzien')
    }

    const { data: opened } = await provider.update('plans', {
      id: plan.id,
      data: { ...plan, status: 'open' },
      previousData: plan,
    })
    expect(opened).toMatchObject({ status: 'open', weightTotal: 100, priorityCount: 1 })

    const history = await provider.getList('audit-log', {
      pagination: page(),
      sort: { field: 'at', order: 'DESC' },
      filter: { entity: 'plans', entityId: plan.id },
    })
    expect(history.data.map((e) => e.action)).toEqual(['update', 'create'])
    expect(history.data[0]).toMatchObject({
      actorName: 'Ada de Boer',
      changes: { status: ['draft', 'open'] },
    })
    const { data: entry } = await provider.getOne('audit-log', { id: history.data[0].id })
    expect(entry.entityId).toBe(plan.id)

    // A published plan keeps its rules; the provider surfaces the refusal with its status.
    await expect(
      provider.delete('criteria', { id: criterion.id, previousData: criterion }),
    ).rejects.toMatchObject({ status: 409 })
  })
})
