/**
 * Loads the demo data into the LOCAL D1 database (never a remote one), once: when the demo admin
 * already exists it does nothing. Usage: `tsx scripts/seed.ts [--persist-to DIR]`.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { today } from '../worker/lib/clock'
import { hashPassword } from '../worker/lib/password'
import { hashToken, randomToken } from '../worker/lib/tokens'
import { DEMO_PASSWORD, type Rows, demoApplications, demoRows } from './demo-data'

const args = process.argv.slice(2)
if (args.some((a) => a.startsWith('--remote'))) {
  throw new Error('Demo data is only ever loaded into the local database.')
}
const persistAt = args.indexOf('--persist-to')
const location = persistAt >= 0 ? ['--persist-to', args[persistAt + 1]] : []

function d1(extra: string[]): string {
  return execFileSync(
    'node_modules/.bin/wrangler',
    ['d1', 'execute', 'DB', '--local', ...location, ...extra],
    {
      encoding: 'utf8',
      env: { ...process.env, CI: 'true' },
    },
  )
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL'
  if (typeof value === 'boolean') return value ? '1' : '0'
  if (typeof value === 'number') return String(value)
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return `'${text.replaceAll("'", "''")}'`
}

const camelToSnake = (key: string) => key.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`)

function toSql(rows: Rows): string {
  const statements: string[] = []
  for (const [table, list] of Object.entries(rows)) {
    for (const row of list) {
      const columns = Object.keys(row).map(camelToSnake).join(', ')
      const values = Object.values(row).map(literal).join(', ')
      statements.push(`INSERT INTO ${table} (${columns}) VALUES (${values});`)
    }
  }
  return statements.join('\n')
}

const check = JSON.parse(
  d1(['--json', '--command', "SELECT count(*) AS n FROM users WHERE email = 'admin@example.org'"]),
) as { results: { n: number }[] }[]
if (check[0].results[0].n > 0) {
  console.log('Demo data is already loaded.')
} else {
  const tokens = demoApplications().map(() => randomToken())
  const tokenHashes = await Promise.all(tokens.map(hashToken))
  const sql = toSql(demoRows(await hashPassword(DEMO_PASSWORD), tokenHashes, today()))
  const dir = mkdtempSync(join(tmpdir(), 'buurtkracht-seed-'))
  const file = join(dir, 'demo.sql')
  writeFileSync(file, sql)
  try {
    d1(['--file', file])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  console.log(`Demo data loaded. Log in with any demo account and password "${DEMO_PASSWORD}".`)
  // A local demo only: these links are how an applicant would follow each demo application.
  console.log('Private links of the demo applications (local demo data only):')
  for (const [i, a] of demoApplications().entries()) {
    console.log(`  ${a.status.padEnd(14)} ${a.title}: http://localhost:8787/aanvraag/${tokens[i]}`)
  }
}
