// An outcome's panel: one value per LA and period, from the computed metrics or from the published
// downloads (metrics.csv for the values, metric-definitions.json for the kind of period and the
// periods flagged for COVID), so that anyone can rebuild the estimates from the downloads alone.
// Values from the computed metrics are rounded as metrics.csv publishes them: both routes then
// give the engine the same numbers and the same results.
import type { ComputedMetric } from '../metrics/compute.ts'
import type { MetricPeriodKind } from '../../contract/periods.ts'
import type { IndexedDesign } from './design.ts'

export interface PanelRow {
  la: string
  period: string
  value: number
}

export interface Outcome {
  metric: string
  kind: MetricPeriodKind
  panel: readonly PanelRow[]
  /** Periods the publisher advises comparing with care (COVID-19): never a placebo's window or base. */
  flagged?: readonly string[]
}

/** Decimals of the values in metrics.csv. */
const PUBLISHED_DECIMALS = 6

const published = (x: number) => Math.round(x * 10 ** PUBLISHED_DECIMALS) / 10 ** PUBLISHED_DECIMALS

export function outcomeFromComputed(m: ComputedMetric): Outcome {
  const kind = m.periods[0]?.kind
  if (!kind) throw new RangeError(`${m.definition.id} has no periods`)
  return {
    metric: m.definition.id,
    kind,
    panel: m.values.flatMap((v) => (v.value === null ? [] : [{ la: v.area, period: v.period, value: published(v.value) }])),
    flagged: m.definition.flaggedPeriods?.periods ?? [],
  }
}

/** The columns of metrics.csv the panel needs, as text. */
export interface MetricsCsvRow {
  metric_id: string
  area_code: string
  period: string
  value: string
}

/** The rows of one metric with a value (an empty value is a missing one, never zero). */
function panelFromMetricsCsv(rows: Iterable<MetricsCsvRow>, metricId: string): PanelRow[] {
  const panel: PanelRow[] = []
  for (const r of rows) {
    if (r.metric_id !== metricId || r.value === '') continue
    const value = Number(r.value)
    if (!Number.isFinite(value)) throw new RangeError(`metrics.csv: ${metricId}, ${r.area_code}, ${r.period}: "${r.value}" is not a number`)
    panel.push({ la: r.area_code, period: r.period, value })
  }
  return panel
}

/** The fields of a metric-definitions.json entry the engine needs. */
export interface PublishedDefinition {
  id: string
  periods: ReadonlyArray<{ kind: MetricPeriodKind }>
  flaggedPeriods?: { periods: readonly string[] }
}

export function outcomeFromDownloads(rows: Iterable<MetricsCsvRow>, definition: PublishedDefinition): Outcome {
  const kind = definition.periods[0]?.kind
  if (!kind) throw new RangeError(`${definition.id} has no periods`)
  return { metric: definition.id, kind, panel: panelFromMetricsCsv(rows, definition.id), flagged: definition.flaggedPeriods?.periods ?? [] }
}

/** The panel as one array of LA values per period (NaN: no value). Areas outside the design are ignored. */
export function panelMatrix(d: IndexedDesign, o: Outcome): Map<string, Float64Array> {
  const byPeriod = new Map<string, Float64Array>()
  for (const r of o.panel) {
    const i = d.index.get(r.la)
    if (i === undefined) continue
    let column = byPeriod.get(r.period)
    if (!column) byPeriod.set(r.period, (column = new Float64Array(d.codes.length).fill(NaN)))
    // Each LA counts once: a second value for the same LA and period is an error upstream.
    if (!Number.isNaN(column[i]!)) throw new RangeError(`${o.metric}: ${r.la} has two values for ${r.period}`)
    if (!Number.isFinite(r.value)) throw new RangeError(`${o.metric}: ${r.la}, ${r.period}: the value ${r.value} is not a finite number`)
    column[i] = r.value
  }
  return byPeriod
}
