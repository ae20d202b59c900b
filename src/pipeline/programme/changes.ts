// Each LA's change from its own base: the per-LA numbers every comparison averages.
import type { PeriodLike } from '../../contract/periods.ts'
import { basePeriod } from './timing.ts'

/** Value in `period` minus the LA's value in the base of `period`; NaN where either is missing. Null when the panel lacks either period. */
export function changeFromBase(matrix: ReadonlyMap<string, Float64Array>, period: PeriodLike): Float64Array | null {
  const now = matrix.get(period.id)
  const base = matrix.get(basePeriod(period).id)
  if (!now || !base) return null
  return now.map((v, i) => v - base[i]!)
}

/**
 * Each LA's mean change over the periods given, counting the LA once however many of the periods
 * it has figures for; NaN for an LA with none. `periods` counts the periods behind each mean.
 */
export function meanChange(changes: readonly Float64Array[], las: number): { mean: Float64Array; periods: Int32Array } {
  const sum = new Float64Array(las)
  const periods = new Int32Array(las)
  for (const c of changes) {
    for (let i = 0; i < las; i++) {
      if (Number.isNaN(c[i]!)) continue
      sum[i] = sum[i]! + c[i]!
      periods[i] = periods[i]! + 1
    }
  }
  return { mean: sum.map((s, i) => (periods[i] === 0 ? NaN : s / periods[i]!)), periods }
}

/** Termly figures are compared term with term (seasons differ); other kinds have one season. */
function season(p: PeriodLike): string {
  return p.kind === 'term' ? p.id.split('-')[1]! : ''
}

/** Per LA, the mean of its values over some periods (NaN with none). */
function meanValues(matrix: ReadonlyMap<string, Float64Array>, periods: readonly PeriodLike[], las: number): Float64Array {
  return meanChange(
    periods.flatMap((p) => matrix.get(p.id) ?? []),
    las,
  ).mean
}

/**
 * Each LA's mean value over the `after` periods minus its mean over the `before` periods, season by
 * season (for termly data: autumn with autumn ...), averaged over the seasons in which the LA has
 * values in both windows; NaN for an LA with none.
 */
export function windowChange(
  matrix: ReadonlyMap<string, Float64Array>,
  before: readonly PeriodLike[],
  after: readonly PeriodLike[],
  las: number,
): Float64Array {
  const seasons = [...new Set([...before, ...after].map(season))]
  const differences = seasons.map((s) => {
    const b = meanValues(
      matrix,
      before.filter((p) => season(p) === s),
      las,
    )
    const a = meanValues(
      matrix,
      after.filter((p) => season(p) === s),
      las,
    )
    return a.map((v, i) => v - b[i]!)
  })
  return meanChange(differences, las).mean
}
