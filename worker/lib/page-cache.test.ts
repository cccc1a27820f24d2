import { describe, expect, it, vi } from 'vitest'
import { pageCache } from './page-cache'

function clock(start = 1_000_000) {
  let at = start
  return { now: () => at, pass: (ms: number) => (at += ms) }
}

describe('pageCache', () => {
  it('makes a page once and serves it until the cache time has passed', async () => {
    const time = clock()
    const cache = pageCache(60_000, time.now)
    const make = vi.fn(async () => `page ${make.mock.calls.length}`)

    expect(await cache.get('nl', make)).toBe('page 1')
    time.pass(59_999)
    expect(await cache.get('nl', make)).toBe('page 1')
    time.pass(1)
    expect(await cache.get('nl', make)).toBe('page 2')
    expect(make).toHaveBeenCalledTimes(2)
  })

  it('keeps each key apart', async () => {
    const cache = pageCache(60_000, clock().now)

    expect(await cache.get('nl 2026-11-23', async () => 'Dutch')).toBe('Dutch')
    expect(await cache.get('en 2026-11-23', async () => 'English')).toBe('English')
    expect(await cache.get('nl 2026-11-24', async () => 'tomorrow')).toBe('tomorrow')
    expect(await cache.get('nl 2026-11-23', async () => 'again')).toBe('Dutch')
  })

  it('keeps nothing when making the page fails, so the next request tries again', async () => {
    const cache = pageCache(60_000, clock().now)

    await expect(cache.get('nl', () => Promise.reject(new Error('D1 down')))).rejects.toThrow()
    expect(await cache.get('nl', async () => 'recovered')).toBe('recovered')
  })

  it('counts the cache time from when the page was asked for, not when it was made', async () => {
    const time = clock()
    const cache = pageCache(60_000, time.now)

    await cache.get('nl', async () => {
      time.pass(10_000)
      return 'slow'
    })
    time.pass(50_000)
    expect(await cache.get('nl', async () => 'fresh')).toBe('fresh')
  })
})
