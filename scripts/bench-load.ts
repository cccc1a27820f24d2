/**
 * Loads the benchmark's data set into a fresh local D1: wrangler applies the migrations into its
 * own persistence directory, then the sqlite3 CLI writes every row straight into the SQLite file
 * workerd keeps that database in, in one transaction. Rows go in through the tables themselves, so
 * whatever triggers the migrations define (append-only log, search index, counters) keep up.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { once } from 'node:events'
import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { today } from '../worker/lib/clock'
import { hashPassword } from '../worker/lib/password'
import { BenchData, type BenchManifest } from './bench-data'
import { DEMO_PASSWORD } from './demo-data'

const run = promisify(execFile)

/** No metrics, no prompts and no fetch of Cloudflare's request.cf sample: the machine may be offline. */
export const WRANGLER_ENV = {
  ...process.env,
  CI: 'true',
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
}

export const MANIFEST_FILE = 'bench-manifest.json'

/** The version of the sqlite3 CLI, or a clear message on how to install it. */
export async function sqliteCliVersion(): Promise<string> {
  try {
    const { stdout } = await run('sqlite3', ['--version'])
    return stdout.split(' ')[0]
  } catch {
    throw new Error(
      'The benchmark loads its data with the sqlite3 CLI. Install it first, e.g. on Debian or ' +
        'Ubuntu: apt-get install -y --no-install-recommends sqlite3',
    )
  }
}

/** The SQLite file in which the local D1 of a persistence directory keeps the database. */
export function databaseFile(persistDir: string): string {
  const dir = join(persistDir, 'v3', 'd1', 'miniflare-D1DatabaseObject')
  const files = readdirSync(dir).filter((f) => f.endsWith('.sqlite') && f !== 'metadata.sqlite')
  if (files.length !== 1) throw new Error(`expected one database in ${dir}, found ${files.length}`)
  return join(dir, files[0])
}

async function write(child: ChildProcess, text: string): Promise<void> {
  if (!child.stdin!.write(text)) await once(child.stdin!, 'drain')
}

export interface Loaded {
  manifest: BenchManifest
  database: string
  migrateSeconds: number
  loadSeconds: number
}

/** Migrates a fresh local D1 in `persistDir` and loads the data set into it. */
export async function loadBenchData(persistDir: string): Promise<Loaded> {
  const started = performance.now()
  await run(
    'node_modules/.bin/wrangler',
    ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistDir],
    { env: WRANGLER_ENV },
  )
  const migrated = performance.now()
  const database = databaseFile(persistDir)
  const data = new BenchData(today(), await hashPassword(DEMO_PASSWORD))
  const sqlite = spawn('sqlite3', [database], { stdio: ['pipe', 'pipe', 'pipe'] })
  let output = ''
  sqlite.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  sqlite.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = once(sqlite, 'exit')
  await write(
    sqlite,
    // workerd keeps the database in WAL mode; the load needs no fsync until its one commit.
    '.bail on\nPRAGMA foreign_keys = ON;\nPRAGMA synchronous = OFF;\nPRAGMA cache_size = -262144;\nBEGIN;\n',
  )
  for (const statement of data.statements()) await write(sqlite, statement)
  // Rows breaking a foreign key would be listed; the checkpoint answers its counts.
  await write(sqlite, 'COMMIT;\nPRAGMA foreign_key_check;\nPRAGMA wal_checkpoint(TRUNCATE);\n')
  sqlite.stdin.end()
  const [code] = await exited
  const problems = output.split('\n').filter((line) => line && !/^\d+\|\d+\|\d+$/.test(line))
  if (code !== 0 || problems.length > 0) {
    throw new Error(`loading the data set failed:\n${problems.slice(0, 20).join('\n')}`)
  }
  const manifest = data.manifest
  writeFileSync(join(persistDir, MANIFEST_FILE), JSON.stringify(manifest, null, 2))
  return {
    manifest,
    database,
    migrateSeconds: (migrated - started) / 1000,
    loadSeconds: (performance.now() - migrated) / 1000,
  }
}
