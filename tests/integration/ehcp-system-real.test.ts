// The whole EHC plan system on the real published files (issue 11): primary need, new plans and
// their placements, the process, the life of a plan, sex and school age, and the history before
// 2019. Checked against the publisher: DfE's own percentage columns and England rows, the LA rows
// adding up to DfE's England and regional counts, and, where an older release is joined to the
// 2025 one, both releases' figures for the years they share. Every known difference is listed
// with its reason, and the tests check that the differences are exactly those.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadGeography } from '../../src/pipeline/geography/areas.ts'
import { type ComputedMetric } from '../../src/pipeline/metrics/compute.ts'
import { metricById, type MetricId } from '../../src/pipeline/metrics/registry.ts'
import { NEEDS_METRICS } from '../../src/pipeline/metrics/registry/needs.ts'
import { NEW_PLAN_METRICS } from '../../src/pipeline/metrics/registry/new-plans.ts'
import { PLAN_LIFE_METRICS } from '../../src/pipeline/metrics/registry/plan-life.ts'
import type { ObservationIndex } from '../../src/pipeline/metrics/series.ts'
import { PRIMARY_NEEDS } from '../../src/pipeline/read/specs/ehcp.ts'
import { realMetrics, type RealMetrics } from '../helpers/real-data.ts'
import { academicYearOfJanuary } from '../../src/contract/periods.ts'

const g = loadGeography()
let index: ObservationIndex
let metric: RealMetrics['metric']

beforeAll(async () => {
  ;({ index, metric } = await realMetrics())
})
const at = (m: ComputedMetric, area: string, period: string) => m.values.find((v) => v.area === area && v.period === period)
const ENGLAND = g.england.code
const name = (code: string) => g.byCode.get(code)?.name ?? code
const all = (topic: string) => `breakdown_topic=${topic}|breakdown=${topic}`
const establishment = (group: string, type = 'Total') => `establishment_group=${group}|establishment_type=${type}`
/** A published count for an area and period (source period as published). */
function count(source: string, measure: string, breakdown: string, area: string, period: string): number | null | undefined {
  return index.get(source, measure, breakdown).find((o) => o.areaCode === area && o.period === period)?.value
}
/** n/d as a percentage rounded half up to 1 d.p., exactly, as DfE rounds: floor((2000n + d) / 2d) / 10. */
const roundHalfUp1 = (n: number, d: number) => Math.floor((2000 * n + d) / (2 * d)) / 10

/** The metrics this issue adds. */
const NEW_METRICS: readonly MetricId[] = [
  ...NEEDS_METRICS.map((m) => m.id),
  ...NEW_PLAN_METRICS.map((m) => m.id),
  ...PLAN_LIFE_METRICS.map((m) => m.id),
  'ehcp_male_pct',
  'ehcp_female_pct',
  'ehcp_school_age_mainstream_pct',
  'ehcp_school_age_special_pct',
  'ehcp_residential_per_1000',
  'ehcp_issued_20_weeks_incl_exceptions_pct',
  'ehcp_issued_over_1_year_pct',
  'requests_per_10000_0_25',
  'request_decided_6_weeks_pct',
  'no_plan_decision_16_weeks_pct',
  'new_ehcp_per_10000_0_25',
  'mediation_per_1000_appealable',
]

describe('the new metrics', () => {
  it(`adds at least 30 metrics, each with a figure for at least 145 LAs in its latest period or a reason for every gap`, () => {
    expect(new Set(NEW_METRICS).size).toBe(NEW_METRICS.length)
    expect(NEW_METRICS.length).toBeGreaterThanOrEqual(30)
    const short: Record<string, Record<string, number>> = {}
    for (const id of NEW_METRICS) {
      const m = metric(id)
      const latest = m.periods.at(-1)!.id
      const las = m.values.filter((v) => v.period === latest && g.byCode.get(v.area)?.type === 'la')
      expect(las, id).toHaveLength(153)
      if (las.filter((v) => v.value !== null).length >= 145) continue
      const why: Record<string, number> = {}
      for (const v of las) if (v.value === null) why[v.missing!] = (why[v.missing!] ?? 0) + 1
      short[`${id} ${latest}`] = why
    }
    // 2024 annual reviews: Blackpool and Reading returned none and DfE withheld five LAs ("x");
    // four LAs made no annual review decision that DfE could time.
    expect(short).toEqual({ 'annual_review_decision_4_weeks_pct 2024': { not_available: 7, no_denominator: 4 } })
  })
})

/** A new metric, DfE's percentage column in the same file, and where (if anywhere) they differ. */
interface PublishedShare {
  id: MetricId
  source: string
  pc: string
  breakdown: string
  /** The metric period of a source period (the same id unless given). */
  period?: (p: string) => string
  /** DfE's percentages to 1 decimal place (half up), or to within this much (older files). */
  tolerance?: number
  /** The last source period the metric takes from this file (an older release, joined to a newer one). */
  until?: string
  /** area|source period -> why DfE's percentage is not the ratio of its counts. */
  differences?: Record<string, string>
}

const NEEDS_ALL = all('All EHC plans')
const needShares = (prefix: string, source: string): PublishedShare[] =>
  [...PRIMARY_NEEDS, 'unknown' as const].map((need) => {
    const slug = { asd: 'autism', pd: 'physical', hi: 'hearing', vi: 'visual', msi: 'multisensory', oth: 'other', unknown: 'not_recorded' }
    const id = `${prefix}_${(slug as Record<string, string>)[need] ?? need}_pct` as MetricId
    return { id, source, pc: `${need}_pc`, breakdown: NEEDS_ALL }
  })
const january = (calendarYear: string) => academicYearOfJanuary(Number(calendarYear))

const SHARES: PublishedShare[] = [
  ...needShares('ehcp_need', 'ehcp-2025-needs-all-plans'),
  ...needShares('new_ehcp_need', 'ehcp-2025-needs-new-plans'),
  ...(['mainstream', 'special'] as const).map((kind): PublishedShare => ({
    id: `new_ehcp_${kind}_pct`,
    source: 'ehcp-2025-new-plans',
    pc: `${kind}_total_pc`,
    breakdown: all('New EHC plans'),
  })),
  ...(
    [
      ['new_ehcp_mainstream_pct', 'Mainstream school'],
      ['new_ehcp_special_pct', 'Special school'],
    ] as const
  ).map(([id, group]): PublishedShare => ({
    id,
    source: 'ehcp-2022-estab-new-plans',
    pc: 'Total_new_all_pc',
    breakdown: establishment(group),
    tolerance: 0.000005,
    until: '2018',
  })),
  ...(
    [
      ['ehcp_mainstream_pct', establishment('Mainstream school')],
      ['ehcp_special_pct', establishment('Special school')],
      ['ehcp_independent_special_pct', establishment('Special school', 'Special - Independent')],
      ['ehcp_ap_pct', establishment('Alternative provision/Pupil referral unit')],
    ] as const
  ).map(([id, breakdown]): PublishedShare => ({
    id,
    source: 'ehcp-2022-estab-caseload',
    pc: 'Total_all_pc',
    breakdown,
    period: january,
    tolerance: 0.000005,
    until: '2018',
  })),
  {
    id: 'ehcp_issued_20_weeks_incl_exceptions_pct',
    source: 'ehcp-2025-timeliness',
    pc: 'pc_plans_issued_within_20_weeks',
    breakdown: all('All EHC plans issued'),
  },
  {
    id: 'ehcp_issued_over_1_year_pct',
    source: 'ehcp-2025-timeliness',
    pc: 'pc_plans_issued_gt_1_year',
    breakdown: all('All EHC plans issued'),
  },
  // The management information's rates are printed to 1 decimal place (as "64.3000") to 2021.
  { id: 'ehcp_issued_20_weeks_pct', source: 'ehcp-2023-sen2-mi', pc: 'no_exc_20week_rate', breakdown: '', tolerance: 0.05, until: '2018' },
  {
    id: 'ehcp_issued_20_weeks_incl_exceptions_pct',
    source: 'ehcp-2023-sen2-mi',
    pc: 'inc_exc_20week_rate',
    breakdown: '',
    tolerance: 0.05,
    until: '2018',
  },
  { id: 'request_refused_pct', source: 'ehcp-2023-sen2-mi', pc: 'ass_refused_ehc_pc', breakdown: '', tolerance: 0.00005, until: '2018' },
  {
    id: 'no_plan_decision_16_weeks_pct',
    source: 'ehcp-2025-assessments',
    pc: 'outcome_decision_within_time_pc',
    breakdown: all('All EHC needs assessments'),
  },
  {
    id: 'annual_review_decision_4_weeks_pct',
    source: 'ehcp-2025-annual-reviews',
    pc: 'pc_decsion_4weeks',
    breakdown: all('All annual reviews'),
  },
]

describe("new metrics reproduce DfE's own percentage columns", () => {
  it.each(SHARES.map((s) => [`${s.id} = ${s.source} ${s.pc}`, s] as const))('%s', (_, share) => {
    const m = metric(share.id)
    const published = index
      .get(share.source, share.pc, share.breakdown)
      .filter((o) => o.value !== null && (share.until === undefined || o.period <= share.until))
    expect(published.length).toBeGreaterThan(100)
    const differences: string[] = []
    const noFigure: string[] = []
    let same = 0
    for (const p of published) {
      const v = at(m, p.areaCode, share.period ? share.period(p.period) : p.period)
      if (v?.value == null) {
        noFigure.push(`${name(p.areaCode)} ${p.period} (${v?.missing}, DfE ${p.value})`)
        continue
      }
      expect(v.value).toBeCloseTo((100 * v.numerator!) / v.denominator!, 10)
      const agrees =
        share.tolerance === undefined
          ? roundHalfUp1(v.numerator!, v.denominator!) === p.value
          : Math.abs(v.value - p.value!) <= share.tolerance + 1e-9
      if (agrees) same++
      else differences.push(`${p.areaCode}|${p.period}`)
    }
    expect(differences.sort()).toEqual(Object.keys(share.differences ?? {}).sort())
    // DfE prints 0 where nothing was counted (0 of 0); the site gives no share, with the reason.
    for (const n of noFigure) expect(n).toMatch(/\(no_denominator, DfE 0\)|publisher_error/)
    expect(same).toBeGreaterThan(100)
  })

  it("requests decided within 6 weeks: DfE's own percentage, whose denominator counts decisions with no recorded timing", () => {
    // Dividing the requests decided within 6 weeks by those decided within or after 6 weeks gives
    // DfE's percentage for 285 of 323 figures; for the other 38 (England's 2023 figure among them)
    // DfE's is lower, because it also counts decisions whose timing was not recorded, a count the
    // file does not give. So the site shows DfE's percentage.
    const m = metric('request_decided_6_weeks_pct')
    const b = all('All requests for EHC needs assessments')
    const published = index.get('ehcp-2025-requests', 'request_outcome_six_weeks_pc', b).filter((p) => p.value !== null)
    expect(published).toHaveLength(323)
    let byCounts = 0
    for (const p of published) {
      expect(at(m, p.areaCode, p.period), `${name(p.areaCode)} ${p.period}`).toMatchObject({
        value: p.value,
        basis: p.areaType === 'la' ? 'source' : 'published',
      })
      const within = count('ehcp-2025-requests', 'request_outcome_six_weeks', b, p.areaCode, p.period)!
      const after = count('ehcp-2025-requests', 'request_outcome_over_6_weeks', b, p.areaCode, p.period)!
      if (roundHalfUp1(within, within + after) === p.value) byCounts++
      else expect(p.value!, `${name(p.areaCode)} ${p.period}`).toBeLessThan((100 * within) / (within + after))
    }
    expect(byCounts).toBe(285)
    // Wokingham 2023: 269 within and 163 after 6 weeks would be 62.3%; DfE publishes 58.6%.
    expect(roundHalfUp1(269, 269 + 163)).toBe(62.3)
    expect(at(m, 'E06000041', '2023')).toMatchObject({ value: 58.6, numerator: null, ci95: null })
  })
})

describe('England and regional totals summed from LA rows reproduce DfE’s own rows', () => {
  // England summed from LA rows equals DfE's England row in every period in which every LA has
  // figures. The other periods, and why: 2019 new plans, the 2025 release has no row for the Isles
  // of Scilly; 2022 new plans, Yorkshire and the Humber's LA totals are set aside (publisher error);
  // 2022 plans issued, four LAs "x"; 2023 activity and January 2024, Leicester, the Isle of Wight
  // and Hackney "x" or absent.
  const COMPLETE_ENGLAND: Partial<Record<MetricId, string[]>> = {
    ehcp_need_autism_pct: ['202425'],
    ehcp_need_semh_pct: [], // Surrey's amended counts: one plan differs (see the Surrey test)
    ehcp_need_sld_pct: [],
    ehcp_need_mld_pct: ['202425'],
    ehcp_need_autism_per_1000_0_25: ['202425'],
    new_ehcp_need_autism_pct: [], // Surrey's new-plan needs are "x"
    ehcp_male_pct: ['202425'],
    ehcp_school_age_mainstream_pct: [],
    new_ehcp_mainstream_pct: ['2009', '2010', '2011', '2012', '2013', '2014', '2015', '2016', '2017', '2018', '2020', '2021', '2024'],
    ehcp_issued_20_weeks_incl_exceptions_pct: ['2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021', '2024'],
    ehcp_issued_over_1_year_pct: ['2024'],
    requests_per_10000_0_25: ['2022', '2024'],
    new_ehcp_per_10000_0_25: ['2024'],
    mediation_per_1000_appealable: ['2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022'],
    annual_review_meeting_pct: [],
    personal_budget_pct: ['201415', '201516', '201617', '201718', '201819', '201920', '202021', '202122', '202223', '202425'],
    ceased_needs_met_per_1000: ['2022', '2024'],
    ceased_other_reasons_per_1000: ['2022', '2024'],
    ehcp_residential_per_1000: ['201819', '201920', '202021', '202122', '202223', '202324', '202425'],
  }

  it.each(Object.keys(COMPLETE_ENGLAND) as MetricId[])('%s', (id) => {
    const published = metric(id)
    const summed = metric(id, true)
    const exact: string[] = []
    for (const p of published.values) {
      if (p.area !== ENGLAND || p.basis !== 'published' || p.value === null) continue
      const s = at(summed, ENGLAND, p.period)!
      if (s.value === null) {
        expect(s.missing, `${id} ${p.period}`).toBe('incomplete_coverage')
        continue
      }
      if (s.numerator === p.numerator && s.denominator === p.denominator) exact.push(p.period)
    }
    expect(exact).toEqual(COMPLETE_ENGLAND[id])
  })
})

describe('mediation per 1,000 appealable decisions: regions from their LAs', () => {
  it("sums each region's LAs, since the tribunal table has no regional rows, and their mediations are DfE's regional counts", () => {
    // DfE's regional rows of mediation cases would sit over appealable decisions the table gives
    // only for LAs; so both counts are summed over the region's LAs, and the mediations summed add
    // up to DfE's own regional row wherever every LA has figures.
    const m = metric('mediation_per_1000_appealable')
    let regions = 0
    for (const v of m.values.filter((x) => g.byCode.get(x.area)?.type === 'region')) {
      if (v.value === null) {
        expect(v.missing, `${name(v.area)} ${v.period}`).toBe('incomplete_coverage')
        continue
      }
      expect(v.basis).toBe('sum_of_las')
      expect(v.numerator, `${name(v.area)} ${v.period}`).toBe(count('ehcp-2023-sen2-mi', 'total_mediation', '', v.area, v.period))
      regions++
    }
    expect(regions).toBe(81) // 9 regions, 2014 to 2022
    expect(at(m, 'E12000001', '2022')).toMatchObject({ numerator: 394, denominator: 25440 })
  })
})

describe('joined series: the years both releases give, side by side', () => {
  /** Every area's figure in the older release and in the 2025 release, for the years they share. */
  function sideBySide(
    older: { source: string; measure: string; breakdown: string },
    newer: { source: string; measure: string; breakdown: string },
    newerPeriod: (olderPeriod: string) => string,
    years: readonly string[],
  ) {
    const rows = index.get(older.source, older.measure, older.breakdown).filter((o) => years.includes(o.period))
    const pairs = rows.map((o) => ({
      key: `${o.areaCode}|${o.period}`,
      older: o.value,
      newer: count(newer.source, newer.measure, newer.breakdown, o.areaCode, newerPeriod(o.period)),
    }))
    return { pairs, differ: pairs.filter((p) => p.older !== p.newer).map((p) => `${p.key}: ${p.older} then ${p.newer}`) }
  }
  const SHARED_JANUARIES = ['2019', '2020', '2021', '2022']

  it.each([
    ['ehcplans', establishment('Total')],
    ['mainstream_total', establishment('Mainstream school')],
    ['special_total', establishment('Special school')],
    ['special_independent', establishment('Special school', 'Special - Independent')],
    ['ap_pru_total', establishment('Alternative provision/Pupil referral unit')],
  ])('placements, January 2019 to 2022: 2022 release Total_all = 2025 release %s', (measure, breakdown) => {
    const { pairs, differ } = sideBySide(
      { source: 'ehcp-2022-estab-caseload', measure: 'Total_all', breakdown },
      { source: 'ehcp-2025-caseload', measure, breakdown: all('All EHC plans') },
      january,
      SHARED_JANUARIES,
    )
    expect(pairs.length).toBe(4 * 162 - 2) // every area each January (151 or 152 LAs a year)
    expect(differ).toEqual([])
  })

  it('age mix, January 2019 to 2022: statements and plans together (Total_all) = EHC plans (Total_ehc), and = the 2025 release total', () => {
    const ages = ['Total', 'Under 5', 'Age 5 to 10', 'Age 11 to 15', 'Age 16 to 19', 'Age 20 to 25']
    for (const band of ages) {
      const b = `characteristic_age=${band}`
      const { differ } = sideBySide(
        { source: 'ehcp-2022-age-caseload', measure: 'Total_all', breakdown: b },
        { source: 'ehcp-2022-age-caseload', measure: 'Total_ehc', breakdown: b },
        (p) => p,
        SHARED_JANUARIES,
      )
      expect(differ, band).toEqual([])
    }
    const { pairs, differ } = sideBySide(
      { source: 'ehcp-2022-age-caseload', measure: 'Total_all', breakdown: 'characteristic_age=Total' },
      { source: 'ehcp-2025-caseload', measure: 'ehcplans', breakdown: all('All EHC plans') },
      january,
      SHARED_JANUARIES,
    )
    expect(pairs.length).toBeGreaterThan(600)
    expect(differ).toEqual([])
  })

  it("age mix, January 2023 from DfE's Inclusion Dashboard table: the table repeats the 2022 release to January 2022, and its 2023 totals are the 2025 release's", () => {
    const bands = ['Under 5', 'Age 5 to 10', 'Age 11 to 15', 'Age 16 to 19', 'Age 20 to 25']
    const differ: string[] = []
    let pairs = 0
    for (const band of bands) {
      for (const o of index.get('prepared-ehcp-age-profile', 'num_caseload', `characteristic_age=${band}`)) {
        if (o.period === '2023') continue
        pairs++
        const older = count('ehcp-2022-age-caseload', 'Total_all', `characteristic_age=${band}`, o.areaCode, o.period)
        if (older !== o.value) differ.push(`${name(o.areaCode)} ${o.period} ${band}: ${older} then ${o.value}`)
      }
    }
    expect(pairs).toBe(9710) // 162 areas a year (four bands until 2014, when statements did not reach age 20)
    expect(differ).toEqual([])
    // January 2023: the five bands add up to the 2025 release's total everywhere but Bradford (one more).
    const totals = new Map<string, number>()
    for (const band of bands)
      for (const o of index
        .get('prepared-ehcp-age-profile', 'num_caseload', `characteristic_age=${band}`)
        .filter((x) => x.period === '2023'))
        totals.set(o.areaCode, (totals.get(o.areaCode) ?? 0) + o.value!)
    expect(totals.size).toBe(1 + 9 + 152)
    const off = [...totals].filter(([area, n]) => count('ehcp-2025-caseload', 'ehcplans', all('All EHC plans'), area, '202223') !== n)
    expect(
      off.map(([area, n]) => `${name(area)} ${n - count('ehcp-2025-caseload', 'ehcplans', all('All EHC plans'), area, '202223')!}`).sort(),
    ).toEqual(['Bradford 1', 'England 1', 'Yorkshire and The Humber 1'].sort())
    // The site's January 2023 shares are the table's: England under 5, 21,087 of 517,049.
    expect(at(metric('ehcp_age_under_5_pct'), ENGLAND, '202223')).toMatchObject({ numerator: 21087, denominator: 517049, segment: 1 })
  })

  it.each([
    ['new_ehc_plans', establishment('Total')],
    ['mainstream_total', establishment('Mainstream school')],
    ['special_total', establishment('Special school')],
    ['special_independent', establishment('Special school', 'Special - Independent')],
    ['special_non_maintained', establishment('Special school', 'Special - Non-maintained')],
  ])('new plans, 2019 to 2021: 2022 release Total_new_all = 2025 release %s', (measure, breakdown) => {
    const { pairs, differ } = sideBySide(
      { source: 'ehcp-2022-estab-new-plans', measure: 'Total_new_all', breakdown },
      { source: 'ehcp-2025-new-plans', measure, breakdown: all('New EHC plans') },
      (p) => p,
      ['2019', '2020', '2021'],
    )
    expect(pairs.length).toBeGreaterThan(480)
    // The 2025 release has no 2019 row for the Isles of Scilly, which made no new plans.
    expect(differ).toEqual(['E06000053|2019: 0 then undefined'])
  })

  it.each([
    ['tot_no_exc_ehc', 'plans_issued_den_ex'],
    ['no_exc_20week_ehc', 'plans_issued_20_weeks_ex'],
    ['tot_inc_exc_ehc', 'plans_issued_den'],
    ['inc_exc_20week_ehc', 'plans_issued_within_20_weeks'],
  ])('20-week timeliness, 2019 to 2022: 2023 release %s = 2025 release %s', (older, newer) => {
    const { pairs, differ } = sideBySide(
      { source: 'ehcp-2023-sen2-mi', measure: older, breakdown: '' },
      { source: 'ehcp-2025-timeliness', measure: newer, breakdown: all('All EHC plans issued') },
      (p) => p,
      ['2019', '2020', '2021', '2022'],
    )
    expect(pairs.length).toBe(4 * 162 - 2)
    // The 2025 release withholds ("x") West Berkshire's and Tower Hamlets' 2022 totals of plans issued.
    const withheld = older.startsWith('tot_')
      ? newer === 'plans_issued_den_ex'
        ? ['E06000037|2022: 130 then null', 'E09000030|2022: 695 then null']
        : ['E06000037|2022: 176 then null', 'E09000030|2022: 695 then null']
      : []
    expect(differ).toEqual(withheld)
  })

  it.each([
    ['inreq_ehc', 'requests_received_in_year'],
    ['ass_refused_ehc', 'requests_decided_not_to_assess'],
  ])('requests, 2019 to 2022: 2023 release %s = 2025 release %s', (older, newer) => {
    const { pairs, differ } = sideBySide(
      { source: 'ehcp-2023-sen2-mi', measure: older, breakdown: '' },
      { source: 'ehcp-2025-requests', measure: newer, breakdown: all('All requests for EHC needs assessments') },
      (p) => p,
      ['2019', '2020', '2021', '2022'],
    )
    expect(pairs.length).toBe(4 * 162 - 2)
    expect(differ).toEqual([])
  })

  it('personal budgets: the 2023 release’s 2019 to 2022 = the 2025 release’s January 2020 to January 2023', () => {
    const { pairs, differ } = sideBySide(
      { source: 'ehcp-2023-sen2-mi', measure: 'personal_budgets', breakdown: '' },
      { source: 'ehcp-2025-personal-budgets', measure: 'personal_budget', breakdown: all('All personal budgets') },
      (p) => academicYearOfJanuary(Number(p) + 1),
      ['2019', '2020', '2021', '2022'],
    )
    expect(pairs.length).toBe(4 * 162 - 2)
    expect(differ).toEqual([])
  })
})

describe('figures checked by hand against DfE’s England rows', () => {
  it('January 2025: 201,183 of 638,745 plans have autism as the primary need (31.5%)', () => {
    expect(at(metric('ehcp_need_autism_pct'), ENGLAND, '202425')).toMatchObject({
      numerator: 201183,
      denominator: 638745,
      basis: 'published',
    })
    expect(at(metric('ehcp_male_pct'), ENGLAND, '202425')).toMatchObject({ numerator: 451239, denominator: 451239 + 187502 + 4 })
  })

  it('new plans in mainstream schools: 18,526 of 25,427 new statements in 2010; 73,369 of 97,747 new plans in 2024', () => {
    const m = metric('new_ehcp_mainstream_pct')
    expect(at(m, ENGLAND, '2010')).toMatchObject({ numerator: 18526, denominator: 25427, segment: 1 })
    expect(count('ehcp-2025-new-plans', 'new_ehc_plans', all('New EHC plans'), ENGLAND, '2024')).toBe(97747)
    expect(at(m, ENGLAND, '2024')).toMatchObject({ denominator: 97747, segment: 0 })
  })

  it('20-week timeliness from 2014: 757 of 1,177 EHC plans (64.3%), as DfE prints', () => {
    expect(at(metric('ehcp_issued_20_weeks_pct'), ENGLAND, '2014')).toMatchObject({ numerator: 757, denominator: 1177 })
  })

  it('plans ceased in 2024: 3,955 because needs were met; the reasons add up to the total ceased except in Essex', () => {
    const reasons = ['max_age', 'needs_met', 'he', 'employ', 'transfer', 'no_engage', 'moved_outside_eng', 'deceased', 'not_rec', 'other']
    const b = all('All ceased EHC plans')
    const short: string[] = []
    for (const o of index.get('ehcp-2025-ceased-plans', 'total_ceased', b)) {
      const sum = reasons.reduce((s, r) => s + count('ehcp-2025-ceased-plans', r, b, o.areaCode, o.period)!, 0)
      if (sum !== o.value) short.push(`${name(o.areaCode)} ${o.period}: ${o.value! - sum}`)
    }
    // Essex's reasons fall 6 short of its total in 2023 and 1 short in 2024, and so do its region's and England's.
    expect(short.sort()).toEqual(
      ['East of England 2023: 6', 'East of England 2024: 1', 'England 2023: 6', 'England 2024: 1', 'Essex 2023: 6', 'Essex 2024: 1'].sort(),
    )
    const plansJanuary2024 = count('ehcp-2025-caseload', 'ehcplans', all('All EHC plans'), ENGLAND, '202324')!
    expect(at(metric('ceased_needs_met_per_1000'), ENGLAND, '2024')).toMatchObject({ numerator: 3955, denominator: plansJanuary2024 })
    expect(at(metric('ceased_other_reasons_per_1000'), ENGLAND, '2024')!.numerator).toBe(44862 - 3955 - 13953 - 928 - 1) // less the 1 missing from Essex's reasons
  })
})

describe('known inconsistencies in the published files, handled and said', () => {
  it("Surrey's primary-need counts: severe and specific learning difficulty are withheld, superseded by its percentages and DfE's totals", () => {
    const surrey = (measure: string) => index.get('ehcp-2025-needs-all-plans', measure, NEEDS_ALL).find((o) => o.areaCode === 'E10000030')
    // The counts as printed (595 and 665) are read as publisher errors; the percentages are DfE's amended ones.
    for (const m of ['number_sld', 'number_spld']) expect(surrey(m)).toMatchObject({ value: null, missing: 'publisher_error' })
    expect([surrey('sld_pc')?.value, surrey('spld_pc')?.value, surrey('ehc_plans')?.value]).toEqual([7.8, 0.1, 16069])
    const sumOfOthers = (measure: string, area: string) =>
      index
        .get('ehcp-2025-needs-all-plans', measure, NEEDS_ALL)
        .filter((o) => o.areaType === 'la' && (area === ENGLAND || g.byCode.get(o.areaCode)?.regionCode === area))
        .reduce((s, o) => s + (o.value ?? 0), 0)
    // England's and the South East's totals less every other LA leave Surrey's amended counts:
    // 1,251 and 9 plans, which are DfE's 7.8% and 0.1% of its 16,069.
    for (const area of [ENGLAND, 'E12000008']) {
      const amended = (measure: string) =>
        count('ehcp-2025-needs-all-plans', measure, NEEDS_ALL, area, '202425')! - sumOfOthers(measure, area)
      expect([amended('number_sld'), amended('number_spld')], name(area)).toEqual([1251, 9])
    }
    expect([roundHalfUp1(1251, 16069), roundHalfUp1(9, 16069)]).toEqual([7.8, 0.1])
    for (const id of ['ehcp_need_sld_pct', 'ehcp_need_spld_pct'] as const) {
      expect(at(metric(id), 'E10000030', '202425'), id).toMatchObject({ value: null, missing: 'publisher_error' })
      expect(metricById(id)!.areaNotes?.[0]).toMatchObject({ areas: ['E10000030'], periods: ['202425'] })
    }
  })

  it("2022 new plans: every Yorkshire and the Humber LA is given the region's total, so the site sets those 15 figures aside and takes the 2023 release's", () => {
    const rows = index.get('ehcp-2025-new-plans', 'new_ehc_plans', all('New EHC plans')).filter((o) => o.period === '2022')
    const set = rows.filter((o) => o.missing === 'publisher_error')
    expect(set).toHaveLength(15)
    for (const o of set) expect(g.byCode.get(o.areaCode)?.regionCode).toBe('E12000003')
    expect(count('ehcp-2025-new-plans', 'new_ehc_plans', all('New EHC plans'), 'E12000003', '2022')).toBe(6078)
    // Every other LA has its own figure, and DfE's percentage for each Yorkshire LA implies a total
    // far below 6,078 (Leeds: 214 in mainstream schools is 59.9%, so about 357 new plans).
    expect(rows.filter((o) => (o.areaType === 'la' || o.areaType === 'former_la') && o.value !== null).length).toBe(152 - 15)
    // Their placement groups are their own, and add up to the total DfE's percentages use (Leeds: 357).
    expect(at(metric('new_ehcp_mainstream_pct'), 'E08000035', '2022')).toMatchObject({ numerator: 214, denominator: 357 })
    // For the rate per 10,000, their 2022 totals come from the 2023 release's SEN2 management
    // information (new_all_ehc), the only file with them: Leeds 362, Wakefield 462.
    const mi = (area: string) => count('ehcp-2023-sen2-mi', 'new_all_ehc', '', area, '2022')
    for (const o of set) {
      const v = at(metric('new_ehcp_per_10000_0_25'), o.areaCode, '2022')!
      expect(v, name(o.areaCode)).toMatchObject({ numerator: mi(o.areaCode), segment: 1, sources: ['ehcp-2023-sen2-mi', 'ons-mye-2022'] })
    }
    expect([mi('E08000035'), mi('E08000036')]).toEqual([362, 462])
    // No other area takes a 2022 figure from the older release.
    const older = metric('new_ehcp_per_10000_0_25').values.filter((v) => v.period === '2022' && v.segment === 1)
    expect(older.map((v) => v.area).sort()).toEqual(set.map((o) => o.areaCode).sort())
  })

  it("new plans from 2022: DfE's placement groups add up to all new plans, except where Wakefield's 2022 placements are missing", () => {
    const b = all('New EHC plans')
    const groups = ['mainstream_total', 'special_total', 'ap_pru_total', 'fe_total', 'ed_elsewhere', 'nm_early_years', 'placement_unknown']
    const short: string[] = []
    let rows = 0
    for (const o of index.get('ehcp-2025-new-plans', 'new_ehc_plans', b).filter((x) => x.period >= '2022')) {
      const parts = groups.map((m) => count('ehcp-2025-new-plans', m, b, o.areaCode, o.period))
      if (parts.some((p) => p == null) || o.value === null) continue
      rows++
      const sum = parts.reduce((x, y) => x! + y!, 0)!
      if (sum !== o.value) short.push(`${name(o.areaCode)} ${o.period}: ${o.value - sum}`)
    }
    expect(rows).toBeGreaterThan(450)
    // Wakefield's own row is "x" throughout; its region's and England's groups leave out 350 of its plans.
    expect(short.sort()).toEqual(['England 2022: 350', 'Yorkshire and The Humber 2022: 350'])
    expect(at(metric('new_ehcp_mainstream_pct'), ENGLAND, '2022')).toMatchObject({ numerator: 47676, denominator: 66706 - 350 })
    expect(roundHalfUp1(47676, 66356)).toBe(71.8)
    expect(at(metric('new_ehcp_mainstream_pct'), 'E08000036', '2022')).toMatchObject({ value: null, missing: 'not_available' })
  })

  it('January 2023 residential placements: DfE’s England and regional Res_tot is not the sum of its parts; LA rows are', () => {
    const b = all('All residential placements')
    const differ = index
      .get('ehcp-2025-residential', 'Res_tot', b)
      .filter(
        (o) =>
          o.value !==
          count('ehcp-2025-residential', 'Res_3851', b, o.areaCode, o.period)! +
            count('ehcp-2025-residential', 'Res_52', b, o.areaCode, o.period)!,
      )
    expect(differ.map((o) => `${o.areaType} ${o.period}`).sort()).toEqual(
      ['england 202223', ...Array.from({ length: 9 }, () => 'region 202223')].sort(),
    )
    expect(at(metric('ehcp_residential_per_1000'), ENGLAND, '202223')!.numerator).toBe(1415 + 781)
  })

  it('January 2024 plans by sex: Hackney and Peterborough gave only totals, so they have no share', () => {
    for (const la of ['E09000012', 'E06000031']) {
      expect(at(metric('ehcp_male_pct'), la, '202324')).toMatchObject({ value: null })
      expect(at(metric('ehcp_male_pct'), la, '202425')!.value).not.toBeNull()
    }
  })
})
