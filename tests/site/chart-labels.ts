// A downloadable chart file (an embed's chart.svg, an LA theme's at-a-glance.svg) travels without
// its page, so it must carry its own labels: a title that screen readers read and the picture shows
// as its heading, the source with the licence, the site's name and the address of its page.
import { namedAddress } from './file-content.ts'
import { decodeEntities } from './html-references.ts'

const SITE_NAME = 'SEND and AP inclusion dashboard'

/** The chart files people download and embed. */
const isChartFile = (file: string): boolean => /^embed\/[^/]+\/[^/]+\/chart\.svg$|\/at-a-glance\.svg$/.test(file)

/** The words of each <text>, its <tspan> lines joined by spaces. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
    decodeEntities(m[1]!.replace(/<tspan\b[^>]*>/g, ' ').replace(/<[^>]+>/g, ''))
      .replace(/\s+/g, ' ')
      .trim(),
  )
}

/** What a chart file lacks of its labels, if anything. */
export function chartLabelProblem(file: string, svg: string): string | undefined {
  if (!isChartFile(file)) return undefined
  const title = decodeEntities(/<title>([^<]*)<\/title>/.exec(svg)?.[1] ?? '').trim()
  const words = texts(svg)
  const missing = [
    title.length < 10 && 'a <title>',
    !(words[0] && words[0].length >= 10 && title.startsWith(words[0])) && 'a heading that begins its <title>',
    !words.some((w) => w.startsWith('Source: ')) && 'its source',
    !words.some((w) => w.includes('Open Government Licence')) && 'the licence',
    !words.includes(SITE_NAME) && "the site's name",
    namedAddress(file, svg) === undefined && "its page's address last",
  ].filter((x) => x !== false)
  return missing.length > 0 ? `a chart file without ${missing.join(', ')}` : undefined
}
