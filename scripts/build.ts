// ./dashboard build: fetch the sources, run the pipeline, build the pages, and only then replace
// dist/. Each step starts when the one before has finished: the pipeline writes the site data into
// .build/next/site-data, Astro and then the embed generator build the site into .build/next/dist,
// and only a complete site is swapped in; if any step fails, dist/ is left exactly as it was.
// A rebuild reuses what its inputs have not changed (build-keys.ts): the site data of a pipeline
// run with the same sources and code, the published site when the site data and page code are the
// same, and drawn charts. DASHBOARD_NO_CACHE=1 builds from nothing (no earlier site, nothing read
// from the caches), and keeps what it made for later builds.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runMain } from '../src/pipeline/cli.ts'
import { pagesKey } from '../src/build-output/build-keys.ts'
import { noCache, replaceFolder, setSiteKey, siteKey } from '../src/build-output/site-folders.ts'
import { buildPages, type PageBuildStats } from './build-pages.ts'
import { buildStatsTables, cpuMs, folderSize, writeBuildStats } from './build-stats.ts'
import { runPipeline } from '../src/pipeline/run.ts'
import { changeLog, changeLogMarkdown } from '../src/pipeline/site-data/change-log.ts'
import { refreshByHandMarkdown } from '../src/pipeline/sources/fetch-record.ts'
import { DOWNLOADS_FOLDER, readSiteDataFile } from '../src/contract/files.ts'

const NEXT = '.build/next'
const DIST = 'dist'
const SITE_DATA = '.build/site-data'

/**
 * dist/build-info/: the inputs' checksums, when the build ran, what changed since the previous
 * build, where each source came from and which are refreshed by hand. The only part of dist/ that
 * is not a function of the inputs alone.
 */
function writeBuildInfo(nextDist: string, siteData: string): void {
  const inputs = Object.fromEntries(readSiteDataFile(siteData, 'sources').map((s) => [s.id, s.sha256 ?? 'not recorded']))
  // metrics.csv is published zipped: the change log reads it from the site data of this build and
  // of the published one (kept in .build/site-data until this build replaces it).
  const metricsCsv = readFileSync(join(siteData, DOWNLOADS_FOLDER, 'metrics.csv'), 'utf8')
  const previousInputs = join(DIST, 'build-info', 'inputs.json')
  const previousMetrics = join(SITE_DATA, DOWNLOADS_FOLDER, 'metrics.csv')
  const previous =
    existsSync(previousInputs) && existsSync(previousMetrics)
      ? {
          inputs: JSON.parse(readFileSync(previousInputs, 'utf8')) as Record<string, string>,
          metricsCsv: readFileSync(previousMetrics, 'utf8'),
        }
      : null
  const log = changeLog(previous, { inputs, metricsCsv })
  const info = join(nextDist, 'build-info')
  mkdirSync(info, { recursive: true })
  writeFileSync(join(info, 'inputs.json'), `${JSON.stringify(inputs, null, 1)}\n`)
  writeFileSync(join(info, 'build.json'), `${JSON.stringify({ built_at: new Date().toISOString(), node: process.version }, null, 1)}\n`)
  writeFileSync(join(info, 'changes.json'), `${JSON.stringify(log, null, 1)}\n`)
  writeFileSync(join(info, 'changes.md'), changeLogMarkdown(log))
  // Which file each source came from, which preferred source fell back and why, and which
  // sources only a maintainer can refresh, with the date they last did.
  const records = readSiteDataFile(siteData, 'fetch')
  writeFileSync(join(info, 'sources.json'), `${JSON.stringify(records, null, 1)}\n`)
  writeFileSync(join(info, 'refresh-by-hand.md'), refreshByHandMarkdown(records))
  process.stderr.write(changeLogMarkdown(log).split('\n').slice(0, 6).join('\n') + '\n')
}

await runMain(async () => {
  const started = performance.now()
  const siteData = join(NEXT, 'site-data')
  const nextDist = join(NEXT, 'dist')
  rmSync(NEXT, { recursive: true, force: true })

  const pipeline = await runPipeline({ outDir: siteData, cache: noCache() ? 'refresh' : 'use' })
  const key = pagesKey(siteData, process.env)
  let pages: PageBuildStats | null = null
  let finishStarted = performance.now()
  if (!noCache() && key === siteKey(DIST)) {
    process.stderr.write('The same site data and page code as the published site: its pages in dist/ are kept\n')
    writeBuildInfo(DIST, siteData)
  } else {
    pages = await buildPages(siteData, nextDist)
    finishStarted = performance.now()
    writeBuildInfo(nextDist, siteData)
    // Swap: the old site stays in place until the new one is complete.
    setSiteKey(DIST, null)
    replaceFolder(nextDist, DIST)
    setSiteKey(DIST, key)
  }
  // Keep the site data of the published build for ./dashboard report and the tests.
  replaceFolder(siteData, SITE_DATA)
  rmSync(NEXT, { recursive: true, force: true })
  const finishMs = performance.now() - finishStarted
  const size = folderSize(DIST)
  const stats = { totalMs: performance.now() - started, cpuMs: cpuMs(), pipeline, pages, finishMs, size }
  writeBuildStats(stats)
  process.stderr.write(`\n${buildStatsTables(stats).join('\n')}\n\n`)
  process.stderr.write(
    `Site built into ${DIST}/ in ${(stats.totalMs / 1000).toFixed(1)} s: ${size.files.toLocaleString('en-GB')} files, ${(size.bytes / 1e6).toFixed(0)} MB\n`,
  )
})
