/**
 * Prints the sizes issue 7 sets targets for: the worker as uploaded (gzip) with its global-scope
 * start time, and the admin panel's first-load JavaScript (gzip) chunk by chunk.
 * Usage: `npm run size` (measures the admin as last built: `npm run build:admin` first).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { Miniflare } from 'miniflare'

const WORKER_GZIP_TARGET = 300 * 1024
const STARTUP_TARGET_MS = 50
const ADMIN_FIRST_LOAD_TARGET = 350 * 1024
const ADMIN_DIR = 'dist/assets/admin'
const STARTUP_RUNS = 7

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
const gzipSize = (bytes: Buffer) => gzipSync(bytes).length
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]
const verdict = (met: boolean) => (met ? 'met' : 'NOT met')

function row(name: string, raw: number, gzip: number) {
  console.log(`  ${name.padEnd(48)} ${kib(raw).padStart(11)} ${kib(gzip).padStart(11)}`)
}

/** The worker exactly as `wrangler deploy` would upload it (minified per wrangler.toml). */
function bundleWorker(outdir: string): { name: string; contents: Buffer }[] {
  execFileSync('node_modules/.bin/wrangler', ['deploy', '--dry-run', '--outdir', outdir], {
    stdio: 'ignore',
    env: { ...process.env, CI: 'true' },
  })
  return readdirSync(outdir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ name, contents: readFileSync(join(outdir, name)) }))
}

/** The compatibility date and flags the worker runs with, from wrangler.toml. */
function compatibility() {
  const toml = readFileSync('wrangler.toml', 'utf8')
  const date = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(toml)
  if (!date) throw new Error('wrangler.toml has no compatibility_date')
  const flags = /^compatibility_flags\s*=\s*\[([^\]]*)\]/m.exec(toml)
  return {
    compatibilityDate: date[1],
    compatibilityFlags: [...(flags?.[1].matchAll(/"([^"]+)"/g) ?? [])].map((flag) => flag[1]),
  }
}

/** A file of /proc, or '' when its process has ended meanwhile. */
function procFile(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return ''
  }
}

/** The ids of this process's descendants named `workerd` (Miniflare runs one), from /proc. */
function workerdPids(parent = process.pid): number[] {
  const children = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      const stat = procFile(`/proc/${pid}/stat`)
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === parent
    })
    .map(Number)
  return children.flatMap((pid) => {
    const own = procFile(`/proc/${pid}/comm`).startsWith('workerd') ? [pid] : []
    return [...own, ...workerdPids(pid)]
  })
}

/**
 * A clock for the worker's cost: on Linux the CPU time of workerd's threads in ms, which other
 * processes on a busy machine do not disturb; elsewhere the wall time.
 */
function workerdClock(): { name: string; now: () => number } {
  if (!existsSync('/proc/self/schedstat'))
    return { name: 'wall time', now: () => performance.now() }
  const pids = workerdPids()
  const threadNs = (pid: number) =>
    readdirSync(`/proc/${pid}/task`).reduce(
      (sum, task) =>
        sum + Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]),
      0,
    )
  return { name: 'CPU time', now: () => pids.reduce((sum, pid) => sum + threadNs(pid), 0) / 1e6 }
}

/**
 * How long the worker's modules take to load and run their top level in workerd. As in
 * `wrangler check startup` (which fails here: its profiler wants today's compatibility date, newer
 * than this workerd), a wrapper imports the bundle on its first request; that request's cost less
 * a warm request's is the start. The median over fresh isolates.
 */
async function startupMs(modules: { name: string; contents: Buffer }[]) {
  const wrapper = `export default {
    async fetch() {
      await import('./index.js')
      return new Response('ok')
    },
  }`
  const runs: number[] = []
  let clockName = ''
  for (let run = 0; run < STARTUP_RUNS; run++) {
    const mf = new Miniflare({
      ...compatibility(),
      modulesRoot: '/',
      modules: [
        { type: 'ESModule', path: '/startup-wrapper.js', contents: wrapper },
        ...modules.map(({ name, contents }) => ({
          type: 'ESModule' as const,
          path: `/${name}`,
          contents,
        })),
      ],
    })
    await mf.ready
    const clock = workerdClock()
    clockName = clock.name
    const cost = async () => {
      const started = clock.now()
      await (await mf.dispatchFetch('http://localhost/')).text()
      return clock.now() - started
    }
    const first = await cost()
    const warm: number[] = []
    for (let i = 0; i < 15; i++) warm.push(await cost())
    runs.push(first - median(warm))
    await mf.dispose()
  }
  return { ms: median(runs), clock: clockName }
}

async function reportWorker() {
  const outdir = mkdtempSync(join(tmpdir(), 'buurtkracht-size-'))
  try {
    const modules = bundleWorker(outdir)
    const gzip = modules.reduce((sum, { contents }) => sum + gzipSize(contents), 0)
    const startup = await startupMs(modules)
    console.log('Worker (wrangler deploy --dry-run)             raw        gzip')
    for (const { name, contents } of modules) row(name, contents.length, gzipSize(contents))
    console.log(
      `  gzip ${kib(gzip)} of ${kib(WORKER_GZIP_TARGET)}: ${verdict(gzip <= WORKER_GZIP_TARGET)}`,
    )
    console.log(
      `  global-scope start ${startup.ms.toFixed(1)} ms ${startup.clock} of ${STARTUP_TARGET_MS} ms: ${verdict(startup.ms <= STARTUP_TARGET_MS)}`,
    )
  } finally {
    rmSync(outdir, { recursive: true, force: true })
  }
}

/** Chunks a module imports statically (`import{…}from"./x.js"`, `import"./x.js"`), not `import()`. */
function staticImports(code: string): string[] {
  return [...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.\/[^"']+\.js)["']/g)].map(
    (match) => match[1].slice(2),
  )
}

/** A chunk and every chunk it imports statically, transitively. */
function closure(chunks: string[]): Set<string> {
  const seen = new Set<string>()
  const pending = [...chunks]
  while (pending.length > 0) {
    const chunk = pending.pop()!
    if (seen.has(chunk)) continue
    seen.add(chunk)
    pending.push(...staticImports(readFileSync(join(ADMIN_DIR, 'assets', chunk), 'utf8')))
  }
  return seen
}

/** The entry script and module preloads of the panel's page, with all they import. */
function firstLoadChunks(): Set<string> {
  const html = readFileSync(join(ADMIN_DIR, 'index.html'), 'utf8')
  return closure(
    [
      ...html.matchAll(/<script[^>]+type="module"[^>]+src="\/admin\/assets\/([^"]+)"/g),
      ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/admin\/assets\/([^"]+)"/g),
    ].map((match) => match[1]),
  )
}

function sized(chunk: string) {
  const contents = readFileSync(join(ADMIN_DIR, 'assets', chunk))
  return { chunk, raw: contents.length, gzip: gzipSize(contents) }
}

/** The login page and every list load the same chunks; the other pages load on demand. */
function reportAdmin() {
  const firstLoad = firstLoadChunks()
  const first = [...firstLoad].map(sized).sort((a, b) => b.gzip - a.gzip)
  const total = first.reduce((sum, { gzip }) => sum + gzip, 0)
  console.log(`\nAdmin first load (${ADMIN_DIR}/index.html)        raw        gzip`)
  for (const { chunk, raw, gzip } of first) row(chunk, raw, gzip)
  console.log(
    `  gzip ${kib(total)} of ${kib(ADMIN_FIRST_LOAD_TARGET)}: ${verdict(total <= ADMIN_FIRST_LOAD_TARGET)}`,
  )
  const onDemand = readdirSync(join(ADMIN_DIR, 'assets'))
    .filter((chunk) => chunk.endsWith('.js') && !firstLoad.has(chunk))
    .map(sized)
    .sort((a, b) => b.gzip - a.gzip)
  console.log(`Admin on demand: ${onDemand.length} chunks, the largest:`)
  for (const { chunk, raw, gzip } of onDemand.slice(0, 6)) row(chunk, raw, gzip)
}

await reportWorker()
reportAdmin()
