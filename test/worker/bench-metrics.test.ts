import { env } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import app from '../../worker/app'
import { BENCH_LOG_PREFIX, type D1Usage } from '../../worker/lib/bench-usage'
import { api, createNetwork, listQuery, loginAs } from './helpers'

/** The worker as `npm run bench` runs it: BENCH_METRICS on. */
function benchFetch(path: string, cookie: string) {
  const request = new Request(`http://localhost/api${path}`, { headers: { cookie } })
  return app.fetch(request, { ...env, BENCH_METRICS: '1' })
}

/** The Server-Timing metrics as name → desc (or dur for `d1`). */
function timings(header: string | null): Record<string, number> {
  return Object.fromEntries(
    (header ?? '').split(', ').map((metric) => {
      const [name, value] = metric.split(';')
      return [name, Number(value.split('=')[1])]
    }),
  )
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('bench metrics', () => {
  it('are off unless BENCH_METRICS is "1", as wrangler.toml leaves them', async () => {
    const { cookie } = await loginAs('admin')
    const res = await api('/networks', { cookie })
    expect(res.status).toBe(200)
    expect(res.headers.get('server-timing')).toBeNull()
  })

  it('count round trips and rows read of each statement', async () => {
    const { cookie } = await loginAs('admin')
    const logged: string[] = []
    vi.spyOn(console, 'log').mockImplementation((line: string) => logged.push(line))

    const res = await benchFetch('/auth/me', cookie)

    expect(res.status).toBe(200)
    await res.text()
    // The session look-up is the one query.
    const metrics = timings(res.headers.get('server-timing'))
    expect(metrics['d1-round-trips']).toBe(1)
    expect(metrics['d1-rows-read']).toBeGreaterThan(0)
    expect(metrics['d1-rows-written']).toBe(0)
    const line = logged.find((l) => l.startsWith(BENCH_LOG_PREFIX))
    const usage = JSON.parse(line!.slice(BENCH_LOG_PREFIX.length)) as D1Usage & { path: string }
    expect(usage).toMatchObject({ path: '/api/auth/me', roundTrips: 1 })
    expect(usage.rowsRead).toBe(metrics['d1-rows-read'])
    expect(usage.statements).toEqual([
      {
        sql: expect.stringMatching(/FROM sessions/),
        params: expect.any(Array),
        rowsRead: usage.rowsRead,
      },
    ])
  })

  it('answer a list exactly as the worker answers it without them', async () => {
    await createNetwork()
    await createNetwork()
    const { cookie } = await loginAs('admin')
    const query = listQuery({ sort: ['name', 'ASC'], range: [0, 9] })
    const plain = await api(`/networks${query}`, { cookie })

    const res = await benchFetch(`/networks${query}`, cookie)

    expect(res.status).toBe(200)
    expect(await res.json()).toEqual(plain.body)
    expect(res.headers.get('content-range')).toBe(plain.headers.get('content-range'))
    expect(timings(res.headers.get('server-timing'))['d1-rows-read']).toBeGreaterThan(0)
  })

  it('count an error answer too', async () => {
    const { cookie } = await loginAs('reviewer')
    const res = await benchFetch('/payouts', cookie)
    expect(res.status).toBe(403)
    expect(timings(res.headers.get('server-timing'))['d1-round-trips']).toBe(1)
  })
})
