// One worker thread of the embed generator: the embeds of every `workers`-th area, written into
// the output folder where they changed. Reads the site data itself (SITE_DATA_DIR in its
// environment). It starts while Astro builds the other pages: it writes the charts and CSVs at
// once and keeps each page's title and body until the main thread sends the reference embed Astro
// wrote, whose head every page shares. Reports the files it made and the charts it drew.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'
import { writeIfChanged } from '../build-output/output-tree.ts'
import { chartTallies, saveChartCache } from '../charts/chart-cache.ts'
import { embedPaths } from '../site/embeds.ts'
import { areas, metric as metricOf } from '../site/site-data.ts'
import { embedOutput } from './embed-files.ts'
import { embedTitle } from './embed-page.ts'
import type { ReferenceEmbed, WorkerReport, WorkerTask } from './generate.ts'
import { fillTemplate, pageTemplate } from './page-template.ts'

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

// By area, so that each worker reads only its own areas' site data (and England's and the regions').
const shown = areas().filter((a) => a.type !== 'former_la')
const mine = embedPaths(shown.filter((_, i) => i % task.workers === task.worker))
const pages: Array<{ path: string; title: string; body: string }> = []
let sinceReport = 0
for (const { props } of mine) {
  const out = embedOutput(props.metric, props.area)
  mkdirSync(join(task.outDir, out.dir), { recursive: true })
  for (const f of out.files) write(f.path, f.content)
  pages.push({ path: `${out.dir}/index.html`, ...out.page })
  if (++sinceReport === 500) {
    report({ type: 'progress', embeds: sinceReport })
    sinceReport = 0
  }
}
report({ type: 'progress', embeds: sinceReport })

const reference = await new Promise<ReferenceEmbed>((got) => parentPort!.once('message', got))
const refArea = shown.find((a) => a.slug === reference.area)
if (!refArea) throw new Error(`${reference.path}: the site data has no area ${reference.area}`)
const template = pageTemplate(reference.html, embedTitle(metricOf(reference.metric), refArea), reference.path)
for (const page of pages) {
  const html = fillTemplate(template, page.title, page.body)
  if (page.path === `embed/${reference.metric}/${reference.area}/index.html` && html !== reference.html)
    throw new Error(
      `the embed generator's page for ${page.path} differs from the one Astro rendered from src/pages/embed/[metric]/[area]/index.astro: they must be the same markup`,
    )
  write(page.path, html)
}
saveChartCache()
report({ type: 'done', filesByName, paths, written, bytes, charts: chartTallies() })
