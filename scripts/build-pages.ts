// The page-building step of a build: Astro renders the pages from finished site data while the
// embed generator makes every file under /embed/ (on the other cores), and the site data's
// downloads go into /data/. The output folder is brought up to date in place (src/build-output/output-tree.ts): it
// may hold an earlier build, whose unchanged files are left as they are. Used by ./dashboard build
// (into .build/next/dist, then swapped into dist/) and by ./dashboard test (a second build under a
// base path, for the link crawl). Astro's line per file written is replaced by a progress line
// every few seconds and a table of times by route family.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import type { ChartTally } from '../src/charts/chart-cache.ts'
import { filesUnder, moveFilesInto, removeOthers, writeIfChanged } from '../src/build-output/output-tree.ts'
import { chartCacheEnv } from '../src/build-output/chart-cache-folder.ts'
import { startEmbeds, type EmbedStats } from '../src/embed-files/generate.ts'
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
  embeds: EmbedStats
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
  // Astro empties its output folder first: it gets one of its own, and its files are moved over.
  const astroDir = `${outDir}-astro`
  mkdirSync(outDir, { recursive: true })
  const base = env.SITE_BASE ?? process.env.SITE_BASE ?? '/'
  const cache = chartCacheEnv()
  // Astro's charts depend on the base path (links in the maps): a pack of their own per base.
  const astroPack = base === '/' ? 'astro' : `astro-${base.replace(/[^a-z0-9]+/gi, '-')}`
  // The embed generator's workers run beside Astro, which uses one core.
  const generation = startEmbeds({ siteData, outDir, base, env: cache, log })
  let astro: AstroStats
  try {
    astro = await runAstro(siteData, astroDir, { ...env, ...cache, DASHBOARD_CHART_PACK: astroPack }, log)
  } catch (error) {
    await generation.stop()
    throw error
  }
  log('Astro is done: the embed generator writes the embed pages with its head')
  const embeds = await generation.finish(astroDir)
  const made = new Set(moveFilesInto(astroDir, outDir))
  const downloads = join(siteData, 'downloads')
  for (const rel of filesUnder(downloads)) {
    const target = join(outDir, 'data', rel)
    mkdirSync(dirname(target), { recursive: true })
    writeIfChanged(target, readFileSync(join(downloads, rel)))
    made.add(join('data', rel))
  }
  // Whatever else is in the folder was made by an earlier build and is no longer part of the site.
  const removed = removeOthers(
    outDir,
    (p) => made.has(p),
    (folder) => folder === 'embed',
  )
  if (removed > 0) log(`  ${removed} files of an earlier build removed`)
  return { astro, embeds, totalMs: performance.now() - started }
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
