// The page-building steps of a build, one after another, into an empty output folder: Astro renders
// every page from the finished site data; then the embed generator writes every file under
// /embed/ (src/embed-files/, on every core); then the site data's downloads are copied into
// /data/, the tidy tables zipped into one file. Used by ./dashboard build (into .build/next/dist,
// then swapped into dist/) and by ./dashboard test (the fixture's pages under a base path, for the
// link check). Astro's line per file written is replaced by a progress line every few seconds and
// a table of times by route family.
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { zipSync } from 'fflate'
import { BULK_DOWNLOAD } from '../src/contract/downloads.ts'
import { DOWNLOADS_FOLDER } from '../src/contract/files.ts'
import type { ChartTally } from '../src/charts/chart-cache.ts'
import { chartCacheEnv } from '../src/build-output/chart-cache-folder.ts'
import { writeEmbeds, type EmbedStats } from '../src/embed-files/generate.ts'
import { BuildStepError } from '../src/pipeline/errors.ts'
import { PageTimings, type FamilyTime } from './page-timings.ts'

export interface AstroStats {
  totalMs: number
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

const PROGRESS_EVERY_MS = 10_000

/** Builds the site from finished site data into `outDir`, which is emptied first. */
export async function buildPages(
  siteData: string,
  outDir: string,
  env: Readonly<Record<string, string>> = {},
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Promise<PageBuildStats> {
  const started = performance.now()
  rmSync(outDir, { recursive: true, force: true })
  const site = { SITE_BASE: env.SITE_BASE ?? process.env.SITE_BASE ?? '/', ...(env.SITE_URL ? { SITE_URL: env.SITE_URL } : {}) }
  const cache = chartCacheEnv()
  // Astro's charts depend on the base path (links in the maps): a pack of their own per base.
  const pack = site.SITE_BASE === '/' ? 'pages' : `pages-${site.SITE_BASE.replace(/[^a-z0-9]+/gi, '-')}`
  log('Pages: Astro renders every page')
  const astro = await runAstro(siteData, outDir, { ...env, ...site, ...cache, DASHBOARD_CHART_PACK: pack }, log)
  log('Embeds: the embed generator writes every chart to embed, its files and its figures')
  const embeds = await writeEmbeds({ siteData, outDir, env: { ...site, ...cache }, log })
  copyDownloads(join(siteData, DOWNLOADS_FOLDER), join(outDir, 'data'))
  return { astro, embeds, totalMs: performance.now() - started }
}

/** A fixed date for the zip's entries, so that the same tables give the same bytes. */
const ZIP_DATE = new Date(2000, 0, 1)

/** The site data's downloads into /data/: the tidy tables in one zip, the rest as they are. */
function copyDownloads(from: string, to: string): void {
  if (!existsSync(from)) return
  const bulk = new Set<string>(BULK_DOWNLOAD.contents)
  cpSync(from, to, { recursive: true, filter: (path) => !bulk.has(path.slice(from.length + 1)) })
  const files = Object.fromEntries(BULK_DOWNLOAD.contents.map((name) => [name, readFileSync(join(from, name))]))
  writeFileSync(join(to, BULK_DOWNLOAD.file), zipSync(files, { mtime: ZIP_DATE }))
}

function runAstro(
  siteData: string,
  outDir: string,
  env: Readonly<Record<string, string>>,
  log: (line: string) => void,
): Promise<AstroStats> {
  const started = performance.now()
  const scratch = mkdtempSync(join(tmpdir(), 'dashboard-pages-'))
  const chartStatsFile = join(scratch, 'charts.json')
  const timings = new PageTimings(env.SITE_BASE ?? '/')
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
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (timings.add(line) !== null) {
      const now = performance.now()
      if (now - lastProgress >= PROGRESS_EVERY_MS) {
        lastProgress = now
        log(`  ${timings.files.toLocaleString('en-GB')} files written (${((now - started) / 1000).toFixed(0)} s)`)
      }
    } else if (line.trim() !== '') log(line)
  })
  return new Promise((done, fail) => {
    child.on('close', (code, signal) => {
      try {
        if (code !== 0) throw new BuildStepError(`the page build (Astro) failed with exit ${code ?? signal}; see its output above`)
        const charts = existsSync(chartStatsFile) ? (JSON.parse(readFileSync(chartStatsFile, 'utf8')) as ChartTally[]) : []
        done({ totalMs: performance.now() - started, families: timings.families(), charts })
      } catch (error) {
        fail(error)
      } finally {
        rmSync(scratch, { recursive: true, force: true })
      }
    })
  })
}
