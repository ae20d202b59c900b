// The embed generator: every file under /embed/ (about 25,000 embed pages, each with chart.svg,
// data.csv and for LAs neighbours.svg), made by pure functions of the site data in worker threads
// (by default one per core; the build gives them the cores Astro leaves, and adds one when Astro is
// done) while Astro builds the other pages, and written where they changed. Astro renders one embed
// page, the reference (src/pages/embed/[metric]/[area]/index.astro), so that the embeds' stylesheet
// is bundled with the site's and their <head> is the site's own; the generator takes the head from
// it and checks that it makes the reference page byte for byte as Astro did.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import { removeOthers } from '../build-output/output-tree.ts'
import type { ChartTally } from '../charts/chart-cache.ts'

export interface WorkerTask {
  outDir: string
  /** The output folder has no embed/ yet (a build from nothing). */
  fresh: boolean
  /** One counter shared by the workers: how many areas they have taken so far. */
  areasTaken: SharedArrayBuffer
}

/** Astro's reference embed page, sent to the workers when Astro has written it. */
export interface ReferenceEmbed {
  metric: string
  area: string
  path: string
  html: string
}

export type WorkerReport =
  | { type: 'progress'; embeds: number }
  | {
      type: 'done'
      filesByName: Record<string, number>
      /** Every file made, relative to the output folder. */
      paths: string[]
      written: number
      bytes: number
      charts: ChartTally[]
    }

export interface EmbedStats {
  /** Worker threads started at once. */
  workers: number
  /** Worker threads added later (addWorkers: when Astro was done). */
  addedWorkers: number
  ms: number
  embeds: number
  filesByName: Record<string, number>
  /** Files whose bytes changed (or were new), so were written; the others were left as they were. */
  written: number
  /** Stale files removed: embeds the site data no longer has. */
  removed: number
  bytes: number
  charts: ChartTally[]
}

/** The one embed page Astro wrote: /embed/<metric>/<area>/index.html. */
function findReference(astroDir: string): ReferenceEmbed {
  const embed = join(astroDir, 'embed')
  const metrics = readdirSync(embed)
  const areas = metrics.length === 1 ? readdirSync(join(embed, metrics[0]!)) : []
  if (metrics.length !== 1 || areas.length !== 1)
    throw new Error(`expected Astro to render exactly one embed page (the reference) into ${embed}, found ${metrics.length} metrics`)
  const path = join(embed, metrics[0]!, areas[0]!, 'index.html')
  return { metric: metrics[0]!, area: areas[0]!, path, html: readFileSync(path, 'utf8') }
}

export interface EmbedGeneration {
  /** Sends the workers the reference embed Astro wrote into `astroDir` (once): they can write the pages. */
  sendReference(astroDir: string): void
  /** Starts `n` more workers, which take their share of the areas not yet taken (cores have come free). */
  addWorkers(n: number): void
  /** Waits for the workers to finish (the reference must have been sent). */
  finish(): Promise<EmbedStats>
  /** Stops the workers (the page build failed). */
  stop(): Promise<void>
}

/** Starts the workers; they write the charts and CSVs at once, and the pages once `sendReference` gives them the reference. */
export function startEmbeds(options: {
  siteData: string
  /** The site's output folder: its embed/ is brought up to date, files no longer made removed. */
  outDir: string
  /** Astro's base path ("/" or "/repo/"), for the links the pages write. */
  base: string
  /** More environment for the workers (the chart cache's folder). */
  env?: Readonly<Record<string, string>>
  workers?: number
  log?: (line: string) => void
}): EmbedGeneration {
  const { outDir, log = (l) => process.stderr.write(`${l}\n`) } = options
  const started = performance.now()
  const workers = Math.max(1, options.workers ?? availableParallelism())
  const env = { ...process.env, ...options.env, SITE_DATA_DIR: resolve(options.siteData), SITE_BASE: options.base }
  const task: WorkerTask = { outDir: resolve(outDir), fresh: !existsSync(join(outDir, 'embed')), areasTaken: new SharedArrayBuffer(4) }
  let embeds = 0
  let lastLog = started
  const threads: Worker[] = []
  const reports: Array<Promise<Extract<WorkerReport, { type: 'done' }>>> = []
  let reference: ReferenceEmbed | null = null
  const startWorker = () => {
    const number = threads.length
    const w = new Worker(new URL('./worker.ts', import.meta.url), { workerData: task, env })
    threads.push(w)
    if (reference) w.postMessage(reference)
    const done = new Promise<Extract<WorkerReport, { type: 'done' }>>((resolveWorker, fail) => {
      let result: Extract<WorkerReport, { type: 'done' }> | undefined
      w.on('message', (r: WorkerReport) => {
        if (r.type === 'done') result = r
        else {
          embeds += r.embeds
          const now = performance.now()
          if (now - lastLog > 15_000) {
            lastLog = now
            log(`  embeds: ${embeds.toLocaleString('en-GB')} charts and CSVs written (${((now - started) / 1000).toFixed(0)} s)`)
          }
        }
      })
      w.on('error', fail)
      w.on('exit', (code) =>
        result ? resolveWorker(result) : fail(new Error(`embed generator worker ${number} stopped with exit ${code}`)),
      )
    })
    // A worker's failure is reported by finish(); until then it must not count as unhandled.
    done.catch(() => {})
    reports.push(done)
  }
  for (let i = 0; i < workers; i++) startWorker()
  return {
    sendReference(astroDir) {
      if (reference) return
      reference = findReference(astroDir)
      for (const w of threads) w.postMessage(reference)
    },
    addWorkers(n) {
      for (let i = 0; i < n; i++) startWorker()
    },
    async finish() {
      if (!reference) throw new Error('the embed generator was asked to finish before it was sent the reference embed page')
      // Workers may be added while these run: wait until every one started has reported.
      let done: Array<Extract<WorkerReport, { type: 'done' }>> = []
      while (done.length < reports.length) done = await Promise.all(reports)
      const filesByName: Record<string, number> = {}
      for (const r of done) for (const [name, n] of Object.entries(r.filesByName)) filesByName[name] = (filesByName[name] ?? 0) + n
      // Into a folder that had no embed/, only the workers have written: nothing stale to look for.
      const made = task.fresh ? null : new Set(done.flatMap((r) => r.paths.map((p) => p.slice('embed/'.length))))
      const removed = made ? removeOthers(join(outDir, 'embed'), (p) => made.has(p)) : 0
      return {
        workers,
        addedWorkers: threads.length - workers,
        ms: performance.now() - started,
        embeds,
        filesByName,
        written: done.reduce((n, r) => n + r.written, 0),
        removed,
        bytes: done.reduce((n, r) => n + r.bytes, 0),
        charts: done.flatMap((r) => r.charts),
      }
    },
    async stop() {
      await Promise.all(threads.map((w) => w.terminate()))
    },
  }
}
