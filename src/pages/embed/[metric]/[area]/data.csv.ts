// The figures behind the embeddable chart, as a labelled CSV.
import type { APIRoute } from 'astro'
import type { AreaSummary, MetricInfo } from '../../../../pipeline/site-data/types.ts'
import { trendCsv } from '../../../../site/csv.ts'
import { embedPaths } from '../../../../site/embeds.ts'
import { areaTrend } from '../../../../site/trend.ts'

export function getStaticPaths() {
  return embedPaths()
}

export const GET: APIRoute = ({ props }) => {
  const { metric, area } = props as { metric: MetricInfo; area: AreaSummary }
  return new Response(trendCsv(metric, areaTrend(metric, area)), { headers: { 'content-type': 'text/csv; charset=utf-8' } })
}
