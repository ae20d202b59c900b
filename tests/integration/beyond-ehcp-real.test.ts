// The themes beyond the EHC plan on the real files: LA counts against the publishers' own England
// and regional rows, DfE's Inclusion Dashboard tables against LAIT where both give a year, every
// NHS figure tied to one NHS area per LA, and inspection outcomes against an independent copy.
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadGeography } from '../../src/pipeline/geography/areas.ts'
import { nhsMeasuresFromSources } from '../../src/pipeline/health/from-sources.ts'
import { inspectionsFromSources } from '../../src/pipeline/inspections/from-sources.ts'
import { computeMetric } from '../../src/pipeline/metrics/compute.ts'
import { metricById, NHS_MEASURES } from '../../src/pipeline/metrics/registry.ts'
import { ObservationIndex } from '../../src/pipeline/metrics/series.ts'
import { foldName } from '../../src/pipeline/read/area-names.ts'
import { readCsvFile } from '../../src/pipeline/files/csv-file.ts'
import { breakdownOf, type Observation } from '../../src/pipeline/read/observation.ts'
import { factsOfFormat, type ReadAll } from '../../src/pipeline/read/read-sources.ts'
import { mirrorsFromEnv } from '../../src/pipeline/sources/fetch.ts'
import { loadRegistry } from '../../src/pipeline/sources/registry.ts'
import { readRealSources } from '../helpers/real-data.ts'
import type { LaInspections } from '../../src/contract/schemas.ts'

const g = loadGeography()
let data: ReadAll
let nhs: ReturnType<typeof nhsMeasuresFromSources>
let inspections: Record<string, LaInspections>

beforeAll(async () => {
  data = await readRealSources()
  nhs = nhsMeasuresFromSources(data, g, NHS_MEASURES)
  inspections = inspectionsFromSources(data, loadRegistry(), g)
})

const observations = (source: string, measure: string) => data.observations.filter((o) => o.source === source && o.measure === measure)
const isLa = (code: string) => ['la', 'former_la'].includes(g.byCode.get(code)?.type ?? '')

/** For each period, breakdown, region and England that the source publishes: the sum of its LA rows and the published figure. */
function sumsAgainstPublished(list: readonly Observation[]) {
  const groups = new Map<string, Observation[]>()
  for (const o of list) groups.set(`${o.period}|${o.breakdown}`, [...(groups.get(`${o.period}|${o.breakdown}`) ?? []), o])
  const out: Array<{ where: string; sum: number; published: number; las: number }> = []
  for (const [group, rows] of groups) {
    const byArea = new Map(rows.map((o) => [o.areaCode, o]))
    for (const target of [g.england, ...g.regions]) {
      const published = byArea.get(target.code)?.value
      if (published === null || published === undefined) continue
      const las = rows.filter(
        (o) => isLa(o.areaCode) && (target.type === 'england' || g.byCode.get(o.areaCode)!.regionCode === target.code),
      )
      if (las.some((o) => o.value === null)) continue // a suppressed LA: no sum to compare
      out.push({ where: `${target.name} ${group}`, sum: las.reduce((n, o) => n + o.value!, 0), published, las: las.length })
    }
  }
  return out
}

describe("LA counts reproduce the publishers' own England and regional rows", () => {
  it.each([
    ['prepared-eyfsp', 'gld_number', 50],
    ['prepared-eyfsp', 'children_number', 50],
    ['ap-census-placements', 'number_of_pupils', 60],
    ['ap-census-settings', 'placements', 72],
    ['school-arranged-ap', 'pupils', 696],
    ['ap-school-absence', 'enrolments', 81],
    ['prepared-ap-counts', 'total', 130],
    // Repeated on the table's row for each SEN provision: 60 totals, three times.
    ['prepared-mainstream-pupils', 'total_pupils', 180],
    ['prepared-ks4-attainment', 't_pupils', 100],
    ['dsg-allocations-2022-23', 'high_needs_block', 10],
    ['dsg-allocations-2023-24', 'high_needs_block', 10],
  ])('%s %s: exactly, in every one of %i England and regional totals', (source, measure, totals) => {
    const sums = sumsAgainstPublished(observations(source, measure))
    expect(sums).toHaveLength(totals)
    expect(sums.filter((s) => s.sum !== s.published)).toEqual([])
  })

  // These publishers round each LA's count to the nearest 10 (or 5) and their totals are rounded
  // from unrounded counts: the sum may differ from the total by up to 5 for each LA in it.
  it.each([
    ['prepared-ks1-phonics', 't_phonics_y1_eligible_pupils'],
    ['prepared-ks1-phonics', 't_phonics_y1_met_expected_standard'],
    ['prepared-ks2-attainment', 't_rwm_eligible_pupils'],
    ['prepared-ks2-attainment', 't_rwm_met_expected_standard'],
    ['cin-sen', 't_pupils'],
    ['cin-sen', 't_statement_or_EHC_plan'],
  ])('%s %s: within the rounding of its LA counts', (source, measure) => {
    const sums = sumsAgainstPublished(observations(source, measure))
    expect(sums.length).toBeGreaterThan(50)
    expect(sums.filter((s) => Math.abs(s.sum - s.published) > 5 * s.las + 5)).toEqual([])
  })
})

/** LAIT's figure and the prepared table's for the same area and academic year. */
function overlap(laitMeasure: string, prepared: (o: Observation) => number | null, source: string, filter: (o: Observation) => boolean) {
  const lait = new Map(
    data.observations
      .filter((o) => o.source === 'lait-send' && o.measure === laitMeasure && o.value !== null)
      .map((o) => [`${o.areaCode}|${o.period}`, o.value!]),
  )
  const pairs: Array<{ at: string; lait: number; prepared: number }> = []
  for (const o of data.observations.filter((x) => x.source === source && filter(x))) {
    const p = prepared(o)
    const l = lait.get(`${o.areaCode}|${o.period}`)
    if (p !== null && l !== undefined) pairs.push({ at: `${g.byCode.get(o.areaCode)?.name} ${o.period}`, lait: l, prepared: p })
  }
  return pairs
}

describe("DfE's Inclusion Dashboard tables and LAIT agree where both give a year", () => {
  const value = (o: Observation) => o.value
  it("KS2: LAIT's percentages are DfE's own rounded percentages, for every area, year and SEN group", () => {
    for (const [measure, group] of [
      ['NEW_KS2_RWM_Sen_Withsta', 'EHC plan'],
      ['NEW_KS2_RWM_Sen_W/Osta', 'SEN support'],
      ['NoID_SEN_NEW_KS2_RWM', 'No SEN'],
    ] as const) {
      const pairs = overlap(
        measure,
        value,
        'prepared-ks2-attainment',
        (o) => o.measure === 'pt_rwm_met_expected_standard' && o.breakdown === breakdownOf({ characteristic: group }),
      )
      // LAIT has DfE's revised 2022/23 figures, the prepared table its first ones: a few LAs' figures
      // moved (Manchester's and Sutton's for pupils with an EHC plan by one point; Redcar and
      // Cleveland's and Sutton's for pupils with no SEN by three and four). Every other year agrees.
      expect(pairs.length, group).toBeGreaterThan(400)
      const differ = pairs.filter((p) => p.lait !== p.prepared)
      expect(differ.filter((p) => Math.abs(p.lait - p.prepared) > 4 || !p.at.endsWith('202223'))).toEqual([])
      expect(differ.length, group).toBeLessThan(0.02 * pairs.length)
    }
  })

  it('early years 2021/22: the same good-level-of-development percentages', () => {
    for (const [measure, group] of [
      ['FSP_Gooddev_With_SENSTATE', 'EHC plan'],
      ['FSP_Gooddev_Without_SENSTATE', 'SEN support'],
    ] as const) {
      const pairs = overlap(
        measure,
        value,
        'prepared-eyfsp',
        (o) => o.measure === 'gld_percentage' && o.breakdown === breakdownOf({ characteristic_type: group }),
      )
      expect(pairs.length, group).toBeGreaterThan(140)
      expect(pairs.filter((p) => p.lait !== p.prepared)).toEqual([])
    }
  })

  it("phonics: LAIT (whole percentages) is England's prepared counts rounded, 2016/17 to 2022/23", () => {
    const counts = new Map(
      data.observations
        .filter((o) => o.source === 'prepared-ks1-phonics')
        .map((o) => [`${o.areaCode}|${o.period}|${o.breakdown}|${o.measure}`, o.value]),
    )
    for (const [measure, group] of [
      ['KS1P_EHCP', 'EHC plan or Statement'],
      ['KS1P_SEND', 'SEN support'],
      ['KS1P_NonSEND', 'No SEN'],
    ] as const) {
      const breakdown = breakdownOf({ characteristic: group })
      const percent = (o: Observation) => {
        const met = counts.get(`${o.areaCode}|${o.period}|${breakdown}|t_phonics_y1_met_expected_standard`)
        const of = counts.get(`${o.areaCode}|${o.period}|${breakdown}|t_phonics_y1_eligible_pupils`)
        return met != null && of ? (100 * met) / of : null
      }
      // Only England's counts are exact: regions' and LAs' are rounded to 10, too coarse to check a
      // whole percentage. LAIT's 2015/16 rows come from an older table (their "Data item" column
      // names it) and differ for every area; the metrics use the prepared counts for that year.
      const pairs = overlap(
        measure,
        percent,
        'prepared-ks1-phonics',
        (o) =>
          o.measure === 't_phonics_y1_eligible_pupils' &&
          o.breakdown === breakdown &&
          o.areaCode === g.england.code &&
          o.period !== '201516',
      )
      expect(pairs.length, group).toBe(5)
      expect(pairs.filter((p) => Math.abs(p.lait - p.prepared) > 0.5 + 0.05)).toEqual([])
    }
  })

  it('Progress 8 of pupils with no identified SEN: the same scores; Attainment 8 within 0.2 (provisional and revised data)', () => {
    const noSen = (m: string) => (o: Observation) =>
      o.measure === m && o.breakdown === breakdownOf({ characteristic_sen_description: 'No identified SEN' })
    const p8 = overlap('SEN_NoID_AVG_Prog8_Score', value, 'prepared-ks4-attainment', noSen('avg_p8score'))
    // 2022/23: LAIT has the revised scores, the prepared table the provisional ones, 0.01 apart at most.
    expect(p8.length).toBeGreaterThan(400)
    expect(p8.filter((p) => Math.abs(p.lait - p.prepared) > 0.01 + 1e-9)).toEqual([])
    expect(p8.filter((p) => p.lait !== p.prepared && !p.at.endsWith('202223'))).toEqual([])
    const a8 = overlap('SEN_NoID_AVG_Attain8_Score', value, 'prepared-ks4-attainment', noSen('avg_att8'))
    expect(a8.length).toBeGreaterThan(700)
    expect(a8.filter((p) => Math.abs(p.lait - p.prepared) > 0.2 + 1e-9)).toEqual([])
  })
})

describe('NHS measures: each LA is tied to exactly one NHS area per level', () => {
  it('every LA has one placing per level: an NHS area whose figures it shows, or the reason it has none', () => {
    const lookup = factsOfFormat(data.facts, 'nhs-la-lookup')[0]!.facts
    expect(nhs.computed.length).toBe(12)
    for (const la of g.las) {
      const subIcbs = lookup.byLa.get(la.code)
      for (const level of ['nhs_sub_icb', 'nhs_icb'] as const) {
        const p = nhs.areas.placements[la.code]![level]
        if (!p.area) {
          expect(p.reason, `${la.name} ${level}`).toBeTruthy()
          continue
        }
        // The one NHS area: the LA's only sub-ICB location, or the one ICB all of them belong to.
        const area = [...nhs.areas.subIcbs, ...nhs.areas.icbs].find((a) => a.code === p.area)!
        if (level === 'nhs_sub_icb') expect(subIcbs!.map((s) => `sub-icb-${s.code.toLowerCase()}`)).toEqual([p.area])
        else expect([...new Set(subIcbs!.map((s) => s.icb))]).toEqual([area.name])
      }
    }
  })

  it("gives each NHS area its own published figure in every month, and England's", () => {
    const autism = factsOfFormat(data.facts, 'nhs-autism-waits')[0]!.facts
    const m = nhs.computed.find((c) => c.definition.id === 'autism_referral_wait_over_13_weeks_10_to_17')!
    // Every month from April 2019 that the table holds.
    expect(m.periods[0]!.id).toBe('2019-04')
    expect(m.periods.length).toBeGreaterThan(48)
    let compared = 0
    for (const r of autism.filter((x) => x.breakdown === '10 to 17' && (x.level === 'sub_icb' || x.level === 'england'))) {
      const code = r.level === 'england' ? g.england.code : `sub-icb-${r.code.toLowerCase()}`
      const v = m.values.find((x) => x.area === code && x.period === r.periodEnd.slice(0, 7))!
      expect(v.value, `${r.name} ${r.periodEnd}`).toBe(r.value)
      compared++
    }
    expect(compared).toBeGreaterThan(3000)
  })

  it("every sub-ICB location and ICB in the NHS tables is one of DfE's lookup, so no area's figure is lost by its spelling", () => {
    const lookup = factsOfFormat(data.facts, 'nhs-la-lookup')[0]!.facts
    const subIcbs = new Set([...lookup.byLa.values()].flat().map((s) => s.code))
    const icbs = new Set([...lookup.byLa.values()].flat().map((s) => foldName(s.icb).replace(/^nhs /, '').replace(/ icb$/, '')))
    // The tables write an ICB's name in capitals in some months.
    const waits = factsOfFormat(data.facts, 'nhs-community-waits').flatMap((f) => f.facts)
    const inTable = new Set(waits.filter((r) => r.level === 'icb').map((r) => foldName(r.name)))
    expect(inTable.size).toBeGreaterThan(35)
    expect([...inTable].filter((icb) => !icbs.has(icb))).toEqual([])
    for (const format of ['nhs-autism-waits', 'nhs-cyp-mental-health'] as const) {
      const codes = new Set(
        factsOfFormat(data.facts, format)[0]!
          .facts.filter((r) => r.level === 'sub_icb')
          .map((r) => r.code),
      )
      expect(
        [...codes].filter((c) => !subIcbs.has(c)),
        format,
      ).toEqual([])
    }
  })
})

describe('area SEND inspections', () => {
  it("every LA has its inspections, its predecessor's, or the reason there are none", () => {
    for (const la of g.las) {
      const r = inspections[la.code]!
      expect(r.inspections.length + r.predecessors.length > 0 || r.none !== null, la.name).toBe(true)
    }
    expect(Object.values(inspections).filter((r) => r.none)).toEqual([])
  })

  it("agree with DfE's Inclusion Dashboard copy of the outcomes (an independent extract of the same inspections)", () => {
    const mirror = mirrorsFromEnv()[0]!
    const table = readCsvFile(join(mirror, 'dfe-inclusion-dashboard-prepared/ofsted.csv'))
    const col = (name: string) => table.header.indexOf(name)
    const published = col('Inspection publication date (new inspection framework)')
    // DfE's table holds the 2023-framework inspections published up to its newest date; later ones are "not yet".
    const newest = table.rows.map(({ cells }) => cells[published]!).reduce((a, b) => (b > a ? b : a))
    let checked = 0
    for (const { cells } of table.rows) {
      const code = cells[col('la_code')]!
      const r = inspections[code]
      if (!r) continue
      const newOutcome = cells[col('Inspection outcome (new inspection framework)')]!
      const of2023 = r.inspections.filter((i) => i.framework === '2023')
      if (newOutcome.startsWith('Not yet'))
        expect(
          of2023.filter((i) => i.published! <= newest),
          code,
        ).toEqual([])
      else expect(of2023.find((i) => i.published === cells[published])?.outcome, code).toBe(newOutcome)
      const wsoa = cells[col('Inspection outcome: written statement of action required? (previous inspection framwork)')]!
      const old = r.inspections.find((i) => i.framework === '2016')
      if (wsoa !== '' && old) {
        expect(old.writtenStatementRequired ? 'Yes' : 'No', code).toBe(wsoa)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(140)
  })
})

describe('spending on special school and AP places: incomplete returns', () => {
  it('withholds, by the stated rule, the 22 LA totals with an unreturned part or a spend per head below a tenth of the median', () => {
    // 22 totals, and the two parts of each of the three returns short by the median rule.
    const account = data.accounts.find((a) => a.source === 'prepared-specialist-spend')!
    expect(account.missing.incomplete_return).toBe(28)
    const m = computeMetric(metricById('specialist_place_spend_per_head')!, new ObservationIndex(data.observations), g)
    const at = (area: string, period: string) => m.values.find((v) => v.area === area && v.period === period)
    // Barking and Dagenham: £3.82 per head in 2018-19 (£234 a year later); 2021-22 without its
    // independent schools (0, after £3.5m in 2020-21). Dorset's county council area: £6.31 in 2018-19.
    for (const [area, period] of [
      ['E09000002', '201819'],
      ['E09000002', '202122'],
      ['E10000009', '201819'],
    ] as const)
      expect(at(area, period), `${area} ${period}`).toMatchObject({ value: null, missing: 'incomplete_return' })
    expect(at('E09000002', '201920')?.value).toBeCloseTo(13773136 / 58855, 6)
    const withheld = m.values.filter((v) => v.missing === 'incomplete_return')
    expect(withheld).toHaveLength(22)
    // What is shown is never below a tenth of the median of every LA total in the file for the year
    // (worked out here from the file itself), and no shown total has a part at 0.
    const table = readCsvFile(data.paths.get('prepared-specialist-spend')!)
    const [la, category, year, pop, spend] = ['la_name', 'category', 'year', 'pop_est', 'total_spend'].map((c) =>
      table.header.indexOf(c),
    ) as [number, number, number, number, number]
    const zeroPart = new Set<string>()
    const perHead = new Map<string, number[]>()
    for (const { cells } of table.rows) {
      const period = cells[year]!.replace('-', '')
      if (cells[category] !== 'Total') {
        if (Number(cells[spend]) === 0) zeroPart.add(`${cells[la]}|${period}`)
        continue
      }
      if (Number(cells[spend]) > 0 && Number(cells[pop]) > 0)
        perHead.set(period, [...(perHead.get(period) ?? []), Number(cells[spend]) / Number(cells[pop])])
    }
    for (const [period, values] of perHead) {
      const sorted = [...values].sort((a, b) => a - b)
      const median =
        sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2
      const shown = m.values.filter((v) => v.period === period && v.basis === 'source' && v.value !== null)
      expect(shown.length, period).toBeGreaterThan(140)
      for (const v of shown) {
        expect(v.value!, `${v.area} ${period}`).toBeGreaterThanOrEqual(0.1 * median)
        expect(zeroPart.has(`${g.byCode.get(v.area)!.name}|${period}`), `${v.area} ${period}`).toBe(false)
      }
    }
  })
})

describe('school-arranged AP by SEN status on entry', () => {
  it('an LA with no EHC plan row has none: its other groups add up to its total, so its share is 0', () => {
    const b = (grouping: string, characteristic: string) =>
      breakdownOf({ setting_type: 'Total', characteristic_grouping: grouping, pupil_characteristic: characteristic })
    const rows = (grouping: string, characteristic: string) =>
      new Map(
        observations('school-arranged-ap', 'pupils')
          .filter((o) => o.breakdown === b(grouping, characteristic))
          .map((o) => [o.areaCode, o]),
      )
    const [total, ehcp, support, none] = [
      rows('Total', 'Total'),
      rows('SEN on entry', 'EHC plan'),
      rows('SEN on entry', 'SEN Support'),
      rows('SEN on entry', 'No SEN'),
    ]
    const absent = [...total.keys()].filter((area) => !ehcp.has(area))
    expect(absent.map((a) => g.byCode.get(a)!.name).sort()).toEqual(['Hartlepool', 'Redbridge', 'Rutland'])
    for (const area of absent) expect(support.get(area)!.value! + none.get(area)!.value!, area).toBe(total.get(area)!.value)
    const m = computeMetric(metricById('school_arranged_ap_ehcp_pct')!, new ObservationIndex(data.observations), g)
    expect(m.values.find((v) => v.area === 'E06000001' && v.period === '202223')).toMatchObject({ value: 0, numerator: 0, denominator: 32 })
  })
})

describe('gaps between pupils with no identified SEN and a group', () => {
  it('each gap is the difference between the two levels the site shows beside it, in every area and year', () => {
    const index = new ObservationIndex(data.observations)
    const values = (id: string) =>
      new Map(computeMetric(metricById(id)!, index, g).values.map((v) => [`${v.area}|${v.period}` as string, v] as const))
    const gaps: Array<[string, string, string]> = [
      ['phonics_gap_ehcp', 'phonics_expected_no_sen', 'phonics_expected_ehcp'],
      ['phonics_gap_sen_support', 'phonics_expected_no_sen', 'phonics_expected_sen_support'],
      ['ks2_rwm_gap_ehcp', 'ks2_rwm_expected_no_sen', 'ks2_rwm_expected_ehcp'],
      ['ks2_rwm_gap_sen_support', 'ks2_rwm_expected_no_sen', 'ks2_rwm_expected_sen_support'],
      ['attainment8_gap_ehcp', 'attainment8_no_sen', 'attainment8_ehcp'],
      ['attainment8_gap_sen_support', 'attainment8_no_sen', 'attainment8_sen_support'],
    ]
    for (const [gap, noSen, group] of gaps) {
      const [levelsA, levelsB] = [values(noSen), values(group)]
      let compared = 0
      for (const [key, v] of values(gap)) {
        const [a, b] = [levelsA.get(key)?.value ?? null, levelsB.get(key)?.value ?? null]
        // A gap exactly where both levels are shown, and equal to their difference.
        expect(v.value === null, `${gap} ${key}`).toBe(a === null || b === null)
        if (v.value === null) continue
        expect(v.value, `${gap} ${key}`).toBeCloseTo(a! - b!, 9)
        compared++
      }
      expect(compared, gap).toBeGreaterThan(1200)
    }
    // Hammersmith and Fulham 2015/16: 1,145 of 1,251 without SEN (91.5%), 17 of 51 with a plan or
    // statement (33.3%): a gap of 58.2 points, not LAIT's 32.
    const hf = values('phonics_gap_ehcp').get('E09000013|201516')!
    expect(hf.value).toBeCloseTo((100 * 1145) / 1251 - (100 * 17) / 51, 9)
  })
})

describe('figures computed from two published sources follow the formula', () => {
  const compute = (id: string) => computeMetric(metricById(id)!, new ObservationIndex(data.observations), g)
  const find = (source: string, measure: string, area: string, period: string, breakdown = '') =>
    data.observations.find(
      (o) => o.source === source && o.measure === measure && o.areaCode === area && o.period === period && o.breakdown === breakdown,
    )?.value

  it("Progress 8 carries DfE's own interval", () => {
    const v = compute('progress8_any_sen').values.find((x) => x.area === g.england.code && x.period === '202223')!
    expect([v.value, v.ci95]).toEqual([-0.62, { lower: -0.63, upper: -0.61 }])
  })

  it('high needs funding per head: DfE allocation over ONS population aged 2 to 18, both without the City of London and the Isles of Scilly', () => {
    // The allocation files have no row for the City of London or the Isles of Scilly, so England's,
    // London's and the South West's figures leave their population out too; the allocation is the
    // published total of the area (its LAs add up to it).
    const population = (area: string, year: string) => {
      let sum = 0
      for (let age = 2; age <= 18; age++) sum += find(`ons-mye-${year}`, 'population', area, year, breakdownOf({ age: String(age) }))!
      return sum
    }
    const m = compute('high_needs_block_per_head')
    const checked: string[] = []
    for (const [period, year] of [
      ['202223', '2022'],
      ['202324', '2023'],
    ] as const) {
      for (const [area, leftOut] of [
        [g.england.code, ['E09000001', 'E06000053']],
        ['E12000007', ['E09000001']],
        ['E12000009', ['E06000053']],
      ] as const) {
        const allocation = find(`dsg-allocations-${year}-${Number(year.slice(2)) + 1}`, 'high_needs_block', area, period)!
        const below = population(area, year) - leftOut.reduce((s, la) => s + population(la, year), 0)
        const v = m.values.find((x) => x.area === area && x.period === period)!
        expect(v, `${area} ${period}`).toMatchObject({ numerator: allocation, denominator: below, basis: 'sum_of_las', ci95: null })
        expect(v.value).toBeCloseTo(allocation / below, 9)
        checked.push(`${area} ${period}`)
      }
    }
    expect(checked).toHaveLength(6)
    expect(find('dsg-allocations-2023-24', 'high_needs_block', g.england.code, '202324')).toBe(9952172126)
  })

  it('LA-funded AP per 10,000 pupils, England January 2023: AP census pupils over mainstream pupils', () => {
    const v = compute('la_funded_ap_per_10000').values.find((x) => x.area === g.england.code && x.period === '202223')!
    expect(v.denominator).toBe(8315518)
    expect(v.value).toBeCloseTo((10000 * v.numerator!) / 8315518, 9)
    expect(v.numerator).toBe(find('ap-census-placements', 'number_of_pupils', g.england.code, '202223'))
  })
})
