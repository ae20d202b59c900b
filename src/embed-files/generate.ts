// The embed generator: every file under /embed/ (about 43,000 embeds, each a page, chart.svg and
// data.csv), made by pure functions of the site data and written into
// the site's output folder after Astro has built the pages. The areas are dealt out to worker
// threads, one per core by default: each takes every n-th area, so no worker waits for another.
import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import { chartStats, type ChartTally } from '../charts/chart-cache.ts'

export interface WorkerTask {
  outDir: string
  /** This worker takes the areas whose position in the site data's list is `part` modulo `parts`. */
  part: number
  parts: number
}

export type WorkerReport =
  { type: 'progress'; embeds: number } | { type: 'done'; filesByName: Record<string, number>; bytes: number; charts: ChartTally[] }

export interface EmbedStats {
  workers: number
  ms: number
  embeds: number
  filesByName: Record<string, number>
  bytes: number
  charts: ChartTally[]
}

export async function writeEmbeds(options: {
  siteData: string
  /** The site's output folder, which Astro has filled and which has no embed/ yet. */
  outDir: string
  /** More environment for the workers: the base path, the site's address, the chart cache. */
  env?: Readonly<Record<string, string>>
  workers?: number
  log?: (line: string) => void
}): Promise<EmbedStats> {
  const { log = (l) => process.stderr.write(`${l}\n`) } = options
  const started = performance.now()
  const parts = Math.max(1, options.workers ?? availableParallelism())
  const env = { ...process.env, ...options.env, SITE_DATA_DIR: resolve(options.siteData) }
  let embeds = 0
  let lastLog = started
  const reports = Array.from({ length: parts }, (_, part) => {
    const task: WorkerTask = { outDir: resolve(options.outDir), part, parts }
    const worker = new Worker(new URL('./worker.ts', import.meta.url), {
      workerData: task,
      env: { ...env, DASHBOARD_CHART_PACK: `embeds-${part + 1}-of-${parts}` },
    })
    return new Promise<Extract<WorkerReport, { type: 'done' }>>((done, fail) => {
      let result: Extract<WorkerReport, { type: 'done' }> | undefined
      worker.on('message', (r: WorkerReport) => {
        if (r.type === 'done') {
          result = r
          return
        }
        embeds += r.embeds
        const now = performance.now()
        if (now - lastLog > 10_000) {
          lastLog = now
          log(`  embeds: ${embeds.toLocaleString('en-GB')} written (${((now - started) / 1000).toFixed(0)} s)`)
        }
      })
      worker.on('error', fail)
      worker.on('exit', (code) =>
        result ? done(result) : fail(new Error(`embed worker ${part + 1} of ${parts} stopped with exit ${code}`)),
      )
    })
  })
  const done = await Promise.all(reports)
  const filesByName: Record<string, number> = {}
  for (const r of done) for (const [name, n] of Object.entries(r.filesByName)) filesByName[name] = (filesByName[name] ?? 0) + n
  return {
    workers: parts,
    ms: performance.now() - started,
    embeds,
    filesByName,
    bytes: done.reduce((n, r) => n + r.bytes, 0),
    charts: chartStats(done.flatMap((r) => r.charts)),
  }
}
