// The SEN2 measures of issue 27 and the pupils in state-funded AP schools, on the real files.
// Checked against the publishers: the 2025 release's England and regional rows (the LA rows must
// add up to them), the years two releases share (joined series), DfE's own prototype values from
// the tables its SEND and AP Inclusion Dashboard prepared (LA by LA, each difference with its
// reason, the counts printed), and the designated officers' two files against each other.
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadGeography } from '../../src/pipeline/geography/areas.ts'
import { resolveCode } from '../../src/pipeline/geography/harmonise.ts'
import { type ComputedMetric } from '../../src/pipeline/metrics/compute.ts'
import { type MetricId } from '../../src/pipeline/metrics/registry.ts'
import type { ObservationIndex } from '../../src/pipeline/metrics/series.ts'
import { readCsvFile } from '../../src/pipeline/files/csv-file.ts'
import { designatedOfficers, type OfficersOfLa } from '../../src/pipeline/read/designated-officers.ts'
import { breakdownOf, type Observation } from '../../src/pipeline/read/observation.ts'
import { factsOfFormat, type ReadAll } from '../../src/pipeline/read/read-sources.ts'
import { mirrorsFromEnv } from '../../src/pipeline/sources/fetch.ts'
import { academicYearOfJanuary } from '../../src/contract/periods.ts'
import { realMetrics, type RealMetrics } from '../helpers/real-data.ts'

const g = loadGeography()
let data: ReadAll
let index: ObservationIndex
let metric: RealMetrics['metric']

beforeAll(async () => {
  ;({ read: data, index, metric } = await realMetrics())
})
const at = (m: ComputedMetric, area: string, period: string) => m.values.find((v) => v.area === area && v.period === period)
const ENGLAND = g.england.code
const name = (code: string) => g.byCode.get(code)?.name ?? code
const mirrorFile = (path: string) => readCsvFile(join(mirrorsFromEnv()[0]!, path))
/** A column's cells by name, row by row. */
const rowsOf = (table: ReturnType<typeof readCsvFile>) =>
  table.rows.map((r) => ({ line: r.line, cell: (c: string) => r.cells[table.header.indexOf(c)]!.trim() }))
/** The current or former LA a prepared table's row names by code. */
const laOf = (code: string) => {
  const r = resolveCode(g, code)
  if (!r) throw new Error(`unknown LA code ${code}`)
  return r.area.code
}
function observed(source: string, measure: string, breakdown: string): Map<string, Observation> {
  return new Map(index.get(source, measure, breakdown).map((o) => [`${o.areaCode}|${o.period}`, o]))
}

describe("England and regional totals: the LA rows add up to DfE's own rows", () => {
  // For every period and every one of England and the 9 regions with a published figure: the
  // numerator and denominator summed from LA rows equal the published ones, or the sum is missing
  // because some LA's figure is (listed below with the reason).
  const GAPS_2024 = ['202324 E92000001', '202324 E12000006', '202324 E12000007'] // Hackney and Peterborough: x, or rows set aside
  const GAPS_2025 = ['202425 E92000001', '202425 E12000006', '202425 E12000003'] // Cambridgeshire and North East Lincolnshire: x
  const BUDGETS_2024 = ['202324 E92000001', '202324 E12000004', '202324 E12000007', '202324 E12000008'] // Leicester, Hackney, Isle of Wight: x
  // Bournemouth, Christchurch and Poole and the new Dorset council, formed in April 2019: their
  // 2019 is counted under them, their plans in January 2019 under the councils they replaced.
  const FORMED_2019 = ['2019 E92000001', '2019 E12000009']
  const CASES: Array<[MetricId, string[]]> = [
    ['ehcp_minority_ethnic_pct', GAPS_2024],
    ['ehcp_ethnicity_not_recorded_pct', GAPS_2024],
    ['ehcp_held_under_2_years_pct', GAPS_2024],
    ['ehcp_held_2_4_years_pct', GAPS_2024],
    ['ehcp_held_5_years_or_more_pct', GAPS_2024],
    ['ehcp_started_under_5_pct', GAPS_2024],
    ['ehcp_started_5_10_pct', GAPS_2024],
    ['ehcp_started_11_15_pct', GAPS_2024],
    ['ehcp_started_16_plus_pct', GAPS_2024],
    ['ehcp_educated_elsewhere_pct', [...GAPS_2024, ...GAPS_2025]],
    ['ehcp_other_arrangements_la_pct', [...GAPS_2024, ...GAPS_2025]],
    ['ehcp_awaiting_provision_pct', []],
    ['personal_budget_direct_payment_education_pct', BUDGETS_2024],
    ['personal_budget_direct_payment_social_care_pct', BUDGETS_2024],
    ['mediation_followed_by_appeal_pct', []],
    ['moves_mainstream_to_special_per_1000', FORMED_2019],
    ['discontinued_needs_met_school_age_per_1000', FORMED_2019],
  ]
  const totals = { equal: 0, gaps: 0 }

  it.each(CASES)('%s', (id, gaps) => {
    const published = metric(id)
    const summed = metric(id, true)
    const found: string[] = []
    let equal = 0
    for (const p of published.values) {
      if ((p.area !== ENGLAND && g.byCode.get(p.area)?.type !== 'region') || p.basis !== 'published' || p.value === null) continue
      const s = at(summed, p.area, p.period)!
      if (s.value === null) {
        expect(s.missing, `${id} ${p.period} ${name(p.area)}`).toBe('incomplete_coverage')
        found.push(`${p.period} ${p.area}`)
        continue
      }
      // Age at the start of the plan, January 2024: England's and the East of England's and London's
      // rows count the rows of Hackney's and Peterborough's plans that the site sets aside.
      expect([s.numerator, s.denominator], `${id} ${p.period} ${name(p.area)}`).toEqual([p.numerator, p.denominator])
      equal++
    }
    expect(found.sort()).toEqual([...gaps].sort())
    expect(equal).toBeGreaterThan(0)
    totals.equal += equal
    totals.gaps += found.length
  })

  it('in all', () => {
    console.log(
      `England and regional rows: ${totals.equal} equal to the sum of their LAs' rows, ${totals.gaps} with an LA's figure missing`,
    )
    expect(totals.equal).toBeGreaterThan(500)
  })
})

describe('joined series: the years both releases give agree', () => {
  it("direct payments and personal budgets: the 2023 release's 2019 to 2022 = the 2025 release's January 2020 to January 2023", () => {
    const pairs = [
      ['direct_pay_education', 'pb_education'],
      ['direct_pay_health', 'pb_health'],
      ['direct_pay_socialcare', 'pb_social'],
      ['direct_pay_integrated', 'pb_integrated'],
    ] as const
    let compared = 0
    for (const [old, recent] of pairs) {
      const later = observed(
        'ehcp-2025-personal-budgets',
        recent,
        breakdownOf({ breakdown_topic: 'All personal budgets', breakdown: 'All personal budgets' }),
      )
      for (const o of index.get('ehcp-2023-sen2-mi', old, '')) {
        if (Number(o.period) < 2019) continue
        const l = later.get(`${o.areaCode}|${academicYearOfJanuary(Number(o.period) + 1)}`)
        if (!l) continue
        expect(l.value, `${old} ${o.areaCode} ${o.period}`).toBe(o.value)
        compared++
      }
    }
    expect(compared).toBeGreaterThan(2000)
  })

  it("other arrangements made by the council and awaiting provision: the 2022 release's January 2019 to 2022 = the 2025 release's", () => {
    const recent = (measure: string) =>
      observed('ehcp-2025-caseload', measure, breakdownOf({ breakdown_topic: 'All EHC plans', breakdown: 'All EHC plans' }))
    const la = recent('other_arrangements_la')
    const waiting = recent('await_prov_2022')
    // The 2022 release gives awaiting provision by age and whether in education from January 2019: added up here.
    const old = rowsOf(mirrorFile('education-health-and-care-plans/2022/data/sen2_estab_caseload.csv'))
    const sums = new Map<string, { la: number; waiting: number }>()
    for (const r of old) {
      const year = Number(r.cell('time_period'))
      if (year < 2019 || r.cell('establishment_group') !== 'Educated elsewhere') continue
      const code = r.cell('new_la_code') || r.cell('region_code') || ENGLAND
      const key = `${r.cell('geographic_level') === 'Local authority' ? laOf(code) : code}|${academicYearOfJanuary(year)}`
      const s = sums.get(key) ?? { la: 0, waiting: 0 }
      const type = r.cell('establishment_type')
      if (type === 'Other arrangements by local authority') s.la += Number(r.cell('Total_all'))
      if (type.startsWith('Awaiting provision - ') && type !== 'Awaiting provision - total') s.waiting += Number(r.cell('Total_all'))
      sums.set(key, s)
    }
    let compared = 0
    for (const [key, s] of sums) {
      if (!la.has(key)) continue
      expect([la.get(key)!.value, waiting.get(key)!.value], key).toEqual([s.la, s.waiting])
      compared++
    }
    expect(compared).toBeGreaterThan(600)
  })
})

describe("DfE's prototype: the Inclusion Dashboard's own LA values, LA by LA", () => {
  it('plans of school-age children ended because the needs were met, 2017 to 2022 (discontinued_plans.csv)', () => {
    // DfE's table is the SEN2 management information's EHC plans alone; the site adds statements
    // to 2018, when some were still ended because the needs were met (2017 and 2018 only here).
    const m = metric('discontinued_needs_met_school_age_per_1000')
    const statements = observed('ehcp-2023-sen2-mi', 'discontinued_met', '')
    const tally = { equal: 0, withStatements: 0, formed: [] as string[], differ: [] as string[] }
    const counts = observed('ehcp-2023-sen2-mi', 'discontinued_met_ehc', '')
    const table = rowsOf(mirrorFile('dfe-inclusion-dashboard-prepared/discontinued_plans.csv'))
    const las = table.filter((x) => x.cell('geographic_level') === 'Local authority')
    for (const r of las) {
      const area = laOf(r.cell('new_la_code'))
      const period = r.cell('time_period')
      const dfe = Number(r.cell('discontinued_schoolage'))
      const site = at(m, area, period)
      const extra = Number(period) <= 2018 ? (statements.get(`${area}|${period}`)?.value ?? 0) : 0
      if (site?.numerator === dfe && extra === 0) tally.equal++
      else if (site?.numerator === dfe + extra && extra > 0) tally.withStatements++
      // A council formed that year: the site reads DfE's count, but has no plans in January to set it against.
      else if (site?.value === null && counts.get(`${area}|${period}`)?.value === dfe) tally.formed.push(`${name(area)} ${period}`)
      else tally.differ.push(`${name(area)} ${period}: DfE ${dfe}, site ${site?.numerator ?? site?.missing}`)
    }
    console.log(
      `discontinued plans (school age), 2017-2022: ${las.length} LA-years; ${tally.equal} equal to DfE's, ${tally.withStatements} differ only by the statements the site adds (2017-2018), ${tally.formed.length} the same count with no rate (a council formed that year: ${tally.formed.join(', ')}), ${tally.differ.length} otherwise`,
    )
    expect(tally.differ).toEqual([])
    expect(tally.formed.sort()).toEqual([
      'Bournemouth, Christchurch and Poole 2019',
      'Dorset 2019',
      'North Northamptonshire 2021',
      'West Northamptonshire 2021',
    ])
    expect(tally.equal + tally.withStatements + tally.formed.length).toBe(las.length)
    // England and the regions (eng_discontinued.csv): DfE's EHC plans alone again.
    for (const r of rowsOf(mirrorFile('dfe-inclusion-dashboard-prepared/eng_discontinued.csv'))) {
      const area = r.cell('geographic_level') === 'National' ? ENGLAND : r.cell('region_code')
      const period = r.cell('time_period')
      const extra = Number(period) <= 2018 ? statements.get(`${area}|${period}`)!.value! : 0
      expect(at(m, area, period)!.numerator, `${name(area)} ${period}`).toBe(Number(r.cell('discontinued_schoolage')) + extra)
    }
  })

  it('pupils in state-funded AP schools, 2017/18 to 2022/23 (ap_counts.csv and eng_ap_counts.csv)', () => {
    const m = metric('ap_school_pupils_per_10000')
    const tally = { equal: 0, differ: [] as string[] }
    const las = new Set<string>()
    for (const r of rowsOf(mirrorFile('dfe-inclusion-dashboard-prepared/ap_counts.csv'))) {
      if (r.cell('geographic_level') !== 'Local authority' || r.cell('prov_type') !== 'State-funded AP school') continue
      const area = laOf(r.cell('new_la_code'))
      const site = at(m, area, r.cell('time_period'))
      las.add(`${area}|${r.cell('time_period')}`)
      if (site?.numerator === Number(r.cell('total'))) tally.equal++
      else tally.differ.push(`${name(area)} ${r.cell('time_period')}: DfE ${r.cell('total')}, site ${site?.numerator}`)
    }
    // The LAs with no row: no AP school; the LA rows add up to England's in every year, so they have none.
    const zero = m.values.filter((v) => g.byCode.get(v.area)?.type === 'la' && v.numerator === 0 && !las.has(`${v.area}|${v.period}`))
    let published = 0
    for (const r of rowsOf(mirrorFile('dfe-inclusion-dashboard-prepared/eng_ap_counts.csv'))) {
      if (r.cell('prov_type') !== 'State-funded AP school') continue
      const area =
        r.cell('geographic_level') === 'National'
          ? ENGLAND
          : g.regions.find((x) => x.name.toLowerCase() === r.cell('region_name').toLowerCase())!.code
      expect(at(m, area, r.cell('time_period'))!.numerator, `${name(area)} ${r.cell('time_period')}`).toBe(Number(r.cell('total')))
      published++
    }
    console.log(
      `pupils in state-funded AP schools: ${tally.equal} LA-years equal to DfE's, ${tally.differ.length} differ; ${zero.length} LA-years with no row (no AP school) shown as 0; ${published} England and regional rows equal`,
    )
    expect(tally.differ).toEqual([])
    expect(tally.equal).toBeGreaterThan(800)
    expect(published).toBe(60)
  })

  it("their characteristics: DfE's percentages to its two decimals (ap_characteristics.csv and eng_ap_characteristics.csv)", () => {
    const MEASURES: Array<[MetricId, string, string]> = [
      ['ap_school_age_11_13_pct', 'Age breakdown', 'Age 11 to 13'],
      ['ap_school_age_14_15_pct', 'Age breakdown', 'Age 14 to 15'],
      ['ap_school_boys_pct', 'Gender', 'Male'],
      ['ap_school_fsm_pct', 'Free school meal status', 'FSM eligible'],
      ['ap_school_any_sen_pct', 'All SEN', 'All SEN'],
    ]
    const tally = { equal: 0, differ: [] as string[], regional: 0 }
    const byLa = new Map<string, number>()
    const check = (file: string) => {
      for (const r of rowsOf(mirrorFile(`dfe-inclusion-dashboard-prepared/${file}`))) {
        const which = MEASURES.find(([, c, v]) => r.cell('pupil_characteristic') === c && r.cell('char_dv') === v)
        if (!which || r.cell('prov_type') !== 'State-funded AP school' || r.cell('% of pupils') === '') continue
        const level = r.cell('geographic_level')
        const region = () =>
          r.cell('region_code') || g.regions.find((x) => x.name.toLowerCase() === r.cell('region_name').toLowerCase())!.code
        const area = level === 'Local authority' ? laOf(r.cell('new_la_code')) : level === 'National' ? ENGLAND : region()
        const site = at(metric(which[0]), area, r.cell('time_period'))
        const dfe = Number(r.cell('% of pupils'))
        const same = site?.value != null && Math.abs(site.value - dfe) <= 0.005 + 1e-9
        if (level !== 'Local authority') {
          expect(same, `${which[0]} ${name(area)} ${r.cell('time_period')}: DfE ${dfe}, site ${site?.value}`).toBe(true)
          tally.regional++
        } else if (same) {
          tally.equal++
          byLa.set(area, (byLa.get(area) ?? 0) + 1)
        } else tally.differ.push(`${which[0]} ${name(area)} ${r.cell('time_period')}: DfE ${dfe}, site ${site?.value}`)
      }
    }
    check('ap_characteristics.csv')
    check('eng_ap_characteristics.csv')
    console.log(
      `AP school pupils' characteristics: ${tally.equal} LA percentages equal to DfE's (${byLa.size} LAs), ${tally.differ.length} differ; ${tally.regional} England and regional percentages equal`,
    )
    expect(tally.differ).toEqual([])
    expect(tally.equal).toBeGreaterThan(4000)
  })
})

describe('designated medical, clinical and social care officers', () => {
  let files: Array<{ source: string; facts: OfficersOfLa[] }>
  beforeAll(() => {
    files = factsOfFormat(data.facts, 'sen2-designated-officers')
  })

  it('the 2022 release and the 2025 supporting file give every LA the same answers for 2019 to 2022', () => {
    const [newer, older] = ['ehcp-2025-designated-officers', 'ehcp-2022-designated-officers'].map(
      (id) => files.find((f) => f.source === id)!.facts,
    )
    const later = new Map(newer!.map((f) => [`${f.laCode}|${f.year}`, f]))
    let compared = 0
    for (const f of older!) {
      const l = later.get(`${f.laCode}|${f.year}`)
      if (!l) continue
      expect([l.medical, l.clinical], `${name(f.laCode)} ${f.year}`).toEqual([f.medical, f.clinical])
      compared++
    }
    expect(compared).toBe(606)
  })

  it("England's counts are the file's rows counted: 2025, 91 of 153 councils with a medical officer", () => {
    const merged = designatedOfficers(
      files.map((f) => f.facts),
      g,
    )
    const table = rowsOf(mirrorFile('education-health-and-care-plans/2025/supporting-files/sen2_dmo_dco.csv'))
    for (const year of ['2019', '2025']) {
      const rows = table.filter((r) => r.cell('time_period') === year)
      const counted = merged.summaries[ENGLAND]!.find((y) => y.year === year)!
      expect(counted.las).toBe(rows.length)
      expect(counted.medical.yes).toBe(rows.filter((r) => r.cell('des_med_off') === 'Yes').length)
      expect(counted.clinical.recruiting).toBe(rows.filter((r) => r.cell('des_clin_off') === 'Recruiting').length)
    }
    expect(merged.summaries[ENGLAND]![0]).toMatchObject({ year: '2025', las: 153, medical: { yes: 91, no: 62 } })
    expect(merged.summaries[ENGLAND]!.map((y) => y.year)).toEqual(['2025', '2024', '2023', '2022', '2021', '2020', '2019', '2018', '2017'])
  })
})

describe('figures checked by hand', () => {
  it('England, January 2025: 175,256 of the 589,594 plans with an ethnicity recorded held by children and young people from minority ethnic groups (29.7%); 49,151 of 638,745 unclassified (7.7%)', () => {
    // 638,745 plans, of which 49,151 unclassified and 414,338 White British.
    expect(at(metric('ehcp_minority_ethnic_pct'), ENGLAND, '202425')).toMatchObject({ numerator: 175256, denominator: 589594 })
    expect(at(metric('ehcp_minority_ethnic_pct'), ENGLAND, '202425')!.value).toBeCloseTo(29.725, 3)
    expect(at(metric('ehcp_ethnicity_not_recorded_pct'), ENGLAND, '202425')).toMatchObject({ numerator: 49151, denominator: 638745 })
  })

  it('England, 2014: 7,529 moves from mainstream to special schools, of statements only (plans began that September)', () => {
    expect(at(metric('moves_mainstream_to_special_per_1000'), ENGLAND, '2014')!.numerator).toBe(7529)
    // 2018: 522 statements + 6,265 plans.
    expect(at(metric('moves_mainstream_to_special_per_1000'), ENGLAND, '2018')!.numerator).toBe(6787)
  })

  it('England, 2021: 1,302 of 5,097 mediation cases followed by an appeal (25.5%, DfE 25.5444)', () => {
    expect(at(metric('mediation_followed_by_appeal_pct'), ENGLAND, '2021')).toMatchObject({ numerator: 1302, denominator: 5097 })
  })

  it('Hackney and Peterborough, January 2024: their partial rows by age at the start of the plan are not used', () => {
    for (const code of ['E09000012', 'E06000031'])
      expect(at(metric('ehcp_started_under_5_pct'), code, '202324')).toMatchObject({ value: null, missing: 'incomplete_return' })
  })
})
