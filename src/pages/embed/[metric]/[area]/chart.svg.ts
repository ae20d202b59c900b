// The embeddable chart as a labelled SVG file (title, areas, period, units, source, licence, site).
import type { APIRoute } from 'astro'
import type { AreaSummary, MetricInfo } from '../../../../pipeline/site-data/types.ts'
import { downloadSvg, embedPaths } from '../../../../site/embeds.ts'

export function getStaticPaths() {
  return embedPaths()
}

export const GET: APIRoute = ({ props }) => {
  const { metric, area } = props as { metric: MetricInfo; area: AreaSummary }
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${downloadSvg(metric, area)}\n`, {
    headers: { 'content-type': 'image/svg+xml' },
  })
}
