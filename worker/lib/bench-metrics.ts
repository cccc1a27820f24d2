import { createMiddleware } from 'hono/factory'
import { BENCH_LOG_PREFIX, type D1Usage } from './bench-usage'
import type { AppEnv } from './context'

interface D1Answer {
  meta?: { rows_read?: number; rows_written?: number; duration?: number }
}

interface D1Query {
  sql: string
  params?: unknown[]
}

/** workerd's D1 binding: a class around the fetcher that carries every query to the database. */
interface D1Binding {
  fetcher?: Fetcher
  constructor: new (fetcher: Pick<Fetcher, 'fetch'>) => D1Database
}

/**
 * A D1 binding that adds up what every round trip reports. Only `all()`, `run()` and `batch()`
 * hand their result meta to the caller, and drizzle reads with `raw()`, which drops it: so the
 * count happens one level down, on the fetcher the binding sends each query through.
 */
function meteredD1(d1: D1Database, usage: D1Usage): D1Database {
  const binding = d1 as unknown as D1Binding
  const inner = binding.fetcher
  if (!inner) throw new Error('BENCH_METRICS needs the D1 binding of workerd')
  const fetcher = {
    async fetch(input: RequestInfo | URL, init?: RequestInit) {
      const response = await inner.fetch(input, init)
      const sent = typeof init?.body === 'string' ? [JSON.parse(init.body) as D1Query].flat() : []
      const answers = [await response.clone().json<D1Answer | D1Answer[]>()].flat()
      usage.roundTrips += 1
      answers.forEach((answer, i) => {
        const rowsRead = answer.meta?.rows_read ?? 0
        usage.rowsRead += rowsRead
        usage.rowsWritten += answer.meta?.rows_written ?? 0
        usage.durationMs += answer.meta?.duration ?? 0
        const query = sent[i]
        if (query) usage.statements.push({ sql: query.sql, params: query.params ?? [], rowsRead })
      })
      return response
    },
  }
  return new binding.constructor(fetcher)
}

function serverTiming(usage: D1Usage): string {
  return [
    `d1;dur=${usage.durationMs}`,
    `d1-round-trips;desc=${usage.roundTrips}`,
    `d1-rows-read;desc=${usage.rowsRead}`,
    `d1-rows-written;desc=${usage.rowsWritten}`,
  ].join(', ')
}

/** On only where `npm run bench` sets BENCH_METRICS to "1"; wrangler.toml keeps it "0". */
const isOn = (env: { BENCH_METRICS?: string }) => env.BENCH_METRICS === '1'

/**
 * For `npm run bench`: counts D1 round trips and rows read per request. The `Server-Timing`
 * header carries what was counted when the response started; a streamed body reads on, so the
 * complete count, with each statement and its parameters, is logged once the body has been sent.
 * The log holds query parameters, personal data among them: never switch this on in production.
 */
export const benchMetrics = createMiddleware<AppEnv>(async function benchMetrics(c, next) {
  if (!isOn(c.env)) return next()
  const usage: D1Usage = {
    roundTrips: 0,
    rowsRead: 0,
    rowsWritten: 0,
    durationMs: 0,
    statements: [],
  }
  c.env = { ...c.env, DB: meteredD1(c.env.DB, usage) }
  await next()
  c.header('Server-Timing', serverTiming(usage))
  const { method, path } = c.req
  const log = () =>
    console.log(BENCH_LOG_PREFIX + JSON.stringify({ method, path, status: c.res.status, ...usage }))
  const body = c.res.body
  if (!body) return log()
  c.res = new Response(body.pipeThrough(new TransformStream({ flush: log })), c.res)
})
