import type { AreaSummary, MetricInfo } from '../pipeline/site-data/types.ts'
import { labelledSvg } from '../charts/labelled-svg.ts'
import { neighbourChart, type NeighbourInput } from '../charts/neighbour-chart.ts'
import { trendChart } from '../charts/trend-chart.ts'
import { UNIT_WORDS, metricSource } from './csv.ts'
import { format, metricView } from './metric-view.ts'
import { areas, metrics } from './site-data.ts'
import { SITE_NAME } from './source-line.ts'
import { areaTrend, type AreaTrend } from './trend.ts'
import { perMetricAndArea } from './per-metric-and-area.ts'

type EmbedPath = { params: { metric: string; area: string }; props: { metric: MetricInfo; area: AreaSummary } }

/** The embeds one at a time, in the order of embedPaths. */
function* eachEmbedPath(among: readonly AreaSummary[]): Generator<EmbedPath> {
  const shown = among.filter((a) => a.type !== 'former_la')
  for (const metric of metrics())
    for (const area of shown)
      if (areaTrend(metric, area).hasData) yield { params: { metric: metric.id, area: area.slug }, props: { metric, area } }
}

/**
 * Every metric and area with figures to chart (no page for, say, England on a measure that has no
 * England figures); `among` limits the areas (the embed generator's workers share them out).
 */
export const embedPaths = (among: readonly AreaSummary[] = areas()): EmbedPath[] => [...eachEmbedPath(among)]

/** The first embed only (the one Astro renders), without working out the other 25,000. */
export function firstEmbedPath(): EmbedPath[] {
  const first = eachEmbedPath(areas()).next()
  return first.done ? [] : [first.value]
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

/** An LA among its statistical neighbours on one measure's latest figures; null when there is nothing to set it against. */
export const neighbourInput = perMetricAndArea((m: MetricInfo, a: AreaSummary): NeighbourInput | null => {
  if (a.type !== 'la') return null
  const view = metricView(m, a)
  if (view.neighbours.length <= 1 || view.value?.value == null || !view.latest) return null
  const ref = view.reference
  return {
    id: `neighbours-${m.id}`,
    label: `${a.name} (${format(m, view.value.value)}) and its statistical neighbours, ${view.latest.label}${ref ? `; ${ref.kind === 'england' ? 'England' : 'middle local authority'} ${format(m, ref.value)}` : ''}.`,
    unit: m.unit,
    decimals: m.decimals,
    rows: view.neighbours,
    reference: ref,
  }
})

/** The chart of similar areas as a file, labelled like the trend download. */
export function neighbourSvg(m: MetricInfo, a: AreaSummary): string {
  const input = neighbourInput(m, a)
  if (!input) throw new Error(`no chart of similar areas for ${m.id} in ${a.name}`)
  const period = m.periods.find((p) => p.id === m.latest)!.label
  return labelledSvg(neighbourChart(input), {
    title: m.title,
    subtitle: `${a.name} and its 10 statistical neighbours (similar areas), ${period}`,
    units: `Units: ${UNIT_WORDS[m.unit]}`,
    source: `Source: ${metricSource(m)}`,
    siteName: SITE_NAME,
  })
}
