/**
 * Rendered pages kept in the isolate's memory for a short time, for public pages that are the
 * same for every reader. An isolate serves many requests one after another, so a page that costs
 * a D1 query and a render is then made once per isolate per `ttlMs` instead of once per request.
 *
 * Only finished strings are kept, never a promise: a promise made in one request and awaited in
 * another is tied to the first one's I/O, which workerd cancels when that request ends. A miss
 * that several requests meet at once is therefore made by each of them; the last one wins.
 */
export interface PageCache {
  /** The page kept under `key` if younger than the cache time; otherwise `make`s and keeps it. */
  get(key: string, make: () => Promise<string>): Promise<string>
}

interface Kept {
  html: string
  until: number
}

/** A page cache that keeps each page for `ttlMs`; `now` is the clock in milliseconds. */
export function pageCache(ttlMs: number, now: () => number = () => Date.now()): PageCache {
  const kept = new Map<string, Kept>()
  return {
    async get(key, make) {
      const started = now()
      const hit = kept.get(key)
      if (hit && hit.until > started) return hit.html
      const html = await make()
      // Keys carry the day, so yesterday's pages are dropped here rather than kept for good.
      for (const [old, { until }] of kept) if (until <= started) kept.delete(old)
      kept.set(key, { html, until: started + ttlMs })
      return html
    },
  }
}
