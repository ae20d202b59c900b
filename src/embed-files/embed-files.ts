// Every file under /embed/<metric>/<area>/, for one metric and area: the embed page, the labelled
// chart (chart.svg) and the figures behind it (data.csv). Pure functions of the site data.
import type { AreaSummary, MetricInfo } from '../contract/schemas.ts'
import { svgFile } from '../charts/svg-document.ts'
import { trendCsv } from '../site/csv.ts'
import { downloadSvg, embedBackPath } from '../site/embeds.ts'
import { absoluteUrl } from '../site/routes.ts'
import { areaTrend } from '../site/trend.ts'
import { embedPage } from './embed-page.ts'

export interface OutputFile {
  /** Path inside the site's output folder: "embed/ehcp_count/leeds/chart.svg". */
  path: string
  content: string
}

/** The width and height attributes of an <svg>'s root. */
function svgSize(svg: string): { width: number; height: number } {
  const found = /^<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(svg)
  if (!found) throw new Error('a labelled chart without width and height')
  return { width: Number(found[1]), height: Number(found[2]) }
}

export function embedFiles(m: MetricInfo, area: AreaSummary): OutputFile[] {
  const dir = `embed/${m.id}/${area.slug}`
  const back = embedBackPath(m, area)
  const chart = downloadSvg(m, area)
  return [
    { path: `${dir}/index.html`, content: embedPage(m, area, svgSize(chart), back) },
    { path: `${dir}/chart.svg`, content: svgFile(chart) },
    { path: `${dir}/data.csv`, content: trendCsv(m, areaTrend(m, area), absoluteUrl(back)) },
  ]
}
