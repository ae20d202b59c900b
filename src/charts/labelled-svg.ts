// A chart made to travel on its own (the SVG and PNG downloads, and the picture an embed shows):
// the chart with its title, areas, period and units above it and the source, licence, the site's
// name and the address of the page it comes from below, all inside the one file, with a margin.
import { palette } from './palette.ts'
import { CHART_WIDTH, el, escapeXml, FONT_FAMILY, roundNumber, SVG_NS, wrapText } from './svg-document.ts'

export interface ChartLabels {
  title: string
  /** "Leeds, Yorkshire and The Humber and England, January 2019 to January 2025". */
  subtitle: string
  /** "Per cent of children and young people with an EHC plan", or null when the chart says it. */
  units: string | null
  source: string
  siteName: string
  /** The address of the page the chart belongs to. */
  address: string
}

const PAD = 12
const WIDTH = CHART_WIDTH + 2 * PAD

// Titles, sources and the site's name recur on every area's file: each is wrapped once.
const wrapped = new Map<string, string[]>()
const WRAPPED_KEPT = 4096

function lines(text: string, size: number, bold: boolean): string[] {
  const key = `${size}${bold ? 'b' : ''} ${text}`
  let found = wrapped.get(key)
  if (!found) {
    if (wrapped.size >= WRAPPED_KEPT) wrapped.clear()
    wrapped.set(key, (found = wrapText(text, CHART_WIDTH, size, bold)))
  }
  return found
}

/** An address broken after its slashes into lines that fit (an address has no spaces to wrap at). */
function addressLines(address: string, size: number): string[] {
  return wrapText(address.replace(/\//g, '/ '), CHART_WIDTH, size).map((line) => line.replace(/\/ /g, '/'))
}

/**
 * The chart's own root without what the file's root already says (its name, title, font), placed
 * at (x, y) inside the labelled file, and without the page's hooks for CSS and scripts (class and
 * data-* attributes): a file has neither, and they were a tenth of its bytes.
 */
function placeChart(chart: string, x: number, y: number): string {
  const open = /^<svg[^>]*>(<title>[^<]*<\/title>)?/.exec(chart)
  if (!open) throw new Error('labelledSvg: the chart does not start with <svg>')
  const keep = [...open[0].matchAll(/ (viewBox|width|height|font-size|fill|text-anchor)="[^"]*"/g)].map((m) => m[0]).join('')
  const body = chart.slice(open[0].length).replace(/ (class|data-[a-z-]+)="[^"]*"/g, '')
  return `<svg x="${roundNumber(x)}" y="${roundNumber(y)}"${keep}>${body}`
}

/** Lines of text as one element: the first at y, each next one `step` below it. */
function textBlock(lines: readonly string[], y: number, step: number, a: Readonly<Record<string, string | number | null>>): string {
  const [first = '', ...rest] = lines
  const more = rest.map((line) => `<tspan x="${PAD}" dy="${step}">${escapeXml(line)}</tspan>`).join('')
  return el('text', { x: PAD, y, ...a }, `${escapeXml(first)}${more}`)
}

/** Wraps a chart's <svg> (as our charts render it) with its labels, as a standalone SVG file. */
export function labelledSvg(chart: string, labels: ChartLabels): string {
  const viewBox = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(chart)
  if (!viewBox) throw new Error('labelledSvg: the chart has no viewBox')
  const chartHeight = Number(viewBox[2])
  let y = PAD
  let out = ''
  const block = (text: readonly string[], size: number, a: Readonly<Record<string, string | number | null>>) => {
    if (text.length === 0) return
    out += textBlock(text, y + size, size + 3, { 'font-size': size, ...a })
    y += text.length * (size + 3)
  }
  block(lines(labels.title, 15, true), 15, { 'font-weight': 'bold', fill: palette.text })
  block([...lines(labels.subtitle, 12, false), ...(labels.units ? lines(labels.units, 12, false) : [])], 12, { fill: palette.muted })
  y += 8
  out += placeChart(chart, PAD, y)
  y += chartHeight + 6
  block(lines(labels.source, 12, false), 12, { fill: palette.muted })
  y += 4
  block(lines(labels.siteName, 12, true), 12, { 'font-weight': 'bold', fill: palette.muted })
  block(addressLines(labels.address, 12), 12, { fill: palette.muted })
  const height = y + PAD
  const name = `${labels.title}. ${labels.subtitle}.`
  return (
    // The <title> names the file's picture (an <img> that shows it gives its own alt text).
    `<svg xmlns="${SVG_NS}" viewBox="0 0 ${WIDTH} ${roundNumber(height)}" width="${WIDTH * 2}" height="${roundNumber(height * 2)}" role="img" font-family="${escapeXml(FONT_FAMILY)}" text-anchor="start">` +
    el('title', {}, escapeXml(name)) +
    el('rect', { width: WIDTH, height, fill: palette.background }) +
    out +
    '</svg>'
  )
}
