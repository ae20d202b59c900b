// Every LA's latest figures, for comparing chosen LAs on /la/<slug>/compare/ (loaded by its script).
import type { APIRoute } from 'astro'
import { compareFigures } from '../../site/compare-figures.ts'

export const GET: APIRoute = () =>
  new Response(JSON.stringify(compareFigures()), { headers: { 'content-type': 'application/json; charset=utf-8' } })
