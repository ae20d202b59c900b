// "At a glance" for an LA's theme: each measure's latest figure against England and the spread of
// all LAs, in the order of the theme's groups. The chart is a labelled SVG file shown as an image
// (a theme of 45 measures would otherwise put about 500 SVG elements into its page) with the same
// comparisons in a table on the page.
import { labelledSvg } from '../charts/labelled-svg.ts'
import { spineChart, type SpineRow } from '../charts/spine-chart.ts'
import { themeHref, themesWithMetrics } from './area-pages.ts'
import { absoluteUrl } from './routes.ts'
import { LICENCE, SITE_NAME, sourceLine } from './source-line.ts'
import { format, type MetricView } from './metric-view.ts'
import { areas, source } from './site-data.ts'
import { themeViews } from './theme-page.ts'
import type { AreaSummary } from '../contract/schemas.ts'
import type { ThemeInfo } from '../contract/vocabulary.ts'

/** The chart's rows: measures with an England figure and LA figures to draw the spread from. */
export function glanceRows(views: readonly MetricView[]): SpineRow[] {
  return views
    .filter((v) => v.benchmark?.england != null && v.quartiles && v.laValues.length > 0)
    .map((v) => ({
      metricId: v.metric.id,
      title: v.metric.title,
      england: v.benchmark!.england!,
      min: Math.min(...v.laValues),
      q1: v.quartiles!.q1,
      q3: v.quartiles!.q3,
      max: Math.max(...v.laValues),
      value: v.value?.value ?? null,
      comparison: v.vsEngland ?? ('not_tested' as const),
      valueText: v.value?.value != null ? format(v.metric, v.value.value) : 'no figure',
    }))
}

/** The chart as a file, with its title, the area, what the rows show and the sources; null when no row can be drawn. */
export function glanceSvg(area: AreaSummary, theme: ThemeInfo): string | null {
  const views = themeViews(area, theme)
  const rows = glanceRows(views)
  if (rows.length === 0) return null
  const used = new Set(views.filter((v) => rows.some((r) => r.metricId === v.metric.id)).flatMap((v) => v.metric.sources))
  return labelledSvg(
    spineChart({
      id: `spine-${theme.id}`,
      label: `${area.name} compared with England and all local authorities on ${rows.length} measures of ${theme.title.toLowerCase()}, latest figures.`,
      rows,
    }),
    {
      title: `${area.name}: ${theme.title}, at a glance`,
      subtitle: `Latest figures on ${rows.length} measures against England and all local authorities`,
      units: 'Each row on its own scale, centred on England',
      source: `Source: ${sourceLine([...used].map(source), { short: true })}. ${LICENCE}.`,
      siteName: SITE_NAME,
      address: absoluteUrl(`${themeHref(area, theme.id)}#at-a-glance`),
    },
  )
}

/** Every LA theme with a chart to draw. */
export function glancePaths(): Array<{ params: { slug: string; theme: string }; props: { area: AreaSummary; theme: ThemeInfo } }> {
  return areas('la').flatMap((area) =>
    themesWithMetrics()
      .filter((theme) => glanceRows(themeViews(area, theme)).length > 0)
      .map((theme) => ({ params: { slug: area.slug, theme: theme.id }, props: { area, theme } })),
  )
}
