// NHS figures over time on the real files: every month the tables hold is read (suspected autism
// waits from April 2019, children supported by mental health services in each 12 months to a month
// from March 2021, community health waiting lists January to October 2023), and England's and the
// NHS regions' figures reproduce the publisher's own England and regional tables (eng_*.csv,
// mentalhealth_reg.csv), which the site does not read: read here with papaparse.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadGeography } from '../../src/pipeline/geography/areas.ts'
import { nhsMeasuresFromSources } from '../../src/pipeline/health/from-sources.ts'
import { NHS_MEASURES } from '../../src/pipeline/metrics/registry.ts'
import { mirrorsFromEnv } from '../../src/pipeline/sources/fetch.ts'
import { readRealSources } from '../helpers/real-data.ts'

const g = loadGeography()
let nhs: ReturnType<typeof nhsMeasuresFromSources>

function csv(name: string): Array<Record<string, string>> {
  const text = readFileSync(join(mirrorsFromEnv()[0]!, 'dfe-inclusion-dashboard-prepared', name), 'utf8').replace(/^\uFEFF/, '')
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data
}
/** "31/03/2021" or "2021-03-31" -> "2021-03". */
const monthOf = (date: string) => (date.includes('/') ? `${date.slice(6, 10)}-${date.slice(3, 5)}` : date.slice(0, 7))
const measure = (id: string) => nhs.computed.find((m) => m.definition.id === id)!
const valueAt = (id: string, area: string, period: string) => measure(id).values.find((v) => v.area === area && v.period === period)

/** Every month from one to another: "2019-04" ... "2023-06". */
function monthsFrom(from: string, to: string): string[] {
  const out: string[] = []
  for (let [y, m] = from.split('-').map(Number) as [number, number]; ; [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1]) {
    out.push(`${y}-${String(m).padStart(2, '0')}`)
    if (out.at(-1) === to) return out
  }
}

beforeAll(async () => {
  nhs = nhsMeasuresFromSources(await readRealSources(), g, NHS_MEASURES)
})

describe('NHS figures over time', () => {
  it('hold every month the files hold, with none missing in between', () => {
    for (const m of nhs.computed) {
      const ids = m.periods.map((p) => p.id)
      const [from, to] = m.definition.id.startsWith('autism')
        ? ['2019-04', '2023-06']
        : m.definition.id.startsWith('cyp_mental')
          ? ['2021-03', '2023-08']
          : ['2023-01', '2023-10']
      expect(ids, m.definition.id).toEqual(monthsFrom(from, to))
    }
  })

  it("reproduce the publisher's England percentage waiting over 18 weeks, service by service, month by month, from the counts", () => {
    const services: Record<string, string> = {
      'Speech And Language': 'speech_language',
      'Community Paediatric Service': 'community_paediatrics',
      'Occupational Therapy': 'occupational_therapy',
      Audiology: 'audiology',
    }
    const rows = csv('eng_communityhealth.csv')
    expect(rows).toHaveLength(40)
    for (const r of rows) {
      const v = valueAt(`community_wait_${services[r.Therapy!]}_over_18_weeks_pct`, g.england.code, monthOf(r.formattedDate!))!
      expect(v.value!, `${r.Therapy} ${r.Date}`).toBeCloseTo(Number(r['Percentage waiting more than 18 weeks']), 9)
      expect(v.denominator, `${r.Therapy} ${r.Date}`).toBe(Number(r['Total waiting list']))
    }
  })

  it("give England's published suspected-autism percentage for every month and age group", () => {
    const ages: Record<string, string> = { 'Under 10': 'under_10', '10 to 17': '10_to_17', '18 to 24': '18_to_24' }
    const rows = csv('eng_autism.csv')
    expect(rows).toHaveLength(153)
    for (const r of rows) {
      const v = valueAt(`autism_referral_wait_over_13_weeks_${ages[r.PRIMARY_LEVEL!]}`, g.england.code, monthOf(r.REPORTING_PERIOD_END!))
      expect(v?.value, `${r.PRIMARY_LEVEL} ${r.REPORTING_PERIOD_END}`).toBe(Number(r.METRIC_VALUE))
    }
  })

  it("count England's and the NHS regions' children supported by mental health services as the publisher's own tables do", () => {
    const id = 'cyp_mental_health_supported_per_1000'
    const england = csv('eng_mentalhealth.csv').filter((r) => r.BREAKDOWN === 'England')
    expect(england).toHaveLength(30)
    for (const r of england)
      expect(valueAt(id, g.england.code, monthOf(r.REPORTING_PERIOD_END!))?.numerator, r.REPORTING_PERIOD_END).toBe(Number(r.MEASURE_VALUE))
    const regions = csv('mentalhealth_reg.csv')
    expect(regions.length).toBeGreaterThan(140)
    for (const r of regions) {
      const region = nhs.areas.regionByName(r.PRIMARY_LEVEL_DESCRIPTION!)!
      expect(region, r.PRIMARY_LEVEL_DESCRIPTION).toBeDefined()
      expect(valueAt(id, region.code, monthOf(r.REPORTING_PERIOD_END!))?.numerator, `${region.name} ${r.REPORTING_PERIOD_END}`).toBe(
        Number(r.MEASURE_VALUE),
      )
    }
  })
})
