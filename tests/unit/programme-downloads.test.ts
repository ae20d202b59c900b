// The evaluation's downloads, and rebuilding them from the published metrics.csv alone.
import Papa from 'papaparse'
import { randomLcg, randomNormal } from 'd3'
import { describe, expect, it } from 'vitest'
import type { ComputedMetric } from '../../src/pipeline/metrics/compute.ts'
import type { MetricValue } from '../../src/contract/schemas.ts'
import { termPeriodId } from '../../src/contract/periods.ts'
import { periodsOf } from '../helpers/periods.ts'
import {
  ESTIMATE_COLUMNS,
  LA_CHANGE_COLUMNS,
  PARTNERSHIP_COLUMNS,
  programmeDownloadRows,
  TEST_COLUMNS,
  testCount,
} from '../../src/contract/change-programme-downloads.ts'
import { comparisonCount } from '../../src/pipeline/programme/evaluation.ts'
import { programmeSiteData } from '../../src/pipeline/programme/to-site-data.ts'
import type { OutcomeResult } from '../../src/pipeline/programme/engine.ts'
import { designFromGeography } from '../../src/pipeline/programme/design.ts'
import { evaluateOutcome, prepareEngine } from '../../src/pipeline/programme/engine.ts'
import { outcomeFromComputed, outcomeFromDownloads, type MetricsCsvRow } from '../../src/pipeline/programme/panel.ts'
import { metricsCsv } from '../../src/pipeline/site-data/tables.ts'
import { loadChangeProgramme } from '../../src/pipeline/geography/change-programme.ts'
import { realGeography } from '../helpers/read-input.ts'
import { testMetric } from '../helpers/metric-fixtures.ts'
import { syntheticDesign, syntheticOutcome } from './programme-synthetic.ts'

/** The rows of a download as the pipeline publishes them for these results. */
function publishedRows(id: 'estimates' | 'tests' | 'la-changes' | 'partnerships', results: OutcomeResult[]) {
  const data = programmeSiteData(
    { seed: 1, draws: 1, excluded: [], outcomes: results, verdicts: [], comparisons: comparisonCount(results) },
    (code) => code,
  )
  return programmeDownloadRows(id, data)
}
const names = (columns: ReadonlyArray<{ name: string }>) => columns.map((c) => c.name)

describe('the estimates rebuilt from metrics.csv alone', () => {
  // A termly metric on the real geography, with COVID-flagged terms, values with more decimals than
  // metrics.csv keeps, a missing value, and England and regional rows the engine must ignore.
  const g = realGeography()
  const periods = periodsOf(
    'term',
    ['201920', '202021', '202122', '202223', '202324', '202425'].flatMap((y) =>
      (['autumn', 'spring', 'summer'] as const).map((t) => termPeriodId(y, t)),
    ),
  )
  const flagged = ['201920-spring', '201920-summer', '202021-autumn', '202021-spring', '202021-summer']
  const normal = randomNormal.source(randomLcg(42))(5, 2)
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
  const values: MetricValue[] = [g.england, ...g.regions, ...g.las].flatMap((area) =>
    periods.map((p) => {
      const missing = area.code === 'E09000003' && p.id === '202223-autumn' // Barnet, a pilot: no base for autumn
      return {
        ...empty,
        metric: 'demo_rate',
        area: area.code,
        period: p.id,
        value: missing ? null : normal(),
        missing: missing ? ('suppressed' as const) : null,
      }
    }),
  )
  const computed: ComputedMetric = {
    definition: testMetric([], { id: 'demo_rate', flaggedPeriods: { periods: flagged, note: '' } }),
    periods,
    values,
  }
  const neighbours = new Map(
    g.las.map((la, i) => [la.code, g.las.slice(i + 1, i + 11).map((n, k) => ({ code: n.code, rank: k + 1, closeness: '' }))]),
  )
  const engine = prepareEngine(designFromGeography(g, loadChangeProgramme(g), neighbours), { draws: 999 })

  it('gives the same rows as the engine on the computed metric', () => {
    const rows = Papa.parse<MetricsCsvRow>(metricsCsv([computed], g.byCode), { header: true, skipEmptyLines: true }).data
    const fromCsv = evaluateOutcome(engine, outcomeFromDownloads(rows, { id: 'demo_rate', periods, flaggedPeriods: { periods: flagged } }))
    const fromComputed = evaluateOutcome(engine, outcomeFromComputed(computed))
    expect(fromCsv).toEqual(fromComputed)
    expect(publishedRows('estimates', [fromCsv])).toEqual(publishedRows('estimates', [fromComputed]))
    expect(publishedRows('tests', [fromCsv])).toEqual(publishedRows('tests', [fromComputed]))
    // It is not an empty comparison: every term has a row, and the pilot without an autumn base is left out of autumn.
    const main = fromCsv.comparisons[0]!
    expect(main.periods).toHaveLength(18)
    expect(main.periods.find((p) => p.period === '202324-autumn')!.nPilot).toBe(31)
    expect(main.periods.find((p) => p.period === '202324-spring')!.nPilot).toBe(32)
  })
  it('keeps flagged terms in the event study, marked, and out of the placebo windows', () => {
    const r = evaluateOutcome(engine, outcomeFromComputed(computed))
    const main = r.comparisons[0]!
    expect(main.periods.filter((p) => p.flagged).map((p) => p.period)).toEqual(flagged)
    expect(main.preTrend!.yearsBefore).toBe(2)
  })
})

describe('the download rows', () => {
  const design = syntheticDesign()
  const results = [1, 2].map((seed) =>
    evaluateOutcome(prepareEngine(design, { draws: 199, seed }), { ...syntheticOutcome(design, { seed }), metric: `m${seed}` }),
  )

  it('estimates.csv: one row per metric, comparison and period, in the columns the issue sets', () => {
    const estimates = publishedRows('estimates', results)
    expect(names(ESTIMATE_COLUMNS)).toEqual(['metric_id', 'period', 'comparison', 'estimate', 'low', 'high', 'n_pilot', 'n_comparison'])
    expect(estimates).toHaveLength(2 * 2 * 7)
    for (const r of estimates) expect(Object.keys(r)).toEqual(names(ESTIMATE_COLUMNS))
    expect(new Set(estimates.map((r) => r.comparison))).toEqual(new Set(['all_other_las', 'neighbours']))
    expect(estimates.find((r) => r.metric_id === 'm1' && r.period === '202223' && r.comparison === 'all_other_las')).toMatchObject({
      estimate: 0,
      low: 0,
      high: 0,
      n_pilot: 32,
      n_comparison: 119,
    })
  })
  it('tests.csv: one row per test made, with and without the first programme year', () => {
    const tests = publishedRows('tests', results)
    expect(names(TEST_COLUMNS)).toEqual([
      'metric_id',
      'comparison',
      'effect',
      'effect_low',
      'effect_high',
      'permutation_p',
      'pre_trend_p',
      'minimum_detectable_effect',
    ])
    expect(tests.filter((r) => r.metric_id === 'm1').map((r) => r.comparison)).toEqual([
      'all_other_las',
      'all_other_las_without_first_year',
      'neighbours',
      'neighbours_without_first_year',
    ])
    const main = results[0]!.comparisons[0]!
    expect(tests[0]).toMatchObject({ effect: expect.closeTo(main.effect!.estimate, 6), pre_trend_p: expect.closeTo(main.preTrend!.p, 6) })
    expect(comparisonCount(results)).toBe(8)
    expect(
      testCount(programmeSiteData({ seed: 1, draws: 1, excluded: [], outcomes: results, verdicts: [], comparisons: 8 }, (c) => c)),
    ).toBe(8)
  })
  it("each LA's change and each partnership's effect", () => {
    const changes = publishedRows('la-changes', results)
    expect(Object.keys(changes[0]!)).toEqual(names(LA_CHANGE_COLUMNS))
    expect(changes.filter((r) => r.metric_id === 'm1')).toHaveLength(151)
    expect(changes.filter((r) => r.metric_id === 'm1' && r.pilot === 1)).toHaveLength(32)
    const partnerships = publishedRows('partnerships', results)
    expect(Object.keys(partnerships[0]!)).toEqual(names(PARTNERSHIP_COLUMNS))
    expect(partnerships.filter((r) => r.metric_id === 'm1')).toHaveLength(9)
    expect(partnerships.filter((r) => r.metric_id === 'm1').reduce((n, r) => n + Number(r.n_pilot), 0)).toBe(32)
  })
})
