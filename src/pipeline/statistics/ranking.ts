// Ranks, quartiles and interval comparisons for benchmarking an area against the others and England.

import { quantile } from 'd3'

/** descending: rank 1 = highest value; ascending: rank 1 = lowest value. */
export type Order = 'descending' | 'ascending'

export interface Ranked {
  rank: number
  /** How many areas were ranked (those with a value). */
  of: number
  /** How many OTHER areas share this value. */
  tiedWith: number
}

/**
 * Standard competition ranking ("1224"): tied values share the best rank; missing values
 * (NaN or ±Infinity) are not ranked and get no entry. Ties are exact equality, so round values
 * to the precision shown before ranking if equal-looking values should tie.
 */
export function rankAreas(values: ReadonlyArray<{ key: string; value: number }>, order: Order): Map<string, Ranked> {
  const keys = new Set<string>()
  for (const { key } of values) {
    // A second value for one area would silently replace the first in the result.
    if (keys.has(key)) throw new Error(`rankAreas: area ${key} appears more than once`)
    keys.add(key)
  }
  const present = values.filter((v) => Number.isFinite(v.value))
  const sign = order === 'descending' ? -1 : 1
  const sorted = [...present].sort((a, b) => sign * (a.value - b.value))
  const sharing = new Map<number, number>()
  for (const { value } of present) sharing.set(value, (sharing.get(value) ?? 0) + 1)

  const result = new Map<string, Ranked>()
  let rank = 0
  sorted.forEach(({ key, value }, index) => {
    if (index === 0 || value !== sorted[index - 1]?.value) rank = index + 1
    result.set(key, { rank, of: sorted.length, tiedWith: (sharing.get(value) ?? 1) - 1 })
  })
  return result
}

export interface Quartiles {
  q1: number
  median: number
  q3: number
}

/**
 * Quartiles by d3.quantile, which is R's default type 7 (linear interpolation between order
 * statistics). Missing values must be removed first: d3 would silently skip NaN, hiding a gap.
 */
export function quartiles(values: readonly number[]): Quartiles {
  if (values.length === 0) throw new RangeError('quartiles of no values')
  for (const v of values) if (!Number.isFinite(v)) throw new RangeError(`quartiles: value ${v} is not a finite number`)
  return { q1: quantileOf(values, 0.25), median: quantileOf(values, 0.5), q3: quantileOf(values, 0.75) }
}

/** 1 = lowest quarter ... 4 = highest quarter: value <= q1 -> 1, <= median -> 2, <= q3 -> 3, else 4. */
export function quartileBand(value: number, q: Quartiles): 1 | 2 | 3 | 4 {
  // NaN would fail every comparison and land in band 4.
  if (Number.isNaN(value)) throw new RangeError('quartileBand: value is NaN')
  if (value <= q.q1) return 1
  if (value <= q.median) return 2
  if (value <= q.q3) return 3
  return 4
}

/**
 * Where the reference value lies relative to an area's interval: the basis of "Similar / Higher /
 * Lower than England". The answer describes the AREA: 'higher' means the whole interval is above
 * the reference. An interval that touches the reference counts as similar.
 */
export function compareWithInterval(interval: { lower: number; upper: number }, reference: number): 'higher' | 'lower' | 'similar' {
  const { lower, upper } = interval
  if ([lower, upper, reference].some(Number.isNaN)) throw new RangeError('compareWithInterval: NaN in interval or reference')
  if (lower > upper) throw new RangeError(`compareWithInterval: lower (${lower}) is above upper (${upper})`)
  if (reference < lower) return 'higher'
  if (reference > upper) return 'lower'
  return 'similar'
}

function quantileOf(values: readonly number[], p: number): number {
  const q = quantile(values, p)
  if (q === undefined) throw new RangeError('quartiles of no values')
  return q
}
