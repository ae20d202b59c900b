// Every area (England, regions, LAs, former LAs) and period on one measure, as a labelled CSV.
import type { APIRoute } from 'astro'
import type { MetricInfo } from '../../../pipeline/site-data/types.ts'
import { metricCsv } from '../../../site/csv.ts'
import { areas, metrics } from '../../../site/site-data.ts'

export function getStaticPaths() {
  return metrics().map((metric) => ({ params: { id: metric.id }, props: { metric } }))
}

export const GET: APIRoute = ({ props }) =>
  new Response(metricCsv((props as { metric: MetricInfo }).metric, areas()), { headers: { 'content-type': 'text/csv; charset=utf-8' } })
