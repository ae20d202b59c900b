// The time axis of trend charts: periods placed by when they start, so that a missing year shows
// as a gap of a year, not as a shorter step. Positions are fractional years; `seq` numbers the
// periods of one kind one apart (years, or terms), so that a skipped period can be told from the
// next one.

export interface TimedPeriod {
  /** Fractional year of the period's start: January 2025 -> 2025, autumn term 2024/25 -> 2024.67. */
  time: number
  /** Consecutive periods of a kind differ by exactly 1. */
  seq: number
}

/** Fractional year of an ISO date ("2024-09-01" -> 2024.667). */
export function fractionalYear(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return y + (m - 1) / 12 + (d - 1) / 365
}

/** A linear scale from time to x. */
export function timeScale(domain: readonly [number, number], range: readonly [number, number]): (t: number) => number {
  const [d0, d1] = domain
  const [r0, r1] = range
  return (t) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((t - d0) / (d1 - d0)) * (r1 - r0))
}

/** Indexes i where a period is missing between periods i - 1 and i. */
export function gapsBefore(periods: readonly TimedPeriod[]): number[] {
  const gaps: number[] = []
  for (let i = 1; i < periods.length; i++) if (periods[i]!.seq - periods[i - 1]!.seq > 1) gaps.push(i)
  return gaps
}

/**
 * Tick indexes that fit: the latest period always, then earlier ones from right to left, each at
 * least `minGap` from the last one kept.
 */
export function thinTicks(xs: readonly number[], widths: readonly number[], minGap: number): number[] {
  const kept: number[] = []
  for (let i = xs.length - 1; i >= 0; i--) {
    const last = kept.at(-1)
    if (last === undefined || xs[last]! - widths[last]! / 2 - (xs[i]! + widths[i]! / 2) >= minGap) kept.push(i)
  }
  return kept.reverse()
}
