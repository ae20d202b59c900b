// Benchmarks on a hand-made computed metric: a handful of LAs with known values (ties, a missing
// value, the two small-number areas), their region and England. Every expected figure is worked
// out by hand in a comment.
import { describe, expect, it } from 'vitest'
import { benchmarkMetric, laBenchmarkAreas } from '../../src/pipeline/benchmarks/benchmarks.ts'
import { periodsOf, pid } from '../helpers/periods.ts'
import type { ComputedMetric } from '../../src/pipeline/metrics/compute.ts'
import {
  CAMDEN,
  CITY_OF_LONDON,
  DARLINGTON,
  DURHAM,
  ENGLAND,
  HARTLEPOOL,
  ISLES_OF_SCILLY,
  MIDDLESBROUGH,
  NEWCASTLE,
  NORTH_EAST,
  NORTHUMBERLAND,
  REDCAR,
  STOCKTON,
  SUNDERLAND,
  testMetric,
} from '../helpers/metric-fixtures.ts'
import { realGeography } from '../helpers/read-input.ts'
import type { Benchmark, MetricValue } from '../../src/contract/schemas.ts'
import type { Direction, MissingReason } from '../../src/contract/vocabulary.ts'

const g = realGeography()

function mv(area: string, period: string, value: number | MissingReason, ci95: [number, number] | null = null, segment = 0): MetricValue {
  const interval = ci95 ? { lower: ci95[0], upper: ci95[1] } : null
  return {
    metric: 'test_metric',
    area,
    period: pid(period),
    value: typeof value === 'number' ? value : null,
    numerator: null,
    denominator: null,
    ci95: interval,
    ci998: null,
    missing: typeof value === 'string' ? value : null,
    basis: typeof value === 'number' ? 'source' : null,
    coverage: null,
    segment,
    sources: ['test-source'],
  }
}

const LATEST = '202425'
// January 2020, 2024 and 2025; a series break from January 2023.
const values: MetricValue[] = [
  mv(HARTLEPOOL, '201920', 15),
  mv(MIDDLESBROUGH, '201920', 9),
  mv(HARTLEPOOL, '202324', 18),
  mv(MIDDLESBROUGH, '202324', 13),
  // January 2025: seven rankable LAs (10, 14, 20, 20, 25, 36, 70), one missing, and the two
  // small-number areas, which are never ranked.
  mv(HARTLEPOOL, LATEST, 20, [18, 21]),
  mv(MIDDLESBROUGH, LATEST, 14, [10, 25], 1), // from a later segment than its earlier values
  mv(REDCAR, LATEST, 70, [60, 80]),
  mv(STOCKTON, LATEST, 25), // a published rate: no interval
  mv(DARLINGTON, LATEST, 20, [19, 23]),
  mv(DURHAM, LATEST, 10, [8, 12]),
  mv(NORTHUMBERLAND, LATEST, 36, [30, 40]),
  mv(NEWCASTLE, LATEST, 'suppressed'),
  mv(CITY_OF_LONDON, LATEST, 5, [1, 30]),
  mv(ISLES_OF_SCILLY, LATEST, 99),
  mv(NORTH_EAST, LATEST, 24, [23, 25]),
  mv(ENGLAND, LATEST, 22, [21.9, 22.1]),
]

function computed(direction: Direction): ComputedMetric {
  return {
    definition: testMetric([], { direction, breaks: [{ from: '202223', note: 'new collection' }] }),
    periods: periodsOf('january', ['201920', '202324', LATEST]),
    values,
  }
}

const neighbours = new Map([
  [HARTLEPOOL, [MIDDLESBROUGH, REDCAR, NEWCASTLE, SUNDERLAND].map((code) => ({ code }))],
  [DURHAM, [NEWCASTLE, SUNDERLAND].map((code) => ({ code }))],
])

function run(direction: Direction) {
  const result = benchmarkMetric(computed(direction), laBenchmarkAreas(g), neighbours)
  const at = (area: string, period = LATEST): Benchmark => {
    const found = result.benchmarks.filter((b) => b.area === area && b.period === period)
    if (found.length !== 1) throw new Error(`expected one benchmark for ${area} ${period}, found ${found.length}`)
    return found[0]!
  }
  return { ...result, at }
}

describe('ranks', () => {
  it('neutral and higher-is-better metrics rank the highest value 1, with competition ranking for ties', () => {
    // Descending: 70 -> 1, 36 -> 2, 25 -> 3, 20 and 20 -> 4 (tied), 14 -> 6, 10 -> 7.
    for (const direction of ['neutral', 'higher_is_better'] as const) {
      const { at } = run(direction)
      expect(at(REDCAR).rank).toEqual({ rank: 1, of: 7, tiedWith: 0 })
      expect(at(NORTHUMBERLAND).rank).toEqual({ rank: 2, of: 7, tiedWith: 0 })
      expect(at(STOCKTON).rank).toEqual({ rank: 3, of: 7, tiedWith: 0 })
      expect(at(HARTLEPOOL).rank).toEqual({ rank: 4, of: 7, tiedWith: 1 })
      expect(at(DARLINGTON).rank).toEqual({ rank: 4, of: 7, tiedWith: 1 })
      expect(at(MIDDLESBROUGH).rank).toEqual({ rank: 6, of: 7, tiedWith: 0 })
      expect(at(DURHAM).rank).toEqual({ rank: 7, of: 7, tiedWith: 0 })
    }
  })

  it('measures the reforms aim to lower rank the same way: 1 is the highest value, whatever the direction', () => {
    const { at } = run('lower_is_better')
    expect(at(REDCAR).rank).toEqual({ rank: 1, of: 7, tiedWith: 0 })
    expect(at(HARTLEPOOL).rank).toEqual({ rank: 4, of: 7, tiedWith: 1 })
    expect(at(DURHAM).rank).toEqual({ rank: 7, of: 7, tiedWith: 0 })
  })

  it('does not rank a missing value, City of London or the Isles of Scilly, nor regions and England', () => {
    const { at } = run('neutral')
    for (const area of [NEWCASTLE, CITY_OF_LONDON, ISLES_OF_SCILLY, NORTH_EAST, ENGLAND]) {
      expect(at(area).rank).toBeNull()
      expect(at(area).quartile).toBeNull()
    }
    // Camden has no value at all in this fixture, so no benchmark either.
    expect(run('neutral').benchmarks.some((b) => b.area === CAMDEN)).toBe(false)
  })
})

describe('quartile bands', () => {
  // Type 7 (R's default, d3.quantile) on the sorted values 10, 14, 20, 20, 25, 36, 70 (n = 7):
  // h = (n − 1)p; Q1: h = 1.5 -> 14 + 0.5 × (20 − 14) = 17; median: h = 3 -> 20;
  // Q3: h = 4.5 -> 25 + 0.5 × (36 − 25) = 30.5.
  it("uses type-7 quartiles of the ranked LAs' values", () => {
    const { distributions } = run('neutral')
    expect(distributions.find((d) => d.period === LATEST)).toEqual({
      metric: 'test_metric',
      period: LATEST,
      quartiles: { q1: 17, median: 20, q3: 30.5 },
      ranked: 7,
    })
    // January 2020: only Hartlepool (15) and Middlesbrough (9): Q1 = 9 + 0.25 × 6 = 10.5,
    // median 12, Q3 = 9 + 0.75 × 6 = 13.5.
    expect(distributions.find((d) => d.period === '201920')).toMatchObject({ quartiles: { q1: 10.5, median: 12, q3: 13.5 }, ranked: 2 })
  })

  it('bands 1 (lowest quarter) to 4 by value, whatever the direction', () => {
    // <= 17 -> 1; <= 20 -> 2; <= 30.5 -> 3; above -> 4.
    for (const direction of ['neutral', 'lower_is_better'] as const) {
      const { at } = run(direction)
      expect([DURHAM, MIDDLESBROUGH, HARTLEPOOL, DARLINGTON, STOCKTON, NORTHUMBERLAND, REDCAR].map((a) => at(a).quartile)).toEqual([
        1, 1, 2, 2, 3, 4, 4,
      ])
    }
  })
})

describe('comparators', () => {
  const { at } = run('neutral')

  it("gives each LA England's and its region's value; regions England's; England neither", () => {
    expect(at(HARTLEPOOL)).toMatchObject({ value: 20, england: 22, region: 24 })
    expect(at(NORTH_EAST)).toMatchObject({ value: 24, england: 22, region: null, neighbours: null })
    expect(at(ENGLAND)).toMatchObject({ value: 22, england: null, region: null, neighbours: null })
    expect(at(CITY_OF_LONDON)).toMatchObject({ england: 22, region: null }) // London has no value here
  })

  it('averages the statistical neighbours that have a value and lists the others', () => {
    // Hartlepool's neighbours: Middlesbrough 14, Redcar 70, Newcastle (suppressed), Sunderland
    // (no value at all): mean (14 + 70) / 2 = 42.
    expect(at(HARTLEPOOL).neighbours).toEqual({ mean: 42, used: 2, missing: [NEWCASTLE, SUNDERLAND] })
    expect(at(DURHAM).neighbours).toEqual({ mean: null, used: 0, missing: [NEWCASTLE, SUNDERLAND] })
    expect(at(STOCKTON).neighbours).toEqual({ mean: null, used: 0, missing: [] })
  })

  it('measures change since the previous period and over five years, withholding it across a series break', () => {
    // Hartlepool: 20 in January 2025, 18 in January 2024, 15 in January 2020; the break (January
    // 2023) lies between January 2020 and 2025 but not between January 2024 and 2025.
    expect(at(HARTLEPOOL).previous).toEqual({ from: '202324', change: 2, withheld: null })
    expect(at(HARTLEPOOL).fiveYears).toEqual({ from: '201920', change: null, withheld: 'series_break' })
    // Middlesbrough's January 2025 figure comes from another segment: a break in itself.
    expect(at(MIDDLESBROUGH).previous).toEqual({ from: '202324', change: null, withheld: 'series_break' })
    expect(at(MIDDLESBROUGH).fiveYears).toEqual({ from: '201920', change: null, withheld: 'series_break' })
    // January 2024's previous period is January 2020 (the metric has none between), across the break;
    // five years before January 2024 is not one of the metric's periods.
    expect(at(HARTLEPOOL, '202324').previous).toEqual({ from: '201920', change: null, withheld: 'series_break' })
    expect(at(HARTLEPOOL, '202324').fiveYears).toBeNull()
    expect(at(HARTLEPOOL, '201920').previous).toBeNull()
    // No earlier value: no change.
    expect(at(REDCAR).previous).toBeNull()
  })
})

describe('termly changes, like with like', () => {
  // Hartlepool's suspension rate, one term at a time: autumn is always higher than spring, so a
  // change from the term before would mostly measure the season.
  const terms: Array<[string, number]> = [
    ['201920-autumn', 6],
    ['201920-spring', 3], // COVID-19: schools closed from 23 March 2020
    ['202021-autumn', 2],
    ['202122-autumn', 5],
    ['202122-spring', 4],
    ['202223-autumn', 7],
    ['202223-spring', 4.5],
    ['202324-autumn', 8],
    ['202324-spring', 5.5],
    ['202425-autumn', 9],
    ['202425-spring', 6],
  ]
  const termly: ComputedMetric = {
    definition: testMetric([], {
      breaks: [{ from: '202122-autumn', note: 'after COVID-19' }],
      flaggedPeriods: { periods: ['201920-spring', '202021-autumn'], note: 'COVID-19' },
    }),
    periods: periodsOf(
      'term',
      terms.map(([id]) => id),
    ),
    values: terms.map(([period, v]) => mv(HARTLEPOOL, period, v)),
  }
  const { benchmarks } = benchmarkMetric(termly, laBenchmarkAreas(g), new Map())
  const at = (period: string) => benchmarks.find((b) => b.area === HARTLEPOOL && b.period === period)!

  it('compare a term with the same term a year earlier, not with the term before', () => {
    // Spring 2024/25 (6) against spring 2023/24 (5.5): +0.5, not 6 − 9 = −3 against autumn 2024/25.
    expect(at('202425-spring').previous).toEqual({ from: '202324-spring', change: 0.5, withheld: null })
    expect(at('202425-autumn').previous).toEqual({ from: '202324-autumn', change: 1, withheld: null })
    // Spring 2022/23 (4.5) against spring 2021/22 (4).
    expect(at('202223-spring').previous).toEqual({ from: '202122-spring', change: 0.5, withheld: null })
    // No autumn 2018/19 in the metric: no change.
    expect(at('201920-autumn').previous).toBeNull()
  })

  it('give no change from or to a flagged term, nor across a break, and say why', () => {
    // Spring 2020/21 is missing; autumn 2020/21 against autumn 2019/20: autumn 2020/21 is flagged.
    expect(at('202021-autumn').previous).toEqual({ from: '201920-autumn', change: null, withheld: 'flagged_period' })
    // Autumn 2021/22 against autumn 2020/21: from a flagged term (and across the break).
    expect(at('202122-autumn').previous).toEqual({ from: '202021-autumn', change: null, withheld: 'flagged_period' })
    // Five years: spring 2024/25 against spring 2019/20, a flagged term.
    expect(at('202425-spring').fiveYears).toEqual({ from: '201920-spring', change: null, withheld: 'flagged_period' })
    // Autumn 2024/25 against autumn 2019/20: not flagged, but across the break.
    expect(at('202425-autumn').fiveYears).toEqual({ from: '201920-autumn', change: null, withheld: 'series_break' })
  })
})

describe('significance against England and the region', () => {
  const { at } = run('neutral')

  it('is higher or lower when the 95% interval excludes the reference, similar when it contains it', () => {
    expect(at(HARTLEPOOL).vsEngland).toEqual({ result: 'lower', reason: null }) // 22 above 18-21
    expect(at(HARTLEPOOL).vsRegion).toEqual({ result: 'lower', reason: null }) // 24 above 18-21
    expect(at(MIDDLESBROUGH).vsEngland).toEqual({ result: 'similar', reason: null }) // 22 inside 10-25
    expect(at(REDCAR).vsEngland).toEqual({ result: 'higher', reason: null }) // 22 below 60-80
    expect(at(DARLINGTON).vsEngland).toEqual({ result: 'similar', reason: null }) // 22 inside 19-23
    expect(at(DARLINGTON).vsRegion).toEqual({ result: 'lower', reason: null }) // 24 above 19-23
    expect(at(NORTH_EAST).vsEngland).toEqual({ result: 'higher', reason: null }) // 22 below 23-25
  })

  it('says why no comparison is made', () => {
    expect(at(STOCKTON).vsEngland).toEqual({ result: null, reason: 'no_interval' })
    expect(at(NEWCASTLE).vsEngland).toEqual({ result: null, reason: 'no_value' })
    expect(at(ENGLAND).vsEngland).toEqual({ result: null, reason: 'no_reference' })
    expect(at(ISLES_OF_SCILLY).vsEngland).toEqual({ result: null, reason: 'small_numbers' })
    // City of London has an interval, so the comparison is made (22 inside 1-30); its region has no value.
    expect(at(CITY_OF_LONDON).vsEngland).toEqual({ result: 'similar', reason: null })
    expect(at(CITY_OF_LONDON).vsRegion).toEqual({ result: null, reason: 'no_reference' })
    expect(at(NORTH_EAST).vsRegion).toBeNull()
  })
})
