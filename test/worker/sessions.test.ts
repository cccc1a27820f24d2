import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import app from '../../worker/app'
import { createDb, runBatch } from '../../worker/db/client'
import { networks } from '../../worker/db/schema'
import { BOOKMARK_COOKIE } from '../../worker/db/session'
import {
  createNetwork,
  createOpenPlan,
  eligibleApplication,
  loginAs,
  unique,
  uniqueIp,
} from './helpers'

/** What a request did with D1: where its session started, and the answer. */
interface Traced {
  starts: string[]
  status: number
  body: any // shapes differ per route; each test asserts the shape it expects
  /** The bookmark cookie the answer set, if any. */
  bookmark: string | undefined
  setCookie: string
}

/**
 * Calls the real worker with a D1 binding that records where each session starts; locally every
 * session runs on the one database, so where it starts is what a replicated database would see.
 */
async function traced(
  path: string,
  options: { method?: string; cookies?: string[]; body?: unknown } = {},
): Promise<Traced> {
  const starts: string[] = []
  const DB = new Proxy(env.DB, {
    get(target, key) {
      if (key === 'withSession') {
        return (start: string) => {
          starts.push(start)
          return target.withSession(start)
        }
      }
      const value: unknown = Reflect.get(target, key)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
  const headers = new Headers({ 'cf-connecting-ip': uniqueIp() })
  if (options.cookies?.length) headers.set('cookie', options.cookies.join('; '))
  if (options.body !== undefined) headers.set('content-type', 'application/json')
  const request = new Request(`http://localhost${path}`, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const res = await app.fetch(request, { ...env, DB })
  const text = await res.text()
  const body = res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text
  // Both cookies carry Max-Age, not Expires, so no comma appears inside one.
  const setCookie =
    (res.headers.get('set-cookie') ?? '')
      .split(', ')
      .find((cookie) => cookie.startsWith(`${BOOKMARK_COOKIE}=`)) ?? ''
  const bookmark = setCookie ? setCookie.split(';')[0].slice(BOOKMARK_COOKIE.length + 1) : undefined
  return { starts, status: res.status, body, bookmark, setCookie }
}

const bookmarkCookie = (bookmark: string) => `${BOOKMARK_COOKIE}=${bookmark}`

describe('D1 sessions', () => {
  it('start a staff list and record anywhere, and give a reader without a bookmark none', async () => {
    const network = await createNetwork()
    const { cookie } = await loginAs('admin')

    const list = await traced('/api/networks', { cookies: [cookie] })
    const record = await traced(`/api/networks/${network}`, { cookies: [cookie] })

    expect(list).toMatchObject({
      status: 200,
      starts: ['first-unconstrained'],
      bookmark: undefined,
    })
    expect(record).toMatchObject({ status: 200, starts: ['first-unconstrained'] })
    expect(record.bookmark).toBeUndefined()
  })

  it('start every write on the primary and answer with its bookmark in an HttpOnly cookie', async () => {
    const { cookie } = await loginAs('admin')

    const created = await traced('/api/networks', {
      cookies: [cookie],
      body: { name: unique('Netwerk'), area: 'Een wijk', postcodes: ['3811'] },
    })

    expect(created.status).toBe(201)
    expect(created.starts).toEqual(['first-primary'])
    expect(created.bookmark).toMatch(/^[0-9a-f-]+$/)
    expect(created.setCookie).toContain('HttpOnly')
    expect(created.setCookie).toContain('SameSite=Lax')
    expect(created.setCookie).toContain('Path=/')
  })

  it("read a user's own write back: the next read starts from the write's bookmark", async () => {
    const { cookie } = await loginAs('admin')
    const name = unique('Netwerk')
    const created = await traced('/api/networks', {
      cookies: [cookie],
      body: { name, area: 'Een wijk', postcodes: ['3811'] },
    })

    const read = await traced(`/api/networks/${created.body.id}`, {
      cookies: [cookie, bookmarkCookie(created.bookmark!)],
    })
    const listed = await traced(
      `/api/networks?filter=${encodeURIComponent(`{"name":"${name}"}`)}`,
      {
        cookies: [cookie, bookmarkCookie(created.bookmark!)],
      },
    )

    expect(read.starts).toEqual([created.bookmark])
    expect(read.body).toMatchObject({ id: created.body.id, name })
    expect(listed.starts).toEqual([created.bookmark])
    expect(listed.body).toEqual([expect.objectContaining({ id: created.body.id })])
  })

  it('carry a later bookmark forward to a reader who holds one', async () => {
    const { cookie } = await loginAs('admin')
    const first = await traced('/api/networks', {
      cookies: [cookie],
      body: { name: unique('Netwerk'), area: 'Een wijk', postcodes: ['3811'] },
    })
    const second = await traced('/api/networks', {
      cookies: [cookie],
      body: { name: unique('Netwerk'), area: 'Een wijk', postcodes: ['3811'] },
    })

    const read = await traced('/api/networks', {
      cookies: [cookie, bookmarkCookie(first.bookmark!)],
    })

    expect(second.bookmark).not.toBe(first.bookmark)
    expect(read.starts).toEqual([first.bookmark])
    expect(read.bookmark).toBeDefined()
    expect(read.bookmark).not.toBe(first.bookmark)
  })

  it('keep reads that feed a write or must be exact on the primary', async () => {
    const finance = await loginAs('finance')

    const me = await traced('/api/auth/me', { cookies: [finance.cookie] })
    const sepa = await traced('/api/payout-batches/999999/sepa.xml', { cookies: [finance.cookie] })
    const iban = await traced('/api/applications/999999/iban', { cookies: [finance.cookie] })

    expect(me).toMatchObject({ status: 200, starts: ['first-primary'] })
    expect(sepa).toMatchObject({ status: 404, starts: ['first-primary'], bookmark: undefined })
    expect(iban).toMatchObject({ status: 404, starts: ['first-primary'], bookmark: undefined })
  })

  it('ignore a bookmark cookie that D1 did not write', async () => {
    const { cookie } = await loginAs('admin')

    const read = await traced('/api/networks', {
      cookies: [cookie, bookmarkCookie('not-a-bookmark; DROP')],
    })

    expect(read).toMatchObject({ status: 200, starts: ['first-unconstrained'] })
  })

  it('serve the public pages anywhere without a cookie, and an application on the primary', async () => {
    const plan = await createOpenPlan()

    const landing = await traced('/')
    const register = await traced('/en/register')
    const plans = await traced('/api/public/plans')
    const applied = await traced('/api/public/applications', { body: eligibleApplication(plan) })
    const status = await traced(`/api/public/applications/${applied.body.token}`, {
      cookies: [bookmarkCookie(applied.bookmark!)],
    })

    for (const read of [landing, register, plans]) {
      expect(read).toMatchObject({ status: 200, starts: ['first-unconstrained'] })
      expect(read.setCookie).toBe('')
    }
    expect(applied).toMatchObject({ status: 201, starts: ['first-primary'] })
    expect(applied.bookmark).toBeDefined()
    expect(status).toMatchObject({ status: 200, starts: ['first-primary'] })
    expect(status.body.title).toBe(applied.body.application.title)
  })

  it('keep a batch atomic: one failing statement undoes the others', async () => {
    const db = createDb(env.DB.withSession('first-primary'))
    const name = unique('Netwerk')
    const row = { name, area: 'Een wijk', postcodes: ['3811'] }

    const batch = runBatch(db, [
      db.insert(networks).values(row),
      db.insert(networks).values({ ...row, memberCount: -1 }),
    ])

    await expect(batch).rejects.toThrow()
    const stored = await env.DB.prepare('SELECT count(*) AS n FROM networks WHERE name = ?')
      .bind(name)
      .first<{ n: number }>()
    expect(stored?.n).toBe(0)
  })
})
