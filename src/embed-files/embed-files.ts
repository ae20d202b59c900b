// Every file under /embed/<metric>/<area>/, for one metric and area: the embed page, the labelled
// chart (chart.svg), the chart of similar areas for an LA (neighbours.svg) and the figures
// (data.csv). Pure functions of the site data; the files are the ones the Astro routes they
// replace wrote, byte for byte. The page needs the head Astro writes for the reference embed, so it
// is kept as its title and body until that head is known.
import type { AreaSummary, MetricInfo } from '../pipeline/site-data/types.ts'
import { trendCsv } from '../site/csv.ts'
import { downloadSvg, neighbourInput, neighbourSvg } from '../site/embeds.ts'
import { areaTrend } from '../site/trend.ts'
import { embedBody, embedTitle } from './embed-page.ts'

export interface OutputFile {
  /** Path inside the site's output folder: "embed/ehcp_count/leeds/chart.svg". */
  path: string
  content: string
}

export interface EmbedOutput {
  /** "embed/ehcp_count/leeds" */
  dir: string
  page: { title: string; body: string }
  /** chart.svg, data.csv and, for an LA with similar areas to show, neighbours.svg. */
  files: OutputFile[]
}

const svgFile = (svg: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`

export const embedDir = (m: MetricInfo, area: AreaSummary): string => `embed/${m.id}/${area.slug}`

export function embedOutput(m: MetricInfo, area: AreaSummary): EmbedOutput {
  const dir = embedDir(m, area)
  const files: OutputFile[] = [
    { path: `${dir}/chart.svg`, content: svgFile(downloadSvg(m, area)) },
    { path: `${dir}/data.csv`, content: trendCsv(m, areaTrend(m, area)) },
  ]
  if (neighbourInput(m, area)) files.push({ path: `${dir}/neighbours.svg`, content: svgFile(neighbourSvg(m, area)) })
  return { dir, page: { title: embedTitle(m, area), body: embedBody(m, area) }, files }
}
