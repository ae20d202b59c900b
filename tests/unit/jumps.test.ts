// The rule for implausible jumps (src/pipeline/statistics/jumps.ts) on hand-made series: a figure
// far from the area's own before and after, beside how much areas differ, and back again; and
// what it must not flag (a lasting change, small values, changes chance explains).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { implausibleJumps, JUMP_RULE, type SeriesPoint } from '../../src/pipeline/statistics/jumps.ts'
import { wilsonInterval, Z998 } from '../../src/pipeline/statistics/intervals.ts'
import { jumpNotes } from '../../src/pipeline/benchmarks/jump-notes.ts'
import type { ComputedMetric } from '../../src/pipeline/metrics/compute.ts'
import type { Area } from '../../src/pipeline/geography/areas.ts'
import type { Distribution } from '../../src/contract/schemas.ts'
import { periodsOf, pid } from '../helpers/periods.ts'

const series = (...values: number[]): SeriesPoint[] => values.map((value, i) => ({ period: String(2020 + i), value, interval: null }))
/** Every period's interquartile range of all areas' figures: 5 (percentage points). */
const iqr5 = () => 5
const periodsOfJumps = (points: SeriesPoint[], signed = false) =>
  implausibleJumps(points, iqr5, signed).map((j) => `${j.period} ${j.direction}`)

describe('implausible jumps', () => {
  it('flag a spike up and back, as North Yorkshire NEET: 4.3%, 23.1%, 2.8%', () => {
    expect(periodsOfJumps(series(4.3, 23.1, 2.8))).toEqual(['2021 up'])
  })

  it('flag a drop and back', () => {
    expect(periodsOfJumps(series(64.9, 9.0, 61.5))).toEqual(['2021 down'])
  })

  it('work out the limits as the rule says: 2 IQRs outside the range and 3 times both neighbours', () => {
    // The methodology's comparisons page states these two numbers in words.
    expect(JUMP_RULE).toEqual({ ratio: 3, spreads: 2 })
    const page = readFileSync('src/pages/methodology/comparisons.astro', 'utf8').replace(/\s+/g, ' ')
    expect(page).toContain('at least twice the spread of all councils')
    expect(page).toContain('at least three times, or at most a third of, both figures')
    // Range of the other figures 4-5, IQR 5: 15 is exactly 3 times 5 and exactly 10 above it.
    expect(periodsOfJumps(series(4, 15, 5))).toEqual(['2021 up'])
    expect(periodsOfJumps(series(4, 14.9, 5))).toEqual([])
    // Far above the range (20 over it) but not 3 times both neighbours: 32 beside 11 and 12; 36 is.
    expect(periodsOfJumps(series(11, 32, 12))).toEqual([])
    expect(periodsOfJumps(series(11, 36, 12))).toEqual(['2021 up'])
  })

  it('do not flag a change that lasts, a first or last figure, or a series of two', () => {
    expect(periodsOfJumps(series(4, 4.5, 23, 24))).toEqual([])
    expect(periodsOfJumps(series(4, 4.5, 23))).toEqual([])
    expect(periodsOfJumps(series(23, 4, 4.5))).toEqual([])
    expect(periodsOfJumps(series(4, 23))).toEqual([])
  })

  it('do not flag small values that vary a lot beside each other but little beside how areas differ', () => {
    // Three times and back, but only 0.6 above the range where areas differ by 5.
    expect(periodsOfJumps(series(0.2, 0.9, 0.3))).toEqual([])
  })

  it('do not flag a figure beside a neighbour of zero, as small counts give', () => {
    expect(periodsOfJumps(series(0, 28, 0.5))).toEqual([])
  })

  it('judge measures that can be negative on their distance alone', () => {
    expect(periodsOfJumps(series(-0.4, 13.9, -0.3), true)).toEqual(['2021 up'])
    expect(periodsOfJumps(series(-0.4, 5, -0.3), true)).toEqual([])
  })

  it('do not flag a jump that chance explains, where counts give intervals', () => {
    const withCounts = (pairs: Array<[number, number]>): SeriesPoint[] =>
      pairs.map(([count, n], i) => {
        const { lower, upper } = wilsonInterval(count, n, Z998)
        return { period: String(2020 + i), value: (100 * count) / n, interval: { lower: 100 * lower, upper: 100 * upper } }
      })
    // 1 of 3 (33%) between 1 of 20 and 1 of 25: its 99.8% interval reaches down to both neighbours.
    expect(
      implausibleJumps(
        withCounts([
          [1, 20],
          [1, 3],
          [1, 25],
        ]),
        () => 5,
        false,
      ),
    ).toEqual([])
    // The same shares from counts a hundred times larger: chance no longer explains them.
    expect(
      implausibleJumps(
        withCounts([
          [100, 2000],
          [100, 300],
          [100, 2500],
        ]),
        () => 5,
        false,
      ),
    ).toEqual([{ period: '2021', direction: 'up' }])
  })

  it('skip periods without a spread of all areas', () => {
    expect(implausibleJumps(series(4.3, 23.1, 2.8), () => null, false)).toEqual([])
  })
})

describe('cautions on implausible jumps', () => {
  const la = (code: string, smallNumbers = false) => ({ code, name: code, type: 'la', ...(smallNumbers ? { smallNumbers } : {}) }) as Area
  const periods = periodsOf('neet_year', ['2022', '2023', '2025'])
  const value = (area: string, period: string, v: number) =>
    ({ metric: 'neet', area, period: pid(period), value: v, ci998: null }) as ComputedMetric['values'][number]
  const computed = (flagged?: string[]) =>
    ({
      definition: { id: 'neet', ...(flagged ? { flaggedPeriods: { periods: flagged.map(pid), note: 'COVID-19' } } : {}) },
      periods,
      values: [
        value('A', '2022', 4.3),
        value('A', '2023', 23.1),
        value('A', '2025', 2.8),
        value('B', '2022', 4.3),
        value('B', '2023', 23.1),
        value('B', '2025', 2.8),
        value('C', '2022', 9),
        value('C', '2023', 10),
        value('C', '2025', 9.5),
      ],
    }) as unknown as ComputedMetric
  const spreads: Distribution[] = periods.map((p) => ({
    metric: 'neet',
    period: p.id,
    quartiles: { q1: 6.2, median: 9.5, q3: 12 },
    ranked: 3,
  }))

  it('give each flagged figure a note for its area and period', () => {
    const notes = jumpNotes(computed(), spreads, [la('A'), la('B', true), la('C')])
    // B has very small numbers: its figures are not judged.
    expect(notes).toEqual([
      { areas: ['A'], periods: ['2023'], note: expect.stringMatching(/^Treat this figure with caution: it is far higher/) },
    ])
  })

  it('leave out periods the publisher flags', () => {
    expect(jumpNotes(computed(['2023']), spreads, [la('A')])).toEqual([])
  })
})
