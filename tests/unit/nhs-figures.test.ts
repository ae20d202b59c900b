import { describe, expect, it } from 'vitest'
import { buildHealthData } from '../../src/pipeline/health/nhs-figures.ts'
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

describe('NHS figures placed against LAs', () => {
  const g = realGeography()
  const data = buildHealthData(
    {
      lookup,
      autism: { source: 'autism', rows: autism },
      mentalHealth: { source: 'mh', rows: mental },
      communityWaits: { sources: ['waits'], rows: waits },
      under18: new Map([
        ['E06000001', 1000],
        ['E06000002', 2000],
        ['E92000001', 100000],
      ]),
      under18Year: 'mid-2022',
    },
    g,
  )
  const placing = (la: string, figure: string) => data.las[la]!.find((p) => p.figure === figure)!

  it('gives every LA one placing for every figure: an NHS area, or the reason there is none', () => {
    expect(Object.keys(data.las)).toHaveLength(153)
    for (const list of Object.values(data.las)) {
      expect(list.map((p) => p.figure)).toEqual(data.figures.map((f) => f.id))
      for (const p of list) {
        expect(p.value.value === null, `${p.figure}: a figure or a reason`).toBe(p.value.missing !== null)
        if (p.area === null) expect(p.alsoServes).toEqual([])
      }
    }
  })

  it('gives every figure a distinct title short enough for a heading on a phone, and its full definition as a question', () => {
    expect(data.figures).toHaveLength(12)
    expect(new Set(data.figures.map((f) => f.title)).size).toBe(12)
    for (const f of data.figures) {
      expect(f.title.length, f.title).toBeLessThanOrEqual(60)
      expect(f.question.length, f.id).toBeGreaterThan(f.title.length)
    }
    expect(data.figures.find((f) => f.id === 'autism_referral_wait_over_13_weeks_under_10')!.title).toBe(
      'Suspected autism, under 10s: % waiting over 13 weeks',
    )
  })

  it("places an LA served by one sub-ICB location in it, with the other LAs it serves and the NHS region's figure", () => {
    const p = placing('E06000001', 'autism_referral_wait_over_13_weeks_under_10')
    expect(p.area).toEqual({ code: '16C', name: 'NHS Tees Valley CCG', level: 'sub_icb', nhsRegion: 'North East and Yorkshire' })
    expect(p.alsoServes).toEqual(['E06000002'])
    expect(p.value.value).toBe(36) // the latest month (June), not May's 50
    expect(p.nhsRegion?.value).toBe(21)
    const fig = data.figures.find((f) => f.id === 'autism_referral_wait_over_13_weeks_under_10')!
    expect(fig.england.value).toBe(22)
    expect(fig.period).toBe('June 2023')
  })

  it('gives rates per 1,000 under 18 only for NHS areas made of whole LAs', () => {
    const p = placing('E06000001', 'cyp_mental_health_supported_per_1000')
    expect(p.value).toEqual({ value: 100, count: 300, denominator: 3000, missing: null }) // 300 of 1,000 + 2,000
    expect(data.figures.find((f) => f.id === 'cyp_mental_health_supported_per_1000')!.england.value).toBe(50)
  })

  it('places an LA with several sub-ICB locations in one ICB at ICB level only, and an LA across two ICBs nowhere', () => {
    expect(placing('E10000017', 'autism_referral_wait_over_13_weeks_under_10').value.missing).toMatch(
      /Lancashire is served by 2 NHS sub-ICB locations \(NHS Chorley and South Ribble CCG, NHS East Lancashire CCG\)/,
    )
    const icb = placing('E10000017', 'community_wait_speech_language_over_18_weeks_pct')
    expect(icb.area?.name).toBe('NHS Lancashire and South Cumbria ICB')
    expect(icb.alsoServes).toEqual(['E06000009'])
    expect(icb.value).toEqual({ value: 30, count: 60, denominator: 200, missing: null }) // 60 of the 200 waiting
    expect(placing('E10000017', 'community_wait_speech_language_over_52_weeks_pct').value.value).toBe(5)
    expect(icb.nhsRegion?.value).toBe(15)
    expect(placing('E10000012', 'community_wait_speech_language_over_18_weeks_pct').value.missing).toMatch(/2 integrated care boards/)
  })

  it("says why councils formed after DfE's 2022 lookup have no NHS area", () => {
    expect(placing('E06000064', 'community_wait_speech_language_over_18_weeks_pct').value.missing).toMatch(
      /lookup .* 2022 geography, before Westmorland and Furness was formed from Cumbria/,
    )
  })
})
