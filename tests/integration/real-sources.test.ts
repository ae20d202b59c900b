// The data spine on the real published files: values DfE and ONS publish in the same files are
// reproduced from the harmonised observations (LA rows add up to DfE's own England and regional
// rows), so the reading, the missing-value handling and the code harmonisation are checked
// against the publishers rather than against our own expectations.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadGeography } from '../../src/pipeline/geography/areas.ts'
import type { ReadAll } from '../../src/pipeline/read/read-sources.ts'
import type { Observation } from '../../src/pipeline/read/observation.ts'
import { readRealSources } from '../helpers/real-data.ts'

let data: ReadAll
const geography = loadGeography()
beforeAll(async () => {
  data = await readRealSources()
})

const pick = (source: string, measure: string, breakdown?: string) => (o: Observation) =>
  o.source === source && o.measure === measure && (breakdown === undefined || o.breakdown === breakdown)

/** For each period: England's published value, and the sum of LA (current and former) values. */
function totals(obs: Observation[]) {
  type RegionTotal = { published?: number; sum: number; missing: number }
  type PeriodTotal = { england?: number; las: number; laMissing: number; regions: Map<string, RegionTotal> }
  const byPeriod = new Map<string, PeriodTotal>()
  for (const o of obs) {
    const p: PeriodTotal = byPeriod.get(o.period) ?? { las: 0, laMissing: 0, regions: new Map() }
    byPeriod.set(o.period, p)
    if (o.value === null) {
      if (o.areaType === 'la' || o.areaType === 'former_la') {
        p.laMissing++
        const region = geography.byCode.get(o.areaCode)!.regionCode!
        const r = p.regions.get(region) ?? { sum: 0, missing: 0 }
        r.missing++
        p.regions.set(region, r)
      }
      continue
    }
    if (o.areaType === 'england') p.england = o.value
    if (o.areaType === 'region') {
      const r = p.regions.get(o.areaCode) ?? { sum: 0, missing: 0 }
      r.published = o.value
      p.regions.set(o.areaCode, r)
    }
    if (o.areaType === 'la' || o.areaType === 'former_la') {
      p.las += o.value
      const region = geography.byCode.get(o.areaCode)!.regionCode!
      const r = p.regions.get(region) ?? { sum: 0, missing: 0 }
      r.sum += o.value
      p.regions.set(region, r)
    }
  }
  return byPeriod
}

/**
 * Where every LA published a value, the LAs add up to DfE's England (and regional) figure exactly.
 * Where some LA's value is missing ("x", ".."), DfE's total may or may not include that LA, so the
 * LA sum can only be at most the total. Returns the number of exactly matching periods.
 */
function expectLasAddUp(byPeriod: ReturnType<typeof totals>, label: string, regions = true): number {
  let exact = 0
  for (const [period, t] of byPeriod) {
    if (t.england === undefined) continue
    if (t.laMissing === 0) {
      expect(t.las, `${label} ${period}: LA sum vs England`).toBe(t.england)
      exact++
    } else {
      expect(t.las, `${label} ${period}: LA sum with ${t.laMissing} LAs not available`).toBeLessThanOrEqual(t.england)
    }
    if (!regions) continue
    for (const [region, r] of t.regions) {
      if (r.published === undefined) continue
      if (r.missing === 0) expect(r.sum, `${label} ${period} ${region}`).toBe(r.published)
      else expect(r.sum, `${label} ${period} ${region}`).toBeLessThanOrEqual(r.published)
    }
  }
  return exact
}

const ALL_PLANS = 'breakdown_topic=All EHC plans|breakdown=All EHC plans'

describe('EHC plans 2025 release, caseload', () => {
  it('England had 638,745 EHC plans in January 2025', () => {
    const england = data.observations.find(
      (o) => pick('ehcp-2025-caseload', 'ehcplans', ALL_PLANS)(o) && o.areaType === 'england' && o.period === '202425',
    )
    expect(england?.value).toBe(638745)
  })

  it('LA rows add up to the England row and to each region row, in every year, for plans and placements', () => {
    const plans = totals(data.observations.filter(pick('ehcp-2025-caseload', 'ehcplans', ALL_PLANS)))
    expect([...plans.keys()].sort()).toEqual(['201819', '201920', '202021', '202122', '202223', '202324', '202425'])
    expect(expectLasAddUp(plans, 'ehcplans')).toBe(7)
    for (const measure of ['mainstream_total', 'special_total', 'fe_total']) {
      // January 2024 and 2025 each have two LAs whose placement counts are "x".
      expect(expectLasAddUp(totals(data.observations.filter(pick('ehcp-2025-caseload', measure, ALL_PLANS))), measure)).toBe(5)
    }
  })

  it('has a row for every one of the 153 current LAs in January 2025, and 152 LAs in January 2019', () => {
    const rows = data.observations.filter(
      (o) => pick('ehcp-2025-caseload', 'ehcplans', ALL_PLANS)(o) && o.period === '202425' && o.areaType === 'la',
    )
    expect(new Set(rows.map((o) => o.areaCode))).toEqual(new Set(geography.las.map((la) => la.code)))
    const jan2019 = data.observations.filter(
      (o) =>
        pick('ehcp-2025-caseload', 'ehcplans', ALL_PLANS)(o) &&
        o.period === '201819' &&
        o.areaType !== 'england' &&
        o.areaType !== 'region',
    )
    expect(jan2019).toHaveLength(152)
    expect(
      jan2019
        .filter((o) => o.areaType === 'former_la')
        .map((o) => geography.byCode.get(o.areaCode)?.name)
        .sort(),
    ).toEqual(['Bournemouth', 'Cumbria', 'Dorset (county council area before April 2019)', 'Northamptonshire', 'Poole'])
  })

  it('ages 0 to 25 add up to all plans for England', () => {
    const ages = data.observations.filter(
      (o) =>
        pick('ehcp-2025-caseload', 'ehcplans')(o) &&
        o.areaType === 'england' &&
        o.period === '202425' &&
        o.breakdown.startsWith('breakdown_topic=Child or young persons age'),
    )
    expect(ages).toHaveLength(24)
    expect(ages.reduce((s, o) => s + (o.value ?? 0), 0)).toBe(638745)
  })
})

describe('other EHC plan files add up to DfE England totals', () => {
  it.each([
    ['ehcp-2025-timeliness', 'plans_issued_den', 'breakdown_topic=All EHC plans issued|breakdown=All EHC plans issued'],
    ['ehcp-2025-timeliness', 'plans_issued_20_weeks_ex', 'breakdown_topic=All EHC plans issued|breakdown=All EHC plans issued'],
    [
      'ehcp-2025-requests',
      'requests_received_in_year',
      'breakdown_topic=All requests for EHC needs assessments|breakdown=All requests for EHC needs assessments',
    ],
    ['ehcp-2025-assessments', 'assess_issued', 'breakdown_topic=All EHC needs assessments|breakdown=All EHC needs assessments'],
    [
      'ehcp-2025-work-based-placements',
      'open_supp_intern',
      'breakdown_topic=All work based placements|breakdown=All work based placements',
    ],
    ['ehcp-2022-work-based-placements', 'MSuppIntEHC', ''],
    ['ehcp-2022-age-caseload', 'Total_ehc', 'characteristic_age=Total'],
  ])('%s %s', (source, measure, breakdown) => {
    const byPeriod = totals(data.observations.filter(pick(source, measure, breakdown)))
    expect(byPeriod.size).toBeGreaterThan(0)
    expect(expectLasAddUp(byPeriod, `${source} ${measure}`)).toBeGreaterThanOrEqual(1)
  })

  it('work-based placements: 2,673 supported internships in January 2025', () => {
    expect(
      data.observations.find((o) => pick('ehcp-2025-work-based-placements', 'open_supp_intern')(o) && o.areaType === 'england')?.value,
    ).toBe(2673)
  })
})

describe('SEND Tribunal table', () => {
  it('LA appeals and appealable decisions add up to the England total in every year 2014-2024', () => {
    // The only missing cells are ".." for areas that did not exist that year (and blanks), so the
    // published LA figures must account for the whole England total.
    for (const measure of ['appeals_registered', 'appealable_decisions']) {
      const byPeriod = totals(data.observations.filter(pick('ehcp-2025-tribunal', measure)))
      expect([...byPeriod.keys()].sort()).toEqual(['2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024'])
      for (const [year, t] of byPeriod) expect(t.las, `${measure} ${year}`).toBe(t.england)
    }
    const appeals = totals(data.observations.filter(pick('ehcp-2025-tribunal', 'appeals_registered')))
    expect(appeals.get('2022')?.england).toBe(12796)
    expect(appeals.get('2024')?.england).toBe(22276)
  })
})

describe('ONS population', () => {
  it.each(['2022', '2023'])('mid-%s: upper-tier LAs add up to England for every age 0-25', (year) => {
    const obs = data.observations.filter((o) => o.measure === 'population' && o.period === year)
    for (let age = 0; age <= 25; age++) {
      const at = obs.filter((o) => o.breakdown === `age=${age}`)
      const england = at.find((o) => o.areaType === 'england')!.value!
      const las = at.filter((o) => o.areaType === 'la')
      expect(las).toHaveLength(153)
      expect(
        las.reduce((s, o) => s + o.value!, 0),
        `age ${age}`,
      ).toBe(england)
    }
  })
})

describe('NEET and statistical neighbours', () => {
  it('NCCIS files have England, 9 regions and their LAs for 2022, 2023 and 2025', () => {
    for (const year of ['2022', '2023', '2025']) {
      const obs = data.observations.filter((o) => o.source === `neet-${year}` && o.measure === 'NEET_NK_EHCP_percent')
      expect(obs.filter((o) => o.areaType === 'england')).toHaveLength(1)
      expect(obs.filter((o) => o.areaType === 'region')).toHaveLength(9)
      expect(obs.filter((o) => o.areaType === 'la' || o.areaType === 'former_la').length).toBeGreaterThanOrEqual(149)
      expect(obs.filter((o) => o.value !== null).length).toBeGreaterThanOrEqual(140)
    }
  })
  it('every current LA has ten statistical neighbours, all current LAs', () => {
    expect(data.neighbours.size).toBe(153)
    for (const list of data.neighbours.values()) {
      expect(list).toHaveLength(10)
      for (const n of list) expect(geography.byCode.get(n.code)?.type).toBe('la')
    }
  })
})

describe('accounts', () => {
  it('every source balances: rows read = rows used + rows set aside', () => {
    expect(data.accounts).toHaveLength(46)
    for (const a of data.accounts) {
      const aside = Object.values(a.setAside).reduce((s, n) => s + n, 0)
      expect(a.rowsUsed + aside, a.source).toBe(a.rowsRead)
      expect(a.rowsUsed, a.source).toBeGreaterThan(0)
    }
  })
})
