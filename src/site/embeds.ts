import type { AreaSummary, MetricInfo } from '../pipeline/site-data/types.ts'
import { labelledSvg } from '../charts/labelled-svg.ts'
import { trendChart } from '../charts/trend-chart.ts'
import { UNIT_WORDS, metricSource } from './csv.ts'
import { areas, metrics } from './site-data.ts'
import { SITE_NAME } from './source-line.ts'
import { areaTrend, type AreaTrend } from './trend.ts'

/** Every metric and area with figures to chart (no page for, say, England on a measure that has no England figures). */
export function embedPaths(): Array<{ params: { metric: string; area: string }; props: { metric: MetricInfo; area: AreaSummary } }> {
  const shown = areas().filter((a) => a.type !== 'former_la')
  return metrics().flatMap((metric) =>
    shown
      .filter((area) => areaTrend(metric, area).hasData)
      .map((area) => ({ params: { metric: metric.id, area: area.slug }, props: { metric, area } })),
  )
}

/** What travels with a chart: its title, the areas and periods, the units and the source. */
export function chartLabels(
  m: MetricInfo,
  t: AreaTrend,
): { title: string; subtitle: string; units: string; source: string; siteName: string } {
  const span = m.periods.length > 0 ? `, ${m.periods[0]!.label} to ${m.periods.at(-1)!.label}` : ''
  return {
    title: m.title,
    subtitle: `${t.series.map((s) => s.name).join(', ')}${span}`,
    units: `Units: ${UNIT_WORDS[m.unit]}`,
    source: `Source: ${metricSource(m)}`,
    siteName: SITE_NAME,
  }
}

/** The downloadable chart: the same drawing as on the page, with its labels inside the file. */
export function downloadSvg(m: MetricInfo, a: AreaSummary): string {
  const t = areaTrend(m, a)
  return labelledSvg(trendChart(t.input), chartLabels(m, t))
}
