/**
 * The worker under measurement: the bundle `wrangler deploy` would upload, run by Miniflare's own
 * workerd on the benchmark's local D1. Requests go straight to workerd's socket; `wrangler dev`
 * puts a proxy worker and its own Node process in front of it (compareRunners measures both).
 */
import { execFile, execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'
import { promisify } from 'node:util'
import { Miniflare, type MiniflareOptions, type WorkerOptions } from 'miniflare'
import { unstable_getMiniflareWorkerOptions, unstable_startWorker } from 'wrangler'
import { BENCH_LOG_PREFIX, type D1Usage } from '../worker/lib/bench-usage'
import { WRANGLER_ENV } from './bench-load'

const run = promisify(execFile)

/** A request's D1 usage as the worker logged it (worker/lib/bench-metrics.ts). */
export type LoggedUsage = D1Usage & { method: string; path: string; status: number }

/** Bundles the worker exactly as a deploy would, into `outDir`; answers the entry module. */
export async function bundleWorker(outDir: string): Promise<string> {
  // wrangler.toml serves the built admin from dist/assets; a fresh clone has not built it yet.
  mkdirSync('dist/assets', { recursive: true })
  await run('node_modules/.bin/wrangler', ['deploy', '--dry-run', '--outdir', outDir], {
    env: WRANGLER_ENV,
  })
  return join(outDir, 'index.js')
}

export class BenchWorker {
  /** Usage lines logged since the last `takeUsage`. */
  private usage: LoggedUsage[] = []
  private options: MiniflareOptions = {}
  private metrics = false
  private mf?: Miniflare
  url = new URL('http://127.0.0.1')

  /** Starts workerd on the bundle and the local D1 in `persistDir`, bench metrics on or off. */
  static async start(bundle: string, persistDir: string, metrics: boolean): Promise<BenchWorker> {
    // Bindings, vars and compatibility settings as wrangler reads them from wrangler.toml. No
    // static assets: none of the measured requests is a file of the admin panel.
    const { assets: _, ...fromConfig } = unstable_getMiniflareWorkerOptions('wrangler.toml')
      .workerOptions as WorkerOptions
    const worker = new BenchWorker()
    worker.options = {
      ...fromConfig,
      modules: true,
      modulesRoot: join(bundle, '..'),
      scriptPath: bundle,
      host: '127.0.0.1',
      port: 0,
      d1Persist: join(persistDir, 'v3', 'd1'),
      r2Persist: join(persistDir, 'v3', 'r2'),
      handleRuntimeStdio(stdout: Readable, stderr: Readable) {
        createInterface({ input: stdout }).on('line', (line) => worker.onLine(line))
        createInterface({ input: stderr }).on('line', (line) => console.error(`workerd: ${line}`))
      },
    }
    worker.metrics = metrics
    worker.mf = new Miniflare(worker.withMetrics(metrics))
    worker.url = await worker.mf.ready
    // A restart keeps the address, so sessions and URLs stay valid.
    worker.options.port = Number(worker.url.port)
    return worker
  }

  private withMetrics(metrics: boolean): MiniflareOptions {
    const bindings = { ...this.options.bindings, BENCH_METRICS: metrics ? '1' : '0' }
    return { ...this.options, bindings } as MiniflareOptions
  }

  private onLine(line: string) {
    const at = line.indexOf(BENCH_LOG_PREFIX)
    if (at < 0) return
    this.usage.push(JSON.parse(line.slice(at + BENCH_LOG_PREFIX.length)) as LoggedUsage)
  }

  /** Restarts workerd with bench metrics on or off; the database and its sessions stay. */
  async setMetrics(metrics: boolean): Promise<void> {
    this.metrics = metrics
    await this.restart()
  }

  /** A fresh workerd process, as after a deploy: nothing allocated by earlier requests. */
  async restart(): Promise<void> {
    await this.mf!.setOptions(this.withMetrics(this.metrics))
  }

  /** Waits for the usage line of the request to `path` that completed last, and forgets the rest. */
  async takeUsage(path: string): Promise<LoggedUsage> {
    for (let waited = 0; waited < 5_000; waited += 10) {
      const found = this.usage.findLast((u) => u.path === path)
      if (found) {
        this.usage = []
        return found
      }
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    throw new Error(`no bench-metrics line for ${path}: is BENCH_METRICS wired in worker/app.ts?`)
  }

  dispose(): Promise<void> {
    return this.mf!.dispose()
  }
}

/** The workerd process this process started: Miniflare runs workerd as a child. */
export function workerdPid(): number {
  const tasks = readdirSync(`/proc/${process.pid}/task`)
  const children = tasks.flatMap((task) =>
    readFileSync(`/proc/${process.pid}/task/${task}/children`, 'utf8').trim().split(/\s+/),
  )
  const pids = children
    .filter(Boolean)
    .map(Number)
    .filter((pid) => readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'workerd')
  if (pids.length !== 1) throw new Error(`expected one workerd process, found ${pids.length}`)
  return pids[0]
}

const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }))

/** The CPU time (user and system, all threads) a process has used so far, in milliseconds. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // The fields after the command name, which may hold spaces, start with the state (field 3).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond
}

const statusKiB = (pid: number, field: string) =>
  Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1])

/**
 * How much workerd's resident memory grew at its peak during `action`: the kernel's high-water
 * mark is reset first (Linux, /proc/<pid>/clear_refs), then read after. Null where that is not
 * possible.
 */
export async function peakGrowthMiB(
  pid: number,
  action: () => Promise<void>,
): Promise<number | null> {
  let before: number
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5')
    before = statusKiB(pid, 'VmRSS')
  } catch {
    await action()
    return null
  }
  await action()
  return (statusKiB(pid, 'VmHWM') - before) / 1024
}

/**
 * The same trivial request through `wrangler dev`'s stack (unstable_startWorker: its proxy worker
 * and Node process in front of workerd), for the comparison in the results.
 */
export async function startWranglerDev(
  persistDir: string,
): Promise<{ url: URL; dispose(): Promise<void> }> {
  const worker = await unstable_startWorker({
    config: 'wrangler.toml',
    dev: {
      persist: persistDir,
      server: { hostname: '127.0.0.1', port: 0 },
      inspector: false,
      watch: false,
      logLevel: 'warn',
    },
  })
  await worker.ready
  return { url: await worker.url, dispose: () => worker.dispose() }
}
