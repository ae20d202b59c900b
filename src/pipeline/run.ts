// The whole data pipeline, in the order of the data flow, one step after another: fetch -> read
// and harmonise -> metrics -> benchmarks -> site data. Writes only into outDir, which the caller
// creates fresh and swaps into place on success.
import { benchmarkMetric, laBenchmarkAreas } from './benchmarks/benchmarks.ts'
import { jumpNotes } from './benchmarks/jump-notes.ts'
import { loadGeography } from './geography/areas.ts'
import { nhsMeasuresFromSources } from './health/from-sources.ts'
import { inspectionsFromSources } from './inspections/from-sources.ts'
import { loadChangeProgramme } from './geography/change-programme.ts'
import { computeMetric, type ComputedMetric } from './metrics/compute.ts'
import { METRICS, NHS_MEASURES } from './metrics/registry.ts'
import { evaluateFromComputed } from './programme/evaluation.ts'
import { programmeSiteData } from './programme/to-site-data.ts'
import { loadMapShapes } from './maps/boundaries.ts'
import { readDistrictLookup } from './read/district-lookup.ts'
import { buildPlaceIndex } from './places/place-index.ts'
import { ObservationIndex } from './metrics/series.ts'
import { checkSeriesParts, optionalSources } from './metrics/series-check.ts'
import { APPEALABLE_DECISIONS, checkAppealableDecisions } from './read/appealable-decisions.ts'
import { designatedOfficers } from './read/designated-officers.ts'
import { factsOfFormat, readAllSources } from './read/read-sources.ts'
import { writeSiteData } from './site-data/write-site-data.ts'
import { DEFAULT_CACHE_DIR, fetchAll, mirrorsFromEnv } from './sources/fetch.ts'
import { fetchRecord, fetchSummary } from './sources/fetch-record.ts'
import { siteDataKey } from '../build-output/build-keys.ts'
import { restoreSiteData, storeSiteData } from '../build-output/site-data-cache.ts'
import { loadRegistry } from './sources/registry.ts'
import type { Benchmark, Distribution } from '../contract/schemas.ts'

export interface PipelineOptions {
  outDir: string
  log?: (line: string) => void
  /**
   * The build's cache of site data: 'use' reuses the site data of an earlier run with the same
   * sources and pipeline code, and keeps this run's; 'refresh' only keeps this run's.
   */
  cache?: 'use' | 'refresh' | 'none'
}

export interface PipelineTimings {
  fetchMs: number
  readMs: number
  metricsMs: number
  /** Placing districts and towns in LAs for "Find your area". */
  placesMs: number
  writeMs: number
  /** True when the site data of an earlier run with the same key was reused: nothing was read or computed. */
  reused: boolean
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

export async function runPipeline({
  outDir,
  log = (l) => process.stderr.write(`${l}\n`),
  cache = 'none',
}: PipelineOptions): Promise<PipelineTimings> {
  const sources = loadRegistry()
  const geography = loadGeography()
  const partnerships = loadChangeProgramme(geography)

  log(`1/4 Fetching ${sources.length} sources`)
  let t = performance.now()
  const { fetched, fellBack } = await fetchAll(sources, {
    cacheDir: DEFAULT_CACHE_DIR,
    mirrors: mirrorsFromEnv(),
    download: process.env.DASHBOARD_OFFLINE !== '1',
    log,
  })
  const fetchMs = performance.now() - t
  log(fetchSummary({ fetched, fellBack }))
  const record = fetchRecord(sources, { fetched, fellBack })
  const key = cache === 'none' ? null : siteDataKey(record)
  if (key && cache === 'use' && restoreSiteData(key, outDir)) {
    log('  The same sources and pipeline code as an earlier run: its site data is reused (DASHBOARD_NO_CACHE=1 to compute it again)')
    return { fetchMs, readMs: 0, metricsMs: 0, placesMs: 0, writeMs: 0, reused: true }
  }
  // The sources this build reads: a fallback replaces its preferred source, never joins it.
  const used = fetched.map((f) => f.source)

  log('2/4 Reading and harmonising')
  t = performance.now()
  const read = await readAllSources(fetched, geography, log)
  // The tribunal table's denominators against the EHC plan files they are built from.
  const tribunal = read.accounts.find((a) => a.source === APPEALABLE_DECISIONS.tribunal)
  if (tribunal) {
    const notes = checkAppealableDecisions(read.observations, geography, tribunal.file)
    tribunal.checks.push(...notes)
    log(`  ${notes[0]}`)
  }
  const readMs = performance.now() - t

  log(`3/4 Computing ${METRICS.length + NHS_MEASURES.length} measures, their benchmarks and the Change Programme evaluation`)
  t = performance.now()
  const index = new ObservationIndex(read.observations)
  // A registered source that fell back was not read: its parts are checked by measure name only.
  checkSeriesParts(METRICS, index, optionalSources(used.map((s) => s.id)))
  const computed: ComputedMetric[] = []
  const benchmarks: Benchmark[] = []
  const distributions: Distribution[] = []
  for (const def of METRICS) {
    const m = computeMetric(def, index, geography)
    const b = benchmarkMetric(m, laBenchmarkAreas(geography), read.neighbours)
    computed.push(m)
    benchmarks.push(...b.benchmarks)
    distributions.push(...b.distributions)
  }
  // Figures that leap far from an LA's own before and after and straight back carry a caution.
  const cautions = new Map(computed.map((m) => [m.definition.id, jumpNotes(m, distributions, geography.las)]))
  const flagged = [...cautions.values()].filter((n) => n.length > 0)
  log(`  ${flagged.flat().length} figures in ${flagged.length} measures jump implausibly: each carries a caution`)
  const boundaries = fetched.find((f) => f.source.id === 'ons-boundaries')!
  const map = loadMapShapes(boundaries.path, boundaries.path, geography)
  const programme = programmeSiteData(
    evaluateFromComputed(computed, geography, partnerships, read.neighbours),
    (code) => geography.byCode.get(code)!.name,
  )
  // Measures the NHS publishes for its own areas: set against their NHS region and England, not ranked.
  const nhs = nhsMeasuresFromSources(read, geography, NHS_MEASURES)
  for (const m of nhs.computed) {
    const units = m.definition.areaLevel === 'nhs_sub_icb' ? nhs.areas.subIcbs : nhs.areas.icbs
    benchmarks.push(
      ...benchmarkMetric(m, { england: geography.england, regions: nhs.areas.regions, units, ranked: false }, new Map()).benchmarks,
    )
    computed.push(m)
  }
  const inspections = inspectionsFromSources(read, used, geography)
  const officers = designatedOfficers(
    factsOfFormat(read.facts, 'sen2-designated-officers').map((f) => f.facts),
    geography,
  )
  const metricsMs = performance.now() - t

  log('  Placing districts and towns in local authorities for "Find your area"')
  t = performance.now()
  const pathOf = (id: string) => fetched.find((f) => f.source.id === id)!.path
  const places = buildPlaceIndex({
    geography,
    districts: ['ons-ltla-utla-2023', 'ons-ltla-2014'].map((id) =>
      readDistrictLookup({ sourceId: id, path: pathOf(id), displayName: pathOf(id) }),
    ),
    changesPath: pathOf('ons-geography-changes'),
    changesName: pathOf('ons-geography-changes'),
    boundariesPath: boundaries.path,
  })
  const placesMs = performance.now() - t
  log(`  ${computed.reduce((n, m) => n + m.values.length, 0)} values, ${benchmarks.length} benchmarks`)

  log('4/4 Writing site data')
  t = performance.now()
  writeSiteData(outDir, {
    geography,
    sources: used,
    computed,
    benchmarks,
    distributions,
    cautions,
    neighbours: read.neighbours,
    partnerships,
    programme,
    map,
    nhs: nhs.areas,
    inspections,
    places,
    accounts: read.accounts,
    fetched: record,
    designatedOfficers: officers,
  })
  const writeMs = performance.now() - t
  log(
    `Pipeline done: fetch ${seconds(fetchMs)}, read ${seconds(readMs)}, metrics ${seconds(metricsMs)}, places ${seconds(placesMs)}, write ${seconds(writeMs)}; ${read.observations.length} observations.`,
  )
  if (key) storeSiteData(key, outDir)
  return { fetchMs, readMs, metricsMs, placesMs, writeMs, reused: false }
}
