// Benchmarks for each area, metric and period: England and region values, the statistical-
// neighbour mean, rank and quartile band among LAs, change since the previous period (the same term
// a year earlier for termly figures) and over five years, like with like only, and whether the
// area differs from England and its region beyond chance.
import type { Geography } from '../geography/areas.ts'
import type { ComputedMetric } from '../metrics/compute.ts'
import type { Direction } from '../metrics/definition.ts'
import type { MetricValue } from '../metrics/metric-value.ts'
import { periodOrder, yearsEarlier } from '../metrics/periods.ts'
import { compareWithInterval, quartileBand, quartiles, rankAreas, type Quartiles, type Ranked } from '../statistics/ranking.ts'

export type Comparison = 'higher' | 'lower' | 'similar'

/** Why no comparison is made. */
export const NO_COMPARISON = {
  no_value: 'there is no figure for this area',
  no_reference: 'there is no figure to compare with',
  no_interval: 'only a rate is published, so no confidence interval can be computed and no test of the difference made',
  small_numbers: 'numbers are very small, so a comparison would mislead',
} as const
export type NoComparison = keyof typeof NO_COMPARISON

export type Significance = { result: Comparison; reason: null } | { result: null; reason: NoComparison }

/** Why a change between two periods with figures is not given. */
export const WITHHELD_CHANGE = {
  series_break: 'a break in the series lies between the two periods, so their figures are not comparable',
  flagged_period: 'the publisher flags one of the two periods as not comparable with others (for example COVID-19 school closures)',
} as const
export type WithheldChange = keyof typeof WITHHELD_CHANGE

/**
 * The change from an earlier period with a figure: like with like only. Across a series break, or
 * from or to a period the publisher flags, no change is given, and `withheld` says why.
 */
export type Change = { from: string; change: number; withheld: null } | { from: string; change: null; withheld: WithheldChange }

export interface Neighbours {
  mean: number | null
  /** How many of the neighbours have a figure (the others are in `missing`). */
  used: number
  missing: string[]
}

export interface Benchmark {
  metric: string
  area: string
  period: string
  value: number | null
  england: number | null
  region: number | null
  neighbours: Neighbours | null
  rank: Ranked | null
  quartile: 1 | 2 | 3 | 4 | null
  previous: Change | null
  fiveYears: Change | null
  vsEngland: Significance
  vsRegion: Significance | null
}

/** Per metric and period: the distribution of LA values that ranks and bands refer to. */
export interface Distribution {
  metric: string
  period: string
  quartiles: Quartiles | null
  ranked: number
  order: 'descending' | 'ascending'
}

/** Rank 1 is the best for directional metrics, and the highest value for neutral ones. */
export function rankOrder(direction: Direction): 'descending' | 'ascending' {
  return direction === 'lower_is_better' ? 'ascending' : 'descending'
}

export function significance(area: MetricValue | undefined, reference: number | null, small: boolean): Significance {
  if (!area || area.value === null) return { result: null, reason: 'no_value' }
  if (reference === null) return { result: null, reason: 'no_reference' }
  if (!area.ci95) return { result: null, reason: small ? 'small_numbers' : 'no_interval' }
  return { result: compareWithInterval(area.ci95, reference), reason: null }
}

function changeFrom(
  current: MetricValue,
  earlier: MetricValue | undefined,
  breaks: ReadonlySet<string>,
  flagged: ReadonlySet<string>,
  order: (id: string) => number,
): Change | null {
  if (!earlier || earlier.value === null || current.value === null) return null
  if (flagged.has(earlier.period) || flagged.has(current.period)) return { from: earlier.period, change: null, withheld: 'flagged_period' }
  const from = order(earlier.period)
  const to = order(current.period)
  if (current.segment !== earlier.segment || [...breaks].some((b) => from < order(b) && order(b) <= to))
    return { from: earlier.period, change: null, withheld: 'series_break' }
  return { from: earlier.period, change: current.value - earlier.value, withheld: null }
}

export function benchmarkMetric(
  computed: ComputedMetric,
  g: Geography,
  neighbours: ReadonlyMap<string, ReadonlyArray<{ code: string }>>,
): { benchmarks: Benchmark[]; distributions: Distribution[] } {
  const def = computed.definition
  const order = rankOrder(def.direction)
  // By area, then period: looked up about 30 times per benchmark, so no key strings are built.
  const byArea = new Map<string, Map<string, MetricValue>>()
  for (const v of computed.values) {
    let periods = byArea.get(v.area)
    if (!periods) byArea.set(v.area, (periods = new Map()))
    periods.set(v.period, v)
  }
  const value = (area: string, period: string) => byArea.get(area)?.get(period)
  const periods = new Set(computed.periods.map((p) => p.id))
  // A metric's periods are all of one kind; breaks may name a period the metric lacks.
  const kind = computed.periods[0]?.kind ?? 'january'
  const orderOf = (id: string) => periodOrder({ id, kind })
  const breaks = new Set(def.breaks.map((b) => b.from))
  const flagged = new Set(def.flaggedPeriods?.periods ?? [])
  const benchmarks: Benchmark[] = []
  const distributions: Distribution[] = []

  computed.periods.forEach((period, i) => {
    const rankable = g.las
      .filter((la) => !la.smallNumbers)
      .map((la) => ({ key: la.code, value: value(la.code, period.id)?.value ?? null }))
      .filter((x): x is { key: string; value: number } => x.value !== null)
    const ranks = rankAreas(rankable, order)
    const q = rankable.length > 0 ? quartiles(rankable.map((x) => x.value)) : null
    distributions.push({ metric: def.id, period: period.id, quartiles: q, ranked: rankable.length, order })
    const england = value(g.england.code, period.id)?.value ?? null
    // Termly figures change with the season: compare a term with the same term a year earlier.
    const previousPeriod = period.kind === 'term' ? yearsEarlier(period, 1).id : computed.periods[i - 1]?.id
    const fiveYearsEarlier = yearsEarlier(period, 5).id
    const change = (v: MetricValue, from: string | undefined) =>
      from !== undefined && periods.has(from) ? changeFrom(v, value(v.area, from), breaks, flagged, orderOf) : null

    for (const area of [g.england, ...g.regions, ...g.las]) {
      const v = value(area.code, period.id)
      if (!v) continue
      const isLa = area.type === 'la'
      const small = area.smallNumbers === true
      const regionValue = area.regionCode ? (value(area.regionCode, period.id)?.value ?? null) : null
      let sn: Neighbours | null = null
      if (isLa) {
        const list = neighbours.get(area.code) ?? []
        let used = 0
        const missingList: string[] = []
        let sum = 0
        for (const n of list) {
          const nv = value(n.code, period.id)?.value
          if (nv === null || nv === undefined) missingList.push(n.code)
          else {
            used++
            sum += nv
          }
        }
        sn = { mean: used > 0 ? sum / used : null, used, missing: missingList }
      }
      const rank = isLa ? (ranks.get(area.code) ?? null) : null
      benchmarks.push({
        metric: def.id,
        area: area.code,
        period: period.id,
        value: v.value,
        england: area.type === 'england' ? null : england,
        region: isLa ? regionValue : null,
        neighbours: sn,
        rank,
        quartile: rank && q && v.value !== null ? quartileBand(v.value, q) : null,
        previous: change(v, previousPeriod),
        fiveYears: change(v, fiveYearsEarlier),
        vsEngland: area.type === 'england' ? { result: null, reason: 'no_reference' } : significance(v, england, small),
        vsRegion: isLa ? significance(v, regionValue, small) : null,
      })
    }
  })
  return { benchmarks, distributions }
}
