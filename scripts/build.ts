// ./dashboard build: fetch the sources, run the pipeline, build the pages, and only then replace
// dist/. Everything is built in .build/next/ (the site in a folder that starts from the site before
// last, brought up to date: src/build-output/); if any step fails, dist/ is left exactly as it was.
// A rebuild reuses what its inputs have not changed (build-keys.ts): the site data of a pipeline run
// with the same sources and code, the published pages when the site data and page code are the
// same, and drawn charts. DASHBOARD_NO_CACHE=1 builds from nothing (no earlier site, nothing read
// from the caches), and keeps what it made for later builds.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runMain } from '../src/pipeline/cli.ts'
import { pagesKey } from '../src/build-output/build-keys.ts'
import { noCache, prepareSiteFolder, publishSite, setSiteKey, siteKey } from '../src/build-output/site-folders.ts'
import { startPageBuild, type PageBuildStats } from './build-pages.ts'
import { buildStatsTables, cpuMs, writeBuildStats } from './build-stats.ts'
import { runPipeline, type PipelineTimings } from '../src/pipeline/run.ts'
import { changeLog, changeLogMarkdown } from '../src/pipeline/site-data/change-log.ts'
import { refreshByHandMarkdown, type SourceRecord } from '../src/pipeline/sources/fetch-record.ts'

const NEXT = '.build/next'
const DIST = 'dist'
const SITE_DATA = '.build/site-data'

/**
 * dist/build-info/: the inputs' checksums, when the build ran, what changed since the previous
 * build, where each source came from and which are refreshed by hand. The only part of dist/ that
 * is not a function of the inputs alone.
 */
function writeBuildInfo(nextDist: string, siteData: string): void {
  const registry = JSON.parse(readFileSync(join(siteData, 'sources.json'), 'utf8')) as Array<{ id: string; sha256: string }>
  const inputs = Object.fromEntries(registry.map((s) => [s.id, s.sha256]))
  const metricsCsv = readFileSync(join(nextDist, 'data', 'metrics.csv'), 'utf8')
  const previousInputs = join(DIST, 'build-info', 'inputs.json')
  const previous =
    existsSync(previousInputs) && existsSync(join(DIST, 'data', 'metrics.csv'))
      ? {
          inputs: JSON.parse(readFileSync(previousInputs, 'utf8')) as Record<string, string>,
          metricsCsv: readFileSync(join(DIST, 'data', 'metrics.csv'), 'utf8'),
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
  const records = JSON.parse(readFileSync(join(siteData, 'fetch.json'), 'utf8')) as SourceRecord[]
  writeFileSync(join(info, 'sources.json'), `${JSON.stringify(records, null, 1)}\n`)
  writeFileSync(join(info, 'refresh-by-hand.md'), refreshByHandMarkdown(records))
  process.stderr.write(changeLogMarkdown(log).split('\n').slice(0, 6).join('\n') + '\n')
}

await runMain(async () => {
  const started = performance.now()
  const siteData = join(NEXT, 'site-data')
  const nextDist = join(NEXT, 'dist')
  rmSync(siteData, { recursive: true, force: true })

  // Astro starts up, bundles the site and reads the site data as it is written, on the other core
  // while the pipeline runs; so do the embed workers when there are no published pages that this
  // build could keep. They are stopped if the published pages turn out to be current, or if
  // anything fails before the site data is complete.
  const published = noCache() ? null : siteKey(DIST)
  const pageBuild = startPageBuild(siteData, nextDist)
  if (published === null) {
    prepareSiteFolder(nextDist, noCache())
    pageBuild.startEmbeds()
  }
  let pipeline: PipelineTimings
  let key: string | null
  let keep: boolean
  let pages: PageBuildStats | null = null
  try {
    pipeline = await runPipeline({ outDir: siteData, cache: noCache() ? 'refresh' : 'use' })
    // Hashing the site data takes about a second: before the pages only when there are published
    // pages whose key it might equal, otherwise while they are built.
    key = published === null ? null : pagesKey(siteData, process.env)
    keep = key !== null && key === published
    if (keep) await pageBuild.cancel()
    else if (published !== null) prepareSiteFolder(nextDist, noCache())
  } catch (error) {
    await pageBuild.cancel()
    throw error
  }

  if (keep) {
    process.stderr.write('The same site data and page code as the published site: its pages in dist/ are kept\n')
    writeBuildInfo(DIST, siteData)
  } else {
    process.stderr.write('Building pages with Astro (started beside the pipeline)\n')
    const building = pageBuild.run()
    key ??= pagesKey(siteData, process.env)
    pages = await building
    writeBuildInfo(nextDist, siteData)
    // Swap: the old site stays in place until the new one is complete.
    setSiteKey(DIST, null)
    publishSite(nextDist, DIST)
    setSiteKey(DIST, key)
  }
  // Keep the site data of the published build for ./dashboard report.
  rmSync(SITE_DATA, { recursive: true, force: true })
  renameSync(siteData, SITE_DATA)
  const stats = { totalMs: performance.now() - started, cpuMs: cpuMs(), pipeline, pages }
  writeBuildStats(stats)
  process.stderr.write(`\n${buildStatsTables(stats).join('\n')}\n\n`)
  process.stderr.write(`Site built into ${DIST}/ in ${(stats.totalMs / 1000).toFixed(1)} s\n`)
})
