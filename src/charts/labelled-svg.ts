// A chart made to travel on its own (the SVG and PNG downloads): the chart with its title, area,
// period and units above it and the source, licence and site name below, all inside the one file.
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
}

const PAD = 8
const LINE = 15

// Titles, sources and the site's name recur on every area's file: each is wrapped once.
const wrapped = new Map<string, string[]>()
const WRAPPED_KEPT = 4096

function lines(text: string, size: number, bold: boolean): string[] {
  const key = `${size}${bold ? 'b' : ''} ${text}`
  let found = wrapped.get(key)
  if (!found) {
    if (wrapped.size >= WRAPPED_KEPT) wrapped.clear()
    wrapped.set(key, (found = wrapText(text, CHART_WIDTH - 2 * PAD, size, bold)))
  }
  return found
}

/** Wraps a chart's <svg> (as our charts render it) with its labels, as a standalone SVG file. */
export function labelledSvg(chart: string, labels: ChartLabels): string {
  const viewBox = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(chart)
  if (!viewBox) throw new Error('labelledSvg: the chart has no viewBox')
  const chartHeight = Number(viewBox[2])
  let y = PAD
  let head = ''
  const block = (text: string, size: number, bold: boolean, fill: string) => {
    for (const line of lines(text, size, bold)) {
      y += size + 3
      head += el('text', { x: PAD, y, 'font-size': size, 'font-weight': bold ? 'bold' : null, fill }, escapeXml(line))
    }
  }
  block(labels.title, 15, true, palette.text)
  block(labels.subtitle, 12, false, palette.muted)
  if (labels.units) block(labels.units, 12, false, palette.muted)
  y += 8
  // The chart keeps its own root (role, title, viewBox), placed below the heading.
  const placed = chart.replace('<svg ', `<svg x="0" y="${roundNumber(y)}" `)
  y += chartHeight + 6
  let foot = ''
  for (const line of [...lines(labels.source, 12, false), ...lines(labels.siteName, 12, true)]) {
    y += LINE
    foot += el('text', { x: PAD, y, 'font-size': 12, fill: palette.muted }, escapeXml(line))
  }
  const height = y + PAD
  const name = `${labels.title}. ${labels.subtitle}.`
  return (
    `<svg xmlns="${SVG_NS}" viewBox="0 0 ${CHART_WIDTH} ${roundNumber(height)}" width="${CHART_WIDTH * 2}" height="${roundNumber(height * 2)}" role="img" aria-label="${escapeXml(name)}" font-family="${escapeXml(FONT_FAMILY)}" text-anchor="start">` +
    el('title', {}, escapeXml(name)) +
    el('rect', { width: CHART_WIDTH, height, fill: palette.background }) +
    head +
    placed +
    foot +
    '</svg>'
  )
}
