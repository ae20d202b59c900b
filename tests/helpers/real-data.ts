// Integration tests read the real published files: fetched from the mirror (../shared/ees or
// EES_MIRROR) into data/raw/ exactly as the build does, without network downloads.
import { loadGeography } from '../../src/pipeline/geography/areas.ts'
import { computeMetric, type ComputedMetric } from '../../src/pipeline/metrics/compute.ts'
import { metricById } from '../../src/pipeline/metrics/registry.ts'
import { ObservationIndex } from '../../src/pipeline/metrics/series.ts'
import { readAllSources, type ReadAll } from '../../src/pipeline/read/read-sources.ts'
import { DEFAULT_CACHE_DIR, fetchAll, mirrorsFromEnv } from '../../src/pipeline/sources/fetch.ts'
import { loadRegistry } from '../../src/pipeline/sources/registry.ts'

let cached: Promise<ReadAll> | undefined

export function readRealSources(): Promise<ReadAll> {
  cached ??= (async () => {
    const { fetched } = await fetchAll(loadRegistry(), {
      cacheDir: DEFAULT_CACHE_DIR,
      mirrors: mirrorsFromEnv(),
      download: false,
      log: () => {},
    })
    return readAllSources(fetched, loadGeography(), () => {})
  })()
  return cached
}

/** The real observations indexed, all of them and those of LAs alone, and the registry's metrics computed on them once. */
export interface RealMetrics {
  read: ReadAll
  index: ObservationIndex
  lasOnly: ObservationIndex
  /** A metric computed from every row, or (fromLasOnly) from LA rows alone, as the sums of LAs give it. */
  metric: (id: string, fromLasOnly?: boolean) => ComputedMetric
}

let metrics: Promise<RealMetrics> | undefined

/** Shared by the test files of a worker (they run in one module graph), so each metric is computed once. */
export function realMetrics(): Promise<RealMetrics> {
  metrics ??= (async () => {
    const read = await readRealSources()
    const g = loadGeography()
    const index = new ObservationIndex(read.observations)
    const lasOnly = new ObservationIndex(read.observations.filter((o) => o.areaType === 'la' || o.areaType === 'former_la'))
    const computed = new Map<string, ComputedMetric>()
    const metric = (id: string, fromLasOnly = false): ComputedMetric => {
      const key = `${id}|${fromLasOnly}`
      let m = computed.get(key)
      if (!m) {
        const def = metricById(id)
        if (!def) throw new Error(`no metric ${id}`)
        computed.set(key, (m = computeMetric(def, fromLasOnly ? lasOnly : index, g)))
      }
      return m
    }
    return { read, index, lasOnly, metric }
  })()
  return metrics
}
