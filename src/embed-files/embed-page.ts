// The embed page's markup (/embed/<metric>/<area>/): a minimal page with one chart, for journalists
// to embed in an iframe: title, areas, period, units, the comparison in words, the source with its
// licence, the site's name and a link back. No cookies, nothing from other hosts. The <head> (CSP,
// stylesheet) is the one Astro writes for the reference embed (src/pages/embed/), so only the body
// and the title are made here, by pure functions of the site data.
import { escapeXml } from '../charts/svg-document.ts'
import { trendChart } from '../charts/trend-chart.ts'
import type { AreaSummary, MetricInfo } from '../pipeline/site-data/types.ts'
import { chartLabels } from '../site/embeds.ts'
import { metricView } from '../site/metric-view.ts'
import { routes } from '../site/routes.ts'
import { areaPath } from '../site/site-data.ts'
import { areaTrend, trendCaption } from '../site/trend.ts'

const areaName = (area: AreaSummary) => (area.type === 'england' ? 'England' : area.name)

/** The page title, before the site's name that every page's head adds. */
export function embedTitle(m: MetricInfo, area: AreaSummary): string {
  return `${m.title}: ${areaName(area)}`
}

/** Text as Astro writes an expression in the page: &, <, >, " and ' escaped. */
const text = escapeXml
/** An attribute value as Astro writes it: & and " escaped. */
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;')

/** Everything inside <body>, byte for byte as the Astro page that it replaces wrote it. */
export function embedBody(m: MetricInfo, area: AreaSummary): string {
  const trend = areaTrend(m, area)
  const svg = trend.hasData ? trendChart(trend.input) : null
  const view = metricView(m, area)
  const labels = chartLabels(m, trend)
  const name = areaName(area)
  const back =
    area.type === 'la' || area.type === 'region' || area.type === 'england' ? `${areaPath(area)}${m.theme}/#${m.id}` : areaPath(area)
  const chart = svg
    ? `<figure class="chart">${svg}<figcaption>${text(trendCaption(trend))}</figcaption></figure>`
    : `<p>No figures for ${text(name)}.</p>`
  const headline =
    (view.latest ? `${text(view.latest.label)}: ` : '') +
    `<strong>${text(name)}</strong>: ${text(view.sentence)}` +
    (view.counts ? text(` (${view.counts})`) : '') +
    (view.comparison ? text(`; ${view.comparison}${view.comparisonNote ? ` (${view.comparisonNote})` : ''}`) : '') +
    '.'
  return (
    `<main class="embed"><h1>${text(labels.title)}</h1>` +
    `<p class="subtitle">${text(labels.subtitle)}. ${text(labels.units)}.</p>` +
    chart +
    `<p class="headline">${headline}</p>` +
    `<p class="source">${text(labels.source)}</p>` +
    `<p class="back"><a href="${attr(back)}" target="_blank" rel="noopener">${text(name)} on the ${text(labels.siteName)}</a></p>` +
    `</main><script src="${attr(routes.asset('js/embed-resize.js'))}" defer></script>`
  )
}
