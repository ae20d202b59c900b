// Every area (England, regions, LAs, former LAs) and period on one measure, as a labelled CSV.
import type { APIRoute } from 'astro'
import { metricCsv } from '../../../site/csv.ts'
import { areas, metrics } from '../../../site/site-data.ts'
import { absoluteUrl, routes } from '../../../site/routes.ts'
import type { MetricInfo } from '../../../contract/schemas.ts'

export function getStaticPaths() {
  return metrics().map((metric) => ({ params: { id: metric.id }, props: { metric } }))
}

export const GET: APIRoute = ({ props }) => {
  const { metric } = props as { metric: MetricInfo }
  const csv = metricCsv(metric, areas(), absoluteUrl(routes.metric(metric.id)))
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } })
}
