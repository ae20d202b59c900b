// DfE's SEND and AP Inclusion Dashboard prototype shows these measures from its prepared tables.
// For each measure the site adds from them, every LA value DfE's table gives is set against the
// site's value for the same LA and period, LA by LA: equal to the decimals DfE prints, or a
// difference whose reason is listed here and said on the measure's page (a caveat or the missing
// figure's reason). Any other difference fails. The counts are printed for the record. England's
// and the regions' values are checked the same way where DfE's tables give them.
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadGeography } from '../../src/pipeline/geography/areas.ts'
import { computeMetric } from '../../src/pipeline/metrics/compute.ts'
import { seriesOf, type MetricDefinition } from '../../src/pipeline/metrics/definition.ts'
import { metricById, type MetricId } from '../../src/pipeline/metrics/registry.ts'
import { ObservationIndex } from '../../src/pipeline/metrics/series.ts'
import { readCsvFile } from '../../src/pipeline/files/csv-file.ts'
import { readObservations, type ObservationSpec } from '../../src/pipeline/read/formats.ts'
import type { Observation } from '../../src/pipeline/read/observation.ts'
import { readPreparedTable, type PreparedTableSpec } from '../../src/pipeline/read/prepared-table.ts'
import type { ReadAll } from '../../src/pipeline/read/read-sources.ts'
import { OBSERVATION_SPECS } from '../../src/pipeline/read/specs.ts'
import { mirrorsFromEnv } from '../../src/pipeline/sources/fetch.ts'
import { MISSING_REASONS } from '../../src/contract/vocabulary.ts'
import type { MetricValue } from '../../src/contract/schemas.ts'
import { readRealSources } from '../helpers/real-data.ts'

const g = loadGeography()
let data: ReadAll
let index: ObservationIndex
beforeAll(async () => {
  data = await readRealSources()
  index = new ObservationIndex(data.observations)
})

/** A table of DfE's prototype: a registered source the build reads, or a file of the mirror it does not. */
type Table = { source: string } | { mirrorPath: string; spec: PreparedTableSpec }

/** Why the site's value differs from DfE's, in words the measure's page says; undefined: not a known reason. */
type Explain = (site: MetricValue | undefined, dfe: number) => string | undefined

interface Check {
  metric: MetricId
  table: Table
  column: string
  rows: Readonly<Record<string, string>>
  explain?: Explain
}

/** Reasons the site says in a missing figure's words. */
const withheld: Explain = (site) => (site?.value === null && site.missing ? MISSING_REASONS[site.missing] : undefined)
/** DfE's table gives 0 for a spending return that was not made; the site says it is not available. */
const unreturned: Explain = (site, dfe) =>
  dfe === 0 && site?.missing === 'not_available' ? 'such zeros are shown as not available' : withheld(site, dfe)
/** The site's value comes from LAIT, which carries DfE's later figures for the same statistics (or none, "-"). */
const laitLater =
  (words: string): Explain =>
  (site, dfe) =>
    !site?.sources.includes('lait-send') ? undefined : site.value === null ? withheld(site, dfe) : words

const ACADEMIC = { column: 'time_period', writes: 'academic-year' } as const
const CIN_TABLE: Table = {
  mirrorPath: 'dfe-inclusion-dashboard-prepared/cin_la.csv',
  spec: {
    format: 'dfe-prepared',
    measures: { 'Percentage of children': 'percent' },
    period: ACADEMIC,
    geography: {
      level: 'geographic_level',
      laName: 'la_name',
      laCode: 'new_la_code',
      regionName: 'region_name',
      regionCode: 'region_code',
    },
    breakdownColumns: ['social_care_group', 'SEN Provision'],
  },
}

/** DfE's England and regional rows of a table, as a check of the site's England and regional values. */
const englandTable = (mirrorPath: string, spec: PreparedTableSpec): Table => ({ mirrorPath, spec })
const ENG_CIN = englandTable('dfe-inclusion-dashboard-prepared/eng_cin.csv', (CIN_TABLE as { spec: PreparedTableSpec }).spec)
const ENG_MAINSTREAM = englandTable('dfe-inclusion-dashboard-prepared/eng_mainstream_with_sen.csv', {
  format: 'dfe-prepared',
  measures: { '% of pupils': 'percent' },
  period: ACADEMIC,
  geography: { level: 'geographic_level', laName: 'la_name', regionName: 'region_name' },
  breakdownColumns: ['SEN provision'],
})

const KS4 = { ehcp: 'EHC plan or Statement', sen_support: 'SEN support', all_sen: 'Identified SEN', no_sen: 'No identified SEN' } as const
const KS4_TYPES = {
  school_sixth_form: 'ssf',
  sixth_form_college: 'sfc',
  further_education: 'fe',
  apprenticeship: 'appren',
  employment: 'all_work',
  unknown: 'all_unknown',
} as const
const ks4 = (metric: MetricId, group: keyof typeof KS4, destination: string, explain?: Explain): Check => ({
  metric,
  table: { source: 'prepared-ks4-destinations' },
  column: '% of pupils',
  rows: { characteristic: KS4[group], destination_raw: destination },
  ...(explain ? { explain } : {}),
})

const POST_16_18 = {
  sen: 'Identified SEN (mainstream)',
  no_sen: 'No identified SEN',
  lldd: 'Identified LLDD (mainstream)',
  no_lldd: 'No identified LLDD',
} as const
const d1618 = (metric: MetricId, group: keyof typeof POST_16_18, destination: string): Check => ({
  metric,
  table: { source: 'prepared-destinations-16-18' },
  column: '% of pupils',
  rows: { characteristic: POST_16_18[group], destination_raw: destination },
})

const CARE_GROUPS = {
  children_in_need: 'CINO at 31 March',
  child_protection_plan: 'CPPO at 31 March',
  looked_after: 'CLA 12 months at 31 March',
}
const CARE_PROVISION = { ehcp: 'EHC plan', sen_support: 'SEN support', all_sen: 'All SEN' } as const
const care = (group: keyof typeof CARE_GROUPS, provision: keyof typeof CARE_PROVISION, table: Table): Check => ({
  metric: `${group}_${provision}_pct` as MetricId,
  table,
  column: 'Percentage of children',
  rows: { social_care_group: CARE_GROUPS[group], 'SEN Provision': CARE_PROVISION[provision] },
  explain: laitLater('later releases revise them'),
})
const MAINSTREAM = { ehcp: 'EHC plan', sen_support: 'SEN support', all_sen: 'All SEN' } as const

const spendPart = (metric: MetricId, category: string): Check[] =>
  ['prepared-specialist-spend', 'prepared-specialist-spend-regions', 'prepared-specialist-spend-england'].map((source) => ({
    metric,
    table: { source },
    column: 'Spend per head',
    rows: { category },
    explain: unreturned,
  }))

const CHECKS: readonly Check[] = [
  // After key stage 4: the prototype's headline (not sustained) for each SEN group and all SEN,
  // destinations by type, and the share sustained for all SEN (which the site takes from LAIT).
  ...(Object.keys(KS4) as Array<keyof typeof KS4>).map((g) => ks4(`ks4_not_sustained_${g}`, g, 'all_notsust')),
  ...(['ehcp', 'all_sen'] as const).flatMap((g) =>
    (Object.keys(KS4_TYPES) as Array<keyof typeof KS4_TYPES>).map((t) => ks4(`ks4_destination_${t}_${g}`, g, KS4_TYPES[t])),
  ),
  ks4('ks4_sustained_destination_all_sen', 'all_sen', 'overall', laitLater("differ from those of DfE's Inclusion Dashboard table")),
  // After 16-18 study.
  ...(['sen', 'no_sen', 'lldd', 'no_lldd'] as const).map((g) => d1618(`destination_16_18_sustained_${g}`, g, 'overall')),
  ...(['lldd', 'no_lldd'] as const).map((g) => d1618(`destination_16_18_not_sustained_${g}`, g, 'all_notsust')),
  d1618('destination_16_18_higher_education_lldd', 'lldd', 'he'),
  d1618('destination_16_18_further_education_lldd', 'lldd', 'fe'),
  d1618('destination_16_18_apprenticeship_lldd', 'lldd', 'appren'),
  d1618('destination_16_18_employment_lldd', 'lldd', 'all_work'),
  // Children in need, on a protection plan and looked after, by SEN provision (all SEN for children
  // in need; for the other two groups the site shows its parts): DfE's LA table and its England and
  // regional one.
  ...[CIN_TABLE, ENG_CIN].flatMap((table) =>
    (Object.keys(CARE_GROUPS) as Array<keyof typeof CARE_GROUPS>).flatMap((group) =>
      (Object.keys(CARE_PROVISION) as Array<keyof typeof CARE_PROVISION>)
        .filter((p) => p !== 'all_sen' || group === 'children_in_need')
        .map((p) => care(group, p, table)),
    ),
  ),
  // Pupils with SEN in mainstream schools.
  ...[{ source: 'prepared-mainstream-pupils' }, ENG_MAINSTREAM].flatMap((table) =>
    (Object.keys(MAINSTREAM) as Array<keyof typeof MAINSTREAM>).map((g): Check => ({
      metric: `mainstream_pupils_${g}_pct`,
      table,
      column: '% of pupils',
      rows: { 'SEN provision': MAINSTREAM[g] },
    })),
  ),
  // Spending on special school and AP places per head, state and independent or non-maintained.
  ...spendPart('specialist_place_spend_state_per_head', 'State'),
  ...spendPart('specialist_place_spend_independent_per_head', 'Independent or non-maintained'),
]

/** DfE's table read as observations: the registered spec (without the rules that withhold figures), or the check's own. */
async function readTable(table: Table, column: string): Promise<Observation[]> {
  if ('mirrorPath' in table) {
    const path = join(mirrorsFromEnv()[0]!, table.mirrorPath)
    return readPreparedTable({ sourceId: table.mirrorPath, path, displayName: table.mirrorPath, geography: g }, table.spec).observations
  }
  const spec = OBSERVATION_SPECS[table.source]!
  if (spec.format !== 'dfe-prepared') throw new Error(`${table.source}: not a prepared table`)
  const { zeroIsMissing: _z, incompleteReturns: _i, keep: _k, ...rest } = spec
  const input = { sourceId: table.source, path: data.paths.get(table.source)!, displayName: table.source, geography: g }
  return (await readObservations(input, { ...rest, measures: { [column]: 'score' } } as ObservationSpec)).observations
}

const matches = (o: Observation, rows: Check['rows']) => {
  const filters = new Map(o.breakdown.split('|').map((kv) => kv.split('=') as [string, string]))
  return Object.entries(rows).every(([k, v]) => filters.get(k) === v)
}
/**
 * Half a unit of the last decimal DfE prints, but no finer than two decimals beyond those the page
 * shows: DfE prints spending per head to 15 figures, worked out from amounts it then rounded.
 */
const decimalsOf = (v: number) => (String(v).split('.')[1] ?? '').length
const tolerance = (v: number, shown: number) => 0.5 * 10 ** -Math.min(decimalsOf(v), shown + 2) + 1e-9

/** Values DfE gives (area and period): how many, how many equal, and the others by listed reason. */
interface Counts {
  compared: number
  equal: number
  reasons: Map<string, number>
}
const counts = (): Counts => ({ compared: 0, equal: 0, reasons: new Map() })

interface Outcome {
  la: Counts
  /** England and the regions. */
  wider: Counts
  unexplained: string[]
  /** Rows where neither DfE nor the site has a figure. */
  neither: number
  periods: Set<string>
}

const computed = new Map<string, Map<string, MetricValue>>()
function siteValues(def: MetricDefinition): Map<string, MetricValue> {
  let values = computed.get(def.id)
  if (!values) computed.set(def.id, (values = new Map(computeMetric(def, index, g).values.map((v) => [`${v.area}|${v.period}`, v]))))
  return values
}

async function reproduce(check: Check): Promise<Outcome> {
  const def = metricById(check.metric)!
  const values = siteValues(def)
  const rows = (await readTable(check.table, check.column)).filter((o) => o.measure === check.column && matches(o, check.rows))
  const available = [...new Map(rows.map((o) => [`${o.periodKind}:${o.period}`, { period: o.period, periodKind: o.periodKind }])).values()]
  // The metric's own period map (every series of a metric maps a source's periods the same way).
  const periods = seriesOf(def)[0]!.periods
  const out: Outcome = { la: counts(), wider: counts(), unexplained: [], neither: 0, periods: new Set() }
  for (const o of rows) {
    for (const p of periods(o, available)) {
      const site = values.get(`${o.areaCode}|${p.id}`)
      const isLa = o.areaType === 'la' || o.areaType === 'former_la'
      if (o.value === null) {
        if (site?.value == null) out.neither++
        else if (isLa) out.unexplained.push(`${o.areaCode} ${p.id}: DfE has no figure, the site ${site.value}`)
        continue
      }
      const equal = site?.value != null && Math.abs(site.value - o.value) <= tolerance(o.value, def.decimals)
      const counts = isLa ? out.la : out.wider
      counts.compared++
      out.periods.add(p.id)
      if (equal) {
        counts.equal++
        continue
      }
      const why = check.explain?.(site, o.value)
      const page = [...def.caveats, ...(site?.missing ? [MISSING_REASONS[site.missing]] : [])]
      if (why === undefined || !page.some((text) => text.includes(why)))
        out.unexplained.push(`${o.areaCode} ${p.id}: DfE ${o.value}, site ${site?.value ?? site?.missing ?? 'no row'}`)
      else counts.reasons.set(why, (counts.reasons.get(why) ?? 0) + 1)
    }
  }
  return out
}

const report: string[] = []

describe("DfE's Inclusion Dashboard values, reproduced LA by LA from its prepared tables", () => {
  it.each(CHECKS.map((c) => [`${c.metric} (${Object.values(c.rows).join(', ')})`, c] as const))('%s', async (_, check) => {
    const r = await reproduce(check)
    expect(r.unexplained, 'differences with no listed reason').toEqual([])
    expect(r.la.compared + r.wider.compared, 'values compared').toBeGreaterThan(0)
    const said = (c: Counts) =>
      `${c.equal} equal, ${c.compared - c.equal} differ${c.reasons.size ? ` (${[...c.reasons].map(([why, n]) => `${n}: ${why}`).join('; ')})` : ''}`
    const table = 'source' in check.table ? check.table.source : check.table.mirrorPath
    const parts = [
      ...(r.la.compared ? [`${r.la.compared} LA values, ${said(r.la)}`] : []),
      ...(r.neither ? [`${r.neither} without a figure in either`] : []),
      ...(r.wider.compared ? [`England and regions: ${r.wider.compared} values, ${said(r.wider)}`] : []),
    ]
    report.push(`${check.metric} from ${table}, ${[...r.periods].sort().join(' ')}: ${parts.join('; ')}`)
  })

  it('prints the counts', () => {
    expect(report.length).toBe(CHECKS.length)
    console.log(`DfE prototype values reproduced:\n  ${report.join('\n  ')}`)
  })
})

/** A site value by measure, area and period (null where there is none). */
const site = (id: MetricId, area: string, period: string): number | null =>
  siteValues(metricById(id)!).get(`${area}|${period}`)?.value ?? null
const LA_CODES = () => [...g.las, ...g.former].map((a) => a.code)

describe("the prototype's groups add up as DfE's own figures do", () => {
  it('after key stage 4, all SEN lies between the EHC plan and SEN support groups, of which it is the weighted average', () => {
    let checked = 0
    for (const [measure, periods] of [
      ['ks4_not_sustained', ['201819', '201920', '202021', '202122']],
      ['ks4_sustained_destination', ['201718', '201819', '201920', '202021', '202122', '202223', '202324']],
    ] as const) {
      for (const period of periods)
        for (const area of [g.england.code, ...g.regions.map((r) => r.code), ...LA_CODES()]) {
          const ehcp = site(`${measure}_ehcp`, area, period)
          const support = site(`${measure}_sen_support`, area, period)
          const all = site(`${measure}_all_sen`, area, period)
          if (ehcp === null || support === null || all === null) continue
          // Rounded to one decimal each: half a unit either way.
          expect(all, `${measure} ${area} ${period}`).toBeGreaterThanOrEqual(Math.min(ehcp, support) - 0.1)
          expect(all, `${measure} ${area} ${period}`).toBeLessThanOrEqual(Math.max(ehcp, support) + 0.1)
          checked++
        }
    }
    expect(checked).toBeGreaterThan(1500)
    console.log(`key stage 4 destinations: all SEN between the EHC plan and SEN support groups for ${checked} area values`)
  })

  it("after key stage 4, DfE's destinations by type add up to the share sustained, and with the shares not sustained and not known to 100%", () => {
    const table = readCsvFile(data.paths.get('prepared-ks4-destinations')!)
    const col = (name: string) => table.header.indexOf(name)
    const groups = new Map<string, Map<string, number>>()
    for (const { cells } of table.rows) {
      const key = [cells[col('time_period')], cells[col('new_la_code')] || cells[col('region_name')], cells[col('characteristic')]].join(
        '|',
      )
      const raw = cells[col('% of pupils')]!
      if (raw === '') continue
      groups.set(key, (groups.get(key) ?? new Map()).set(cells[col('destination_raw')]!, Number(raw)))
    }
    let checked = 0
    for (const [key, d] of groups) {
      if (d.size < 9) continue
      const types = ['ssf', 'sfc', 'fe', 'other_edu', 'appren', 'all_work'].reduce((sum, t) => sum + d.get(t)!, 0)
      expect(Math.abs(types - d.get('overall')!), key).toBeLessThanOrEqual(0.5)
      expect(Math.abs(d.get('overall')! + d.get('all_notsust')! + d.get('all_unknown')! - 100), key).toBeLessThanOrEqual(0.3)
      checked++
    }
    expect(checked).toBeGreaterThan(2500)
  })

  it("children in need, on a plan and looked after: DfE's all SEN is its EHC plan and SEN support shares together", () => {
    let checked = 0
    const raw = data.observations.filter((o) => o.source === 'cin-sen' && o.value !== null)
    const by = new Map(raw.map((o) => [`${o.areaCode}|${o.period}|${o.breakdown}|${o.measure}`, o.value!]))
    for (const o of raw.filter((x) => x.measure === 'pt_all_SEN')) {
      const part = (m: string) => by.get(`${o.areaCode}|${o.period}|${o.breakdown}|${m}`)
      const [plan, support] = [part('pt_statement_or_EHC_plan'), part('pt_SEN_support')]
      if (plan === undefined || support === undefined) continue
      expect(Math.abs(plan + support - o.value!), `${o.areaCode} ${o.period} ${o.breakdown}`).toBeLessThanOrEqual(0.15)
      checked++
    }
    expect(checked).toBeGreaterThan(2400)
  })

  it('pupils in mainstream schools: all SEN is the EHC plan and SEN support shares together', () => {
    let checked = 0
    for (const period of ['201718', '201819', '201920', '202021', '202122', '202223'])
      for (const area of [g.england.code, ...g.regions.map((r) => r.code), ...LA_CODES()]) {
        const plan = site('mainstream_pupils_ehcp_pct', area, period)
        const support = site('mainstream_pupils_sen_support_pct', area, period)
        const all = site('mainstream_pupils_all_sen_pct', area, period)
        if (plan === null || support === null || all === null) continue
        expect(Math.abs(plan + support - all), `${area} ${period}`).toBeLessThanOrEqual(0.015)
        checked++
      }
    expect(checked).toBeGreaterThan(900)
  })

  it("pupils with plans in specialist settings: the sum of DfE's four shares, in a table whose seven types of school hold every pupil with a plan", async () => {
    const SPECIALIST = ['State-funded special school', 'Non-maintained special school', 'Independent school', 'State-funded AP school']
    const rows = await readTable({ source: 'prepared-provider-types' }, '% of pupils (with SEN provision type)')
    const byArea = new Map<string, { all: number; specialist: number }>()
    for (const o of rows.filter((x) => x.breakdown.includes('Provision type=pupils with EHC plans') && x.value !== null)) {
      const key = `${o.areaCode}|${o.period}`
      const sums = byArea.get(key) ?? { all: 0, specialist: 0 }
      sums.all += o.value!
      if (SPECIALIST.some((t) => o.breakdown.includes(`phase_type_grouping=${t}|`))) sums.specialist += o.value!
      byArea.set(key, sums)
    }
    let equal = 0
    for (const [key, { all, specialist }] of byArea) {
      const [area, period] = key.split('|') as [string, string]
      // Seven shares, each rounded to 2 decimals.
      expect(Math.abs(all - 100), key).toBeLessThanOrEqual(0.035)
      if (Math.abs(site('ehcp_pupils_specialist_settings_pct', area, period)! - specialist) < 1e-6) equal++
    }
    expect(equal).toBe(byArea.size)
    // DfE's own grouping, as its England and regional table of all pupils gives it: the same four types.
    const eng = readCsvFile(join(mirrorsFromEnv()[0]!, 'dfe-inclusion-dashboard-prepared/eng_provider_types.csv'))
    const allPupils = await readTable(
      {
        mirrorPath: 'dfe-inclusion-dashboard-prepared/provider_types.csv',
        spec: { ...(OBSERVATION_SPECS['prepared-provider-types'] as PreparedTableSpec), keep: { 'Provision type': ['all pupils'] } },
      },
      '% of pupils (with SEN provision type)',
    )
    let grouped = 0
    for (const { cells } of eng.rows) {
      const [year, region, level, value] = cells as [string, string, string, string]
      const area = level === 'National' ? g.england : g.regions.find((r) => r.name.toLowerCase() === region.toLowerCase())!
      const period = `${year.slice(0, 4)}${year.slice(5)}`
      const sum = allPupils
        .filter(
          (o) =>
            o.areaCode === area.code && o.period === period && SPECIALIST.some((t) => o.breakdown.includes(`phase_type_grouping=${t}|`)),
        )
        .reduce((n, o) => n + o.value!, 0)
      expect(Math.abs(sum - Number(value)), `${area.name} ${year}`).toBeLessThanOrEqual(0.005 + 1e-9)
      grouped++
    }
    expect(grouped).toBe(60)
    console.log(
      `ehcp_pupils_specialist_settings_pct from prepared-provider-types: ${equal} of ${byArea.size} area values equal the sum of DfE's four shares (the prototype's own sum); DfE's grouping reproduces its England and regional table of all pupils for ${grouped} of ${grouped}`,
    )
  })

  it('spending on special school and AP places: the state and independent parts add up to the total', () => {
    let checked = 0
    for (const period of ['201819', '201920', '202021', '202122'])
      for (const area of [g.england.code, ...g.regions.map((r) => r.code), ...LA_CODES()]) {
        const state = site('specialist_place_spend_state_per_head', area, period)
        const independent = site('specialist_place_spend_independent_per_head', area, period)
        const total = site('specialist_place_spend_per_head', area, period)
        if (state === null || independent === null || total === null) continue
        // DfE rounds each amount to the pound: a pound in a population of half a million.
        expect(state + independent, `${area} ${period}`).toBeCloseTo(total, 4)
        checked++
      }
    expect(checked).toBeGreaterThan(550)
  })
})

describe('high needs funding from 2020-21', () => {
  const find = (source: string, measure: string, area: string, period: string, breakdown = '') =>
    data.observations.find(
      (o) => o.source === source && o.measure === measure && o.areaCode === area && o.period === period && o.breakdown === breakdown,
    )?.value

  it("reads the 2020-21 and 2021-22 allocations, whose LAs add up to the workbook's England total", () => {
    for (const year of ['2020-21', '2021-22']) {
      const rows = data.observations.filter((o) => o.source === `dsg-allocations-${year}` && o.measure === 'high_needs_block')
      const las = rows.filter((o) => o.areaType === 'la' || o.areaType === 'former_la')
      expect(las.length, year).toBe(year === '2020-21' ? 149 : 150)
      const england = rows.find((o) => o.areaCode === g.england.code)!.value!
      expect(
        las.reduce((n, o) => n + o.value!, 0),
        year,
      ).toBe(england)
    }
    expect(find('dsg-allocations-2020-21', 'high_needs_block', g.england.code, '202021')).toBe(7063230381)
    expect(find('dsg-allocations-2021-22', 'high_needs_block', g.england.code, '202122')).toBe(7906348577)
    // Northamptonshire is one council in 2020-21 and two in 2021-22.
    expect(find('dsg-allocations-2020-21', 'high_needs_block', 'E10000021', '202021')).toBeGreaterThan(0)
    expect(find('dsg-allocations-2021-22', 'high_needs_block', 'E06000061', '202122')).toBeGreaterThan(0)
  })

  it("is the allocation over the population in DfE's spending table for 2020-21 and 2021-22, with a break before 2022-23", () => {
    const m = computeMetric(metricById('high_needs_block_per_head')!, index, g)
    const at = (area: string, period: string) => m.values.find((v) => v.area === area && v.period === period)!
    expect(m.periods.map((p) => p.id)).toEqual(['202021', '202122', '202223', '202324'])
    const leeds = 'E08000035'
    for (const period of ['202021', '202122']) {
      const allocation = find(`dsg-allocations-${period.slice(0, 4)}-${period.slice(4)}`, 'high_needs_block', leeds, period)!
      const population = find('prepared-specialist-spend', 'pop_est', leeds, period, 'category=Total')!
      expect(at(leeds, period)).toMatchObject({ numerator: allocation, denominator: population, segment: 1, ci95: null })
      expect(at(leeds, period).value).toBeCloseTo(allocation / population, 9)
      // DfE's table has no population for Dorset: England and the South West cannot be totalled.
      expect(at('E06000059', period).value).toBeNull()
      expect(at(g.england.code, period).missing).toBe('incomplete_coverage')
      expect(at('E12000009', period).missing).toBe('incomplete_coverage')
      // London: its LAs but the City of London, over their populations.
      expect(at('E12000007', period)).toMatchObject({ basis: 'sum_of_las', coverage: 32 })
    }
    expect(metricById('high_needs_block_per_head')!.breaks.map((b) => b.from)).toEqual(['202223'])
  })
})
