// One worker thread of the embed generator: writes the embeds of every n-th area (generate.ts) and
// reports the files it wrote and the charts it drew. Reads the site data itself (SITE_DATA_DIR).
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'
import { chartTallies, saveChartCache } from '../charts/chart-cache.ts'
import { embedsOf } from '../site/embeds.ts'
import { forgetViewsOf } from '../site/per-metric-and-area.ts'
import { areas, forgetAreaData } from '../site/site-data.ts'
import { embedFiles } from './embed-files.ts'
import type { WorkerReport, WorkerTask } from './generate.ts'

const task = workerData as WorkerTask
const report = (r: WorkerReport) => parentPort!.postMessage(r)

const filesByName: Record<string, number> = {}
let bytes = 0
let sinceReport = 0
areas().forEach((area, position) => {
  if (position % task.parts !== task.part) return
  for (const m of embedsOf(area)) {
    for (const file of embedFiles(m, area)) {
      const path = join(task.outDir, file.path)
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, file.content)
      const name = file.path.slice(file.path.lastIndexOf('/') + 1)
      filesByName[name] = (filesByName[name] ?? 0) + 1
      bytes += Buffer.byteLength(file.content)
    }
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
})
report({ type: 'progress', embeds: sinceReport })
saveChartCache()
report({ type: 'done', filesByName, bytes, charts: chartTallies() })
