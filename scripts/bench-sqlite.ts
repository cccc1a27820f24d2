/**
 * The floor under a request: the statements it ran, as the worker logged them with their
 * parameters, run again by the sqlite3 CLI directly on the same database file.
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import type { MeteredStatement } from '../worker/lib/bench-usage'
import { sqlLiteral } from './bench-data'

const RUNS = 25
const WARM_UP = 3

/** Only reads are repeated: a write (a session's last-seen stamp) would change the data. */
const isRead = (sql: string) => /^\s*(select|with)\b/i.test(sql)

function bindings(params: unknown[]): string {
  const values = params.map((value, i) => {
    const literal =
      typeof value === 'string' || typeof value === 'number' ? sqlLiteral(value) : 'NULL'
    return `('?${i + 1}', ${literal})`
  })
  const insert = values.length
    ? `INSERT INTO temp.sqlite_parameters (key, value) VALUES ${values.join(', ')};\n`
    : ''
  return `.timer off\nDELETE FROM temp.sqlite_parameters;\n${insert}`
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/**
 * Milliseconds the reads among `statements` take on SQLite together: per statement the median of
 * RUNS runs after WARM_UP, counted as the CLI's CPU time (user + system: its wall clock shows
 * whole milliseconds only). Null when the CLI cannot run one of them (an older SQLite).
 */
export async function sqliteMs(
  database: string,
  statements: MeteredStatement[],
): Promise<number | null> {
  const reads = statements.filter((s) => isRead(s.sql))
  if (reads.length === 0) return null
  const script = [
    '.output /dev/null',
    '.bail on',
    '.parameter init',
    ...reads.map((s) => {
      const sql = `${s.sql.trim().replace(/;$/, '')};\n`
      return `${bindings(s.params)}${sql.repeat(WARM_UP)}.timer on\n${sql.repeat(RUNS)}`
    }),
  ].join('\n')
  const sqlite = spawn('sqlite3', [database], { stdio: ['pipe', 'pipe', 'ignore'] })
  let stdout = ''
  sqlite.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  sqlite.stdin.end(script)
  const [code] = await once(sqlite, 'exit')
  const times = [...stdout.matchAll(/user ([\d.]+) sys ([\d.]+)/g)].map(
    ([, user, sys]) => (Number(user) + Number(sys)) * 1000,
  )
  if (code !== 0 || times.length !== reads.length * RUNS) return null
  let total = 0
  for (let i = 0; i < reads.length; i++) total += median(times.slice(i * RUNS, (i + 1) * RUNS))
  return total
}
