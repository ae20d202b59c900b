// The embeddable chart as an SVG file, for download.
import type { APIRoute } from 'astro'
import { trendChart } from '../../../../charts/trend-chart.ts'
import type { AreaSummary, MetricInfo } from '../../../../pipeline/site-data/types.ts'
import { embedPaths } from '../../../../site/embeds.ts'
import { areaTrend } from '../../../../site/trend.ts'

export function getStaticPaths() {
  return embedPaths()
}

export const GET: APIRoute = ({ props }) => {
  const { metric, area } = props as { metric: MetricInfo; area: AreaSummary }
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${trendChart(areaTrend(metric, area, 'download').input)}\n`, {
    headers: { 'content-type': 'image/svg+xml' },
  })
}
