// The registry's metrics on the real published files, checked against the publishers: DfE's own
// percentage columns, DfE's own England and regional rows (which our sums of LA rows must
// reproduce), and ONS's population totals. Every DfE percentage is reproduced, without exceptions;
// the few cells where DfE prints a rate but the site has no figure are listed with the reason.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadGeography } from '../../src/pipeline/geography/areas.ts'
import { type ComputedMetric } from '../../src/pipeline/metrics/compute.ts'
import type { MetricDefinition } from '../../src/pipeline/metrics/definition.ts'
import { METRICS } from '../../src/pipeline/metrics/registry.ts'
import type { ObservationIndex } from '../../src/pipeline/metrics/series.ts'
import { checkSeriesParts, optionalSources } from '../../src/pipeline/metrics/series-check.ts'
import { breakdownOf, type Observation } from '../../src/pipeline/read/observation.ts'
import type { ReadAll } from '../../src/pipeline/read/read-sources.ts'
import { realMetrics, type RealMetrics } from '../helpers/real-data.ts'
import type { MetricPeriod } from '../../src/contract/periods.ts'

const g = loadGeography()
let data: ReadAll
let index: ObservationIndex
let metric: RealMetrics['metric']

beforeAll(async () => {
  ;({ read: data, index, metric } = await realMetrics())
})

const key = (area: string, period: string) => `${area}|${period}`
const byAreaPeriod = (m: ComputedMetric) => new Map(m.values.map((v) => [key(v.area, v.period), v]))
const isAggregate = (code: string) => code === g.england.code || g.byCode.get(code)?.type === 'region'
const name = (code: string) => g.byCode.get(code)?.name ?? code

/**
 * n/d as a percentage rounded half up to 1 d.p., exactly (DfE rounds half up: in these files
 * 61.75% is published as 61.8, 0.65% as 0.7, 31.25% as 31.3): floor((2000n + d) / 2d) / 10.
 */
const roundHalfUp1 = (n: number, d: number) => Math.floor((2000 * n + d) / (2 * d)) / 10

const topic = (t: string) => breakdownOf({ breakdown_topic: t, breakdown: t })
const ALL_PLANS = topic('All EHC plans')
const TIMELINESS = topic('All EHC plans issued')
const REQUESTS = topic('All requests for EHC needs assessments')
const ASSESSMENTS = topic('All EHC needs assessments')

/** Metric, DfE's percentage column in the same file, and DfE's counts behind it. */
const PUBLISHED_PERCENTAGES = [
  {
    id: 'ehcp_mainstream_pct',
    source: 'ehcp-2025-caseload',
    pc: 'mainstream_total_pc',
    num: 'mainstream_total',
    den: 'ehcplans',
    breakdown: ALL_PLANS,
  },
  {
    id: 'ehcp_special_pct',
    source: 'ehcp-2025-caseload',
    pc: 'special_total_pc',
    num: 'special_total',
    den: 'ehcplans',
    breakdown: ALL_PLANS,
  },
  { id: 'ehcp_ap_pct', source: 'ehcp-2025-caseload', pc: 'AP_PRU_total_pc', num: 'ap_pru_total', den: 'ehcplans', breakdown: ALL_PLANS },
  {
    id: 'ehcp_placement_unknown_pct',
    source: 'ehcp-2025-caseload',
    pc: 'placement_unknown_pc',
    num: 'placement_unknown',
    den: 'ehcplans',
    breakdown: ALL_PLANS,
  },
  {
    id: 'ehcp_issued_20_weeks_pct',
    source: 'ehcp-2025-timeliness',
    pc: 'PC_plans_issued_20_weeks_ex',
    num: 'plans_issued_20_weeks_ex',
    den: 'plans_issued_den_ex',
    breakdown: TIMELINESS,
  },
  {
    id: 'request_refused_pct',
    source: 'ehcp-2025-requests',
    pc: 'request_not_assess_pc',
    num: 'requests_decided_not_to_assess',
    den: 'requests_received_in_year',
    breakdown: REQUESTS,
  },
  {
    id: 'assessment_no_plan_pct',
    source: 'ehcp-2025-assessments',
    pc: 'assess_not_issued_pc',
    num: 'assess_not_issued',
    den: 'assess_in_year',
    breakdown: ASSESSMENTS,
  },
  {
    id: 'tribunal_appeal_rate',
    source: 'ehcp-2025-tribunal',
    pc: 'appeal_rate',
    num: 'appeals_registered',
    den: 'appealable_decisions',
    breakdown: '',
  },
] as const

// The SEND Tribunal table leaves the Isles of Scilly's 2023 appeals cell blank (not "-"), so there
// are no appeals to divide; DfE's rate column says 0.00%.
const NO_FIGURE_WHERE_DFE_HAS_A_RATE = new Set([`appeal_rate|${key('E06000053', '2023')}`])

describe("values reproduce DfE's own percentage columns", () => {
  it.each(PUBLISHED_PERCENTAGES)(
    '$id = $pc, rounded half up to 1 d.p., for every area and period',
    ({ id, source, pc, num, breakdown }) => {
      const values = byAreaPeriod(metric(id))
      const published = index.get(source, pc, breakdown)
      expect(published.length).toBeGreaterThan(400)
      let compared = 0
      const differences: string[] = []
      const noFigure: string[] = []
      for (const p of published) {
        if (p.value === null) continue
        const v = values.get(key(p.areaCode, p.period))
        if (v?.value == null || v.numerator === null || v.denominator === null) {
          noFigure.push(`${pc}|${key(p.areaCode, p.period)}`)
          continue
        }
        // The value is the ratio of the counts behind it, and its numerator is DfE's count.
        expect(v.value).toBeCloseTo((100 * v.numerator) / v.denominator, 10)
        const count = index.get(source, num, breakdown).find((o) => o.areaCode === p.areaCode && o.period === p.period)
        expect(v.numerator, `${id} ${name(p.areaCode)} ${p.period}`).toBe(count?.value)
        if (roundHalfUp1(v.numerator, v.denominator) === p.value) compared++
        else differences.push(`${pc}|${key(p.areaCode, p.period)}`)
      }
      expect(differences).toEqual([])
      expect(noFigure).toEqual([...NO_FIGURE_WHERE_DFE_HAS_A_RATE].filter((d) => d.startsWith(`${pc}|`)))
      expect(compared).toBeGreaterThan(300)
    },
  )

  it("January 2024: with Hackney's and Peterborough's breakdowns withheld, shares divide by the plans in DfE's breakdown", () => {
    // Both LAs' placement and age cells are "x". England's and their regions' rows count all their
    // plans in the total (ehcplans) but only some in the breakdowns; DfE's percentages divide by
    // the plans in the breakdown (the sum of the age rows), and so do the site's shares.
    const row = (measure: string, area: string, breakdown = ALL_PLANS) =>
      index.get('ehcp-2025-caseload', measure, breakdown).find((o) => o.areaCode === area && o.period === '202324')!
    for (const withheld of ['E06000031', 'E09000012']) expect(row('mainstream_total', withheld).missing).toBe('not_available')
    const ageRows = (area: string) =>
      [2, ...Array.from({ length: 23 }, (_, i) => i + 3)].reduce(
        (sum, age) =>
          sum +
          (row(
            'ehcplans',
            area,
            breakdownOf({ breakdown_topic: 'Child or young persons age', breakdown: age === 2 ? 'under 3' : `age ${age}` }),
          )?.value ?? 0),
        0,
      )
    // England: 576,474 plans in all, 572,829 in the breakdown; mainstream 248,016 (DfE: 43.3%).
    expect(row('ehcplans', g.england.code).value).toBe(576474)
    expect(ageRows(g.england.code)).toBe(572829)
    const cells: Array<[string, string, number]> = [
      ['ehcp_mainstream_pct', g.england.code, 43.3],
      ['ehcp_mainstream_pct', 'E12000007', 49.8], // London
      ['ehcp_mainstream_pct', 'E12000006', 44.7], // East of England
      ['ehcp_special_pct', 'E12000007', 28.2],
      ['ehcp_special_pct', 'E12000006', 28.6],
    ]
    for (const [id, area, dfe] of cells) {
      const v = byAreaPeriod(metric(id)).get(key(area, '202324'))!
      expect(v, `${id} ${name(area)}`).toMatchObject({ denominator: ageRows(area), basis: 'published' })
      expect(v.denominator).toBeLessThan(row('ehcplans', area).value!)
      expect(roundHalfUp1(v.numerator!, v.denominator!)).toBe(dfe)
    }
    // The age bands share the denominator: the five bands of England add up to all of it.
    const bands = ['ehcp_age_under_5_pct', 'ehcp_age_5_10_pct', 'ehcp_age_11_15_pct', 'ehcp_age_16_19_pct', 'ehcp_age_20_25_pct']
    const england = bands.map((id) => byAreaPeriod(metric(id)).get(key(g.england.code, '202324'))!)
    expect(new Set(england.map((v) => v.denominator))).toEqual(new Set([572829]))
    expect(england.reduce((s, v) => s + v.numerator!, 0)).toBe(572829)
  })
})

describe("regional and England totals summed from LA rows reproduce DfE's own rows", () => {
  const JANUARY_2010_TO_2023 = Array.from({ length: 14 }, (_, i) => `${2009 + i}${String((10 + i) % 100).padStart(2, '0')}`)
  /** England periods where every LA has figures, so the sum must equal DfE's England row. */
  const COMPLETE_ENGLAND: Record<string, string[]> = {
    // January 2010 to 2018 from the 2022 release's establishment file, then the 2025 release.
    ehcp_mainstream_pct: JANUARY_2010_TO_2023,
    ehcp_special_pct: JANUARY_2010_TO_2023,
    // 2014 to 2018 from the 2023 release's SEN2 management information, then the 2025 release.
    ehcp_issued_20_weeks_pct: ['2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021', '2024'],
    request_refused_pct: ['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2024'],
    assessment_no_plan_pct: ['2024'],
    // January 2023 too: Cumbria's population is the sum of its successors', which ONS gives.
    ehcp_per_1000_0_25: ['202223', '202324', '202425'],
    // Not 2021: the table gives Northamptonshire 85 appeals but no appealable decisions for 2021
    // (its successors have both). Not 2023: the Isles of Scilly's appeals cell is blank.
    tribunal_appeal_rate: ['2014', '2015', '2016', '2017', '2018', '2019', '2020', '2022', '2024'],
  }

  it.each(Object.keys(COMPLETE_ENGLAND))('%s', (id) => {
    const published = metric(id)
    const summed = byAreaPeriod(metric(id, true))
    const exactEngland: string[] = []
    let exactRegions = 0
    for (const p of published.values) {
      if (!isAggregate(p.area) || p.basis !== 'published' || p.value === null) continue
      const s = summed.get(key(p.area, p.period))!
      if (s.value !== null) {
        // A total from LA rows: exactly DfE's counts for the area.
        expect(s, `${id} ${name(p.area)} ${p.period}`).toMatchObject({
          basis: 'sum_of_las',
          numerator: p.numerator,
          denominator: p.denominator,
        })
        expect(s.value).toBeCloseTo(p.value, 10)
        if (p.area === g.england.code) exactEngland.push(p.period)
        else exactRegions++
      } else {
        // No total only where an LA in the area that existed has no figure.
        expect(s.missing, `${id} ${name(p.area)} ${p.period}`).toBe('incomplete_coverage')
        const gaps = published.values.filter(
          (v) =>
            v.period === p.period &&
            v.value === null &&
            v.missing !== 'area_not_created' &&
            g.byCode.get(v.area)?.regionCode !== undefined &&
            (p.area === g.england.code || g.byCode.get(v.area)!.regionCode === p.area),
        )
        expect(gaps.length, `${id} ${name(p.area)} ${p.period}: which LA is missing?`).toBeGreaterThan(0)
      }
    }
    expect(exactEngland).toEqual(COMPLETE_ENGLAND[id])
    if (id !== 'tribunal_appeal_rate') expect(exactRegions).toBeGreaterThanOrEqual(9 * exactEngland.length)
  })
})

describe('the registry against the real files', () => {
  it('every series part of every metric matches observations in some period', () => {
    expect(() => checkSeriesParts(METRICS, index, optionalSources(data.paths.keys()))).not.toThrow()
  })
})

describe('coverage and missing values', () => {
  it('every metric has a figure for at least 140 of the 153 LAs in its latest period', () => {
    const short: string[] = []
    for (const def of METRICS) {
      const m = metric(def.id)
      const latest = m.periods.at(-1)!.id
      const withValue = m.values.filter((v) => v.period === latest && g.byCode.get(v.area)?.type === 'la' && v.value !== null)
      if (withValue.length < 140) short.push(`${def.id} ${latest}: ${withValue.length}`)
    }
    // DfE suppresses the SEN of children on a child protection plan where they are few (11 LAs), LAIT
    // gives no share of children in need permanently excluded where few were, and DfE's 16-18 destinations table has no rows by learning difficulty or disability for 15 LAs in 2021/22.
    const lldd = (count: number) => (id: string) => `destination_16_18_${id} 202122: ${count}`
    expect(short).toEqual([
      'child_protection_plan_ehcp_pct 202122: 136',
      'child_protection_plan_sen_support_pct 202122: 136',
      ...['sustained_lldd'].map(lldd(136)),
      ...['sustained_no_lldd'].map(lldd(138)),
      ...['not_sustained_lldd'].map(lldd(136)),
      ...['not_sustained_no_lldd'].map(lldd(138)),
      ...['higher_education_lldd', 'further_education_lldd', 'apprenticeship_lldd', 'employment_lldd'].map(lldd(136)),
      'cin_perm_excluded_pct 202324: 101',
    ])
  })

  it('every missing value has a reason and every reason goes with a missing value, for every area and period', () => {
    for (const def of METRICS) {
      const m = metric(def.id)
      const bad = m.values.filter((v) => (v.value === null) !== (v.missing !== null))
      expect(
        bad.map((v) => `${v.area} ${v.period}`),
        def.id,
      ).toEqual([])
      // One value for England, each region and each current LA in every period.
      for (const p of m.periods)
        expect(
          m.values.filter((v) => v.period === p.id && g.byCode.get(v.area)?.type !== 'former_la'),
          `${def.id} ${p.id}`,
        ).toHaveLength(1 + 9 + 153)
    }
  })

  it('every value computed from counts has a 95% interval around it', () => {
    for (const def of METRICS) {
      for (const v of metric(def.id).values) {
        if (v.value === null || v.numerator === null || v.denominator === null) continue
        const segment = (def as MetricDefinition).segments[v.segment]
        if (segment?.kind === 'rate' && segment.amounts) continue // pounds per head: no sampling interval
        if (v.numerator > v.denominator && def.unit !== 'per_1000') continue // a share above 100%: no interval
        expect(v.ci95, `${def.id} ${v.area} ${v.period}`).not.toBeNull()
        expect(v.ci95!.lower).toBeLessThanOrEqual(v.value)
        expect(v.ci95!.upper).toBeGreaterThanOrEqual(v.value)
      }
    }
  })

  /**
   * Qualifications at 19 are counted for the council where the young people were at 15, four years
   * earlier: a council abolished since keeps figures for the cohorts it had at 15.
   */
  const COHORT_AT_15 = new Set(
    ['19_ehcp', '19_sen_support', '19_no_sen'].flatMap((g) => [`level2_at_${g}`, `level3_at_${g}`, `level2_em_at_${g}`]),
  )

  /** First day of a period in the publishers' convention (school years by their September), yearsBack earlier. */
  function firstDay(p: MetricPeriod, yearsBack = 0): string {
    const year = Number(p.id.slice(0, 4)) - yearsBack
    switch (p.kind) {
      case 'january':
        return `${year + 1}-01-01`
      case 'calendar_year':
        return `${year}-01-01`
      case 'academic_year':
      case 'term':
      case 'autumn_spring':
        return `${year}-09-01`
      case 'neet_year':
        return `${year - 1}-12-01`
      case 'financial_year':
        return `${year}-04-01`
      case 'month':
      case 'year_to_month':
        throw new Error(`${p.id}: the LA measures have no monthly periods`)
    }
  }

  it('no former LA has figures for a period that began after it was abolished', () => {
    const found: string[] = []
    for (const def of METRICS) {
      const m = metric(def.id)
      const periods = new Map(m.periods.map((p) => [p.id, p]))
      for (const v of m.values) {
        const f = g.former.find((x) => x.code === v.area)
        // Unless a note beside the figure says why (a publisher's file placing it under the old council).
        const noted = ((def as MetricDefinition).areaNotes ?? []).some((n) => n.areas.includes(v.area) && n.periods.includes(v.period))
        if (f && v.value !== null && !noted && firstDay(periods.get(v.period)!, COHORT_AT_15.has(def.id) ? 4 : 0) >= f.effective)
          found.push(`${def.id} ${f.name} ${v.period}`)
      }
    }
    expect(found).toEqual([])
  })
})

describe('EHC plans per 1,000 aged 0-25', () => {
  it('England, January 2025: 638,745 plans over the ONS mid-2023 population aged 0 to 25', () => {
    const plans = index
      .get('ehcp-2025-caseload', 'ehcplans', ALL_PLANS)
      .find((o) => o.areaCode === g.england.code && o.period === '202425')!
    expect(plans.value).toBe(638745)
    const ages: Observation[] = []
    for (let age = 0; age <= 25; age++)
      ages.push(
        ...index
          .get('ons-mye-2023', 'population', breakdownOf({ age: String(age) }))
          .filter((o) => o.areaCode === g.england.code && o.period === '2023'),
      )
    expect(ages).toHaveLength(26)
    const population = ages.reduce((s, o) => s + o.value!, 0)
    const m = metric('ehcp_per_1000_0_25')
    expect(m.periods.at(-1)!.id).toBe('202425')
    const england = byAreaPeriod(m).get(key(g.england.code, '202425'))!
    expect(england).toMatchObject({ numerator: 638745, denominator: population, basis: 'published' })
    expect(england.value).toBeCloseTo((638745 / population) * 1000, 10)
    // England aged 0-25 at mid-2023 is about 17.5 million, so about 36 plans per 1,000.
    expect(population).toBeGreaterThan(17_000_000)
    expect(population).toBeLessThan(18_000_000)
  })
})

describe('Cumbria in January 2023', () => {
  it("divides Cumbria's plans by the population of Cumberland and Westmorland and Furness (the same area)", () => {
    // ONS mid-2022 estimates are on the April 2023 geography: no row for Cumbria, rows for its successors.
    const population = (code: string) =>
      index
        .get('ons-mye-2022', 'population', '')
        .concat(...Array.from({ length: 26 }, (_, age) => index.get('ons-mye-2022', 'population', breakdownOf({ age: String(age) }))))
        .filter((o) => o.areaCode === code && o.period === '2022')
        .reduce((s, o) => s + o.value!, 0)
    expect(population('E10000006')).toBe(0)
    const successors = population('E06000063') + population('E06000064')
    const plans = index.get('ehcp-2025-caseload', 'ehcplans', ALL_PLANS).find((o) => o.areaCode === 'E10000006' && o.period === '202223')!
    const v = byAreaPeriod(metric('ehcp_per_1000_0_25')).get(key('E10000006', '202223'))!
    expect(v).toMatchObject({ numerator: plans.value, denominator: successors, basis: 'sum_of_successors', missing: null })
    expect(v.value).toBeCloseTo((1000 * plans.value!) / successors, 10)
  })
})

describe('NEET or not known at 16-17 by SEN status', () => {
  const MEASURES = ['NEET_NK_EHCP_percent', 'NEET_NK_SENDsupport_percent', 'NEET_NK_noSEN_percent']
  it('covers 2022, 2023 and 2025 (the 2021 file has no SEN breakdown by LA and no 2024 file exists)', () => {
    for (const measure of MEASURES) expect(index.get('neet-2022', measure, '').length, measure).toBeGreaterThan(150)
    for (const id of ['neet_16_17_ehcp_pct', 'neet_16_17_sen_support_pct', 'neet_16_17_no_sen_pct', 'neet_16_17_ehcp_gap_pp']) {
      expect(
        metric(id).periods.map((p) => p.id),
        id,
      ).toEqual(['2022', '2023', '2025'])
    }
  })

  it("England's figures are DfE's England rows", () => {
    const byPeriod = (id: string) =>
      new Map(
        metric(id)
          .values.filter((v) => v.area === g.england.code)
          .map((v): [string, number | null] => [v.period, v.value]),
      )
    expect(byPeriod('neet_16_17_ehcp_pct')).toEqual(
      new Map([
        ['2022', 8.6],
        ['2023', 10.1],
        ['2025', 10.1],
      ]),
    )
    // The gap is the difference of the two published percentages: 2025, 10.1 − 4.9 = 5.2.
    expect(byPeriod('neet_16_17_ehcp_gap_pp').get('2025')).toBeCloseTo(5.2, 10)
  })
})
