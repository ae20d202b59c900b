// The site data contract: what the pipeline writes and the pages read. Pages never see
// observations or compute statistics: every number they show is in these files.
import type { Benchmark, Distribution } from '../benchmarks/benchmarks.ts'
import type { Area } from '../geography/areas.ts'
import type { MetricDefinition } from '../metrics/definition.ts'
import type { MetricValue } from '../metrics/metric-value.ts'
import type { MetricPeriodKind } from '../metrics/periods.ts'
import type { Source } from '../sources/registry.ts'

/** An area as the pages need it: the geography's fields plus its relations. */
export interface AreaSummary extends Area {
  /** Statistical neighbours (current LA codes, closest first). */
  neighbours?: string[]
  /** Change Programme partnership, for the 32 pilot LAs. */
  partnership?: string
  /** Former LAs whose area is now (partly) this LA's. */
  predecessors?: string[]
  /** For former LAs: successors, date and note. */
  successors?: string[]
  effective?: string
  note?: string
  /** Old codes of the same area that sources still use. */
  recodedFrom?: Array<{ code: string; note: string }>
}

export interface PeriodInfo {
  id: string
  kind: MetricPeriodKind
  label: string
  short: string
}

export type MetricInfo = Omit<MetricDefinition, 'segments'> & {
  sources: string[]
  derived: boolean
  /** Whether the metric has counts, so intervals and significance tests (at least where the counts are known). */
  intervals: boolean
  periods: PeriodInfo[]
  latest: string | null
}

export interface SiteIndex {
  areas: AreaSummary[]
  metrics: MetricInfo[]
  sources: Source[]
}

export interface AreaMetric {
  values: MetricValue[]
  benchmarks: Benchmark[]
}

export interface AreaData {
  code: string
  metrics: Record<string, AreaMetric>
}

/** Funnel plot limits (in percent) around England's value for the latest period. */
export interface Funnel {
  period: string
  centre: number
  limits: Array<{ n: number; lower95: number; upper95: number; lower998: number; upper998: number }>
}

export interface MetricData {
  id: string
  values: MetricValue[]
  distributions: Distribution[]
  funnel: Funnel | null
}

/** NHS figures placed against LAs (health.json) and area SEND inspections by LA (inspections.json). */
export type { HealthData, LaNhsFigure, NhsArea, NhsFigure, NhsValue } from '../health/types.ts'
export type { AreaSendInspection, LaInspections } from '../inspections/area-send.ts'
