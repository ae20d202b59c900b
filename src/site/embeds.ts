// What the embeds and chart downloads show: which metric and area pairs have one, the labels that
// travel inside a chart file (title, areas, period, units, source, the page's address), and an LA
// among its statistical neighbours.
import type { AreaSummary, MetricInfo } from '../contract/schemas.ts'
import { UNIT_WORDS } from '../contract/vocabulary.ts'
import { labelledSvg, type ChartLabels } from '../charts/labelled-svg.ts'
import { trendChart } from '../charts/trend-chart.ts'
import { metricView, type MetricView } from './metric-view.ts'
import { absoluteUrl, routes } from './routes.ts'
import { areaPath, metrics, source } from './site-data.ts'
import { LICENCE, SITE_NAME, sourceLine } from './source-line.ts'
import { areaTrend } from './trend.ts'

/** The areas that have embeds (not former LAs), each with the metrics it has figures to chart for. */
export function embedsOf(area: AreaSummary): MetricInfo[] {
  if (area.type === 'former_la') return []
  return metrics().filter((m) => areaTrend(m, area).hasData)
}

/**
 * Where an embed links back to: the measure on the area's theme page; for an NHS area, its row on
 * the measure's page (NHS regions share the table of regions there).
 */
export function embedBackPath(m: MetricInfo, area: AreaSummary): string {
  if (area.type === 'nhs_region') return `${routes.metric(m.id)}#regions`
  if (area.type === 'nhs_sub_icb' || area.type === 'nhs_icb') return `${routes.metric(m.id)}#${area.slug}`
  return area.type === 'former_la' ? areaPath(area) : `${areaPath(area)}${m.theme}/#${m.id}`
}

function labels(m: MetricInfo, a: AreaSummary, subtitle: string): ChartLabels {
  return {
    title: m.title,
    subtitle,
    units: `Units: ${UNIT_WORDS[m.unit]}`,
    source: `Source: ${sourceLine(m.sources.map(source), { publicationsOnly: true })}. ${LICENCE}.`,
    siteName: SITE_NAME,
    address: absoluteUrl(embedBackPath(m, a)),
  }
}

/** The downloadable chart: the same drawing as on the page, with its labels inside the file. */
export function downloadSvg(m: MetricInfo, a: AreaSummary): string {
  const t = areaTrend(m, a)
  const span = m.periods.length > 1 ? `, ${m.periods[0]!.label} to ${m.periods.at(-1)!.label}` : `, ${m.periods[0]?.label ?? ''}`
  return labelledSvg(trendChart(t.input), labels(m, a, `${t.series.map((s) => s.name).join(', ')}${span}`))
}

/** An LA and its statistical neighbours on one measure's latest figures, highest first; null without neighbours' figures. */
export function neighbourRows(m: MetricInfo, a: AreaSummary): MetricView['neighbours'] | null {
  if (a.type !== 'la') return null
  const view = metricView(m, a)
  if (view.value?.value == null || !view.neighbours.slice(1).some((r) => r.value !== null)) return null
  return [...view.neighbours].sort((x, y) => (y.value ?? -Infinity) - (x.value ?? -Infinity))
}
