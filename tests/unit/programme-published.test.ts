// What the Change Programme page publishes, rebuilt from the published downloads alone: the
// pipeline's path (engine -> change-programme.json through the contract -> the CSVs in /data/ and
// under /change-programme/) against a plain calculation that reads only metrics.csv and areas.csv,
// written here without the engine, on panels with a known effect.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Papa from 'papaparse'
import { mean, randomLcg, randomNormal } from 'd3'
import { describe, expect, it } from 'vitest'
import { readSiteDataFile, writeSiteDataFile } from '../../src/contract/files.ts'
import { termPeriodId } from '../../src/contract/periods.ts'
import type { MetricValue } from '../../src/contract/schemas.ts'
import { loadChangeProgramme } from '../../src/pipeline/geography/change-programme.ts'
import type { ComputedMetric } from '../../src/pipeline/metrics/compute.ts'
import { designFromGeography } from '../../src/pipeline/programme/design.ts'
import { areasCsv, programmeDownloads } from '../../src/pipeline/programme/downloads.ts'
import { evaluateProgramme } from '../../src/pipeline/programme/evaluation.ts'
import { outcomeFromComputed, outcomeFromDownloads, type MetricsCsvRow } from '../../src/pipeline/programme/panel.ts'
import { programmeSiteData } from '../../src/pipeline/programme/to-site-data.ts'
import { areaSummaries, type SiteDataInput } from '../../src/pipeline/site-data/write-site-data.ts'
import { metricsCsv } from '../../src/pipeline/site-data/tables.ts'
import { programmeCsv } from '../../src/site/programme-downloads.ts'
import { periodsOf } from '../helpers/periods.ts'
import { testMetric } from '../helpers/metric-fixtures.ts'
import { realGeography } from '../helpers/read-input.ts'

const g = realGeography()
const partnerships = loadChangeProgramme(g)
const neighbours = new Map(
  g.las.map((la, i) => [la.code, g.las.slice(i + 1, i + 11).map((n, k) => ({ code: n.code, rank: k + 1, closeness: '' }))]),
)
const DRAWS = 499
const EFFECT = 2

const empty = {
  numerator: null,
  denominator: null,
  ci95: null,
  ci998: null,
  basis: 'source' as const,
  coverage: null,
  segment: 0,
  sources: [],
}

/**
 * A metric on every area (England and regions too, which the evaluation must ignore): each LA's own
 * level, a common trend, noise, and EFFECT added to pilots from the first period after the start.
 * Barnet (a pilot) has no figure for `missingBase`, and Kirklees (not a pilot) none after the start.
 */
function panelMetric(id: string, kind: 'january' | 'term', ids: string[], missingBase: string, flagged: string[] = []): ComputedMetric {
  const periods = periodsOf(kind, ids)
  const normal = randomNormal.source(randomLcg(id.length))
  const level = normal(0, 5)
  const noise = normal(0, 1)
  const values: MetricValue[] = [g.england, ...g.regions, ...g.las].flatMap((area) => {
    const own = 40 + level()
    return periods.map((p, k): MetricValue => {
      const after = p.id >= '202324'
      const missing = (area.code === 'E09000003' && p.id === missingBase) || (area.code === 'E08000034' && after)
      const value = own + 0.3 * k + noise() + (partnerships.has(area.code) && after ? EFFECT : 0)
      return { ...empty, metric: id, area: area.code, period: p.id, value: missing ? null : value, missing: missing ? 'suppressed' : null }
    })
  })
  return { definition: testMetric([], { id, flaggedPeriods: { periods: flagged, note: 'COVID-19' } }), periods, values }
}
const january = panelMetric(
  'ehcp_mainstream_pct',
  'january',
  ['201819', '201920', '202021', '202122', '202223', '202324', '202425'],
  '202223',
)
const TERMS = ['201920', '202021', '202122', '202223', '202324', '202425'].flatMap((y) =>
  (['autumn', 'spring', 'summer'] as const).map((t) => termPeriodId(y, t)),
)
const termly = panelMetric('suspension_rate_ehcp', 'term', TERMS, '202223-autumn', ['201920-summer', '202021-autumn'])
const computed = [january, termly]

// The pipeline's path, as run.ts and write-site-data.ts take it.
const design = designFromGeography(g, partnerships, neighbours)
const evaluation = evaluateProgramme(computed.map(outcomeFromComputed), design, { draws: DRAWS })
const dir = mkdtempSync(join(tmpdir(), 'programme-'))
writeSiteDataFile(
  dir,
  'changeProgramme',
  programmeSiteData(evaluation, (code) => g.byCode.get(code)!.name),
)
const published = readSiteDataFile(dir, 'changeProgramme')
const files = new Map(programmeDownloads(published).map((d) => [d.file, d.text]))
const areas = areaSummaries({
  geography: g,
  partnerships,
  neighbours,
  nhs: { regions: [], icbs: [], subIcbs: [] },
} as unknown as SiteDataInput)

// What a reader downloads.
const parse = <T>(text: string) => Papa.parse<T>(text, { header: true, skipEmptyLines: true }).data
const metricsRows = parse<MetricsCsvRow>(metricsCsv(computed, g.byCode))
type AreaRow = { area_code: string; area_type: string; pilot: string; small_numbers: string; statistical_neighbours: string }
const areaRows = parse<AreaRow>(areasCsv(areas))
type EstimateRow = Record<'metric_id' | 'period' | 'comparison' | 'estimate' | 'low' | 'high' | 'n_pilot' | 'n_comparison', string>
const estimates = parse<EstimateRow>(files.get('change-programme-estimates.csv')!)
type TestRow = Record<'metric_id' | 'comparison' | 'effect' | 'permutation_p' | 'pre_trend_p', string>
const tests = parse<TestRow>(files.get('change-programme-tests.csv')!)

// ---- the plain calculation, from metrics.csv and areas.csv only ------------------------------
const las = areaRows.filter((a) => a.area_type === 'la' && a.small_numbers === '0')
const pilots = new Set(las.filter((a) => a.pilot === '1').map((a) => a.area_code))
const valueOf = new Map(
  metricsRows.filter((r) => r.value !== '').map((r) => [`${r.metric_id} ${r.area_code} ${r.period}`, Number(r.value)]),
)
/** The base period: January 2023 for the census; for terms, the same term of 2022/23. */
const baseOf = (period: string) => (period.includes('-') ? `202223-${period.split('-')[1]}` : '202223')
const change = (metric: string, la: string, period: string): number | undefined => {
  const now = valueOf.get(`${metric} ${la} ${period}`)
  const base = valueOf.get(`${metric} ${la} ${baseOf(period)}`)
  return now === undefined || base === undefined ? undefined : now - base
}
const changes = (metric: string, codes: Iterable<string>, period: string) =>
  [...codes].flatMap((la) => {
    const c = change(metric, la, period)
    return c === undefined ? [] : [c]
  })

function plainEstimate(metric: string, period: string) {
  const p = changes(metric, pilots, period)
  const o = changes(
    metric,
    las.filter((a) => !pilots.has(a.area_code)).map((a) => a.area_code),
    period,
  )
  return { estimate: mean(p)! - mean(o)!, nPilot: p.length, nComparison: o.length }
}

function neighboursEstimate(metric: string, period: string) {
  const included = new Set(las.map((a) => a.area_code))
  const listed = new Map(
    areaRows.map((a) => [a.area_code, a.statistical_neighbours.split(' ').filter((c) => included.has(c) && !pilots.has(c))]),
  )
  const differences = [...pilots].flatMap((la) => {
    const own = change(metric, la, period)
    const theirs = changes(metric, listed.get(la)!, period)
    return own === undefined || theirs.length === 0 ? [] : [own - mean(theirs)!]
  })
  return { estimate: mean(differences)!, nPilot: differences.length }
}

/** Each LA's mean change over the periods after the start, pilots minus the others. */
function plainEffect(metric: string, after: string[]) {
  const perLa = (la: string) => {
    const c = after.flatMap((p) => change(metric, la, p) ?? [])
    return c.length === 0 ? [] : [mean(c)!]
  }
  return mean([...pilots].flatMap(perLa))! - mean(las.filter((a) => !pilots.has(a.area_code)).flatMap((a) => perLa(a.area_code)))!
}

describe('the Change Programme figures, rebuilt from metrics.csv and areas.csv alone', () => {
  it.each([
    ['ehcp_mainstream_pct', january],
    ['suspension_rate_ehcp', termly],
  ])('%s: every period of the plain estimate and of the neighbours comparison', (metric, m) => {
    const rows = estimates.filter((r) => r.metric_id === metric)
    expect(rows.filter((r) => r.comparison === 'all_other_las')).toHaveLength(m.periods.length)
    for (const r of rows) {
      const plain = r.comparison === 'all_other_las' ? plainEstimate(metric, r.period) : neighboursEstimate(metric, r.period)
      expect(Number(r.estimate), `${r.comparison} ${r.period}`).toBeCloseTo(plain.estimate, 5)
      expect(Number(r.n_pilot)).toBe(plain.nPilot)
      if ('nComparison' in plain) expect(Number(r.n_comparison)).toBe(plain.nComparison)
      expect(Number(r.low)).toBeLessThanOrEqual(Number(r.estimate) + 1e-6)
      expect(Number(r.high)).toBeGreaterThanOrEqual(Number(r.estimate) - 1e-6)
    }
    // Not an empty comparison: the planted effect is there after the start, and the missing figures drop LAs.
    const after = rows.filter((r) => r.comparison === 'all_other_las' && r.period >= '202324')
    expect(after.length).toBeGreaterThan(1)
    for (const r of after) expect(Number(r.estimate)).toBeGreaterThan(EFFECT - 1)
    expect(after.map((r) => Number(r.n_comparison))).toEqual(after.map(() => 119 - 1))
    expect(new Set(after.map((r) => Number(r.n_pilot)))).toEqual(new Set(metric === 'ehcp_mainstream_pct' ? [31] : [31, 32]))
  })

  it('the effect in tests.csv, with and without the first programme year', () => {
    for (const [metric, after, later] of [
      ['ehcp_mainstream_pct', ['202324', '202425'], ['202425']],
      ['suspension_rate_ehcp', TERMS.filter((t) => t >= '202324'), TERMS.filter((t) => t >= '202425')],
    ] as const) {
      const row = (comparison: string) => tests.find((t) => t.metric_id === metric && t.comparison === comparison)!
      expect(Number(row('all_other_las').effect)).toBeCloseTo(plainEffect(metric, [...after]), 5)
      expect(Number(row('all_other_las_without_first_year').effect)).toBeCloseTo(plainEffect(metric, [...later]), 5)
      expect(Number(row('all_other_las').permutation_p)).toBeLessThan(0.01)
    }
  })

  it('the p-values and ranges: the engine run on the downloads gives tests.csv and estimates.csv again, digit for digit', () => {
    const definitions = computed.map((m) => ({
      id: m.definition.id,
      periods: m.periods,
      flaggedPeriods: { periods: m.definition.flaggedPeriods!.periods },
    }))
    const fromCsv = designFromGeography(
      g,
      new Map(areaRows.filter((a) => a.pilot === '1').map((a) => [a.area_code, partnerships.get(a.area_code)!])),
      new Map(
        areaRows.map((a) => [
          a.area_code,
          a.statistical_neighbours
            .split(' ')
            .filter(Boolean)
            .map((code, k) => ({ code, rank: k + 1, closeness: '' })),
        ]),
      ),
    )
    const rebuilt = evaluateProgramme(
      definitions.map((d) => outcomeFromDownloads(metricsRows, d)),
      fromCsv,
      { draws: published.draws, seed: published.seed },
    )
    const again = new Map(programmeDownloads(programmeSiteData(rebuilt, (code) => g.byCode.get(code)!.name)).map((d) => [d.file, d.text]))
    expect(again).toEqual(files)
  })

  it('the page reads the same figures: the site data holds every estimate and test the CSVs hold', () => {
    const main = published.outcomes.find((o) => o.metric === 'ehcp_mainstream_pct')!.comparisons[0]!
    for (const p of main.periods) {
      const row = estimates.find((r) => r.metric_id === 'ehcp_mainstream_pct' && r.comparison === 'all_other_las' && r.period === p.period)!
      expect(p.estimate).toBeCloseTo(Number(row.estimate), 6)
    }
    expect(published.tests).toBe(tests.length)
    expect(published.tests).toBe(evaluation.comparisons)
    expect(published).toMatchObject({ seed: 20230901, draws: DRAWS })
  })

  it('the copies under /change-programme/ are the same bytes as those in /data/', () => {
    for (const id of ['estimates', 'tests', 'la-changes', 'partnerships'] as const)
      expect(programmeCsv(id, published)).toBe(files.get(`change-programme-${id}.csv`))
  })
})
