// One worker thread of the embed generator: the embeds of every `workers`-th area, written into
// the output folder where they changed. Reads the site data itself (SITE_DATA_DIR in its
// environment) and reports the files it made and the charts it drew.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'
import { writeIfChanged } from '../build-output/output-tree.ts'
import { chartTallies } from '../charts/chart-cache.ts'
import { embedPaths } from '../site/embeds.ts'
import { areas, metric as metricOf } from '../site/site-data.ts'
import { embedDir, embedFiles } from './embed-files.ts'
import { embedTitle } from './embed-page.ts'
import { pageTemplate } from './page-template.ts'
import type { WorkerReport, WorkerTask } from './generate.ts'

const task = workerData as WorkerTask
const report = (r: WorkerReport) => parentPort!.postMessage(r)

const refMetric = metricOf(task.reference.metric)
const refArea = areas().find((a) => a.slug === task.reference.area && a.type !== 'former_la')
if (!refArea) throw new Error(`${task.reference.path}: the site data has no area ${task.reference.area}`)
const template = pageTemplate(task.reference.html, embedTitle(refMetric, refArea), task.reference.path)
const referenceDir = embedDir(refMetric, refArea)

const filesByName: Record<string, number> = {}
const paths: string[] = []
let bytes = 0
let written = 0
let sinceReport = 0
// By area, so that each worker reads only its own areas' site data (and England's and the regions').
const shown = areas().filter((a) => a.type !== 'former_la')
const mine = embedPaths(shown.filter((_, i) => i % task.workers === task.worker))
for (const { props } of mine) {
  const files = embedFiles(props.metric, props.area, template)
  mkdirSync(join(task.outDir, embedDir(props.metric, props.area)), { recursive: true })
  for (const f of files) {
    if (f.path === `${referenceDir}/index.html` && f.content !== task.reference.html)
      throw new Error(
        `the embed generator's page for ${f.path} differs from the one Astro rendered from src/pages/embed/[metric]/[area]/index.astro: they must be the same markup`,
      )
    if (writeIfChanged(join(task.outDir, f.path), f.content)) written++
    paths.push(f.path)
    const name = f.path.slice(f.path.lastIndexOf('/') + 1)
    filesByName[name] = (filesByName[name] ?? 0) + 1
    bytes += Buffer.byteLength(f.content)
  }
  if (++sinceReport === 500) {
    report({ type: 'progress', embeds: sinceReport })
    sinceReport = 0
  }
}
report({ type: 'progress', embeds: sinceReport })
report({ type: 'done', filesByName, paths, written, bytes, charts: chartTallies() })
