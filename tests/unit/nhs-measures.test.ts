import { describe, expect, it } from 'vitest'
import { nhsAreas } from '../../src/pipeline/health/nhs-areas.ts'
import { computeNhsMeasure } from '../../src/pipeline/health/nhs-measures.ts'
import { NHS_MEASURES } from '../../src/pipeline/metrics/registry.ts'
import type { NhsFigureRow, NhsLaLookup, SubIcb } from '../../src/pipeline/read/nhs-tables.ts'
import { realGeography } from '../helpers/read-input.ts'

const TEES: SubIcb = {
  code: '16C',
  name: 'NHS Tees Valley CCG',
  icb: 'NHS North East and North Cumbria ICB',
  nhsRegion: 'North East and Yorkshire',
}
const lsc = (code: string, name: string): SubIcb => ({ code, name, icb: 'NHS Lancashire and South Cumbria ICB', nhsRegion: 'North West' })
const lookup: NhsLaLookup = {
  byLa: new Map([
    ['E06000001', [TEES]], // Hartlepool
    ['E06000002', [TEES]], // Middlesbrough
    ['E06000009', [lsc('00R', 'NHS Blackpool CCG')]],
    ['E10000017', [lsc('00X', 'NHS Chorley and South Ribble CCG'), lsc('01A', 'NHS East Lancashire CCG')]], // Lancashire
    [
      'E10000012', // Essex: two ICBs
      [
        { code: '99E', name: 'NHS Basildon and Brentwood CCG', icb: 'NHS Mid and South Essex ICB', nhsRegion: 'East of England' },
        { code: '06T', name: 'NHS North East Essex CCG', icb: 'NHS Suffolk and North East Essex ICB', nhsRegion: 'East of England' },
      ],
    ],
    ['E10000006', [lsc('01K', 'NHS Morecambe Bay CCG')]], // Cumbria, before 2023
  ]),
}
const row = (r: Partial<NhsFigureRow> & Pick<NhsFigureRow, 'level' | 'code' | 'value'>): NhsFigureRow => ({
  name: r.code,
  periodEnd: '2023-06-30',
  breakdown: 'under 10',
  measure: 'ASD19e',
  line: 2,
  ...r,
})
const autism = [
  row({ level: 'england', code: 'England', value: 22 }),
  row({ level: 'sub_icb', code: '16C', value: 36 }),
  row({ level: 'nhs_region', code: 'Y63', name: 'NORTH EAST AND YORKSHIRE COMMISSIONING REGION', value: 21 }),
  row({ level: 'sub_icb', code: '16C', value: 50, periodEnd: '2023-05-31' }),
]
const mental = [
  row({ level: 'england', code: 'England', value: 5000, periodEnd: '2023-08-31', breakdown: 'under 18', measure: 'MHS95' }),
  row({ level: 'sub_icb', code: '16C', value: 300, periodEnd: '2023-08-31', breakdown: 'under 18', measure: 'MHS95' }),
]
const wait = (level: NhsFigureRow['level'], name: string, measure: string, value: number) =>
  row({ level, code: name, name, value, measure, breakdown: 'Speech And Language', periodEnd: '2023-10-31' })
const waits = [
  wait('england', 'England', 'total', 1000),
  wait('england', 'England', 'over18to52', 300),
  wait('england', 'England', 'over52', 100),
  wait('icb', 'Lancashire and South Cumbria', 'total', 200),
  wait('icb', 'Lancashire and South Cumbria', 'over18to52', 50),
  wait('icb', 'Lancashire and South Cumbria', 'over52', 10),
  wait('nhs_region', 'North West', 'total', 400),
  wait('nhs_region', 'North West', 'over18to52', 40),
  wait('nhs_region', 'North West', 'over52', 20),
]

describe('NHS measures, placed against LAs', () => {
  const g = realGeography()
  const areas = nhsAreas(lookup, g)
  const tables = {
    rows: new Map([
      ['nhs-autism-waits', autism],
      ['nhs-cyp-mental-health', mental],
      ['nhs-community-waits', waits],
    ] as const),
    under18: new Map([
      ['E06000001', 1000],
      ['E06000002', 2000],
      ['E92000001', 100000],
    ]),
  }
  const computed = (id: string) =>
    computeNhsMeasure(
      NHS_MEASURES.find((m) => m.id === id)!,
      tables,
      areas,
      g,
    )
  const value = (id: string, area: string, period: string) => computed(id).values.find((v) => v.area === area && v.period === period)!

  it('gives every LA one placing at each level: an NHS area, or the reason there is none', () => {
    expect(Object.keys(areas.placements)).toHaveLength(153)
    for (const p of Object.values(areas.placements))
      for (const level of [p.nhs_sub_icb, p.nhs_icb]) {
        expect(level.area === null, 'an area or a reason').toBe(level.reason !== null)
        if (level.area === null) expect([...level.alsoCovers, ...level.partlyCovers]).toEqual([])
      }
  })

  it('gives every measure a distinct title short enough for a heading on a phone, and its full definition as a question', () => {
    expect(NHS_MEASURES).toHaveLength(12)
    expect(new Set(NHS_MEASURES.map((f) => f.title)).size).toBe(12)
    for (const f of NHS_MEASURES) {
      expect(f.title.length, f.title).toBeLessThanOrEqual(60)
      expect(f.question.length, f.id).toBeGreaterThan(f.title.length)
    }
  })

  it('places an LA served by one sub-ICB location in it, with the other LAs it covers, and keeps every month', () => {
    const p = areas.placements['E06000001']!.nhs_sub_icb
    expect(p).toEqual({ area: 'sub-icb-16c', reason: null, alsoCovers: ['E06000002'], partlyCovers: [] })
    expect(areas.subIcbs.find((a) => a.code === 'sub-icb-16c')).toMatchObject({ name: 'NHS Tees Valley CCG', type: 'nhs_sub_icb' })
    const id = 'autism_referral_wait_over_13_weeks_under_10'
    expect(computed(id).periods.map((x) => x.id)).toEqual(['2023-05', '2023-06'])
    expect(value(id, 'sub-icb-16c', '2023-06').value).toBe(36)
    expect(value(id, 'sub-icb-16c', '2023-05').value).toBe(50)
    expect(value(id, 'nhs-region-north-east-and-yorkshire', '2023-06').value).toBe(21)
    expect(value(id, 'E92000001', '2023-06').value).toBe(22)
    // A month the table has no row for is missing, with its reason, never a zero.
    expect(value(id, 'E92000001', '2023-05')).toMatchObject({ value: null, missing: 'area_not_in_source' })
  })

  it('gives rates per 1,000 under 18 only for NHS areas made of whole LAs', () => {
    const id = 'cyp_mental_health_supported_per_1000'
    // 300 supported of 1,000 + 2,000 under-18s (Hartlepool and Middlesbrough).
    expect(value(id, 'sub-icb-16c', '2023-08')).toMatchObject({ value: 100, numerator: 300, denominator: 3000, missing: null })
    expect(value(id, 'E92000001', '2023-08').value).toBe(50)
    expect(computed(id).periods[0]).toEqual({ id: '2023-08', kind: 'year_to_month' })
  })

  it('places an LA with several sub-ICB locations in one ICB at ICB level only, and an LA across two ICBs nowhere', () => {
    expect(areas.placements['E10000017']!.nhs_sub_icb.reason).toMatch(
      /Lancashire is served by 2 NHS sub-ICB locations \(NHS Chorley and South Ribble CCG, NHS East Lancashire CCG\)/,
    )
    const icb = areas.placements['E10000017']!.nhs_icb
    expect(icb.area).toBe('icb-lancashire-and-south-cumbria')
    expect(icb.alsoCovers).toEqual(['E06000009'])
    const over18 = value('community_wait_speech_language_over_18_weeks_pct', 'icb-lancashire-and-south-cumbria', '2023-10')
    expect(over18).toMatchObject({ value: 30, numerator: 60, denominator: 200 }) // 60 of the 200 waiting
    expect(over18.ci95!.lower).toBeLessThan(30)
    expect(value('community_wait_speech_language_over_52_weeks_pct', 'icb-lancashire-and-south-cumbria', '2023-10').value).toBe(5)
    expect(value('community_wait_speech_language_over_18_weeks_pct', 'nhs-region-north-west', '2023-10').value).toBe(15)
    expect(areas.placements['E10000012']!.nhs_icb.reason).toMatch(/2 integrated care boards/)
  })

  it("says why councils formed after DfE's 2022 lookup have no NHS area", () => {
    expect(areas.placements['E06000064']!.nhs_icb.reason).toMatch(
      /lookup .* 2022 geography, before Westmorland and Furness was formed from Cumbria/,
    )
  })
})
