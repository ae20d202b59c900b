// An LA among its statistical neighbours on one measure, as a labelled SVG file: shown (folded) on
// the LA's theme page and offered as a download, drawn once.
import type { APIRoute } from 'astro'
import type { AreaSummary, MetricInfo } from '../../../../pipeline/site-data/types.ts'
import { neighbourPaths, neighbourSvg } from '../../../../site/embeds.ts'

export function getStaticPaths() {
  return neighbourPaths()
}

export const GET: APIRoute = ({ props }) => {
  const { metric, area } = props as { metric: MetricInfo; area: AreaSummary }
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${neighbourSvg(metric, area)}\n`, {
    headers: { 'content-type': 'image/svg+xml' },
  })
}
