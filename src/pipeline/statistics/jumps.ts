// Implausible jumps in one area's series: a figure that leaps far from the area's figures before
// and after it and comes straight back, as a mistyped return would (North Yorkshire's NEET share
// for pupils with an EHC plan: 4.3% in 2022, 23.1% in 2023, 2.8% in 2025). A real change either
// lasts or is small beside how much areas differ; such a spike is neither, so its figure is shown
// with a caution rather than taken at face value.
//
// The rule. A figure is an implausible jump when it has a figure on both sides in time (the
// nearest periods with figures) and all of these hold:
//   1. Far outside the area's own range: its distance from the range of every other figure of
//      the area is at least `spreads` times the spread of all areas that period (the
//      interquartile range of the LAs' figures), so that wobbles among small values, which
//      are small beside how much areas differ, are never flagged.
//   2. For measures that cannot be negative, at least `ratio` times both neighbours in time, or at
//      most 1/`ratio` of both. A rise from or back to zero is not flagged: a zero beside a few
//      cases is how small counts look, not an error. Measures that can be negative (gaps,
//      progress scores) have no meaningful ratio and rely on rules 1 and 3.
//   3. Where counts give intervals: chance cannot explain it, because neither neighbour lies
//      inside the figure's 99.8% interval and the figure lies inside neither neighbour's.
import type { Interval } from './intervals.ts'

export interface JumpRule {
  /** How many times its neighbours in time (or what fraction of them) a figure must be. */
  ratio: number
  /** How many interquartile ranges of all areas' figures it must lie outside the area's own range. */
  spreads: number
}

/** The rule the site applies (see above): on the real data it flags 21 of the 200,000 figures, in 15 measures. */
export const JUMP_RULE: JumpRule = { ratio: 3, spreads: 2 }

export interface SeriesPoint {
  period: string
  value: number
  /** The 99.8% interval, where counts are known. */
  interval: Interval | null
}

export interface Jump {
  period: string
  direction: 'up' | 'down'
}

const inside = (x: number, i: Interval | null) => i !== null && x >= i.lower && x <= i.upper

/**
 * The implausible jumps in one area's figures, given in time order with missing periods left out.
 * `spread(period)` is the interquartile range of all areas' figures that period (null: unknown,
 * and nothing that period is flagged); `signed` says whether the measure's figures can be negative.
 */
export function implausibleJumps(
  points: readonly SeriesPoint[],
  spread: (period: string) => number | null,
  signed: boolean,
  rule: JumpRule = JUMP_RULE,
): Jump[] {
  const jumps: Jump[] = []
  for (let i = 1; i < points.length - 1; i++) {
    const before = points[i - 1]!
    const point = points[i]!
    const after = points[i + 1]!
    const others = points.filter((_, j) => j !== i).map((p) => p.value)
    const [lo, hi] = [Math.min(...others), Math.max(...others)]
    const direction = point.value > hi ? 'up' : point.value < lo ? 'down' : null
    const iqr = spread(point.period)
    if (direction === null || iqr === null) continue
    if ((direction === 'up' ? point.value - hi : lo - point.value) < rule.spreads * iqr) continue
    if (!signed) {
      const [near, far] = [Math.min(before.value, after.value), Math.max(before.value, after.value)]
      const ratioHolds = direction === 'up' ? near > 0 && point.value >= rule.ratio * far : point.value * rule.ratio <= near
      if (!ratioHolds) continue
    }
    if (inside(before.value, point.interval) || inside(after.value, point.interval)) continue
    if (inside(point.value, before.interval) || inside(point.value, after.interval)) continue
    jumps.push({ period: point.period, direction })
  }
  return jumps
}
