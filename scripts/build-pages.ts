// The page-building step of a build: Astro renders the pages from finished site data into an
// output folder, and the site data's downloads are copied into /data/. Used by ./dashboard build
// (into .build/next/dist, then swapped into dist/) and by ./dashboard test (a second build under a
// base path, for the link crawl). Astro's line per file written is replaced by a progress line
// every few seconds and a table of times by route family.
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import type { ChartTally } from '../src/charts/chart-stats.ts'
import { BuildStepError } from '../src/pipeline/errors.ts'
import { PageTimings, type FamilyTime } from './page-timings.ts'

export interface AstroStats {
  /** From starting Astro to its end, in milliseconds. */
  totalMs: number
  /** Astro's set-up before the first page: bundling, and every route's getStaticPaths. */
  setupMs: number
  /** Writing the pages, by route family, as Astro timed each file. */
  families: FamilyTime[]
  /** Every chart drawn while rendering the pages. */
  charts: ChartTally[]
}

export interface PageBuildStats {
  astro: AstroStats
  totalMs: number
}

const PROGRESS_EVERY_MS = 15_000

export async function buildPages(
  siteData: string,
  outDir: string,
  env: Readonly<Record<string, string>> = {},
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Promise<PageBuildStats> {
  const started = performance.now()
  const astro = await runAstro(siteData, outDir, env, log)
  const downloads = join(siteData, 'downloads')
  if (existsSync(downloads)) cpSync(downloads, join(outDir, 'data'), { recursive: true })
  return { astro, totalMs: performance.now() - started }
}

async function runAstro(
  siteData: string,
  outDir: string,
  env: Readonly<Record<string, string>>,
  log: (line: string) => void,
): Promise<AstroStats> {
  const started = performance.now()
  const scratch = mkdtempSync(join(tmpdir(), 'dashboard-pages-'))
  const chartStatsFile = join(scratch, 'charts.json')
  const timings = new PageTimings(env.SITE_BASE ?? '/')
  let setupMs = 0
  let lastProgress = started
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', resolve(outDir)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      ...env,
      SITE_DATA_DIR: resolve(siteData),
      ASTRO_TELEMETRY_DISABLED: '1',
      DASHBOARD_CHART_STATS: chartStatsFile,
      NO_COLOR: '1',
    },
  })
  const lines = createInterface({ input: child.stdout })
  lines.on('line', (line) => {
    if (timings.add(line)) {
      const now = performance.now()
      // Until the first page, Astro bundles the site and lists every route's paths.
      if (setupMs === 0) setupMs = now - started
      if (now - lastProgress >= PROGRESS_EVERY_MS) {
        lastProgress = now
        log(`  ${timings.files.toLocaleString('en-GB')} files written (${((now - started) / 1000).toFixed(0)} s)`)
      }
      return
    }
    if (line.trim() !== '') log(line)
  })
  const exit = await new Promise<number | string>((done) => child.on('close', (code, signal) => done(code ?? signal ?? 'unknown')))
  try {
    if (exit !== 0) throw new BuildStepError(`the page build (Astro) failed with exit ${exit}; see its output above`)
    const charts = existsSync(chartStatsFile) ? (JSON.parse(readFileSync(chartStatsFile, 'utf8')) as ChartTally[]) : []
    return { totalMs: performance.now() - started, setupMs, families: timings.families(), charts }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}
