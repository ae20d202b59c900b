// An embed page is the head Astro wrote for the reference embed, with the page's own title, and
// the page's body. Taking the head from Astro's output keeps every embed's stylesheet (bundled and
// named by Vite), Content-Security-Policy and icon exactly those of the site's shared <head>.
import { escapeXml } from '../charts/svg-document.ts'

export interface PageTemplate {
  /** Everything up to the title's text. */
  beforeTitle: string
  /** The title's text after the page's own part: " | SEND and AP inclusion dashboard". */
  titleSuffix: string
  /** From </title> to <body>, inclusive. */
  beforeBody: string
  /** From </body>, inclusive, to the end. */
  afterBody: string
}

/** Splits Astro's page for the reference embed, whose own title part was `title`. */
export function pageTemplate(html: string, title: string, where: string): PageTemplate {
  const find = (marker: string, from: number, to: number) => {
    const at = html.indexOf(marker, from)
    if (at < 0 || at > to) throw new Error(`${where}: no ${marker} where expected in the reference embed page`)
    return at
  }
  // Charts inside the body have titles of their own: the page's title is the one in the head.
  const headEnd = find('</head>', 0, html.length)
  const titleStart = find('<title>', 0, headEnd) + '<title>'.length
  const titleEnd = find('</title>', titleStart, headEnd)
  const bodyStart = find('<body>', headEnd, html.length) + '<body>'.length
  const bodyEnd = html.lastIndexOf('</body>')
  if (bodyEnd < bodyStart) throw new Error(`${where}: no </body> in the reference embed page`)
  const titleText = html.slice(titleStart, titleEnd)
  const own = escapeXml(title)
  if (!titleText.startsWith(own))
    throw new Error(`${where}: the page title ${JSON.stringify(titleText)} does not start with ${JSON.stringify(own)}`)
  return {
    beforeTitle: html.slice(0, titleStart),
    titleSuffix: titleText.slice(own.length),
    beforeBody: html.slice(titleEnd, bodyStart),
    afterBody: html.slice(bodyEnd),
  }
}

export function fillTemplate(t: PageTemplate, title: string, body: string): string {
  return `${t.beforeTitle}${escapeXml(title)}${t.titleSuffix}${t.beforeBody}${body}${t.afterBody}`
}
