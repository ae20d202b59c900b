// The names "Find your area" searches, loaded by the search script when someone starts typing.
import type { APIRoute } from 'astro'
import { placeData } from '../../site/search/place-data.ts'

export const GET: APIRoute = () => new Response(JSON.stringify(placeData()), { headers: { 'content-type': 'application/json' } })
