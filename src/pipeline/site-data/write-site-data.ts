// Writes the site data (JSON read by the pages) and the downloads (CSV and their descriptions).
import { join } from 'node:path'
import type { Benchmark, Distribution } from '../benchmarks/benchmarks.ts'
import type { Geography } from '../geography/areas.ts'
import type { HealthData } from '../health/types.ts'
import type { LaInspections } from '../inspections/area-send.ts'
import type { ComputedMetric } from '../metrics/compute.ts'
import { sourcesOf } from '../metrics/definition.ts'
import { periodLabel, shortPeriodLabel } from '../metrics/periods.ts'
import { MISSING_REASONS } from '../read/missing.ts'
import type { MapShapes } from '../maps/boundaries.ts'
import type { TrackedMetric } from '../programme/change-programme.ts'
import type { Source } from '../sources/registry.ts'
import { NO_COMPARISON, WITHHELD_CHANGE } from '../benchmarks/benchmarks.ts'
import { benchmarksCsv, csvwMetadata, metricsCsv } from './tables.ts'
import type { AreaData, AreaSummary, MetricData, MetricInfo, SiteIndex } from './types.ts'
import { metricFunnel } from '../statistics/funnel.ts'
import { writeJson, writeText } from './write-json.ts'

export interface SiteDataInput {
  geography: Geography
  sources: Source[]
  computed: ComputedMetric[]
  benchmarks: Benchmark[]
  distributions: Distribution[]
  neighbours: ReadonlyMap<string, ReadonlyArray<{ code: string }>>
  partnerships: ReadonlyMap<string, string>
  tracker: TrackedMetric[]
  map: MapShapes
  /** NHS figures placed against LAs (never an LA's own figures). */
  health: HealthData
  /** Area SEND inspection outcomes by LA: facts, not ranked metrics. */
  inspections: Record<string, LaInspections>
}

export function metricInfo(m: ComputedMetric, sources: Source[]): MetricInfo {
  // Segments name the series behind the figures: the pages need the figures, not how they are read.
  const { segments: _segments, ...definition } = m.definition
  const ids = sourcesOf(m.definition)
  const used = sources.filter((s) => ids.includes(s.id))
  const withValue = new Set(m.values.filter((v) => v.value !== null).map((v) => v.period))
  const latest = [...m.periods].reverse().find((p) => withValue.has(p.id))
  return {
    ...definition,
    sources: used.map((s) => s.id),
    derived: used.some((s) => s.kind === 'derived'),
    // From the figures, not the definition: a segment of counts whose source is not registered
    // (DfE's official exclusions file) gives no interval.
    intervals: m.values.some((v) => v.ci95 !== null),
    periods: m.periods.map((p) => ({ ...p, label: periodLabel(p), short: shortPeriodLabel(p) })),
    latest: latest?.id ?? null,
  }
}

export function areaSummaries(input: SiteDataInput): AreaSummary[] {
  const g = input.geography
  const current: AreaSummary[] = [g.england, ...g.regions, ...g.las].map((a) => {
    const predecessors = g.former.filter((f) => f.successorCodes.includes(a.code)).map((f) => f.code)
    const recodedFrom = g.recodes.filter((r) => r.toCode === a.code).map((r) => ({ code: r.fromCode, note: r.note }))
    const partnership = input.partnerships.get(a.code)
    const neighbours = input.neighbours.get(a.code)?.map((n) => n.code)
    return {
      ...a,
      ...(neighbours ? { neighbours } : {}),
      ...(partnership ? { partnership } : {}),
      ...(predecessors.length > 0 ? { predecessors } : {}),
      ...(recodedFrom.length > 0 ? { recodedFrom } : {}),
    }
  })
  const former: AreaSummary[] = g.former.map(({ successorCodes, ...f }) => ({ ...f, successors: successorCodes }))
  return [...current, ...former]
}

export function writeSiteData(outDir: string, input: SiteDataInput): void {
  const { geography: g, computed } = input
  const index: SiteIndex = {
    areas: areaSummaries(input),
    metrics: computed.map((m) => metricInfo(m, input.sources)),
    sources: input.sources,
  }
  writeJson(join(outDir, 'index.json'), index)
  writeJson(join(outDir, 'change-programme.json'), input.tracker)
  writeJson(join(outDir, 'map.json'), input.map)
  writeJson(join(outDir, 'health.json'), input.health)
  writeJson(join(outDir, 'inspections.json'), input.inspections)

  const byArea = new Map<string, AreaData>()
  const areaData = (code: string) => {
    let d = byArea.get(code)
    if (!d) byArea.set(code, (d = { code, metrics: {} }))
    return d
  }
  for (const m of computed) {
    for (const v of m.values) (areaData(v.area).metrics[v.metric] ??= { values: [], benchmarks: [] }).values.push(v)
    const data: MetricData = {
      id: m.definition.id,
      values: m.values,
      distributions: input.distributions.filter((d) => d.metric === m.definition.id),
      funnel: metricFunnel(m, g),
    }
    writeJson(join(outDir, 'metrics', `${m.definition.id}.json`), data)
  }
  for (const b of input.benchmarks) areaData(b.area).metrics[b.metric]!.benchmarks.push(b)
  for (const [code, data] of byArea) writeJson(join(outDir, 'areas', `${code}.json`), data)

  const downloads = join(outDir, 'downloads')
  writeText(join(downloads, 'metrics.csv'), metricsCsv(computed, g))
  writeText(join(downloads, 'benchmarks.csv'), benchmarksCsv(input.benchmarks))
  writeJson(join(downloads, 'metrics.csv-metadata.json'), csvwMetadata(), { pretty: true })
  writeJson(
    join(downloads, 'metric-definitions.json'),
    {
      metrics: index.metrics,
      missing_reasons: MISSING_REASONS,
      no_test_reasons: NO_COMPARISON,
      withheld_change_reasons: WITHHELD_CHANGE,
    },
    { pretty: true },
  )
}
