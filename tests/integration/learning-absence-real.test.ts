// Absence, learning and exclusions measures added from DfE's Inclusion Dashboard tables, LAIT and
// the Data to Insight extracts, on the real files: DfE's own LA figures reproduced LA by LA (the
// counts are printed), the two absence sources compared where both give a year, part years never
// compared with whole years, LAIT's scores shown as published, and each reason for a measure the
// site does not show checked against the files.
import { beforeAll, describe, expect, it } from 'vitest'
import { laBenchmarkAreas, benchmarkMetric } from '../../src/pipeline/benchmarks/benchmarks.ts'
import { loadGeography } from '../../src/pipeline/geography/areas.ts'
import { resolveCode, resolveOldLaCode } from '../../src/pipeline/geography/harmonise.ts'
import { METRICS, metricById, type MetricId } from '../../src/pipeline/metrics/registry.ts'
import { NOT_SHOWN } from '../../src/pipeline/metrics/registry/not-shown.ts'
import { readCsvFile } from '../../src/pipeline/files/csv-file.ts'
import { readObservations, type ObservationSpec } from '../../src/pipeline/read/formats.ts'
import type { ReadAll } from '../../src/pipeline/read/read-sources.ts'
import { OBSERVATION_SPECS } from '../../src/pipeline/read/specs.ts'
import { loadRegistry } from '../../src/pipeline/sources/registry.ts'
import { realMetrics, type RealMetrics } from '../helpers/real-data.ts'

const g = loadGeography()
let data: ReadAll
let metric: RealMetrics['metric']
beforeAll(async () => {
  ;({ read: data, metric } = await realMetrics())
})
const isLa = (code: string) => ['la', 'former_la'].includes(g.byCode.get(code)?.type ?? '')
/** A table of a CSV by its column names. */
function rowsOf(source: string): Array<Record<string, string>> {
  const t = readCsvFile(data.paths.get(source)!)
  return t.rows.map(({ cells }) => Object.fromEntries(t.header.map((h, i) => [h, cells[i]!.trim()])))
}

/** DfE's own figure for each LA and period, against the site's: how many match to DfE's rounding. */
interface Reproduction {
  figures: number
  match: number
  differ: string[]
  /** DfE gives no figure (a suppression symbol); the site then has none either. */
  noDfeFigure: number
}
function reproduce(id: MetricId, dfe: ReadonlyMap<string, number | null>, decimals: number): Reproduction {
  const site = new Map(metric(id).values.map((v) => [`${v.area}|${v.period}`, v]))
  const out: Reproduction = { figures: 0, match: 0, differ: [], noDfeFigure: 0 }
  for (const [key, value] of dfe) {
    const v = site.get(key)
    if (value === null) {
      out.noDfeFigure++
      expect(v?.value ?? null, `${id} ${key}: DfE gives no figure`).toBeNull()
      continue
    }
    out.figures++
    if (v?.value != null && Math.abs(v.value - value) <= 0.5 * 10 ** -decimals + 1e-9) out.match++
    else out.differ.push(`${key}: DfE ${value}, site ${v?.value ?? v?.missing ?? 'none'}`)
  }
  return out
}
const report = (id: string, what: string, r: Reproduction) =>
  console.log(
    `${id} (${what}): ${r.figures} LA figures, ${r.match} equal to DfE's to its rounding, ${r.differ.length} differ${r.noDfeFigure ? `; ${r.noDfeFigure} with no DfE figure (suppressed), none on the site either` : ''}`,
  )

/** A percentage column of a name-keyed prepared table, read with the site's spec for the file's rows and areas. */
async function preparedColumn(source: string, column: string, rows: Readonly<Record<string, string>>): Promise<Map<string, number | null>> {
  const spec = OBSERVATION_SPECS[source]!
  if (spec.format !== 'dfe-prepared') throw new Error(`${source} is not a prepared table`)
  const input = { sourceId: source, path: data.paths.get(source)!, displayName: source, geography: g }
  const read = await readObservations(input, { ...spec, measures: { [column]: 'score' } } as ObservationSpec)
  const wanted = Object.entries(rows).map(([k, v]) => `${k}=${v}`)
  return new Map(
    read.observations
      .filter((o) => isLa(o.areaCode) && wanted.every((w) => o.breakdown.split('|').includes(w)))
      .map((o) => [`${o.areaCode}|${o.period}`, o.value]),
  )
}

describe("DfE's Inclusion Dashboard measures, reproduced LA by LA for the same periods", () => {
  const GROUPS = { ehcp: 'EHCP or Statement', sen_support: 'SEN support', no_sen: 'No SEN', all_sen: 'All SEN' } as const
  it.each(
    (['Overall', 'Unauthorised'] as const).flatMap((measure) =>
      (Object.keys(GROUPS) as Array<keyof typeof GROUPS>).map((group) => [measure, group] as const),
    ),
  )("absence %s, %s: every LA figure 2016/17 to 2022/23 equals DfE's (two decimals)", (measure, group) => {
    // Straight from the CSV, by LA code: not through the site's reader.
    const dfe = new Map<string, number | null>()
    for (const r of rowsOf('prepared-absence')) {
      if (r.geographic_level !== 'Local authority' || r.characteristic !== GROUPS[group] || r['Absence measure'] !== measure) continue
      const area = resolveCode(g, r.new_la_code!)!.area.code
      dfe.set(`${area}|${r.time_period}`, r.Percentage === '' ? null : Number(r.Percentage))
    }
    const id = `${measure === 'Overall' ? 'overall' : 'unauthorised'}_absence_${group}` as MetricId
    const r = reproduce(id, dfe, 2)
    report(id, `absence ${measure.toLowerCase()}, autumn and spring terms`, r)
    expect(r.figures).toBeGreaterThan(900)
    expect(r.differ).toEqual([])
  })

  it.each([
    ['phonics_expected_all_sen', 'prepared-ks1-phonics', 'Percent meeting expected standards in Y1', { characteristic: 'All SEN' }, 1, 900],
    ['phonics_expected_all_sen', 'prepared-ks1-phonics', 'pt_phonics_y1_met_expected_standard', { characteristic: 'All SEN' }, 0, 900],
    ['ks2_rwm_expected_all_sen', 'prepared-ks2-attainment', 'Percent meeting expected standard', { characteristic: 'All SEN' }, 1, 450],
    ['ks2_rwm_expected_all_sen', 'prepared-ks2-attainment', 'pt_rwm_met_expected_standard', { characteristic: 'All SEN' }, 0, 450],
    ['eyfs_good_development_all_sen', 'prepared-eyfsp', 'gld_percentage', { characteristic_type: 'All SEN' }, 1, 150],
    ['attainment8_any_sen', 'prepared-ks4-attainment', 'avg_att8', { characteristic_sen_description: 'Any SEN' }, 1, 750],
  ] as const)('%s against %s %s', async (id, source, column, rows, decimals, least) => {
    const r = reproduce(id, await preparedColumn(source, column, rows), decimals)
    report(id, `${source} ${column}`, r)
    expect(r.figures).toBeGreaterThanOrEqual(least)
    expect(r.differ).toEqual([])
  })
})

describe('absence by SEN status: England, the regions and the two sources', () => {
  it("England's and the regions' figures: DfE's regional table agrees with its LA table's England and regional rows", () => {
    const table = rowsOf('prepared-absence')
    const regional = rowsOf('prepared-absence-regions')
    const key = (r: Record<string, string>, area: string) => `${r.time_period}|${area}|${r.characteristic}|${r['Absence measure']}`
    const fromTable = new Map(
      table
        .filter((r) => r.geographic_level !== 'Local authority')
        .map((r) => [key(r, r.geographic_level === 'National' ? 'England' : r.region_name!), r.Percentage]),
    )
    let same = 0
    const differ: string[] = []
    for (const r of regional) {
      const other = fromTable.get(key(r, r.region_name!))
      if (other === undefined) continue // London: the LA table has Inner and Outer London instead
      if (Number(other) === Number(r.Percentage)) same++
      else differ.push(`${key(r, r.region_name!)}: ${r.Percentage} against ${other}`)
    }
    expect(differ).toEqual([])
    expect(same).toBe(648) // 9 areas (England and 8 regions) x 6 years x 4 groups x 3 measures
    console.log(`absence: ${same} England and regional figures the same in both of DfE's tables; London only in the regional one`)
  })

  it('a parent sees an England figure: England and every region have overall absence for each SEN group to 2022/23', () => {
    for (const id of [
      'overall_absence_ehcp',
      'overall_absence_sen_support',
      'overall_absence_no_sen',
      'overall_absence_all_sen',
    ] as const) {
      const m = metric(id)
      for (const area of [g.england, ...g.regions])
        for (const p of ['201617', '201718', '201819', '202021', '202122', '202223'])
          expect(m.values.find((v) => v.area === area.code && v.period === p)?.value, `${id} ${area.name} ${p}`).not.toBeNull()
    }
  })

  it("where both give a year, the extract's whole-year figures differ from DfE's autumn-and-spring ones as the caveat says", () => {
    const overlap = data.observations.filter(
      (o) =>
        o.source === 'd2i-absence-by-sen' &&
        o.measure === 'sess_overall_percent' &&
        o.breakdown.startsWith('education_phase=Total|') &&
        o.value !== null,
    )
    const prepared = new Map(
      data.observations
        .filter((o) => o.source === 'prepared-absence' && o.breakdown.endsWith('Absence measure=Overall') && isLa(o.areaCode))
        .map((o) => [`${o.areaCode}|${o.period}|${o.breakdown.split('|')[0]}`, o.value]),
    )
    const NAMES: Record<string, string> = { 'EHC plan': 'EHCP or Statement', 'SEN support': 'SEN support', 'No SEN': 'No SEN' }
    const diffs: Array<{ period: string; group: string; d: number }> = []
    for (const o of overlap) {
      const group = o.breakdown.split('send_category=')[1]!
      const dfe = prepared.get(`${o.areaCode}|${o.period}|characteristic=${NAMES[group]}`)
      if (dfe == null) continue
      diffs.push({ period: o.period, group, d: o.value! - dfe })
    }
    const agree = diffs.filter((x) => Math.abs(x.d) <= 0.005 + 1e-9).length
    const notCovid = diffs.filter((x) => x.period !== '202021')
    const covidPlans = diffs.filter((x) => x.period === '202021' && x.group === 'EHC plan')
    const mean = covidPlans.reduce((s, x) => s + x.d, 0) / covidPlans.length
    console.log(
      `absence sources: ${diffs.length} LA figures in both, ${agree} equal to two decimals; outside 2020/21 ${notCovid.filter((x) => Math.abs(x.d) < 0.5).length} of ${notCovid.length} within half a point; 2020/21, EHC plan: the extract ${mean.toFixed(2)} points on average`,
    )
    // The words of the caveat ABSENCE_SOURCES_DIFFER.
    expect([diffs.length, agree]).toEqual([1821, 16])
    expect(notCovid.filter((x) => Math.abs(x.d) < 0.5).length / notCovid.length).toBeGreaterThan(0.95)
    expect(mean).toBeCloseTo(-1.4, 1)
    expect(metricById('overall_absence_ehcp')!.caveats.join(' ')).toContain('only 16 of 1,821')
  })
})

describe('part years are labelled as such and compared like with like', () => {
  it('the autumn-and-spring figures carry their own kind of period', () => {
    const kinds = (id: MetricId) => metric(id).periods.map((p) => `${p.id} ${p.kind}`)
    expect(kinds('overall_absence_ehcp')).toEqual([
      '201617 autumn_spring',
      '201718 autumn_spring',
      '201819 autumn_spring',
      '202021 autumn_spring',
      '202122 autumn_spring',
      '202223 autumn_spring',
      '202324 academic_year',
      '202425 autumn_spring',
    ])
    expect(kinds('persistent_absence_ehcp').at(-1)).toBe('202425 autumn_spring')
    expect(kinds('persistent_absence_ehcp').at(-2)).toBe('202324 academic_year')
    expect(new Set(metric('ap_school_persistent_absence_pct').periods.map((p) => p.kind))).toEqual(new Set(['autumn_spring']))
  })

  it('no change, in any measure, compares a part of a year with a whole year', () => {
    let changes = 0
    let partYear = 0
    for (const def of METRICS) {
      const m = metric(def.id)
      const kindOf = new Map(m.periods.map((p) => [p.id, p.kind]))
      const { benchmarks } = benchmarkMetric(m, laBenchmarkAreas(g), new Map())
      for (const b of benchmarks)
        for (const c of [b.previous, b.fiveYears]) {
          if (c?.change == null) continue
          changes++
          if (kindOf.get(b.period) === 'autumn_spring') partYear++
          expect(kindOf.get(c.from), `${def.id} ${b.area} ${c.from} -> ${b.period}`).toBe(kindOf.get(b.period))
        }
    }
    console.log(
      `changes: ${changes} given, ${partYear} of them between autumn-and-spring figures; none between a part year and a whole year`,
    )
    expect(partYear).toBeGreaterThan(1000)
  })
})

describe("LAIT's scores, shown as published", () => {
  it.each([
    ...['SEN', 'SENSupport', 'NonSEN'].flatMap((lait, i) =>
      ['reading', 'writing', 'maths'].map(
        (s) =>
          [
            `ks2_progress_${s}_${['ehcp', 'sen_support', 'no_sen'][i]}`,
            `KS2_${lait}_${s[0]!.toUpperCase()}${s.slice(1)}_Progress`,
          ] as const,
      ),
    ),
    ...['SEN', 'SENSupport', 'NonSEN'].map(
      (lait, i) => [`ebacc_points_${['ehcp', 'sen_support', 'no_sen'][i]}`, `EngBacAvgPointScore${lait}`] as const,
    ),
  ])("%s: every LA figure is LAIT's %s", (id, measure) => {
    const site = new Map(metric(id as MetricId).values.map((v) => [`${v.area}|${v.period}`, v.value]))
    let compared = 0
    for (const r of rowsOf('lait-send')) {
      if (r['Short Desc'] !== measure || r.Values === '-') continue
      const area = resolveOldLaCode(g, r['LA Number']!.replace(/\.0$/, ''))
      if (!area || !isLa(area.area.code)) continue
      const year = Number(r.Years)
      const period = `${year - 1}${String(year % 100).padStart(2, '0')}`
      expect(site.get(`${area.area.code}|${period}`), `${id} ${area.area.name} ${period}`).toBe(Number(r.Values))
      compared++
    }
    expect(compared).toBeGreaterThan(600)
  })

  it("exclusions of children in need: LAIT's years are the school years of the exclusions (the dip of the COVID-19 closures falls in 2019/20 and 2020/21)", () => {
    for (const id of ['cin_suspended_pct', 'looked_after_suspended_pct'] as const) {
      const england = new Map<string, number>(
        metric(id)
          .values.filter((v) => v.area === g.england.code)
          .map((v) => [v.period, v.value!]),
      )
      const before = england.get('201819')!
      const after = england.get('202122')!
      for (const closed of ['201920', '202021']) {
        expect(england.get(closed)!, `${id} ${closed}`).toBeLessThan(before)
        expect(england.get(closed)!, `${id} ${closed}`).toBeLessThan(after)
      }
    }
  })
})

describe('measures the site does not show: each reason holds in the files', () => {
  const registered = new Set(loadRegistry().map((s) => s.id))
  it('names registered sources only', () => {
    for (const s of NOT_SHOWN) for (const id of s.sources) expect(registered.has(id), `${s.what}: ${id}`).toBe(true)
  })

  it('absence by primary need: the extract\'s "SEN primary need" rows are all for pupils with no SEN, naming no need', () => {
    const rows = rowsOf('d2i-absence-by-sen').filter((r) => r.send_detail_display === 'SEN primary need')
    expect(rows.length).toBeGreaterThan(10000)
    expect(new Set(rows.map((r) => `${r.send_category}|${r.sen_type_label}`))).toEqual(new Set(['No SEN|']))
  })

  it('exclusions by primary need: the extract has no column for it', () => {
    const header = readCsvFile(data.paths.get('d2i-exclusions-by-sen')!).header
    expect(header.filter((h) => /need|sen_type|detail/i.test(h))).toEqual([])
  })

  it("DfE's absence table has overall, authorised and unauthorised absence only, and authorised is overall minus unauthorised", () => {
    const rows = rowsOf('prepared-absence')
    expect(new Set(rows.map((r) => r['Absence measure']))).toEqual(new Set(['Overall', 'Authorised', 'Unauthorised']))
    const byKey = new Map<string, Record<string, number>>()
    for (const r of rows) {
      const k = `${r.time_period}|${r.geographic_level}|${r.region_name}|${r.new_la_code}|${r.characteristic}`
      byKey.set(k, { ...byKey.get(k), [r['Absence measure']!]: Number(r.Percentage) })
    }
    // Each is rounded to two decimals on its own: the sum may be off by a unit of the last decimal.
    const off = [...byKey].filter(([, m]) => Math.abs(m.Overall! - m.Authorised! - m.Unauthorised!) > 0.011)
    expect(byKey.size).toBeGreaterThan(3800)
    expect(off).toEqual([])
  })

  it('LAIT: the multiplication tables check for the SEN groups only, and suspensions only for children looked after', () => {
    const measures = new Set(rowsOf('lait-send').map((r) => r['Short Desc']!))
    expect([...measures].filter((m) => m.startsWith('Multiplication')).sort()).toEqual([
      'Multiplication_AllSEND',
      'Multiplication_EHCP',
      'Multiplication_SENDSupport',
    ])
    expect([...measures].filter((m) => /^LAC/.test(m) && /ex/i.test(m))).toEqual(['LAC_Fixed_ Ex'])
  })

  it('in special schools, few areas have absence figures for pupils on SEN support or with no SEN', () => {
    const rows = rowsOf('d2i-absence-by-sen').filter(
      (r) => r.education_phase === 'Special' && r.send_detail_display === 'SEN provision' && r.metric === 'enrolments_pa_10_exact_percent',
    )
    const count = (group: string) => rows.filter((r) => r.send_category === group).length
    expect([count('EHC plan'), count('SEN support'), count('No SEN')]).toEqual([895, 723, 62])
    expect(NOT_SHOWN.some((s) => s.why.includes('895 area-years for them, 723 for pupils on SEN support and 62'))).toBe(true)
  })
})
