// Every measure and period for one local authority, as a labelled CSV.
import type { APIRoute } from 'astro'
import type { AreaSummary } from '../../../pipeline/site-data/types.ts'
import { areaCsv } from '../../../site/csv.ts'
import { areas, metrics } from '../../../site/site-data.ts'

export function getStaticPaths() {
  return areas('la').map((area) => ({ params: { slug: area.slug }, props: { area } }))
}

export const GET: APIRoute = ({ props }) =>
  new Response(areaCsv((props as { area: AreaSummary }).area, metrics()), { headers: { 'content-type': 'text/csv; charset=utf-8' } })
