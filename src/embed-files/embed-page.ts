// The embed page (/embed/<metric>/<area>/index.html), for journalists to put in an iframe: the
// labelled chart as one picture (chart.svg: title, areas, period, units, source, licence and the
// page's address are inside it, so they travel with it), the latest figure and its comparison in
// words under it, and links to the figures and back to the site. No cookies, nothing from other
// hosts, its own small stylesheet. This function is the only thing that writes the page.
import type { AreaSummary, MetricInfo } from '../contract/schemas.ts'
import { escapeXml } from '../charts/svg-document.ts'
import { areaName } from '../site/area-pages.ts'
import { CONTENT_SECURITY_POLICY } from '../site/csp.ts'
import { metricView } from '../site/metric-view.ts'
import { routes } from '../site/routes.ts'
import { SITE_NAME } from '../site/source-line.ts'
import { areaTrend } from '../site/trend.ts'

/** The page's title, before the site's name. */
const embedTitle = (m: MetricInfo, area: AreaSummary): string => `${m.title}: ${areaName(area)}`

/** The figure in words: "January 2025: Leeds: 21.1 ... (6,093 EHC plans); lower than England (36.4 per 1,000)." */
function embedHeadline(m: MetricInfo, area: AreaSummary): string {
  const view = metricView(m, area)
  return (
    (view.latest ? `${view.latest.label}: ` : '') +
    `${areaName(area)}: ${view.sentence}` +
    (view.counts ? ` (${view.counts})` : '') +
    (view.comparison ? `; ${view.comparison}${view.comparisonNote ? ` (${view.comparisonNote})` : ''}` : '') +
    '.' +
    view.notes.map((note) => ` Note: ${note}`).join('')
  )
}

/** The whole page. `chart` is the size chart.svg is drawn at (its width and height attributes). */
export function embedPage(m: MetricInfo, area: AreaSummary, chart: { width: number; height: number }, back: string): string {
  const title = embedTitle(m, area)
  const trend = areaTrend(m, area)
  const name = areaName(area)
  return (
    '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${escapeXml(CONTENT_SECURITY_POLICY)}">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<meta name="referrer" content="no-referrer"><meta name="robots" content="noindex">' +
    `<title>${escapeXml(title)} | ${SITE_NAME}</title>` +
    `<link rel="icon" href="${routes.asset('favicon.svg')}" type="image/svg+xml">` +
    `<link rel="stylesheet" href="${routes.asset('css/embed.css')}">` +
    '</head><body><main class="embed">' +
    `<h1 class="visually-hidden">${escapeXml(title)}</h1>` +
    `<figure><img src="chart.svg" alt="${escapeXml(`Line chart: ${trend.input.label}`)}" width="${chart.width}" height="${chart.height}">` +
    `<figcaption>${escapeXml(embedHeadline(m, area))}</figcaption></figure>` +
    `<p class="links"><a href="${escapeXml(back)}" target="_blank" rel="noopener">${escapeXml(name)} on the ${SITE_NAME}</a>` +
    ` · <a href="data.csv" download="${m.id}-${area.slug}.csv">the figures (CSV)</a></p>` +
    `</main><script src="${routes.asset('js/embed-resize.js')}" defer></script></body></html>\n`
  )
}
