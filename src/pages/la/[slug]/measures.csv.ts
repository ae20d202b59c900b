// Every measure and period for one local authority, as a labelled CSV.
import type { APIRoute } from 'astro'
import { areaCsv } from '../../../site/csv.ts'
import { areas, metrics } from '../../../site/site-data.ts'
import { absoluteUrl, routes } from '../../../site/routes.ts'
import type { AreaSummary } from '../../../contract/schemas.ts'

export function getStaticPaths() {
  return areas('la').map((area) => ({ params: { slug: area.slug }, props: { area } }))
}

export const GET: APIRoute = ({ props }) => {
  const { area } = props as { area: AreaSummary }
  const csv = areaCsv(area, metrics(), { own: absoluteUrl(routes.la(area.slug)), sources: absoluteUrl(routes.sources()) })
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } })
}
