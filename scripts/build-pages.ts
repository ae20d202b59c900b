// The page-building step of a build: Astro starts up and bundles the site while the pipeline is
// still running, and reads each site data file as soon as the pipeline has written it, so that the
// core the pipeline leaves is used; it renders the pages while the embed generator makes every
// file under /embed/ (on the other cores; it too may start while the pipeline writes), and the site
// data's downloads go into /data/. The output folder is brought up to date in place
// (src/build-output/output-tree.ts): it may hold an earlier build, whose unchanged files are left
// as they are. Used by ./dashboard build (into .build/next/dist, then swapped into dist/) and by
// ./dashboard test (a second build under a base path, for the link crawl). Astro's line per file
// written is replaced by a progress line every few seconds and a table of times by route family.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import type { ChartTally } from '../src/charts/chart-cache.ts'
import { filesUnder, moveFilesInto, removeOthers, writeIfChanged } from '../src/build-output/output-tree.ts'
import { chartCacheEnv } from '../src/build-output/chart-cache-folder.ts'
import { BUILD_ENV, BUILD_NODE_FLAGS } from '../src/build-output/node-flags.ts'
import { startEmbeds, type EmbedGeneration, type EmbedStats } from '../src/embed-files/generate.ts'
import { BuildStepError } from '../src/pipeline/errors.ts'
import { PageTimings, type FamilyTime } from './page-timings.ts'

export interface AstroStats {
  /** From the site data being ready to Astro's end, in milliseconds. */
  totalMs: number
  /**
   * How long Astro had been running beside the pipeline (starting up, bundling, reading each site
   * data file as it was written) before the site data was complete.
   */
  aheadMs: number
  /**
   * From the site data being complete to the first page: what was left of every route's
   * getStaticPaths (0 when Astro got that far before).
   */
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

/** A page build under way: Astro started, reading the site data as the pipeline writes it. */
export interface PageBuild {
  /**
   * Starts the embed generator now, into the output folder (which must be ready), reading each
   * site data file as the pipeline writes it: for a build that cannot keep the published pages.
   * Otherwise `run` starts it.
   */
  startEmbeds(): void
  /** The site data is complete: Astro renders the pages, the embed generator makes the embeds. */
  run(): Promise<PageBuildStats>
  /**
   * The pages are not wanted after all (the published ones are kept, or the pipeline failed):
   * stops Astro and the embed generator.
   */
  cancel(): Promise<void>
}

/** Builds the pages from site data that is already complete. */
export function buildPages(
  siteData: string,
  outDir: string,
  env: Readonly<Record<string, string>> = {},
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Promise<PageBuildStats> {
  return startPageBuild(siteData, outDir, env, log).run()
}

/**
 * Starts Astro at once, so that it starts up, bundles the site and reads the site data on the other
 * core while the pipeline is still writing it: each read waits for its file (src/site/site-data.ts)
 * until `run` says the site data is complete.
 */
export function startPageBuild(
  siteData: string,
  outDir: string,
  env: Readonly<Record<string, string>> = {},
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): PageBuild {
  // Astro empties its output folder first: it gets one of its own, and its files are moved over.
  const astroDir = `${outDir}-astro`
  const base = env.SITE_BASE ?? process.env.SITE_BASE ?? '/'
  const cache = chartCacheEnv()
  // Astro's charts depend on the base path (links in the maps): a pack of their own per base.
  const astroPack = base === '/' ? 'astro' : `astro-${base.replace(/[^a-z0-9]+/gi, '-')}`
  // Written when the site data is complete; it outlives Astro, as an embed worker added later may read.
  const scratch = mkdtempSync(join(tmpdir(), 'dashboard-site-data-'))
  const readyFile = join(scratch, 'ready')
  const astro = startAstro(siteData, astroDir, readyFile, { ...env, ...cache, DASHBOARD_CHART_PACK: astroPack }, log)
  // The embed generator's workers run beside Astro, on the cores Astro leaves (Astro renders on
  // one): on 2 cores one worker built faster than two, with less processor time (a third thread on
  // two cores slowed Astro, and two threads creating files at once cost the kernel more). When
  // Astro is done, its core goes to one more worker.
  let generation: EmbedGeneration | null = null
  const embeds = () =>
    (generation ??= startEmbeds({
      siteData,
      outDir,
      base,
      env: { ...cache, SITE_DATA_READY: readyFile },
      workers: Math.max(1, availableParallelism() - 1),
      log,
    }))
  const cleanUp = () => rmSync(scratch, { recursive: true, force: true })
  return {
    startEmbeds: () => void embeds(),
    async cancel() {
      await Promise.all([generation?.stop(), astro.stop()])
      cleanUp()
    },
    async run() {
      const started = performance.now()
      mkdirSync(outDir, { recursive: true })
      astro.release()
      // The reference embed is among Astro's first pages: the workers get its head as soon as it
      // is written, and write their pages while Astro renders the rest.
      const generation = embeds()
      const referenceSent = astro.referenceWritten.then(() => generation.sendReference(astroDir))
      // A failure here is reported when it is awaited below; until then it must not count as unhandled.
      referenceSent.catch(() => {})
      let astroStats: AstroStats
      let made: Set<string>
      try {
        astroStats = await astro.finished
        generation.addWorkers(1)
        await referenceSent
        log('Astro is done; waiting for the embed generator')
        // While the embed workers finish: Astro's pages into the output folder (the reference embed
        // among them, the same bytes as the workers write), and the downloads.
        made = new Set(moveFilesInto(astroDir, outDir))
        const downloads = join(siteData, 'downloads')
        for (const rel of filesUnder(downloads)) {
          const target = join(outDir, 'data', rel)
          mkdirSync(dirname(target), { recursive: true })
          writeIfChanged(target, readFileSync(join(downloads, rel)))
          made.add(join('data', rel))
        }
      } catch (error) {
        await generation.stop()
        cleanUp()
        throw error
      }
      const embedStats = await generation.finish().finally(cleanUp)
      // Whatever else is in the folder was made by an earlier build and is no longer part of the site.
      const removed = removeOthers(
        outDir,
        (p) => made.has(p),
        (folder) => folder === 'embed',
      )
      if (removed > 0) log(`  ${removed} files of an earlier build removed`)
      return { astro: astroStats, embeds: embedStats, totalMs: performance.now() - started }
    },
  }
}

interface AstroRun {
  /** Tells Astro and the embed workers the site data is complete; prints what Astro said meanwhile. */
  release(): void
  /** Astro has written the reference embed page (or has stopped without it). */
  referenceWritten: Promise<void>
  finished: Promise<AstroStats>
  stop(): Promise<void>
}

function startAstro(
  siteData: string,
  outDir: string,
  readyFile: string,
  env: Readonly<Record<string, string>>,
  log: (line: string) => void,
): AstroRun {
  const spawned = performance.now()
  const scratch = mkdtempSync(join(tmpdir(), 'dashboard-pages-'))
  const chartStatsFile = join(scratch, 'charts.json')
  const timings = new PageTimings(env.SITE_BASE ?? '/')
  let released: number | null = null
  let firstPage: number | null = null
  let setupMs = 0
  let lastProgress = 0
  // What Astro says before the site data is ready is kept back, so as not to mix with the pipeline's lines.
  const held: string[] = []
  let referenceWritten = () => {}
  const reference = new Promise<void>((resolve) => (referenceWritten = resolve))
  const child = spawn(process.execPath, [...BUILD_NODE_FLAGS, 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', resolve(outDir)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      ...BUILD_ENV,
      ...env,
      SITE_DATA_DIR: resolve(siteData),
      SITE_DATA_READY: readyFile,
      ASTRO_TELEMETRY_DISABLED: '1',
      DASHBOARD_CHART_STATS: chartStatsFile,
      NO_COLOR: '1',
    },
  })
  const lines = createInterface({ input: child.stdout })
  lines.on('line', (line) => {
    const written = timings.add(line)
    if (written !== null) {
      if (written.startsWith('/embed/') && written.endsWith('/index.html')) referenceWritten()
      const now = performance.now()
      // Until the first page, Astro lists every route's paths (and bundles, if it has not yet); it
      // may get that far while the pipeline is still writing the site data.
      if (firstPage === null) {
        firstPage = now
        setupMs = released === null ? 0 : now - released
      }
      if (released !== null && now - lastProgress >= PROGRESS_EVERY_MS) {
        lastProgress = now
        log(`  ${timings.files.toLocaleString('en-GB')} files written (${((now - released) / 1000).toFixed(0)} s)`)
      }
      return
    }
    if (line.trim() === '') return
    if (released === null) held.push(line)
    else log(line)
  })
  const exited = new Promise<number | string>((done) => child.on('close', (code, signal) => done(code ?? signal ?? 'unknown')))
  void exited.then(referenceWritten)
  const finished = exited.then((exit) => {
    try {
      if (exit !== 0) throw new BuildStepError(`the page build (Astro) failed with exit ${exit}; see its output above`)
      const charts = existsSync(chartStatsFile) ? (JSON.parse(readFileSync(chartStatsFile, 'utf8')) as ChartTally[]) : []
      const end = performance.now()
      const ready = released ?? end
      return { totalMs: end - ready, aheadMs: ready - spawned, setupMs, families: timings.families(), charts }
    } finally {
      rmSync(scratch, { recursive: true, force: true })
    }
  })
  // A failure is reported by `finished` when it is awaited; until then it must not count as unhandled.
  finished.catch(() => {})
  return {
    release() {
      released = lastProgress = performance.now()
      writeFileSync(readyFile, '')
      for (const line of held.splice(0)) log(line)
    },
    referenceWritten: reference,
    finished,
    async stop() {
      child.kill()
      await exited
    },
  }
}
