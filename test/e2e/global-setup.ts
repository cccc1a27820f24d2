import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import type { TestProject } from 'vitest/node'

const PORT = 8791
const BASE_URL = `http://localhost:${PORT}`
const STARTUP_TIMEOUT_MS = 150_000
// No metrics and no fetch of Cloudflare's request.cf sample: the machine may be offline.
const env = {
  ...process.env,
  CI: 'true',
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

function run(command: string, args: string[]) {
  execFileSync(command, args, { env, stdio: ['ignore', 'ignore', 'inherit'] })
}

/** Resolves once the worker answers (401 without a session); rejects if it dies or never does. */
async function waitForWorker(server: ChildProcess, log: () => string) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`wrangler dev exited early:\n${log()}`)
    const status = await fetch(`${BASE_URL}/api/auth/me`).then(
      (response) => response.status,
      () => 0,
    )
    if (status === 401) return
    await sleep(250)
  }
  throw new Error(`wrangler dev did not answer within ${STARTUP_TIMEOUT_MS} ms:\n${log()}`)
}

async function stop(server: ChildProcess) {
  if (server.exitCode !== null || server.pid === undefined) return
  const exited = new Promise((resolve) => server.once('exit', resolve))
  // wrangler runs workerd as a child: end the whole process group.
  process.kill(-server.pid, 'SIGTERM')
  const timedOut = await Promise.race([exited.then(() => false), sleep(10_000).then(() => true)])
  if (timedOut) process.kill(-server.pid, 'SIGKILL')
}

/**
 * A fresh local D1 with the migrations and the demo data, and the worker serving it and the
 * built panel on its own port; torn down after the run.
 */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/assets/admin/index.html')) {
    throw new Error('Build the admin panel first: npm run build:admin')
  }
  // Another worker on the port would answer the health check and the tests would use its data.
  const busy = await fetch(`${BASE_URL}/api/auth/me`).then(
    () => true,
    () => false,
  )
  if (busy) throw new Error(`Port ${PORT} is in use; stop what runs there first.`)
  const dir = mkdtempSync(join(tmpdir(), 'buurtkracht-e2e-'))
  run('npx', ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', dir])
  run('npx', ['tsx', 'scripts/seed.ts', '--persist-to', dir])

  const server = spawn(
    'npx',
    [
      'wrangler',
      'dev',
      '--port',
      String(PORT),
      '--persist-to',
      dir,
      '--log-level',
      'warn',
      // Every browser test applies from 127.0.0.1; the per-IP limit is for people, not for them.
      '--var',
      'APPLICATIONS_PER_IP_PER_HOUR:1000',
    ],
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000)
  }
  server.stdout?.on('data', collect)
  server.stderr?.on('data', collect)

  try {
    await waitForWorker(server, () => output)
  } catch (error) {
    await stop(server)
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
  project.provide('baseUrl', BASE_URL)

  return async () => {
    await stop(server)
    rmSync(dir, { recursive: true, force: true })
  }
}
