// Every file under /embed/<metric>/<area>/, for one metric and area: the embed page, the labelled
// chart (chart.svg), the chart of similar areas for an LA (neighbours.svg) and the figures
// (data.csv). Pure functions of the site data and the page template; the files are the ones the
// Astro routes they replace wrote, byte for byte.
import type { AreaSummary, MetricInfo } from '../pipeline/site-data/types.ts'
import { trendCsv } from '../site/csv.ts'
import { downloadSvg, neighbourInput, neighbourSvg } from '../site/embeds.ts'
import { areaTrend } from '../site/trend.ts'
import { embedBody, embedTitle } from './embed-page.ts'
import { fillTemplate, type PageTemplate } from './page-template.ts'

export interface OutputFile {
  /** Path inside the site's output folder: "embed/ehcp_count/leeds/index.html". */
  path: string
  content: string
}

const svgFile = (svg: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`

export const embedDir = (m: MetricInfo, area: AreaSummary): string => `embed/${m.id}/${area.slug}`

export function embedFiles(m: MetricInfo, area: AreaSummary, template: PageTemplate): OutputFile[] {
  const dir = embedDir(m, area)
  const files: OutputFile[] = [
    { path: `${dir}/index.html`, content: fillTemplate(template, embedTitle(m, area), embedBody(m, area)) },
    { path: `${dir}/chart.svg`, content: svgFile(downloadSvg(m, area)) },
    { path: `${dir}/data.csv`, content: trendCsv(m, areaTrend(m, area)) },
  ]
  if (neighbourInput(m, area)) files.push({ path: `${dir}/neighbours.svg`, content: svgFile(neighbourSvg(m, area)) })
  return files
}
