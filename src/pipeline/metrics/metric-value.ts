import type { MissingReason } from '../read/missing.ts'

/**
 * How a value was obtained: an LA's own row, the publisher's regional/England row, our sum of LA
 * rows, or (for a former LA) its own row for one count and its successors' sum for the other.
 */
export type Basis = 'source' | 'published' | 'sum_of_las' | 'sum_of_successors'

export interface Interval {
  lower: number
  upper: number
}

export interface MetricValue {
  metric: string
  area: string
  period: string
  value: number | null
  numerator: number | null
  denominator: number | null
  ci95: Interval | null
  ci998: Interval | null
  missing: MissingReason | null
  basis: Basis | null
  /** For sums of LA rows: how many LAs the total covers. */
  coverage: number | null
  /** Index of the registry segment the value came from (segments are separated by series breaks). */
  segment: number
  sources: string[]
}
