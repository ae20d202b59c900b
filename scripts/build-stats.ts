// Where a build's time went: the pipeline's stages, page generation by route family and the charts
// drawn. ./dashboard build prints it and keeps it in .build/build-stats.json (outside dist/, so
// that it never makes two builds differ); ./dashboard bench reads it from there.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chartStats } from '../src/charts/chart-cache.ts'
import type { PipelineTimings } from '../src/pipeline/run.ts'
import type { PageBuildStats } from './build-pages.ts'

const BUILD_STATS_FILE = '.build/build-stats.json'

export interface BuildStats {
  totalMs: number
  /** Processor time of the build, its worker threads and its Astro process (user and system). */
  cpuMs: number
  pipeline: PipelineTimings
  /** Null when the published pages were kept (same site data, same page code). */
  pages: PageBuildStats | null
  /** The change log and build-info, the swap into dist/ and deleting the site it replaced. */
  finishMs: number
  /** The published site: its files and bytes. */
  size: { files: number; bytes: number }
}

/** The size of a folder: its files and their bytes. */
export function folderSize(folder: string): { files: number; bytes: number } {
  let files = 0
  let bytes = 0
  for (const rel of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(folder, rel))
    if (!stat.isFile()) continue
    files++
    bytes += stat.size
  }
  return { files, bytes }
}

/**
 * Processor time so far of this process (all its threads) and of the child processes it has waited
 * for (Astro): on a shared machine, a figure that other people's work does not inflate.
 */
export function cpuMs(): number {
  const own = process.cpuUsage()
  // Linux: fields 16 and 17 of /proc/self/stat are the waited-for children's user and system time, in ticks of 1/100 s.
  const fields = readFileSync('/proc/self/stat', 'utf8')
    .replace(/^.*\) /, '')
    .split(' ')
  const children = (Number(fields[13]) + Number(fields[14])) * 10
  return (own.user + own.system) / 1000 + (Number.isFinite(children) ? children : 0)
}

export function writeBuildStats(stats: BuildStats): void {
  writeFileSync(BUILD_STATS_FILE, `${JSON.stringify(stats, null, 1)}\n`)
}

export function readBuildStats(): BuildStats {
  return JSON.parse(readFileSync(BUILD_STATS_FILE, 'utf8')) as BuildStats
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const n = (x: number) => x.toLocaleString('en-GB')

/** The stages as Markdown tables: the build's stages, Astro's route families, the embeds, the charts. */
export function buildStatsTables(stats: BuildStats): string[] {
  const { pipeline: p, pages } = stats
  const stages = [
    '| stage | time |',
    '|---|---|',
    `| pipeline: fetch and verify | ${s(p.fetchMs)} |`,
    ...(p.reused
      ? ['| pipeline: site data of an earlier run with the same sources and code, reused | – |']
      : [
          `| pipeline: read and harmonise | ${s(p.readMs)} |`,
          `| pipeline: metrics, benchmarks, Change Programme, NHS figures, inspections, map | ${s(p.metricsMs)} |`,
          `| pipeline: places for "Find your area" | ${s(p.placesMs)} |`,
          `| pipeline: write site data | ${s(p.writeMs)} |`,
        ]),
  ]
  const size = `| **the site in dist/**: ${n(stats.size.files)} files, ${(stats.size.bytes / 1e6).toFixed(0)} MB | |`
  if (!pages)
    return [
      ...stages,
      '| pages: the same site data and page code as the published site, kept | – |',
      `| build-info and change log | ${s(stats.finishMs)} |`,
      `| **whole build** (processor time ${s(stats.cpuMs)}) | **${s(stats.totalMs)}** |`,
      size,
    ]
  const { astro, embeds } = pages
  const rendered = astro.families.reduce((t, f) => t + f.ms, 0)
  const charts = chartStats([...astro.charts, ...embeds.charts])
  const embedFiles = Object.values(embeds.filesByName).reduce((t, x) => t + x, 0)
  return [
    ...stages,
    `| pages: Astro, start-up and bundling | ${s(astro.totalMs - rendered)} |`,
    `| pages: Astro rendering and writing (by route family below) | ${s(rendered)} |`,
    `| embeds: ${n(embeds.embeds)} embeds, ${n(embedFiles)} files (${(embeds.bytes / 1e6).toFixed(0)} MB), ${embeds.workers} worker thread${embeds.workers === 1 ? '' : 's'} | ${s(embeds.ms)} |`,
    `| pages, embeds and downloads in all | ${s(pages.totalMs)} |`,
    `| build-info and change log, the swap into dist/ and deleting the site it replaced | ${s(stats.finishMs)} |`,
    `| **whole build** (processor time ${s(stats.cpuMs)}) | **${s(stats.totalMs)}** |`,
    size,
    '',
    '| Astro route family | files | time | per file |',
    '|---|---|---|---|',
    ...astro.families.map((f) => `| ${f.family} | ${n(f.files)} | ${s(f.ms)} | ${(f.ms / f.files).toFixed(1)} ms |`),
    '',
    `Embed generator: ${Object.entries(embeds.filesByName)
      .map(([name, x]) => `${n(x)} ${name}`)
      .join(', ')}.`,
    '',
    '| chart | drawn | from the chart cache | drawing time |',
    '|---|---|---|---|',
    ...charts.map((c) => `| ${c.kind} | ${n(c.drawn)} | ${n(c.cached)} | ${s(c.ms)} |`),
  ]
}
