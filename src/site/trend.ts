// The trend of one metric for one area against its region and England: the same input for the
// chart on the area page, the embeddable chart, its SVG download and its CSV download.
import Papa from 'papaparse'
import type { TrendInput, TrendSeries } from '../charts/trend-chart.ts'
import type { MetricValue } from '../pipeline/metrics/metric-value.ts'
import type { AreaSummary, MetricInfo } from '../pipeline/site-data/types.ts'
import { breakIndexes } from './metric-view.ts'
import { ENGLAND_CODE } from '../pipeline/geography/areas.ts'
import { area as areaOf, areaData } from './site-data.ts'

export interface AreaTrend {
  input: TrendInput
  /** Series in the order area, region, England, with the values behind each point. */
  series: Array<{ area: AreaSummary; values: Array<MetricValue | undefined> }>
  hasData: boolean
}

export function areaTrend(m: MetricInfo, a: AreaSummary, idPrefix = 'trend'): AreaTrend {
  const valuesOf = (code: string) => {
    const byPeriod = new Map((areaData(code).metrics[m.id]?.values ?? []).map((v) => [v.period, v]))
    return m.periods.map((p) => byPeriod.get(p.id))
  }
  const areasShown: AreaSummary[] = [
    a,
    ...(a.regionCode ? [areaOf(a.regionCode)] : []),
    ...(a.type !== 'england' ? [areaOf(ENGLAND_CODE)] : []),
  ]
  // A comparison line with no figures at all (e.g. no regional rows in a derived extract) is left out.
  const series = areasShown
    .map((x) => ({ area: x, values: valuesOf(x.code) }))
    .filter((s, i) => i === 0 || s.values.some((v) => v?.value != null))
  const roles = ['area', 'region', 'england'] as const
  const chartSeries: TrendSeries[] = series.map((s, i) => {
    const role = s.area.type === 'england' ? (i === 0 ? 'area' : 'england') : roles[i]!
    const base = { role, name: s.area.name, values: s.values.map((v) => v?.value ?? null) }
    return i === 0
      ? { ...base, lower: s.values.map((v) => v?.ci95?.lower ?? null), upper: s.values.map((v) => v?.ci95?.upper ?? null) }
      : base
  })
  const first = m.periods[0]
  const last = m.periods.at(-1)
  return {
    input: {
      id: `${idPrefix}-${m.id}`,
      label: `${m.title}, ${first?.label} to ${last?.label}: ${series.map((s) => s.area.name).join(', ')}.`,
      unit: m.unit,
      decimals: m.decimals,
      periods: m.periods,
      series: chartSeries,
      breaks: breakIndexes(m),
    },
    series,
    hasData: series[0]!.values.some((v) => v?.value != null),
  }
}

/** The figures behind a trend chart, one row per area and period, for download. */
export function trendCsv(m: MetricInfo, t: AreaTrend): string {
  const rows = t.series.flatMap((s) =>
    m.periods.map((p, i) => {
      const v = s.values[i]
      return {
        metric_id: m.id,
        area_code: s.area.code,
        area_name: s.area.name,
        period: p.id,
        period_label: p.label,
        value: v?.value ?? '',
        lower_95: v?.ci95?.lower ?? '',
        upper_95: v?.ci95?.upper ?? '',
        missing_reason: v?.missing ?? '',
      }
    }),
  )
  return `${Papa.unparse(rows, { newline: '\n' })}\n`
}
