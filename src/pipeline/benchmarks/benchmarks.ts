// Benchmarks for each area, metric and period: England and region values, the statistical-
// neighbour mean, rank (1 is the highest value, whatever the measure's direction) and quartile band
// among LAs, change since the previous period (the same term
// a year earlier for termly figures) and over five years, like with like only, and whether the
// area differs from England and its region beyond chance.
import type { Area, Geography } from '../geography/areas.ts'
import type { ComputedMetric } from '../metrics/compute.ts'
import { compareWithInterval, quartileBand, quartiles, rankAreas } from '../statistics/ranking.ts'
import type { Benchmark, Change, Distribution, MetricValue, Significance } from '../../contract/schemas.ts'
import { periodOrder, yearsEarlier } from '../../contract/periods.ts'

function significance(area: MetricValue | undefined, reference: number | null, small: boolean): Significance {
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

/**
 * The areas a measure is benchmarked over: England, the regions and the areas compared with them
 * (LAs, or NHS areas with their NHS regions), and whether those areas are ranked and given
 * quartiles (LAs: yes; NHS areas: no, their figures are facts beside an LA's, not a league).
 */
export interface BenchmarkAreas {
  england: Area
  regions: readonly Area[]
  units: readonly Area[]
  ranked: boolean
}

export const laBenchmarkAreas = (g: Geography): BenchmarkAreas => ({ england: g.england, regions: g.regions, units: g.las, ranked: true })

export function benchmarkMetric(
  computed: ComputedMetric,
  areas: BenchmarkAreas,
  neighbours: ReadonlyMap<string, ReadonlyArray<{ code: string }>>,
): { benchmarks: Benchmark[]; distributions: Distribution[] } {
  const def = computed.definition
  const units = new Set(areas.units)
  // By area, then period: looked up about 30 times per benchmark, so no key strings are built.
  const byArea = new Map<string, Map<string, MetricValue>>()
  for (const v of computed.values) {
    let periods = byArea.get(v.area)
    if (!periods) byArea.set(v.area, (periods = new Map()))
    periods.set(v.period, v)
  }
  const value = (area: string, period: string) => byArea.get(area)?.get(period)
  const periods = new Set<string>(computed.periods.map((p) => p.id))
  // A metric's periods are all of one kind; breaks may name a period the metric lacks.
  const kind = computed.periods[0]?.kind ?? 'january'
  const orderOf = (id: string) => periodOrder({ id, kind })
  const breaks = new Set(def.breaks.map((b) => b.from))
  const flagged = new Set(def.flaggedPeriods?.periods ?? [])
  const benchmarks: Benchmark[] = []
  const distributions: Distribution[] = []

  computed.periods.forEach((period, i) => {
    const rankable = (areas.ranked ? areas.units : [])
      .filter((la) => !la.smallNumbers)
      .map((la) => ({ key: la.code, value: value(la.code, period.id)?.value ?? null }))
      .filter((x): x is { key: string; value: number } => x.value !== null)
    const ranks = rankAreas(rankable, 'descending')
    const q = rankable.length > 0 ? quartiles(rankable.map((x) => x.value)) : null
    if (areas.ranked) distributions.push({ metric: def.id, period: period.id, quartiles: q, ranked: rankable.length })
    const england = value(areas.england.code, period.id)?.value ?? null
    // Termly figures change with the season: compare a term with the same term a year earlier.
    const previousPeriod = period.kind === 'term' ? yearsEarlier(period, 1).id : computed.periods[i - 1]?.id
    const fiveYearsEarlier = yearsEarlier(period, 5).id
    const change = (v: MetricValue, from: string | undefined) =>
      from !== undefined && periods.has(from) ? changeFrom(v, value(v.area, from), breaks, flagged, orderOf) : null

    for (const area of [areas.england, ...areas.regions, ...areas.units]) {
      const v = value(area.code, period.id)
      if (!v) continue
      const isLa = units.has(area)
      const small = area.smallNumbers === true
      const regionValue = area.regionCode ? (value(area.regionCode, period.id)?.value ?? null) : null
      let sn: Benchmark['neighbours'] = null
      if (isLa && areas.ranked) {
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
