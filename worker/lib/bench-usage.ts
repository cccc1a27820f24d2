/**
 * What the bench metrics report (worker/lib/bench-metrics.ts) and `npm run bench` reads: plain
 * types and the log prefix, free of the Workers runtime, so the Node-side scripts share them.
 */

/** One statement as D1 ran it, with the rows it read. */
export interface MeteredStatement {
  sql: string
  params: unknown[]
  rowsRead: number
}

/** What D1 reported for the queries of one request. */
export interface D1Usage {
  roundTrips: number
  rowsRead: number
  rowsWritten: number
  /** SQL time inside D1, as its result meta reports it. */
  durationMs: number
  statements: MeteredStatement[]
}

/** The prefix of the log line with a request's usage, written once its body is complete. */
export const BENCH_LOG_PREFIX = 'bench-metrics '
