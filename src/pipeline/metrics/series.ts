// Evaluates a series (a sum of published series) for every area and metric period.
import { ConfigError } from '../errors.ts'
import type { Observation } from '../read/observation.ts'
import type { Series, SourcePeriod } from './definition.ts'
import type { MissingReason } from '../../contract/vocabulary.ts'
import type { MetricPeriod } from '../../contract/periods.ts'

/** A summed figure for one area and period, with the sources it came from. */
export type Cell = ({ value: number; missing: null } | { value: null; missing: MissingReason }) & { sources: readonly string[] }

/** period id -> area code -> cell. */
export type SeriesTable = Map<string, Map<string, Cell>>

export interface EvaluatedSeries {
  table: SeriesTable
  periods: Map<string, MetricPeriod>
}

/** Observations by source, measure and breakdown: the unit a series part names. */
export class ObservationIndex {
  private readonly byPart = new Map<string, Observation[]>()
  /** source -> measure -> breakdowns, to say what a source does have when a part matches nothing. */
  private readonly keys = new Map<string, Map<string, Set<string>>>()
  constructor(observations: readonly Observation[]) {
    for (const o of observations) {
      const key = ObservationIndex.key(o.source, o.measure, o.breakdown)
      let list = this.byPart.get(key)
      if (!list) {
        this.byPart.set(key, (list = []))
        let measures = this.keys.get(o.source)
        if (!measures) this.keys.set(o.source, (measures = new Map()))
        let breakdowns = measures.get(o.measure)
        if (!breakdowns) measures.set(o.measure, (breakdowns = new Set()))
        breakdowns.add(o.breakdown)
      }
      list.push(o)
    }
  }
  static key(source: string, measure: string, breakdown: string): string {
    return `${source}\u0000${measure}\u0000${breakdown}`
  }
  get(source: string, measure: string, breakdown: string): readonly Observation[] {
    return this.byPart.get(ObservationIndex.key(source, measure, breakdown)) ?? []
  }
  /** Every source that gave an observation. */
  sources(): string[] {
    return [...this.keys.keys()]
  }
  /** The measures a source gave, each with its breakdowns; undefined if it gave no observation. */
  measuresOf(source: string): ReadonlyMap<string, ReadonlySet<string>> | undefined {
    return this.keys.get(source)
  }
}

/**
 * Sums the parts of a series for each area and period. A part with a missing value makes the sum
 * missing (with that reason). A part with no row at all, where other parts have rows, counts as
 * zero: DfE's person-level files leave out breakdown rows with no children (for example an age at
 * which an LA has no plans); the integration tests check that such sums match DfE's totals.
 * The fallback series fills the periods in which no part has an observation at all.
 */
export function evaluateSeries(series: Series, index: ObservationIndex): EvaluatedSeries {
  const parts = series.parts.map((p) => index.get(p.source, p.measure, p.breakdown))
  const available: SourcePeriod[] = []
  const seenPeriod = new Set<string>()
  for (const list of parts) {
    for (const o of list) {
      const key = `${o.periodKind}:${o.period}`
      if (!seenPeriod.has(key)) {
        seenPeriod.add(key)
        available.push({ period: o.period, periodKind: o.periodKind })
      }
    }
  }
  const table: SeriesTable = new Map()
  const periods = new Map<string, MetricPeriod>()
  const contributed = new Map<string, string>()
  parts.forEach((list, i) => {
    const part = series.parts[i]!
    for (const o of list) {
      for (const mp of series.periods(o, available)) {
        periods.set(mp.id, mp)
        // Two sources giving the same measure for the same area and period would be added twice.
        const guard = `${mp.id}|${o.areaCode}|${part.measure}|${part.breakdown}`
        const earlier = contributed.get(guard)
        if (earlier !== undefined && earlier !== o.source) {
          throw new ConfigError(
            `metric series: ${earlier} and ${o.source} both give ${part.measure} (${part.breakdown || 'total'}) for ${o.areaCode} in period ${mp.id}`,
          )
        }
        contributed.set(guard, o.source)
        let byArea = table.get(mp.id)
        if (!byArea) table.set(mp.id, (byArea = new Map()))
        const cell = byArea.get(o.areaCode)
        if (cell?.missing) continue
        const sources = cell?.sources.includes(o.source) ? cell.sources : [...(cell?.sources ?? []), o.source]
        if (o.value === null) byArea.set(o.areaCode, { value: null, missing: o.missing ?? 'not_available', sources })
        else byArea.set(o.areaCode, { value: (cell?.value ?? 0) + o.value, missing: null, sources })
      }
    }
  })
  if (series.fallback) {
    const instead = evaluateSeries(series.fallback, index)
    for (const [id, cells] of instead.table) {
      if (table.has(id)) continue
      table.set(id, cells)
      periods.set(id, instead.periods.get(id)!)
    }
  }
  return { table, periods }
}
