// ./dashboard bench: measures the pipeline and the site on the whole mirror and prints the figures
// (and writes them to BENCHMARKS.md): fetch, read and metrics times, how the metric stage scales
// with 2x and 4x as many LAs (synthetic copies), a full build from nothing and a rebuild with
// unchanged inputs with each build's own account of its stages (pipeline, Astro by route family,
// the embed generator, charts drawn), the site's size by part and per measure, the gzipped weight
// of each page type with its CSS and JavaScript, and Lighthouse scores.
//   --quick    skip the site build and Lighthouse (pipeline figures only)
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { benchmarkMetric, laBenchmarkAreas } from '../src/pipeline/benchmarks/benchmarks.ts'
import { indexGeography, loadGeography, type Area, type Geography } from '../src/pipeline/geography/areas.ts'
import { computeMetric } from '../src/pipeline/metrics/compute.ts'
import { METRICS } from '../src/pipeline/metrics/registry.ts'
import { ObservationIndex } from '../src/pipeline/metrics/series.ts'
import type { Observation } from '../src/pipeline/read/observation.ts'
import { readAllSources } from '../src/pipeline/read/read-sources.ts'
import type { Neighbour } from '../src/pipeline/read/statistical-neighbours.ts'
import { DEFAULT_CACHE_DIR, fetchAll, mirrorsFromEnv } from '../src/pipeline/sources/fetch.ts'
import { loadRegistry } from '../src/pipeline/sources/registry.ts'
import { buildStatsTables, readBuildStats, type BuildStats } from './build-stats.ts'
import { readSiteDataFile } from '../src/contract/files.ts'
import { BULK_DOWNLOAD } from '../src/contract/downloads.ts'
import { startStaticServer } from './static-server.ts'
import type { Result } from 'lighthouse'

const quick = process.argv.includes('--quick')
/** Lighthouse runs per page: one run's performance score varies by a few points from run to run. */
const LIGHTHOUSE_RUNS = 3
const lines: string[] = []
const say = (line = '') => {
  process.stdout.write(`${line}\n`)
  lines.push(line)
}
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`
const n = (x: number) => x.toLocaleString('en-GB')
async function time<T>(f: () => Promise<T> | T): Promise<[T, number]> {
  const t = performance.now()
  const r = await f()
  return [r, performance.now() - t]
}

say('# Benchmarks')
say()
say(
  `Measured by \`./dashboard bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GB of memory, Node ${process.version}.`,
)
say()

// ---- Pipeline ---------------------------------------------------------------------------------
const sources = loadRegistry()
const geography = loadGeography()
const coldCache = mkdtempSync(join(tmpdir(), 'bench-cache-'))
const [, coldMs] = await time(() => fetchAll(sources, { cacheDir: coldCache, mirrors: mirrorsFromEnv(), download: false, log: () => {} }))
rmSync(coldCache, { recursive: true, force: true })
const [{ fetched }, warmMs] = await time(() =>
  fetchAll(sources, { cacheDir: DEFAULT_CACHE_DIR, mirrors: mirrorsFromEnv(), download: false, log: () => {} }),
)
const [read, readMs] = await time(() => readAllSources(fetched, geography, () => {}))
const bytes = fetched.reduce((n, f) => n + statSync(f.path).size, 0)
const rows = read.accounts.reduce((n, a) => n + a.rowsRead, 0)

function metricStage(observations: readonly Observation[], g: Geography, neighbours: ReadonlyMap<string, Neighbour[]>): number {
  const index = new ObservationIndex(observations)
  let values = 0
  for (const def of METRICS) {
    const m = computeMetric(def, index, g)
    benchmarkMetric(m, laBenchmarkAreas(g), neighbours)
    values += m.values.length
  }
  return values
}
const [values, metricsMs] = await time(() => metricStage(read.observations, geography, read.neighbours))

say('## Pipeline on the whole mirror')
say()
say('| step | time | size |')
say('|---|---|---|')
say(
  `| fetch, empty cache (copy from mirror, verify sha256) | ${seconds(coldMs)} | ${sources.length} files, ${(bytes / 2 ** 20).toFixed(1)} MB |`,
)
say(`| fetch, warm cache (verify sha256) | ${seconds(warmMs)} | |`)
say(
  `| read and harmonise | ${seconds(readMs)} | ${rows.toLocaleString('en-GB')} rows, ${read.observations.length.toLocaleString('en-GB')} observations |`,
)
say(`| metrics and benchmarks | ${seconds(metricsMs)} | ${METRICS.length} metrics, ${values.toLocaleString('en-GB')} values |`)
say()

// ---- Scaling: synthetic copies of every LA ---------------------------------------------------
/** The geography and observations with every LA (and former LA) copied `k` times under new codes. */
function scaled(k: number): { g: Geography; observations: Observation[]; neighbours: Map<string, Neighbour[]> } {
  const code = (c: string, i: number) => (i === 0 ? c : `${c}x${i}`)
  const copies = <T extends Area>(list: T[]) =>
    list.flatMap((a) =>
      Array.from({ length: k }, (_, i) => ({ ...a, code: code(a.code, i), slug: `${a.slug}-${i}`, oldLaCode: `${a.oldLaCode}x${i}` })),
    )
  const g = indexGeography(geography.england, geography.regions, copies(geography.las), copies(geography.former), geography.recodes)
  const isLa = (o: Observation) => o.areaType === 'la' || o.areaType === 'former_la'
  const observations = read.observations.flatMap((o) =>
    isLa(o) ? Array.from({ length: k }, (_, i) => ({ ...o, areaCode: code(o.areaCode, i) })) : [o],
  )
  const neighbours = new Map<string, Neighbour[]>()
  for (const [la, list] of read.neighbours)
    for (let i = 0; i < k; i++)
      neighbours.set(
        code(la, i),
        list.map((n) => ({ ...n, code: code(n.code, i) })),
      )
  return { g, observations, neighbours }
}
say('## Scaling with the number of LAs (synthetic copies)')
say()
say('| LAs | observations | metrics and benchmarks | per LA |')
say('|---|---|---|---|')
let base = 0
for (const k of [1, 2, 4]) {
  const s = scaled(k)
  const [, ms] = await time(() => metricStage(s.observations, s.g, s.neighbours))
  if (k === 1) base = ms
  say(
    `| ${s.g.las.length} | ${s.observations.length.toLocaleString('en-GB')} | ${seconds(ms)} (${(ms / base).toFixed(2)}x) | ${(ms / s.g.las.length).toFixed(1)} ms |`,
  )
}
say()

if (!quick) {
  // ---- Site build -------------------------------------------------------------------------
  /** One run of ./dashboard build, with its own account of its stages. */
  const runBuild = (env: NodeJS.ProcessEnv = {}): [BuildStats, number] => {
    const started = performance.now()
    const build = spawnSync(process.execPath, ['scripts/build.ts'], {
      encoding: 'utf8',
      maxBuffer: 256 * 2 ** 20,
      env: { ...process.env, ...env },
    })
    if (build.status !== 0) {
      process.stderr.write(build.stderr)
      process.exit(1)
    }
    return [readBuildStats(), performance.now() - started]
  }
  const [full, fullMs] = runBuild({ DASHBOARD_NO_CACHE: '1' })
  const [again, againMs] = runBuild()
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]))
  say('## Site build')
  say()
  say('Times are wall-clock; the processor time (every thread and process of the build) is less affected by other work on the machine.')
  say()
  say('| build | wall time | processor time |')
  say('|---|---|---|')
  say(
    `| full build from nothing, no cache read (\`DASHBOARD_NO_CACHE=1 ./dashboard build\`) | ${seconds(fullMs)} | ${seconds(full.cpuMs)} |`,
  )
  say(`| rebuild with unchanged inputs (\`./dashboard build\` again) | ${seconds(againMs)} | ${seconds(again.cpuMs)} |`)
  say()
  say("The full build's own account of its stages:")
  say()
  for (const line of buildStatsTables(full)) say(line)
  say()

  // ---- Site size ----------------------------------------------------------------------------
  const sized = files('dist').map((f) => ({ f: f.slice('dist/'.length), bytes: statSync(f).size }))
  const index = readSiteDataFile('.build/site-data', 'index')
  const partOf = (f: string): string => {
    const [top = '', second = '', third = '', ...more] = f.split('/')
    if (top === 'embed') return `embed ${f.split('/').pop()}`
    if (top === 'la') {
      if (third === '' || !f.includes('/', `la/${second}/`.length)) return third === '' ? 'LA summaries' : `LA ${third}`
      if (third === 'compare') return 'LA compare pages'
      return more[0] === 'at-a-glance.svg' ? 'LA at-a-glance charts' : 'LA theme pages'
    }
    if (top === 'metric') return third === 'figures.csv' ? 'metric figures.csv' : 'metric pages'
    if (top === 'data') return 'downloads in /data/'
    return 'other pages and assets'
  }
  const parts = new Map<string, { files: number; bytes: number }>()
  for (const { f, bytes } of sized) {
    const part = parts.get(partOf(f)) ?? { files: 0, bytes: 0 }
    part.files++
    part.bytes += bytes
    parts.set(partOf(f), part)
  }
  const total = sized.reduce((t, x) => t + x.bytes, 0)
  // What one more measure adds: its embeds, its page and CSV, its block on every area's theme page
  // and its rows in the downloads, measured on the built site and averaged over the measures.
  const embedOf = (id: string) => sized.filter((x) => x.f.startsWith(`embed/${id}/`))
  const ownFiles = index.metrics.map((m) => embedOf(m.id).length + 2)
  const ownBytes = index.metrics.map((m) => {
    const own = [...embedOf(m.id), ...sized.filter((x) => x.f.startsWith(`metric/${m.id}/`))]
    return own.reduce((t, x) => t + x.bytes, 0)
  })
  let blocks = 0
  for (const { f } of sized.filter((x) => /^(la|region|england)\/.*index\.html$/.test(x.f))) {
    const html = readFileSync(join('dist', f), 'utf8')
    for (const m of html.matchAll(/<section class="metric"[\s\S]*?<\/section>/g)) blocks += Buffer.byteLength(m[0])
  }
  const downloads = statSync(join('dist', 'data', BULK_DOWNLOAD.file)).size
  const measuresCsv = parts.get('LA measures.csv')?.bytes ?? 0
  const perMetric = (ownBytes.reduce((t, x) => t + x, 0) + blocks + downloads + measuresCsv) / index.metrics.length
  say('## Site size')
  say()
  say(
    `dist/ holds ${n(sized.length)} files, ${mb(total)}. GitHub Pages publishes sites of up to 1 GB; the aim is at most 500 MB, room to double.`,
  )
  say()
  say('| part | files | size |')
  say('|---|---|---|')
  for (const [part, x] of [...parts].sort((a, b) => b[1].bytes - a[1].bytes)) say(`| ${part} | ${n(x.files)} | ${mb(x.bytes)} |`)
  say()
  say(
    `Each measure adds about ${n(Math.round(ownFiles.reduce((t, x) => t + x, 0) / ownFiles.length))} files and ${mb(perMetric)}: its embeds (a page, chart.svg and data.csv for each area with figures), its own page and figures.csv, its block on every area's theme page (${mb(blocks / index.metrics.length)} on average) and its rows in the downloads (the zip of metrics.csv and benchmarks.csv, and every LA's measures.csv). At that rate the site reaches 500 MB at about ${n(Math.floor(index.metrics.length + (500e6 - total) / perMetric))} measures and GitHub's 1 GB at about ${n(Math.floor(index.metrics.length + (1e9 - total) / perMetric))}.`,
  )
  say()

  // ---- Page weight ----------------------------------------------------------------------------
  const gz = (path: string) => gzipSync(readFileSync(path)).length
  const largestOf = (paths: string[]) => paths.sort((a, b) => statSync(b).size - statSync(a).size)[0]!
  const largest = (dir: string) => largestOf(files(dir).filter((f) => f.endsWith('index.html')))
  // dist/la/<slug>/index.html is an LA's summary; dist/la/<slug>/<theme>/index.html a theme page.
  const laPages = (depth: number) => files('dist/la').filter((f) => f.endsWith('index.html') && f.split('/').length === depth)
  const templates: Array<[string, string]> = [
    ['home', 'dist/index.html'],
    ['England', 'dist/england/index.html'],
    ['region (largest)', largest('dist/region')],
    ['LA summary (largest)', largestOf(laPages(4))],
    ['LA theme page (largest)', largestOf(laPages(5).filter((f) => !f.includes('/compare/')))],
    ['metric (largest)', largest('dist/metric')],
    ['embed (largest)', largest('dist/embed')],
    ['Change Programme', 'dist/change-programme/index.html'],
    ['methodology', 'dist/methodology/index.html'],
  ]
  say('## Page weight (gzip), largest page of each type')
  say()
  say('| page | HTML | CSS | JavaScript | total | raw HTML |')
  say('|---|---|---|---|---|---|')
  for (const [name, path] of templates) {
    const html = readFileSync(path, 'utf8')
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce((n, m) => n + gz(join('dist', m[1]!)), 0)
    const js = [...html.matchAll(/<script[^>]* src="([^"]+)"/g)].reduce((n, m) => n + gz(join('dist', m[1]!)), 0)
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
    say(
      `| ${name} (\`${path.replace('dist', '')}\`) | ${kb(gz(path))} | ${kb(css)} | ${kb(js)} | ${kb(gz(path) + css + js)} | ${kb(html.length)} |`,
    )
  }
  say()
  say(
    'Every page reads fully without JavaScript; the only scripts are the find-your-area filter, the share block (PNG download) and, in embeds, the resize message.',
  )
  say()

  // ---- Lighthouse -----------------------------------------------------------------------------
  const { default: lighthouse } = await import('lighthouse')
  const { computeMedianRun } = await import('lighthouse/core/lib/median-run.js')
  const chromeLauncher = await import('chrome-launcher')
  const server = await startStaticServer({ root: 'dist' })
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  })
  say('## Lighthouse (mobile defaults, local static server)')
  say()
  say(
    `Each page ran ${LIGHTHOUSE_RUNS} times, as Lighthouse's guide to score variability advises; the table gives the median run (Lighthouse's own computeMedianRun, by first contentful paint and time to interactive) and every run's performance score.`,
  )
  say()
  say('| page | performance | accessibility | best practices | DOM elements | performance, every run |')
  say('|---|---|---|---|---|---|')
  try {
    for (const [name, path] of templates.slice(3, 7)) {
      const url = `${server.origin}${path.replace('dist', '').replace(/index\.html$/, '')}`
      const runs: Result[] = []
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        })
        if (result) runs.push(result.lhr)
      }
      const score = (lhr: Result | undefined, k: string) => String(Math.round((lhr?.categories[k]?.score ?? 0) * 100))
      const median = runs.length > 0 ? computeMedianRun(runs) : undefined
      say(
        `| ${name} (\`${url.replace(server.origin, '')}\`) | ${score(median, 'performance')} | ${score(median, 'accessibility')} | ${score(median, 'best-practices')} | ${median?.audits['dom-size-insight']?.numericValue ?? '–'} | ${runs.map((r) => score(r, 'performance')).join(', ')} |`,
      )
    }
  } finally {
    chrome.kill()
    await server.close()
  }
  say()
}

writeFileSync('BENCHMARKS.md', `${lines.join('\n')}\n`)
process.stderr.write('Written to BENCHMARKS.md\n')
