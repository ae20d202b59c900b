// The one trend builder: the trend of one metric for one area against its region and England (or,
// where no England figure is published, the middle local authority). The same input feeds the
// chart on the area's theme page, the embed, its SVG and PNG downloads and its CSV.
import type { TrendInput, TrendPeriod, TrendSeries } from '../charts/trend-chart.ts'
import { fractionalYear } from '../charts/time-axis.ts'
import { breakIndexes, medianByPeriod } from './metric-view.ts'
import { area as areaOf, areaData } from './site-data.ts'
import { perMetricAndArea } from './per-metric-and-area.ts'
import type { MetricValue, AreaSummary, MetricInfo, PeriodInfo } from '../contract/schemas.ts'
import { periodStart, type MetricPeriod } from '../contract/periods.ts'
import { ENGLAND_CODE } from '../contract/vocabulary.ts'

const TERMS = ['autumn', 'spring', 'summer']

/** A period on the time axis: placed at its start; `seq` counts years, terms for termly data, months for monthly data. */
export function trendPeriod(p: PeriodInfo): TrendPeriod {
  const year = Number(p.id.slice(0, 4))
  const seq =
    p.kind === 'term'
      ? year * 3 + TERMS.indexOf(p.id.split('-')[1]!)
      : p.kind === 'month' || p.kind === 'year_to_month'
        ? year * 12 + Number(p.id.slice(5, 7)) - 1
        : year
  return { id: p.id, short: p.short, label: p.label, time: fractionalYear(periodStart(p as MetricPeriod)), seq }
}

export interface AreaTrend {
  input: TrendInput
  /** Series in the order shown, with the values behind each point (none for the median line). */
  series: Array<{ name: string; area: AreaSummary | null; values: Array<MetricValue | undefined>; median?: Array<number | null> }>
  /** True when the comparator is the middle local authority, not England. */
  medianComparator: boolean
  hasData: boolean
}

/** An area's values in the order of the metric's periods (England's and a region's are read for every LA's trend). */
const periodValues = perMetricAndArea((m: MetricInfo, a: AreaSummary): Array<MetricValue | undefined> => {
  const byPeriod = new Map((areaData(a.code).metrics[m.id]?.values ?? []).map((v) => [v.period, v]))
  return m.periods.map((p) => byPeriod.get(p.id))
})

export const areaTrend = perMetricAndArea((m: MetricInfo, a: AreaSummary): AreaTrend => {
  const areasShown: AreaSummary[] = [
    a,
    ...(a.regionCode ? [areaOf(a.regionCode)] : []),
    ...(a.type !== 'england' ? [areaOf(ENGLAND_CODE)] : []),
  ]
  // A comparison line with no figures at all (e.g. no regional rows in a derived extract) is left out.
  const series: AreaTrend['series'] = areasShown
    .map((x) => ({ name: x.name, area: x, values: periodValues(m, x) }))
    .filter((s, i) => i === 0 || s.values.some((v) => v?.value != null))
  const roles = ['area', 'region', 'england'] as const
  const chartSeries: TrendSeries[] = series.map((s, i) => {
    const role = s.area!.type === 'england' ? (i === 0 ? 'area' : 'england') : roles[i]!
    const base = { role, name: s.name, values: s.values.map((v) => v?.value ?? null) }
    return i === 0
      ? { ...base, lower: s.values.map((v) => v?.ci95?.lower ?? null), upper: s.values.map((v) => v?.ci95?.upper ?? null) }
      : base
  })
  const medianComparator = a.type !== 'england' && !series.some((s) => s.area?.type === 'england')
  if (medianComparator) {
    const medians = medianByPeriod(m)
    const values = m.periods.map((p) => medians.get(p.id) ?? null)
    if (values.some((v) => v !== null)) {
      chartSeries.push({ role: 'median', name: 'Middle LA', values })
      series.push({
        name: 'Middle local authority (median of all LAs)',
        area: null,
        values: m.periods.map(() => undefined),
        median: values,
      })
    }
  }
  const first = m.periods[0]
  const last = m.periods.at(-1)
  // A measure with one period is a chart of that period, not "January 2025 to January 2025".
  const span = m.periods.length > 1 ? `${first?.label} to ${last?.label}` : `${first?.label}`
  return {
    input: {
      id: `trend-${m.id}`,
      label: `${m.title}, ${span}: ${series.map((s) => s.name).join(', ')}.`,
      unit: m.unit,
      decimals: m.decimals,
      periods: m.periods.map(trendPeriod),
      series: chartSeries,
      breaks: breakIndexes(m),
    },
    series,
    medianComparator,
    hasData: series[0]!.values.some((v) => v?.value != null),
  }
})

/**
 * The caption under a trend chart on an area's page: what the chart's own legend and the picture's
 * text do not say (the dotted line that stands for the middle local authority, gaps in a line); null
 * when there is nothing to add.
 */
export function trendCaption(t: AreaTrend): string | null {
  const median = t.medianComparator
    ? 'There is no England figure in this extract, so the dotted line is the middle local authority (half of local authorities are above it, half below).'
    : ''
  const gaps = t.input.periods.some((p, i) => i > 0 && p.seq - t.input.periods[i - 1]!.seq > 1)
    ? 'A gap in a line is a period with no published figure.'
    : ''
  return [median, gaps].filter(Boolean).join(' ') || null
}
