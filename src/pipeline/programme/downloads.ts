// The evaluation's downloads as rows: estimates.csv (the event study), tests.csv (one row per test
// made), each LA's change per outcome, and each partnership's effect. Numbers are rounded to the
// decimals of metrics.csv; an empty cell (null) means there is no number, never zero.
import { COMPARISONS, type OutcomeResult } from './engine.ts'
import type { Tested } from './inference.ts'
import { PUBLISHED_DECIMALS } from './panel.ts'

const round = (x: number | null | undefined): number | null =>
  x === null || x === undefined || !Number.isFinite(x) ? null : Math.round(x * 10 ** PUBLISHED_DECIMALS) / 10 ** PUBLISHED_DECIMALS

export const ESTIMATE_COLUMNS = ['metric_id', 'period', 'comparison', 'estimate', 'low', 'high', 'n_pilot', 'n_comparison'] as const
export type EstimateRow = Record<(typeof ESTIMATE_COLUMNS)[number], string | number | null>

export function estimateRows(results: readonly OutcomeResult[]): EstimateRow[] {
  return results.flatMap((r) =>
    r.comparisons.flatMap((c) =>
      c.periods.map((p) => ({
        metric_id: r.metric,
        period: p.period,
        comparison: c.comparison,
        estimate: round(p.estimate),
        low: round(p.low),
        high: round(p.high),
        n_pilot: p.nPilot,
        n_comparison: p.nComparison,
      })),
    ),
  )
}

export const TEST_COLUMNS = [
  'metric_id',
  'comparison',
  'effect',
  'effect_low',
  'effect_high',
  'permutation_p',
  'pre_trend_p',
  'minimum_detectable_effect',
] as const
export type TestRow = Record<(typeof TEST_COLUMNS)[number], string | number | null>

/** Comparison names in tests.csv: the effect over every programme year, and without the first. */
export const TEST_COMPARISONS = [...COMPARISONS, ...COMPARISONS.map((c) => `${c}_without_first_year` as const)] as const

export function testRows(results: readonly OutcomeResult[]): TestRow[] {
  return results.flatMap((r) =>
    r.comparisons.flatMap((c) => {
      const row = (comparison: string, t: Tested | null): TestRow[] =>
        t
          ? [
              {
                metric_id: r.metric,
                comparison,
                effect: round(t.estimate),
                effect_low: round(t.low),
                effect_high: round(t.high),
                permutation_p: round(t.p),
                pre_trend_p: round(c.preTrend?.p),
                minimum_detectable_effect: round(t.minimumDetectableEffect),
              },
            ]
          : []
      return [...row(c.comparison, c.effect), ...row(`${c.comparison}_without_first_year`, c.effectWithoutFirstYear)]
    }),
  )
}

export const LA_CHANGE_COLUMNS = [
  'metric_id',
  'area_code',
  'pilot',
  'partnership',
  'region_code',
  'change',
  'change_without_first_year',
  'n_periods',
] as const
export type LaChangeRow = Record<(typeof LA_CHANGE_COLUMNS)[number], string | number | null>

export function laChangeRows(results: readonly OutcomeResult[]): LaChangeRow[] {
  return results.flatMap((r) =>
    r.laChanges.map((la) => ({
      metric_id: r.metric,
      area_code: la.la,
      pilot: la.partnership === null ? 0 : 1,
      partnership: la.partnership,
      region_code: la.region,
      change: round(la.change),
      change_without_first_year: round(la.changeWithoutFirstYear),
      n_periods: la.periods,
    })),
  )
}

export const PARTNERSHIP_COLUMNS = [
  'metric_id',
  'partnership',
  'region_code',
  'effect',
  'effect_low',
  'effect_high',
  'permutation_p',
  'minimum_detectable_effect',
  'n_pilot',
  'n_comparison',
] as const
export type PartnershipRow = Record<(typeof PARTNERSHIP_COLUMNS)[number], string | number | null>

export function partnershipRows(results: readonly OutcomeResult[]): PartnershipRow[] {
  return results.flatMap((r) =>
    r.partnerships.map((p) => ({
      metric_id: r.metric,
      partnership: p.partnership,
      region_code: p.region,
      effect: round(p.estimate),
      effect_low: round(p.low),
      effect_high: round(p.high),
      permutation_p: round(p.p),
      minimum_detectable_effect: round(p.minimumDetectableEffect),
      n_pilot: p.nPilot,
      n_comparison: p.nComparison,
    })),
  )
}

/** How many tests the evaluation made (rows of tests.csv): the number of comparisons to state. */
export function comparisonCount(results: readonly OutcomeResult[]): number {
  return testRows(results).length
}
