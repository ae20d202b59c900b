// The labelled CSV downloads (src/site/csv.ts) from the site-data fixture: the lines above the
// table say what every row shares, and each row of the table is a value of the fixture's JSON, as
// rounded on the pages, with the reason where it is missing.
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { areaNamed, benchmarkOf, ENGLAND, index, measure, metricJson, NHS_MEASURE, nhsJson, valueOf } from './view-fixture.ts'
import { MISSING_REASONS, WITHHELD_CHANGE } from '../../src/contract/vocabulary.ts'
import { areaCsv, metricCsv, trendCsv } from '../../src/site/csv.ts'
import { area, areas, metric, metrics } from '../../src/site/site-data.ts'
import { areaTrend } from '../../src/site/trend.ts'

/** The lines above the table, and the table's rows by column name. */
function parse(csv: string): { lines: string[]; rows: Array<Record<string, string>> } {
  const [above, table] = csv.split('\n\n') as [string, string]
  const lines = Papa.parse<string[]>(above).data.map((r) => r[0]!)
  const rows = Papa.parse<Record<string, string>>(table, { header: true, skipEmptyLines: true }).data
  return { lines, rows }
}

const fixed = (x: number | null | undefined, decimals: number) => (x == null ? '' : x.toFixed(decimals))
const leeds = areaNamed('Leeds')

describe("an embed's figures (data.csv)", () => {
  it('hold a row for every value of each line of the chart, the area first', () => {
    const m = measure('ehcp_mainstream_pct')
    const { lines, rows } = parse(trendCsv(metric(m.id), areaTrend(metric(m.id), area(leeds.code)), 'https://example.org/la/leeds/'))
    expect(lines[0]).toBe(m.title)
    expect(lines.at(-1)).toBe('From the SEND and AP inclusion dashboard: https://example.org/la/leeds/')
    const expected = [leeds.code, leeds.regionCode!, ENGLAND.code].flatMap((code) =>
      m.periods.flatMap((p) => {
        const v = valueOf(code, m.id, p.id)
        return v ? [{ code, p: p.id, v }] : []
      }),
    )
    expect(rows).toHaveLength(expected.length)
    rows.forEach((row, i) => {
      const { code, p, v } = expected[i]!
      expect(row.area_code).toBe(code)
      expect(row.period).toBe(p)
      expect(row.value).toBe(fixed(v.value, m.decimals))
      expect(row.count).toBe(v.numerator === null ? '' : String(v.numerator))
      expect(row.out_of).toBe(v.denominator === null ? '' : String(v.denominator))
      expect(row.likely_range_low).toBe(fixed(v.ci95?.lower, m.decimals))
      expect(row.why_missing).toBe(v.value === null ? MISSING_REASONS[v.missing!] : '')
    })
    // Cumberland did not exist in the first periods: said in words, with no figure.
    const cumberland = areaNamed('Cumberland')
    const its = parse(trendCsv(metric(m.id), areaTrend(metric(m.id), area(cumberland.code)), '/')).rows[0]!
    expect([its.area, its.value, its.why_missing]).toEqual(['Cumberland', '', MISSING_REASONS.area_not_created])
  })
})

describe("a measure's figures (figures.csv)", () => {
  it('hold a row for every area and period the measure file has a value for', () => {
    const m = measure('neet_16_17_ehcp_pct')
    const { rows } = parse(metricCsv(metric(m.id), areas(), '/metric/neet_16_17_ehcp_pct/'))
    const values = metricJson(m.id).values
    expect(rows).toHaveLength(values.length)
    const byKey = new Map(values.map((v) => [`${v.area}|${v.period}`, v]))
    for (const row of rows) {
      const v = byKey.get(`${row.area_code}|${row.period}`)!
      expect(row.area).toBe(index.areas.find((a) => a.code === v.area)!.name)
      expect(row.value).toBe(fixed(v.value, m.decimals))
      expect(row.why_missing).toBe(v.value === null ? MISSING_REASONS[v.missing!] : '')
    }
    // A missing value is never written as a zero.
    const city = rows.find((r) => r.area === 'City of London' && r.period === m.latest)!
    expect([city.value, city.why_missing]).toEqual(['', MISSING_REASONS.area_not_in_source])
  })
})

describe("an LA's measures (measures.csv)", () => {
  it("gives each measure's latest figure beside England, the region, similar areas, its rank and the change", () => {
    const { rows } = parse(areaCsv(area(leeds.code), metrics(), { own: '/la/leeds/', sources: '/data/sources/' }))
    const m = measure('ehcp_special_pct')
    const own = rows.filter((r) => r.measure_id === m.id)
    expect(own.map((r) => r.period)).toEqual([m.latest])
    const latest = own[0]!
    const b = benchmarkOf(leeds.code, m.id)!
    const previous = b.previous!
    expect(latest.change_since).toBe(m.periods.find((p) => p.id === previous.from)!.label)
    expect(latest.change).toBe(previous.change === null ? WITHHELD_CHANGE[previous.withheld] : fixed(previous.change, m.decimals))
    expect(latest.figure_for).toBe('Leeds')
    expect(latest.value).toBe(fixed(b.value, m.decimals))
    expect(latest.england).toBe(fixed(b.england, m.decimals))
    expect(latest.region_or_nhs_region).toBe(fixed(b.region, m.decimals))
    expect(latest.similar_areas_average).toBe(fixed(b.neighbours!.mean, m.decimals))
    expect([latest.rank_from_highest, latest.ranked_las]).toEqual([String(b.rank!.rank), String(b.rank!.of)])
    expect(latest.source_ids).toBe(m.sources.join(' '))
  })

  it("gives an NHS measure's latest figure as the NHS area's, named in figure_for", () => {
    const { rows } = parse(areaCsv(area(leeds.code), metrics(), { own: '/la/leeds/', sources: '/data/sources/' }))
    const placed = nhsJson[leeds.code]!.nhs_icb.area!
    const nhsArea = index.areas.find((a) => a.code === placed)!
    const nhs = rows.filter((r) => r.measure_id === NHS_MEASURE.id)
    expect(nhs.map((r) => r.period)).toEqual([NHS_MEASURE.latest])
    for (const r of nhs) {
      expect(r.figure_for).toBe(nhsArea.name)
      expect(r.value).toBe(fixed(valueOf(placed, NHS_MEASURE.id, r.period)!.value, NHS_MEASURE.decimals))
    }
  })

  it('says why an LA placed in no NHS area has no NHS figure, in one row', () => {
    const cumberland = areaNamed('Cumberland')
    const { rows } = parse(areaCsv(area(cumberland.code), metrics(), { own: '/la/cumberland/', sources: '/data/sources/' }))
    const nhs = rows.filter((r) => r.measure_id === NHS_MEASURE.id)
    expect(nhs).toHaveLength(1)
    expect(nhs[0]!.period).toBe(NHS_MEASURE.latest)
    expect(nhs[0]!.value).toBe('')
    expect(nhs[0]!.why_missing).toBe(nhsJson[cumberland.code]!.nhs_icb.reason)
  })
})
