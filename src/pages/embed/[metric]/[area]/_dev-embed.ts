// The embed files (/embed/<metric>/<area>/, chart.svg, data.csv) for the dev server only. A build
// writes them after Astro, with the embed generator (src/embed-files/generate.ts): outside dev the
// routes beside this module give no paths, so the build's output is unchanged and the generator
// stays the only writer of these files. In dev the same function (embedFiles) answers, so the dev
// server shows what the build writes. (Files starting with "_" are not routes.)
import type { APIContext } from 'astro'
import { embedFiles } from '../../../../embed-files/embed-files.ts'
import { embedsOf } from '../../../../site/embeds.ts'
import { areas, metric, metrics } from '../../../../site/site-data.ts'
import type { AreaSummary } from '../../../../contract/schemas.ts'

export type EmbedFileName = 'index.html' | 'chart.svg' | 'data.csv'

const TYPES: Readonly<Record<EmbedFileName, string>> = {
  'index.html': 'text/html; charset=utf-8',
  'chart.svg': 'image/svg+xml',
  'data.csv': 'text/csv; charset=utf-8',
}

/**
 * In dev, every area that can have embeds with every measure: whether a pair has one is asked
 * only when it is requested, so that a dev server on a full build's site data starts at once.
 */
export function devEmbedPaths(): Array<{ params: { metric: string; area: string }; props: { area: AreaSummary } }> {
  if (!import.meta.env.DEV) return []
  return areas()
    .filter((area) => area.type !== 'former_la')
    .flatMap((area) => metrics().map((m) => ({ params: { metric: m.id, area: area.slug }, props: { area } })))
}

/** One embed file as embedFiles() writes it, or 404 where the build writes no embed. */
export function devEmbedFile({ params, props }: APIContext, name: EmbedFileName): Response {
  const { area } = props as { area: AreaSummary }
  const m = metric(params.metric!)
  if (!embedsOf(area).some((x) => x.id === m.id))
    return new Response(`No embed: ${area.name} has no figures to chart for ${m.title}.\n`, {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  const file = embedFiles(m, area).find((f) => f.path.endsWith(`/${name}`))
  if (!file) throw new Error(`embedFiles() writes no ${name}`)
  return new Response(file.content, { headers: { 'content-type': TYPES[name] } })
}
