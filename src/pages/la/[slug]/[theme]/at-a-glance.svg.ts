// An LA's theme at a glance (every measure against England and all LAs) as a labelled SVG file:
// shown, folded, as an image on the theme page, whose table says the same.
import type { APIRoute } from 'astro'
import { svgFile } from '../../../../charts/svg-document.ts'
import { glancePaths, glanceSvg } from '../../../../site/at-a-glance.ts'
import type { AreaSummary } from '../../../../contract/schemas.ts'
import type { ThemeInfo } from '../../../../contract/vocabulary.ts'

export function getStaticPaths() {
  return glancePaths()
}

export const GET: APIRoute = ({ props }) => {
  const { area, theme } = props as { area: AreaSummary; theme: ThemeInfo }
  const svg = glanceSvg(area, theme)
  if (!svg) throw new Error(`no at-a-glance chart for ${area.name}, ${theme.id}`)
  return new Response(svgFile(svg), { headers: { 'content-type': 'image/svg+xml' } })
}
