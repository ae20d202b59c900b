// One worker thread of the embed generator: it takes the areas one at a time from a counter the
// workers share (so a worker started later, once Astro is done, takes its share of what is left),
// and writes each area's embeds into the output folder where they changed. Reads the site data
// itself (SITE_DATA_DIR in its environment). It runs while Astro builds the other pages, at a lower
// priority: Astro renders on one thread, whose work cannot move to another, so the workers take the
// processor time it leaves. It writes the charts and CSVs at once, and each page as soon as the
// main thread has sent the reference embed Astro wrote, whose head every page shares (until then it
// keeps the pages' titles and bodies). Reports the files it made and the charts it drew.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads'
import { lowerThreadPriority } from '../build-output/thread-priority.ts'
import { writeIfChanged } from '../build-output/output-tree.ts'
import { chartTallies, saveChartCache, useChartPack } from '../charts/chart-cache.ts'
import { embedPaths } from '../site/embeds.ts'
import { forgetViewsOf } from '../site/per-metric-and-area.ts'
import { areas, forgetAreaData, metric as metricOf } from '../site/site-data.ts'
import { embedOutput } from './embed-files.ts'
import { embedTitle } from './embed-page.ts'
import type { ReferenceEmbed, WorkerReport, WorkerTask } from './generate.ts'
import { fillTemplate, pageTemplate, type PageTemplate } from './page-template.ts'

const task = workerData as WorkerTask
const report = (r: WorkerReport) => parentPort!.postMessage(r)

const filesByName: Record<string, number> = {}
const paths: string[] = []
let bytes = 0
let written = 0
const write = (path: string, content: string) => {
  // Into an empty folder, every file is new: no need to look for an older one first.
  if (task.fresh) writeFileSync(join(task.outDir, path), content)
  if (task.fresh || writeIfChanged(join(task.outDir, path), content)) written++
  paths.push(path)
  const name = path.slice(path.lastIndexOf('/') + 1)
  filesByName[name] = (filesByName[name] ?? 0) + 1
  bytes += Buffer.byteLength(content)
}

lowerThreadPriority()

// By area, so that each worker reads only the site data of the areas it takes.
const shown = areas().filter((a) => a.type !== 'former_la')
const taken = new Int32Array(task.areasTaken)

interface Page {
  path: string
  title: string
  body: string
}
let reference: { embed: ReferenceEmbed; template: PageTemplate } | null = null
const waiting: Page[] = []

function useReference(embed: ReferenceEmbed): void {
  const refArea = shown.find((a) => a.slug === embed.area)
  if (!refArea) throw new Error(`${embed.path}: the site data has no area ${embed.area}`)
  reference = { embed, template: pageTemplate(embed.html, embedTitle(metricOf(embed.metric), refArea), embed.path) }
  for (const page of waiting.splice(0)) writePage(page)
}

function writePage(page: Page): void {
  const { embed, template } = reference!
  const html = fillTemplate(template, page.title, page.body)
  if (page.path === `embed/${embed.metric}/${embed.area}/index.html` && html !== embed.html)
    throw new Error(
      `the embed generator's page for ${page.path} differs from the one Astro rendered from src/pages/embed/[metric]/[area]/index.astro: they must be the same markup`,
    )
  write(page.path, html)
}

let sinceReport = 0
for (let next = Atomics.add(taken, 0, 1); next < shown.length; next = Atomics.add(taken, 0, 1)) {
  const area = shown[next]!
  // A pack of charts per area, whichever worker draws them: the next build finds them wherever
  // its workers go.
  useChartPack(`embeds-${area.slug}`)
  for (const { props } of embedPaths([area])) {
    const out = embedOutput(props.metric, props.area)
    mkdirSync(join(task.outDir, out.dir), { recursive: true })
    for (const f of out.files) write(f.path, f.content)
    const page = { path: `${out.dir}/index.html`, ...out.page }
    if (!reference) {
      // The reference arrives while this loop runs: look for it without giving up the thread.
      const sent = receiveMessageOnPort(parentPort!)
      if (sent) useReference(sent.message as ReferenceEmbed)
    }
    if (reference) writePage(page)
    else waiting.push(page)
    if (++sinceReport === 500) {
      report({ type: 'progress', embeds: sinceReport })
      sinceReport = 0
    }
  }
  // No other area's embeds read an LA's own figures (its neighbours' come from the metrics' files),
  // but every LA's read its region's and England's: only an LA is let go of once it is done.
  if (area.type === 'la') {
    forgetAreaData(area.code)
    forgetViewsOf(area.code)
  }
}
report({ type: 'progress', embeds: sinceReport })
if (!reference) useReference(await new Promise<ReferenceEmbed>((got) => parentPort!.once('message', got)))
saveChartCache()
report({ type: 'done', filesByName, paths, written, bytes, charts: chartTallies() })
