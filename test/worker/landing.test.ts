import { env, exports } from 'cloudflare:workers'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { BOOKMARK_COOKIE } from '../../worker/db/session'
import { api, createOpenPlan, loginAs, unique, uniqueIp } from './helpers'

/** How long an isolate keeps the landing page (worker/routes/pages.ts). */
const CACHE_MS = 60_000

async function open(path: string, cookie?: string) {
  const headers = new Headers({ 'cf-connecting-ip': uniqueIp() })
  if (cookie) headers.set('cookie', cookie)
  const res = await exports.default.fetch(new Request(`http://localhost${path}`, { headers }))
  return { status: res.status, headers: res.headers, html: await res.text() }
}

// The worker runs in this isolate, so a fake clock moves its cache time too. The clock only ever
// moves forward, and every test starts past what an earlier one may have left in the cache.
let now = Date.now()
function pass(ms: number) {
  now += ms
  vi.setSystemTime(now)
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  now = Math.max(now, Date.now())
  pass(CACHE_MS)
})

afterEach(() => {
  vi.useRealTimers()
})

describe('landing page cache', () => {
  it('keeps the page for a minute, then shows a plan opened meanwhile', async () => {
    await open('/')
    const title = unique('Jaarplan nieuw')
    await createOpenPlan({ title })

    const kept = await open('/')
    expect(kept.status).toBe(200)
    expect(kept.html).not.toContain(title)
    pass(CACHE_MS - 1)
    expect((await open('/')).html).not.toContain(title)
    pass(1)
    expect((await open('/')).html).toContain(title)
  })

  it('drops a plan closed meanwhile once the minute has passed, per language', async () => {
    const title = unique('Jaarplan sluit')
    const plan = await createOpenPlan({ title })
    expect((await open('/en')).html).toContain(title)
    expect((await open('/')).html).toContain(title)

    await env.DB.prepare("UPDATE plans SET status = 'closed' WHERE id = ?").bind(plan.planId).run()
    expect((await open('/en/')).html).toContain(title)
    pass(CACHE_MS)
    expect((await open('/en')).html).not.toContain(title)
    expect((await open('/')).html).not.toContain(title)
  })

  it('lets shared caches keep the page a minute but browsers ask again, and sets no cookie', async () => {
    const first = await open('/')
    const kept = await open('/', `${BOOKMARK_COOKIE}=not-a-bookmark`)

    for (const page of [first, kept]) {
      expect(page.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60')
      expect(page.headers.get('set-cookie')).toBeNull()
      expect(page.headers.get('content-security-policy')).toContain("default-src 'none'")
      expect(page.headers.get('content-type')).toContain('text/html')
    }
    expect(kept.html).toBe(first.html)
  })

  it('shows whoever wrote their own change at once, and keeps that answer out of every cache', async () => {
    const title = unique('Jaarplan eigen')
    const plan = await createOpenPlan({ title })
    expect((await open('/')).html).toContain(title)
    const coordinator = await loginAs('coordinator', [plan.networkId])

    const closed = await api(`/plans/${plan.planId}`, {
      method: 'PUT',
      cookie: coordinator.cookie,
      headers: { origin: 'http://localhost' },
      body: { status: 'closed' },
    })
    expect(closed.status).toBe(200)
    // Both cookies carry Max-Age, not Expires, so no comma appears inside one.
    const bookmark = (closed.headers.get('set-cookie') ?? '')
      .split(', ')
      .find((cookie) => cookie.startsWith(`${BOOKMARK_COOKIE}=`))
      ?.split(';')[0]
    expect(bookmark).toBeDefined()

    const own = await open('/', `${coordinator.cookie}; ${bookmark}`)
    expect(own.html).not.toContain(title)
    expect(own.headers.get('cache-control')).toBe('no-store')
    // Anyone else still gets the page kept before the change, for the rest of the minute.
    expect((await open('/')).html).toContain(title)
  })
})
