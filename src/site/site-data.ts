// Pages read the pipeline's site data through this module and nothing else: they never parse
// source files or compute statistics. SITE_DATA_DIR is set by scripts/build.ts.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SourceAccount } from '../pipeline/read/accounts.ts'
import type { AreaData, AreaSummary, HealthData, LaInspections, MetricData, MetricInfo, SiteIndex } from '../pipeline/site-data/types.ts'
import type { Source } from '../pipeline/sources/registry.ts'
import type { SourceRecord } from '../pipeline/sources/fetch-record.ts'
import type { MapShapes } from '../pipeline/maps/boundaries.ts'
import type { TrackedMetric } from '../pipeline/programme/change-programme.ts'
import { routes } from './routes.ts'
import type { Place } from '../pipeline/places/place-index.ts'

function siteDataDir(): string {
  const dir = process.env.SITE_DATA_DIR
  if (!dir) throw new Error('SITE_DATA_DIR is not set: build the site with ./dashboard build, which runs the data pipeline first')
  return dir
}

let complete = false
/**
 * The build starts Astro, and may start the embed workers, while the pipeline is still writing the
 * site data (scripts/build-pages.ts), so that they start up, and read each file as soon as it is
 * written, on the core the pipeline leaves. The pipeline writes each file whole (write-json.ts),
 * and SITE_DATA_READY names the file the build writes when the site data is complete: until then
 * a read waits for its file, and after it a file that is not there is missing. Pages read the site
 * data synchronously, so this waits synchronously, and gives up if the build that started it has
 * gone.
 */
function waitFor(path: string): void {
  const readyFile = process.env.SITE_DATA_READY
  if (!readyFile || complete) return
  const parent = process.ppid
  const pause = new Int32Array(new SharedArrayBuffer(4))
  while (!existsSync(path)) {
    if (existsSync(readyFile)) {
      complete = true
      return
    }
    if (process.ppid !== parent) throw new Error(`the build that started this page build has stopped before it wrote ${path}`)
    Atomics.wait(pause, 0, 0, 20)
  }
}

const cache = new Map<string, unknown>()
function load<T>(name: string): T {
  if (!cache.has(name)) {
    const path = join(siteDataDir(), name)
    waitFor(path)
    cache.set(name, JSON.parse(readFileSync(path, 'utf8')))
  }
  return cache.get(name) as T
}

export const siteIndex = (): SiteIndex => load<SiteIndex>('index.json')
export const sources = (): Source[] => siteIndex().sources
export const accounts = (): SourceAccount[] => load<SourceAccount[]>('accounts.json')
/** What the fetch step did with every registered source, including any not read by this build. */
export const fetchRecords = (): SourceRecord[] => load<SourceRecord[]>('fetch.json')
export const metrics = (): MetricInfo[] => siteIndex().metrics
export const areaData = (code: string): AreaData => load<AreaData>(`areas/${code}.json`)
/**
 * Lets go of an area's site data, for a process that has finished with the area (an embed worker,
 * which takes the areas one at a time), so that it does not keep every area it has done.
 */
export const forgetAreaData = (code: string): void => void cache.delete(`areas/${code}.json`)
export const metricData = (id: string): MetricData => load<MetricData>(`metrics/${id}.json`)
export const health = (): HealthData => load<HealthData>('health.json')
export const inspections = (): Record<string, LaInspections> => load<Record<string, LaInspections>>('inspections.json')

let areasByCode: Map<string, AreaSummary> | undefined
export function area(code: string): AreaSummary {
  areasByCode ??= new Map(siteIndex().areas.map((a) => [a.code, a]))
  const a = areasByCode.get(code)
  if (!a) throw new Error(`site data has no area ${code}`)
  return a
}

export const areas = (type?: AreaSummary['type']): AreaSummary[] => siteIndex().areas.filter((a) => type === undefined || a.type === type)
export const england = (): AreaSummary => areas('england')[0]!

export function metric(id: string): MetricInfo {
  const m = metrics().find((x) => x.id === id)
  if (!m) throw new Error(`site data has no metric ${id}`)
  return m
}

export function source(id: string): Source {
  const s = sources().find((x) => x.id === id)
  if (!s) throw new Error(`site data has no source ${id}`)
  return s
}

/** URL path of an area's page. */
export function areaPath(a: AreaSummary): string {
  switch (a.type) {
    case 'england':
      return routes.england()
    case 'region':
      return routes.region(a.slug)
    case 'la':
      return routes.la(a.slug)
    case 'former_la':
      return `${routes.la(area(a.successors![0]!).slug)}#former-${a.slug}`
  }
}

export const mapShapes = (): MapShapes => load<MapShapes>('map.json')

export const placesData = (): Place[] => load<Place[]>('places.json')

export const changeProgramme = (): TrackedMetric[] => load<TrackedMetric[]>('change-programme.json')
