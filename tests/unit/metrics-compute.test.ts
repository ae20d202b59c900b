// The metric stage on small hand-built observation sets. Every expected figure is worked out by
// hand in a comment (intervals with the published formulas, evaluated separately, not by the code
// under test).
import { describe, expect, it } from 'vitest'
import { ConfigError } from '../../src/pipeline/errors.ts'
import { computeMetric } from '../../src/pipeline/metrics/compute.ts'
import type { Segment, Series } from '../../src/pipeline/metrics/definition.ts'
import { calendarYear, januaryFromMidYear, januaryOfAcademicYear } from '../../src/pipeline/metrics/period-maps.ts'
import { ObservationIndex } from '../../src/pipeline/metrics/series.ts'
import type { Observation } from '../../src/pipeline/read/observation.ts'
import {
  CAMDEN,
  CITY_OF_LONDON,
  CUMBERLAND,
  CUMBRIA,
  DARLINGTON,
  ENGLAND,
  HARTLEPOOL,
  LONDON,
  MIDDLESBROUGH,
  NORTH_EAST,
  NORTH_WEST,
  REDCAR,
  STOCKTON,
  WESTMORLAND,
  countRows,
  lasIn,
  observation,
  part,
  testMetric,
  valueAt,
} from '../helpers/metric-fixtures.ts'
import { realGeography } from '../helpers/read-input.ts'

const g = realGeography()
const compute = (segments: readonly Segment[], obs: Observation[]) => computeMetric(testMetric(segments), new ObservationIndex(obs), g)

const COUNTS = { source: 'test-counts', period: '2024', periodKind: 'calendar_year' } as const
const proportion: Segment = {
  kind: 'proportion',
  numerator: part('test-counts', 'num', calendarYear),
  denominator: part('test-counts', 'den', calendarYear),
}

// The North East fixture: Hartlepool 30 of 100 (30%), Middlesbrough 10 of 300 (3.3%), and the
// other ten North East LAs 6 of 60 (10%) each.
//   Summed: (30 + 10 + 10 × 6) / (100 + 300 + 10 × 60) = 100 / 1000 = 10%.
//   The mean of the twelve LA rates would be (30 + 3.333 + 10 × 10) / 12 = 11.11%: not the same.
const NE_OTHERS = lasIn(NORTH_EAST).filter((c) => c !== HARTLEPOOL && c !== MIDDLESBROUGH)
const northEast = (): Array<[string, number, number]> => [
  [HARTLEPOOL, 30, 100],
  [MIDDLESBROUGH, 10, 300],
  ...NE_OTHERS.map((c): [string, number, number] => [c, 6, 60]),
]

describe('proportions: regions and England from the publisher, or summed from LAs', () => {
  it('has ten other LAs in the North East (the fixture relies on it)', () => {
    expect(NE_OTHERS).toHaveLength(10)
  })

  it("uses the publisher's England and regional rows when the source has them", () => {
    // Published rows: England 2,000 of 10,000 (20%); North East 120 of 1,000 (12%), which is not
    // the LA sum (100 of 1,000), so the test tells the two apart.
    const obs = countRows(COUNTS, [...northEast(), [ENGLAND, 2000, 10000], [NORTH_EAST, 120, 1000]])
    const m = compute([proportion], obs)
    expect(valueAt(m, ENGLAND, '2024')).toMatchObject({
      value: 20,
      numerator: 2000,
      denominator: 10000,
      basis: 'published',
      coverage: null,
      missing: null,
      segment: 0,
      sources: ['test-counts'],
    })
    const ne = valueAt(m, NORTH_EAST, '2024')
    expect(ne).toMatchObject({ value: 12, numerator: 120, denominator: 1000, basis: 'published', coverage: null })
    // Wilson 95% for 120/1000: (2c + z² ∓ z√(z² + 4c(n − c)/n)) / 2(n + z²) with z = 1.959964
    // = (243.841459 ∓ 40.157762) / 2007.682918 -> 10.129926% to 14.160908%.
    expect(ne.ci95!.lower).toBeCloseTo(10.129926, 5)
    expect(ne.ci95!.upper).toBeCloseTo(14.160908, 5)
    expect(valueAt(m, HARTLEPOOL, '2024')).toMatchObject({ value: 30, numerator: 30, denominator: 100, basis: 'source' })
  })

  it('sums LA numerators and denominators where the source has no regional or England row', () => {
    const m = compute([proportion], countRows(COUNTS, northEast()))
    const ne = valueAt(m, NORTH_EAST, '2024')
    expect(ne).toMatchObject({ numerator: 100, denominator: 1000, basis: 'sum_of_las', coverage: 12, missing: null })
    expect(ne.value).toBeCloseTo(10, 12)
    // Not the mean of the LA rates (11.11%).
    const laRates = lasIn(NORTH_EAST).map((c) => valueAt(m, c, '2024').value!)
    expect(laRates.reduce((s, v) => s + v, 0) / laRates.length).toBeCloseTo(11.1111, 4)
    // Wilson 95% for 100/1000 = (203.841459 ∓ 37.385582) / 2007.682918 -> 8.290944% to 12.015196%.
    expect(ne.ci95!.lower).toBeCloseTo(8.290944, 5)
    expect(ne.ci95!.upper).toBeCloseTo(12.015196, 5)
    expect(ne.ci998!.lower).toBeLessThan(ne.ci95!.lower)
    expect(ne.ci998!.upper).toBeGreaterThan(ne.ci95!.upper)
  })

  it('sums LA rows for a region whose numerator has a published row but whose denominator has none', () => {
    // A regional numerator row (North East 150) over a denominator published for LAs only would mix
    // two sets of areas: the region is the LA sum, 100 of 1,000, as if neither had a regional row.
    const obs = countRows(COUNTS, northEast())
    obs.push(observation({ ...COUNTS, measure: 'num', area: NORTH_EAST, value: 150 }))
    expect(valueAt(compute([proportion], obs), NORTH_EAST, '2024')).toMatchObject({
      numerator: 100,
      denominator: 1000,
      basis: 'sum_of_las',
      coverage: 12,
    })
  })

  it('leftOut: totals from the other LAs only, above and below the line, instead of the published rows', () => {
    // London: Camden 45 of 150; the City of London has a denominator (10) but no numerator row, as
    // in the DSG allocations; the other 31 boroughs 6 of 60. The published London row (500 of
    // 2,000) counts the City below the line only. Left out: (45 + 31 × 6) / (150 + 31 × 60) = 231 / 2,010.
    const boroughs = lasIn(LONDON).filter((c) => c !== CAMDEN && c !== CITY_OF_LONDON)
    expect(boroughs).toHaveLength(31)
    const obs = countRows(COUNTS, [[CAMDEN, 45, 150], ...boroughs.map((c): [string, number, number] => [c, 6, 60]), [LONDON, 500, 2000]])
    obs.push(observation({ ...COUNTS, measure: 'den', area: CITY_OF_LONDON, value: 10 }))
    const published = valueAt(compute([proportion], obs), LONDON, '2024')
    expect(published).toMatchObject({ numerator: 500, denominator: 2000, basis: 'published' })
    const m = compute([{ ...proportion, leftOut: { areas: [CITY_OF_LONDON] } }], obs)
    expect(valueAt(m, LONDON, '2024')).toMatchObject({ numerator: 231, denominator: 2010, basis: 'sum_of_las', coverage: 32 })
    expect(valueAt(m, CITY_OF_LONDON, '2024')).toMatchObject({ value: null, missing: 'area_not_in_source' })
    // Without leftOut and without the published row, the City's missing numerator is a gap.
    const gap = compute(
      [proportion],
      obs.filter((o) => o.areaCode !== LONDON),
    )
    expect(valueAt(gap, LONDON, '2024')).toMatchObject({ value: null, missing: 'incomplete_coverage' })
  })

  it('sums every LA for England, and only when all 153 have figures', () => {
    // Every LA: the North East as above, Camden 45 of 150, the other 140 LAs 6 of 60 each.
    //   England = (100 + 45 + 140 × 6) / (1000 + 150 + 140 × 60) = 985 / 9550 = 10.314136%.
    const others = g.las.map((la) => la.code).filter((c) => !lasIn(NORTH_EAST).includes(c) && c !== CAMDEN)
    expect(others).toHaveLength(140)
    const rows: Array<[string, number, number]> = [
      ...northEast(),
      [CAMDEN, 45, 150],
      ...others.map((c): [string, number, number] => [c, 6, 60]),
    ]
    const england = valueAt(compute([proportion], countRows(COUNTS, rows)), ENGLAND, '2024')
    expect(england).toMatchObject({ numerator: 985, denominator: 9550, basis: 'sum_of_las', coverage: 153 })
    expect(england.value).toBeCloseTo(10.314136, 6)
    // One LA short (Camden left out): no England total.
    const short = valueAt(
      compute(
        [proportion],
        countRows(
          COUNTS,
          rows.filter(([c]) => c !== CAMDEN),
        ),
      ),
      ENGLAND,
      '2024',
    )
    expect(short).toMatchObject({ value: null, missing: 'incomplete_coverage', basis: 'sum_of_las' })
  })

  it("gives no regional total when an LA's figure is missing, and the LA keeps the source's reason", () => {
    const rows = northEast().map(([c, n, d]): [string, number | 'suppressed', number | 'not_available'] =>
      c === MIDDLESBROUGH ? [c, 'suppressed', d] : c === REDCAR ? [c, n, 'not_available'] : [c, n, d],
    )
    const m = compute([proportion], countRows(COUNTS, rows))
    expect(valueAt(m, NORTH_EAST, '2024')).toMatchObject({
      value: null,
      missing: 'incomplete_coverage',
      basis: 'sum_of_las',
      coverage: null,
    })
    expect(valueAt(m, ENGLAND, '2024')).toMatchObject({ value: null, missing: 'incomplete_coverage' })
    expect(valueAt(m, MIDDLESBROUGH, '2024')).toMatchObject({ value: null, missing: 'suppressed', basis: 'source', ci95: null })
    expect(valueAt(m, REDCAR, '2024')).toMatchObject({ value: null, missing: 'not_available', basis: 'source' })
  })

  it('gives no regional total when an LA that existed has no row at all', () => {
    // Middlesbrough is left out of the file altogether: the other eleven LAs are not the North East.
    const m = compute(
      [proportion],
      countRows(
        COUNTS,
        northEast().filter(([c]) => c !== MIDDLESBROUGH),
      ),
    )
    expect(valueAt(m, MIDDLESBROUGH, '2024')).toMatchObject({ value: null, missing: 'area_not_in_source' })
    expect(valueAt(m, NORTH_EAST, '2024')).toMatchObject({ value: null, missing: 'incomplete_coverage', basis: 'sum_of_las' })
    // London has no rows at all: no total, and nothing to say it is incomplete either.
    expect(valueAt(m, LONDON, '2024')).toMatchObject({ value: null, missing: 'area_not_in_source' })
  })

  it('shows an LA with no row as not in the source, and never as zero', () => {
    const m = compute([proportion], countRows(COUNTS, [[HARTLEPOOL, 30, 100]]))
    expect(valueAt(m, CAMDEN, '2024')).toMatchObject({ value: null, numerator: null, missing: 'area_not_in_source', basis: null })
    // One value for every current LA, region and England in the period.
    expect(m.values.filter((v) => v.period === '2024')).toHaveLength(1 + 9 + 153)
  })

  it('uses no share above 100% (a count larger than its total), and has nothing to divide by a zero', () => {
    const m = compute(
      [proportion],
      countRows(COUNTS, [
        [HARTLEPOOL, 7, 5],
        [MIDDLESBROUGH, 0, 0],
        [CAMDEN, 5, 7],
      ]),
    )
    expect(valueAt(m, HARTLEPOOL, '2024')).toMatchObject({ value: null, ci95: null, missing: 'count_above_total' })
    expect(valueAt(m, CAMDEN, '2024').value).toBeCloseTo(71.43, 2)
    expect(valueAt(m, MIDDLESBROUGH, '2024')).toMatchObject({ value: null, missing: 'no_denominator' })
  })
})

describe('local government reorganisation', () => {
  // Cumbria (E10000006) was replaced by Cumberland and Westmorland and Furness on 1 April 2023.
  const NW_OTHERS = lasIn(NORTH_WEST).filter((c) => c !== CUMBERLAND && c !== WESTMORLAND)
  const seg: Segment = {
    kind: 'proportion',
    numerator: part('test-caseload', 'num', januaryOfAcademicYear),
    denominator: part('test-caseload', 'den', januaryOfAcademicYear),
  }
  const jan = (period: string, rows: ReadonlyArray<readonly [string, number | 'not_available', number | 'not_available']>) =>
    countRows({ source: 'test-caseload', period, periodKind: 'academic_year' }, rows)
  const others = NW_OTHERS.map((c) => [c, 6, 60] as const)
  // January 2023: Cumbria 20 of 100; Cumberland has a row of "x" (not available), as DfE's files
  // give for areas that did not exist yet; Westmorland and Furness has no row.
  // January 2024: Cumberland 12 of 100, Westmorland and Furness 8 of 100, Cumbria a row of "x".
  const obs = [
    ...jan('202223', [...others, [CUMBRIA, 20, 100], [CUMBERLAND, 'not_available', 'not_available']]),
    ...jan('202324', [...others, [CUMBERLAND, 12, 100], [WESTMORLAND, 8, 100], [CUMBRIA, 'not_available', 'not_available']]),
  ]
  const m = computeMetric(testMetric([seg]), new ObservationIndex(obs), g)

  it('has 22 other LAs in the North West (the fixture relies on it)', () => {
    expect(NW_OTHERS).toHaveLength(22)
  })

  it('says an LA did not exist yet, before its creation, whatever the source put in its row', () => {
    expect(valueAt(m, WESTMORLAND, '202223')).toMatchObject({ value: null, missing: 'area_not_created' })
    expect(valueAt(m, CUMBERLAND, '202223')).toMatchObject({ value: null, missing: 'area_not_created' })
    expect(valueAt(m, CUMBERLAND, '202324')).toMatchObject({ value: 12, basis: 'source' })
  })

  it('emits a former LA only for periods where it has figures or still existed', () => {
    expect(valueAt(m, CUMBRIA, '202223')).toMatchObject({ value: 20, numerator: 20, denominator: 100, basis: 'source' })
    expect(m.values.filter((v) => v.area === CUMBRIA).map((v) => v.period)).toEqual(['202223'])
    // Former LAs that never appear in the source are never emitted.
    expect(m.values.some((v) => g.byCode.get(v.area)?.type === 'former_la' && v.area !== CUMBRIA)).toBe(false)
  })

  it('sums the LAs that existed in each period into the region', () => {
    // January 2023: 22 × 6 + 20 = 152 of 22 × 60 + 100 = 1,420, from 23 LAs (Cumbria and 22 others).
    expect(valueAt(m, NORTH_WEST, '202223')).toMatchObject({ numerator: 152, denominator: 1420, basis: 'sum_of_las', coverage: 23 })
    // January 2024: 22 × 6 + 12 + 8 = 152 of 1,320 + 200 = 1,520, from 24 LAs.
    expect(valueAt(m, NORTH_WEST, '202324')).toMatchObject({ numerator: 152, denominator: 1520, basis: 'sum_of_las', coverage: 24 })
  })

  it("fills a former LA's missing count with its successors' sum when they cover exactly its area", () => {
    // January 2023: Cumbria's plans (20) are in the caseload file, but the population file is on
    // the new geography: Cumberland 60 and Westmorland and Furness 40, so Cumbria has 100.
    const pop = jan('202223', [...others, [CUMBRIA, 20, 100]]).filter((o) => o.measure === 'num' || o.areaCode !== CUMBRIA)
    const successors = countRows({ source: 'test-caseload', period: '202223', periodKind: 'academic_year' }, [
      [CUMBERLAND, 'not_available', 60],
      [WESTMORLAND, 'not_available', 40],
    ]).filter((o) => o.measure === 'den')
    const r = computeMetric(testMetric([seg]), new ObservationIndex([...pop, ...successors]), g)
    expect(valueAt(r, CUMBRIA, '202223')).toMatchObject({ value: 20, numerator: 20, denominator: 100, basis: 'sum_of_successors' })
    // The region counts Cumbria once: 22 × 6 + 20 of 22 × 60 + 100.
    expect(valueAt(r, NORTH_WEST, '202223')).toMatchObject({ numerator: 152, denominator: 1420, coverage: 23 })
    // Where the plans are on the new geography too, Cumbria is not filled: the region would count them twice.
    const restatedPlans = countRows({ source: 'test-caseload', period: '202223', periodKind: 'academic_year' }, [
      [CUMBERLAND, 12, 60],
      [WESTMORLAND, 8, 40],
    ])
    const twice = computeMetric(testMetric([seg]), new ObservationIndex([...pop, ...restatedPlans]), g)
    expect(valueAt(twice, CUMBRIA, '202223')).toMatchObject({ value: null, missing: 'area_not_in_source' })
    // Without both successors' figures, Cumbria keeps no figure.
    const one = computeMetric(testMetric([seg]), new ObservationIndex([...pop, ...successors.slice(0, 1)]), g)
    expect(valueAt(one, CUMBRIA, '202223')).toMatchObject({ value: null, missing: 'area_not_in_source' })
  })

  it("never fills a former LA whose successors also cover other areas (Dorset's county council area and BCP)", () => {
    const DORSET_COUNTY = 'E10000009'
    const obs = countRows({ source: 'test-caseload', period: '201819', periodKind: 'academic_year' }, [
      ...others,
      [DORSET_COUNTY, 20, 'not_available'],
      ['E06000059', 'not_available', 60],
      ['E06000058', 'not_available', 40],
    ]).filter((o) => !(o.areaCode === DORSET_COUNTY && o.measure === 'den'))
    const r = computeMetric(testMetric([seg]), new ObservationIndex(obs), g)
    expect(valueAt(r, DORSET_COUNTY, '201819')).toMatchObject({ value: null, missing: 'area_not_in_source' })
  })

  it('counts a former LA as covered when the source already gives its successors instead', () => {
    // A file restated on the new geography: January 2023 figures for Cumberland (12 of 100) and
    // Westmorland and Furness (8 of 100), none for Cumbria. The region is still complete.
    const restated = jan('202223', [...others, [CUMBERLAND, 12, 100], [WESTMORLAND, 8, 100]])
    const r = computeMetric(testMetric([seg]), new ObservationIndex(restated), g)
    expect(valueAt(r, NORTH_WEST, '202223')).toMatchObject({ numerator: 152, denominator: 1520, basis: 'sum_of_las', coverage: 24 })
  })
})

describe('rates per 1,000', () => {
  const seg: Segment = {
    kind: 'rate',
    numerator: part('test-counts', 'num', calendarYear),
    denominator: part('test-counts', 'den', calendarYear),
    per: 1000,
  }

  it("use Byar's interval for 10 or more events and exact Poisson limits below", () => {
    const m = compute(
      [seg],
      countRows(COUNTS, [
        [HARTLEPOOL, 50, 2000],
        [MIDDLESBROUGH, 3, 1000],
        [REDCAR, 5, 0],
      ]),
    )
    // Hartlepool 50 per 2,000 = 25 per 1,000. Byar: lower = O(1 − 1/9O − z/3√O)³ with O = 50
    // = 50 × (1 − 0.002222 − 0.092395)³ = 37.108100; upper = (O + 1)(1 − 1/9(O + 1) + z/3√(O + 1))³
    // = 51 × (1 − 0.002179 + 0.091484)³ = 65.920157; per 1,000 of 2,000: 18.554050 to 32.960078.
    const h = valueAt(m, HARTLEPOOL, '2024')
    expect(h).toMatchObject({ value: 25, numerator: 50, denominator: 2000 })
    expect(h.ci95!.lower).toBeCloseTo(18.55405, 4)
    expect(h.ci95!.upper).toBeCloseTo(32.960078, 4)
    // Middlesbrough 3 per 1,000. Exact 95% limits for a count of 3 (χ²(0.025; 6)/2 and
    // χ²(0.975; 8)/2; Garwood's table gives 0.619 and 8.767): 0.618672 to 8.767273.
    const mb = valueAt(m, MIDDLESBROUGH, '2024')
    expect(mb.value).toBe(3)
    expect(mb.ci95!.lower).toBeCloseTo(0.618672, 5)
    expect(mb.ci95!.upper).toBeCloseTo(8.767273, 5)
    expect(mb.ci998!.lower).toBeLessThan(mb.ci95!.lower)
    expect(valueAt(m, REDCAR, '2024')).toMatchObject({ value: null, missing: 'no_denominator' })
  })

  it('map mid-year populations onto the January snapshots they serve', () => {
    // Plans in January 2023, 2024 and 2025 (academic years 202223, 202324, 202425); population at
    // mid-2022 (40,000) and mid-2023 (44,000), no mid-2024 estimate.
    const plans = [
      ['202122', 900],
      ['202223', 1000],
      ['202324', 1100],
      ['202425', 1200],
    ] as const
    const obs = [
      ...plans.map(([period, value]) =>
        observation({ source: 'test-caseload', measure: 'plans', area: HARTLEPOOL, period, periodKind: 'academic_year', value }),
      ),
      observation({ source: 'pop-2022', measure: 'population', area: HARTLEPOOL, period: '2022', periodKind: 'mid_year', value: 40000 }),
      observation({ source: 'pop-2023', measure: 'population', area: HARTLEPOOL, period: '2023', periodKind: 'mid_year', value: 44000 }),
    ]
    const population: Series = {
      parts: [
        { source: 'pop-2022', measure: 'population', breakdown: '' },
        { source: 'pop-2023', measure: 'population', breakdown: '' },
      ],
      periods: januaryFromMidYear,
    }
    const rate: Segment = {
      kind: 'rate',
      numerator: part('test-caseload', 'plans', januaryOfAcademicYear),
      denominator: population,
      per: 1000,
    }
    const m = compute([rate], obs)
    // 1,000 / 40,000 × 1,000 = 25; 1,100 / 44,000 × 1,000 = 25; 1,200 / 44,000 × 1,000 = 27.2727.
    expect(valueAt(m, HARTLEPOOL, '202223')).toMatchObject({ value: 25, denominator: 40000 })
    expect(valueAt(m, HARTLEPOOL, '202324')).toMatchObject({ value: 25, denominator: 44000 })
    expect(valueAt(m, HARTLEPOOL, '202425').value).toBeCloseTo(27.272727, 5)
    expect(valueAt(m, HARTLEPOOL, '202425').denominator).toBe(44000)
    // January 2022 has no estimate at all, so no area has a figure: it is not a period of the metric.
    expect(m.periods.map((p) => p.id)).toEqual(['202223', '202324', '202425'])
  })
})

describe('januaryFromMidYear', () => {
  const mid = (period: string) => ({ period, periodKind: 'mid_year' as const })

  it('serves January of the next year, and the year after when no newer estimate exists', () => {
    const available = [mid('2022'), mid('2023')]
    expect(januaryFromMidYear(mid('2022'), available)).toEqual([{ id: '202223', kind: 'january' }])
    expect(januaryFromMidYear(mid('2023'), available)).toEqual([
      { id: '202324', kind: 'january' },
      { id: '202425', kind: 'january' },
    ])
  })

  it('leaves January 2025 to a mid-2024 estimate when there is one', () => {
    const available = [mid('2022'), mid('2023'), mid('2024')]
    expect(januaryFromMidYear(mid('2023'), available)).toEqual([{ id: '202324', kind: 'january' }])
    expect(januaryFromMidYear(mid('2024'), available)).toEqual([
      { id: '202425', kind: 'january' },
      { id: '202526', kind: 'january' },
    ])
  })

  it('ignores periods that are not mid-year estimates', () => {
    expect(januaryFromMidYear({ period: '2023', periodKind: 'calendar_year' }, [])).toEqual([])
  })
})

describe('published, difference and quotient segments', () => {
  const RATES = { source: 'test-rates', period: '2024', periodKind: 'calendar_year' } as const

  it("publish an LA's own rate; regions and England only where the source has them", () => {
    const rows = [
      observation({ ...RATES, measure: 'rate', area: HARTLEPOOL, value: 12.5 }),
      observation({ ...RATES, measure: 'rate', area: MIDDLESBROUGH, value: 'suppressed' }),
      observation({ ...RATES, measure: 'rate', area: CAMDEN, value: 7 }),
    ]
    const seg: Segment = { kind: 'published', value: part('test-rates', 'rate', calendarYear) }
    const m = compute([seg], rows)
    expect(valueAt(m, HARTLEPOOL, '2024')).toMatchObject({ value: 12.5, numerator: null, denominator: null, ci95: null, basis: 'source' })
    expect(valueAt(m, MIDDLESBROUGH, '2024')).toMatchObject({ value: null, missing: 'suppressed' })
    expect(valueAt(m, DARLINGTON, '2024')).toMatchObject({ value: null, missing: 'area_not_in_source' })
    // Rates cannot be added up: no regional or England figure.
    for (const area of [NORTH_EAST, LONDON, ENGLAND])
      expect(valueAt(m, area, '2024')).toMatchObject({ value: null, missing: 'not_aggregable', basis: null })
    // With the publisher's England row, England is published.
    const withEngland = compute([seg], [...rows, observation({ ...RATES, measure: 'rate', area: ENGLAND, value: 9.9 })])
    expect(valueAt(withEngland, ENGLAND, '2024')).toMatchObject({ value: 9.9, basis: 'published' })
    expect(valueAt(withEngland, NORTH_EAST, '2024')).toMatchObject({ missing: 'not_aggregable' })
  })

  it('difference of shares: each side 100 × its count over its own base, as the shares themselves', () => {
    // Hartlepool: 45 of 50 (90%) against 6 of 24 (25%): 65 points. Middlesbrough: a base of 0, so no share and no gap.
    const rows = [
      ...countRows({ ...RATES, numerator: 'met_a', denominator: 'all_a' }, [
        [HARTLEPOOL, 45, 50],
        [MIDDLESBROUGH, 3, 30],
      ]),
      ...countRows({ ...RATES, numerator: 'met_b', denominator: 'all_b' }, [
        [HARTLEPOOL, 6, 24],
        [MIDDLESBROUGH, 0, 0],
      ]),
    ]
    const seg: Segment = {
      kind: 'difference',
      minuend: part('test-rates', 'met_a', calendarYear),
      subtrahend: part('test-rates', 'met_b', calendarYear),
      shareOf: { minuend: part('test-rates', 'all_a', calendarYear), subtrahend: part('test-rates', 'all_b', calendarYear) },
    }
    const m = compute([seg], rows)
    expect(valueAt(m, HARTLEPOOL, '2024').value).toBeCloseTo(65, 12)
    expect(valueAt(m, MIDDLESBROUGH, '2024')).toMatchObject({ value: null, missing: 'no_denominator' })
  })

  // Measures a and b: Hartlepool 12.5 and 2.5; Middlesbrough 10 and suppressed; Camden 6 and no
  // row; Darlington 3 and 0; Stockton only b (4); England 9 and 3.
  const pairs = [
    observation({ ...RATES, measure: 'a', area: HARTLEPOOL, value: 12.5 }),
    observation({ ...RATES, measure: 'b', area: HARTLEPOOL, value: 2.5 }),
    observation({ ...RATES, measure: 'a', area: MIDDLESBROUGH, value: 10 }),
    observation({ ...RATES, measure: 'b', area: MIDDLESBROUGH, value: 'suppressed' }),
    observation({ ...RATES, measure: 'a', area: CAMDEN, value: 6 }),
    observation({ ...RATES, measure: 'a', area: DARLINGTON, value: 3 }),
    observation({ ...RATES, measure: 'b', area: DARLINGTON, value: 0 }),
    observation({ ...RATES, measure: 'b', area: STOCKTON, value: 4 }),
    observation({ ...RATES, measure: 'a', area: ENGLAND, value: 9 }),
    observation({ ...RATES, measure: 'b', area: ENGLAND, value: 3 }),
  ]
  const a = part('test-rates', 'a', calendarYear)
  const b = part('test-rates', 'b', calendarYear)

  it('difference: a − b for each area that has both', () => {
    const m = compute([{ kind: 'difference', minuend: a, subtrahend: b }], pairs)
    expect(valueAt(m, HARTLEPOOL, '2024')).toMatchObject({ value: 10, basis: 'source', ci95: null }) // 12.5 − 2.5
    expect(valueAt(m, DARLINGTON, '2024').value).toBe(3) // 3 − 0
    expect(valueAt(m, ENGLAND, '2024')).toMatchObject({ value: 6, basis: 'published' }) // 9 − 3
    expect(valueAt(m, MIDDLESBROUGH, '2024')).toMatchObject({ value: null, missing: 'suppressed' })
    expect(valueAt(m, CAMDEN, '2024')).toMatchObject({ value: null, missing: 'area_not_in_source' })
    expect(valueAt(m, STOCKTON, '2024')).toMatchObject({ value: null, missing: 'area_not_in_source' })
    expect(valueAt(m, NORTH_EAST, '2024')).toMatchObject({ value: null, missing: 'not_aggregable' })
  })

  it('quotient: a / b, with nothing to divide by a zero', () => {
    const m = compute([{ kind: 'quotient', numerator: a, denominator: b }], pairs)
    expect(valueAt(m, HARTLEPOOL, '2024').value).toBe(5) // 12.5 / 2.5
    expect(valueAt(m, ENGLAND, '2024').value).toBe(3) // 9 / 3
    expect(valueAt(m, DARLINGTON, '2024')).toMatchObject({ value: null, missing: 'no_denominator' })
    expect(valueAt(m, MIDDLESBROUGH, '2024')).toMatchObject({ value: null, missing: 'suppressed' })
  })
})

describe('segments', () => {
  const old: Segment = { kind: 'published', value: part('old-release', 'rate', calendarYear) }
  const current: Segment = { kind: 'published', value: part('new-release', 'rate', calendarYear) }
  const at = (source: string, period: string, area: string, value: number | 'suppressed' | 'not_available') =>
    observation({ source, measure: 'rate', area, period, periodKind: 'calendar_year', value })
  // 2023 in both releases; 2024 in the new one only.
  const obs = [
    at('old-release', '2023', HARTLEPOOL, 10),
    at('old-release', '2023', MIDDLESBROUGH, 'suppressed'),
    at('old-release', '2023', REDCAR, 'not_available'),
    at('new-release', '2023', HARTLEPOOL, 11),
    at('new-release', '2023', MIDDLESBROUGH, 12),
    at('new-release', '2023', CAMDEN, 13),
    at('new-release', '2024', HARTLEPOOL, 14),
  ]
  const m = compute([old, current], obs)

  it("take each area's figure from the first segment that has one, and record which", () => {
    expect(valueAt(m, HARTLEPOOL, '2023')).toMatchObject({ value: 10, segment: 0, sources: ['old-release'] })
    expect(valueAt(m, MIDDLESBROUGH, '2023')).toMatchObject({ value: 12, segment: 1, sources: ['new-release'] })
    expect(valueAt(m, CAMDEN, '2023')).toMatchObject({ value: 13, segment: 1 })
    expect(valueAt(m, HARTLEPOOL, '2024')).toMatchObject({ value: 14, segment: 1 })
  })

  it("keep the first segment's reason when no segment has a figure", () => {
    expect(valueAt(m, REDCAR, '2023')).toMatchObject({ value: null, missing: 'not_available', segment: 0 })
    expect(valueAt(m, DARLINGTON, '2023')).toMatchObject({ value: null, missing: 'area_not_in_source', segment: 0 })
    expect(valueAt(m, DARLINGTON, '2024')).toMatchObject({ value: null, missing: 'area_not_in_source', segment: 1 })
  })

  it('list the periods of every segment in time order', () => {
    expect(m.periods).toEqual([
      { id: '2023', kind: 'calendar_year' },
      { id: '2024', kind: 'calendar_year' },
    ])
  })
})

describe('series', () => {
  const AGES = { source: 'test-ages', period: '2024', periodKind: 'calendar_year' } as const
  const ages = (absentMeansZero: boolean): Series => ({
    parts: [
      { source: 'test-ages', measure: 'plans', breakdown: 'age=16' },
      { source: 'test-ages', measure: 'plans', breakdown: 'age=17' },
    ],
    periods: calendarYear,
    absentMeansZero,
  })
  // Hartlepool: 5 at 16, no row at 17, 50 in all. Middlesbrough: no age rows, 200 in all.
  // Redcar: suppressed at 16, 3 at 17, 40 in all.
  const obs = [
    observation({ ...AGES, measure: 'plans', breakdown: 'age=16', area: HARTLEPOOL, value: 5 }),
    observation({ ...AGES, measure: 'all', area: HARTLEPOOL, value: 50 }),
    observation({ ...AGES, measure: 'all', area: MIDDLESBROUGH, value: 200 }),
    observation({ ...AGES, measure: 'plans', breakdown: 'age=16', area: REDCAR, value: 'suppressed' }),
    observation({ ...AGES, measure: 'plans', breakdown: 'age=17', area: REDCAR, value: 3 }),
    observation({ ...AGES, measure: 'all', area: REDCAR, value: 40 }),
  ]
  const all = part('test-ages', 'all', calendarYear)

  it('add their parts, a missing part making the sum missing', () => {
    const m = compute([{ kind: 'proportion', numerator: ages(false), denominator: all }], obs)
    expect(valueAt(m, HARTLEPOOL, '2024')).toMatchObject({ value: 10, numerator: 5, denominator: 50 }) // 5 + 0 of 50
    expect(valueAt(m, REDCAR, '2024')).toMatchObject({ value: null, missing: 'suppressed' })
    expect(valueAt(m, MIDDLESBROUGH, '2024')).toMatchObject({ value: null, missing: 'area_not_in_source' })
  })

  it('absentMeansZero: an area with a denominator and no numerator rows has none', () => {
    const m = compute([{ kind: 'proportion', numerator: ages(true), denominator: all }], obs)
    expect(valueAt(m, MIDDLESBROUGH, '2024')).toMatchObject({ value: 0, numerator: 0, denominator: 200, missing: null })
    expect(valueAt(m, REDCAR, '2024')).toMatchObject({ value: null, missing: 'suppressed' })
    // Without a denominator either, the area is still not in the source.
    expect(valueAt(m, CAMDEN, '2024')).toMatchObject({ value: null, missing: 'area_not_in_source' })
  })

  it('fallback: fills only the periods in which no part has an observation', () => {
    // 2023: no age rows, so the total (90) serves. 2024: age rows (5 + 0 for Hartlepool), so the
    // total (50) is not used even though it exists; Redcar's suppressed age row stays suppressed.
    const withFallback: Series = { ...ages(true), fallback: all }
    const earlier = observation({ ...AGES, period: '2023', measure: 'all', area: HARTLEPOOL, value: 90 })
    const m = compute([{ kind: 'published', value: withFallback }], [...obs, earlier])
    expect(valueAt(m, HARTLEPOOL, '2023')).toMatchObject({ value: 90 })
    expect(valueAt(m, HARTLEPOOL, '2024')).toMatchObject({ value: 5 })
    expect(valueAt(m, REDCAR, '2024')).toMatchObject({ value: null, missing: 'suppressed' })
    expect(m.periods.map((p) => p.id)).toEqual(['2023', '2024'])
  })

  it('stop the build when two sources give the same measure for the same area and period', () => {
    const pop = (source: string) =>
      observation({
        source,
        measure: 'population',
        breakdown: 'age=0',
        area: HARTLEPOOL,
        period: '2022',
        periodKind: 'mid_year',
        value: 1000,
      })
    const twice: Series = {
      parts: ['pop-a', 'pop-b'].map((source) => ({ source, measure: 'population', breakdown: 'age=0' })),
      periods: januaryFromMidYear,
    }
    const seg: Segment = { kind: 'rate', numerator: part('test-caseload', 'plans', januaryOfAcademicYear), denominator: twice, per: 1000 }
    const plans = observation({
      source: 'test-caseload',
      measure: 'plans',
      area: HARTLEPOOL,
      period: '202223',
      periodKind: 'academic_year',
      value: 10,
    })
    expect(() => compute([seg], [plans, pop('pop-a'), pop('pop-b')])).toThrow(ConfigError)
    expect(() => compute([seg], [plans, pop('pop-a'), pop('pop-b')])).toThrow(
      /pop-a and pop-b both give population \(age=0\) for E06000001 in period 202223/,
    )
    // One source alone is fine.
    expect(valueAt(compute([seg], [plans, pop('pop-a')]), HARTLEPOOL, '202223').value).toBe(10)
  })
})
