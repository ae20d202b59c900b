// The "at a glance" spine chart: one row per metric, each on its own scale centred on England, so
// rows with different units line up on a shared England line. Drawn as a string, like every chart.
import { comparisonStyles, palette } from './palette.ts'
import type { SpineComparison } from './palette.ts'
import { CHART_WIDTH, checkId, el, escapeXml, openSvg, textWidth, wrapText } from './svg-document.ts'
import { cachedChart } from './chart-cache.ts'

export interface SpineRow {
  metricId: string
  /** Short metric title, wrapped onto its own line(s) above the bar. */
  title: string
  england: number
  /** Distribution of all LA values for the period. */
  min: number
  q1: number
  q3: number
  max: number
  /** The area's value; null shows "no figure" instead of a marker. */
  value: number | null
  comparison: SpineComparison
  /** The formatted figure ("43.6%"); the chart adds the comparison in words after it. */
  valueText: string
}

export interface SpineInput {
  /** Unique and stable (letters, digits, - and _); identifies the chart in the markup. */
  id: string
  /** One-sentence summary for aria-label and <title>; generated when left out. */
  label?: string
  rows: readonly SpineRow[]
}

const SIDE = 8
const BAR_HEIGHT = 12
const LINE = 15
const ROW_GAP = 14
const CENTRE = CHART_WIDTH / 2
const HALF_WIDTH = CENTRE - SIDE

/** Standard spine scaling: England in the middle, the farthest of min and max at the edge. */
export function spineScale(row: Pick<SpineRow, 'england' | 'min' | 'max'>): (v: number) => number {
  const half = Math.max(Math.abs(row.min - row.england), Math.abs(row.max - row.england))
  return (v) => {
    if (half === 0) return CENTRE
    const t = Math.max(-1, Math.min(1, (v - row.england) / half))
    return CENTRE + t * HALF_WIDTH
  }
}

function describeSpine(input: SpineInput): string {
  const counts = new Map<string, number>()
  let missing = 0
  for (const r of input.rows) {
    if (r.value === null) missing++
    else counts.set(r.comparison, (counts.get(r.comparison) ?? 0) + 1)
  }
  const order: SpineComparison[] = ['higher', 'lower', 'similar', 'not_tested']
  const parts = order
    .filter((c) => counts.has(c))
    .map((c) => `${counts.get(c)} ${comparisonStyles[c].words.replace(/ (to|than) England$/, '').toLowerCase()}`)
  if (missing > 0) parts.push(`${missing} with no figure`)
  const n = input.rows.length
  return `${n} ${n === 1 ? 'measure' : 'measures'} compared with England: ${parts.join(', ')}.`
}

function validate(input: SpineInput): void {
  checkId(input.id)
  if (input.rows.length === 0) throw new Error(`spine ${input.id}: no rows`)
  for (const r of input.rows) {
    const nums = [r.england, r.min, r.q1, r.q3, r.max, ...(r.value === null ? [] : [r.value])]
    if (!nums.every(Number.isFinite)) throw new Error(`spine ${input.id}: row ${r.metricId} has a non-finite number`)
    if (!(r.min <= r.q1 && r.q1 <= r.q3 && r.q3 <= r.max)) throw new Error(`spine ${input.id}: row ${r.metricId} needs min ≤ q1 ≤ q3 ≤ max`)
    if (!(r.comparison in comparisonStyles))
      throw new Error(`spine ${input.id}: row ${r.metricId} has unknown comparison ${String(r.comparison)}`)
  }
}

function marker(comparison: SpineComparison, x: number, y: number): string {
  const s = comparisonStyles[comparison]
  const cls = `spine-marker spine-marker-${comparison}`
  switch (s.shape) {
    case 'circle':
      return el('circle', { class: cls, cx: x, cy: y, r: 5.5, fill: s.colour, stroke: palette.background, 'stroke-width': 1.5 })
    case 'hollow-circle':
      return el('circle', { class: cls, cx: x, cy: y, r: 4.5, fill: palette.background, stroke: s.colour, 'stroke-width': 2 })
    case 'triangle-up':
      return el('path', { class: cls, d: triangle(x, y, -1), fill: s.colour, stroke: palette.background, 'stroke-width': 1.5 })
    case 'triangle-down':
      return el('path', { class: cls, d: triangle(x, y, 1), fill: s.colour, stroke: palette.background, 'stroke-width': 1.5 })
  }
}

/** An equilateral-ish triangle centred on (x, y); dir -1 points up, 1 points down. */
function triangle(x: number, y: number, dir: -1 | 1): string {
  const r = (n: number) => Math.round(n * 100) / 100
  return `M${r(x)},${r(y + dir * 7)}L${r(x + 7)},${r(y - dir * 5)}L${r(x - 7)},${r(y - dir * 5)}Z`
}

/** The key: what the bars and the centre line mean; the markers are explained in words per row. */
function key(top: number): { svg: string; height: number } {
  const y = top + 6
  const parts: string[] = [
    el('text', { x: 0, y, dy: '0.32em', 'text-anchor': 'start', fill: palette.muted }, '← lower'),
    el('text', { x: CHART_WIDTH, y, dy: '0.32em', 'text-anchor': 'end', fill: palette.muted }, 'higher →'),
    el('text', { x: CENTRE, y, dy: '0.32em', 'text-anchor': 'middle', fill: palette.england, 'font-weight': 'bold' }, 'England'),
  ]
  const items: Array<{ fill: string; text: string }> = [
    { fill: palette.spineRange, text: 'All LAs, lowest to highest' },
    { fill: palette.spineQuartiles, text: 'Middle half of LAs' },
  ]
  let x = 0
  let row = 0
  for (const item of items) {
    const w = 22 + textWidth(item.text) + 14
    if (x > 0 && x + w > CHART_WIDTH) {
      row++
      x = 0
    }
    const ky = top + 24 + row * 18
    parts.push(
      el('rect', { x, y: ky - 5, width: 18, height: 10, fill: item.fill }),
      el('text', { x: x + 22, y: ky, dy: '0.32em', 'text-anchor': 'start', fill: palette.text }, escapeXml(item.text)),
    )
    x += w
  }
  return { svg: el('g', { class: 'spine-key' }, parts.join('')), height: 24 + row * 18 + 14 }
}

function drawSpineChart(input: SpineInput): string {
  validate(input)
  const label = input.label ?? describeSpine(input)
  const k = key(2)
  let y = 2 + k.height
  const rows: string[] = []
  for (const r of input.rows) {
    const parts: string[] = []
    for (const line of wrapText(r.title, CHART_WIDTH - 2, 12, true)) {
      parts.push(el('text', { x: 0, y: y + 9, 'text-anchor': 'start', 'font-weight': 'bold', fill: palette.text }, escapeXml(line)))
      y += LINE
    }
    // The figure, then the comparison in words (colour and shape are never the only cue).
    const style = comparisonStyles[r.comparison]
    const figure = r.valueText.trim() === '' ? 'No figure' : r.valueText.trim()
    const words = r.value === null ? '' : style.words
    const oneLine = textWidth(`${figure} · ${words}`, 12, true) <= CHART_WIDTH - 2
    const figureSvg = el('tspan', { fill: palette.text }, escapeXml(figure))
    const wordsSvg = el('tspan', { fill: style.colour, 'font-weight': 'bold' }, escapeXml(words))
    if (words === '') parts.push(el('text', { x: 0, y: y + 9, 'text-anchor': 'start' }, figureSvg))
    else if (oneLine)
      parts.push(
        el('text', { x: 0, y: y + 9, 'text-anchor': 'start' }, `${figureSvg}${el('tspan', { fill: palette.muted }, ' · ')}${wordsSvg}`),
      )
    else {
      parts.push(el('text', { x: 0, y: y + 9, 'text-anchor': 'start' }, figureSvg))
      y += LINE
      parts.push(el('text', { x: 0, y: y + 9, 'text-anchor': 'start' }, wordsSvg))
    }
    y += LINE + 3

    const x = spineScale(r)
    const barY = y
    const mid = barY + BAR_HEIGHT / 2
    parts.push(
      el('rect', {
        class: 'spine-range',
        x: x(r.min),
        y: barY,
        width: Math.max(1, x(r.max) - x(r.min)),
        height: BAR_HEIGHT,
        fill: palette.spineRange,
      }),
      el('rect', {
        class: 'spine-quartiles',
        x: x(r.q1),
        y: barY,
        width: Math.max(1, x(r.q3) - x(r.q1)),
        height: BAR_HEIGHT,
        fill: palette.spineQuartiles,
      }),
      el('line', {
        class: 'spine-england',
        x1: CENTRE,
        x2: CENTRE,
        y1: barY - 4,
        y2: barY + BAR_HEIGHT + 4,
        stroke: palette.england,
        'stroke-width': 2,
      }),
    )
    if (r.value === null) {
      // White halo keeps the words readable over the bars.
      parts.push(
        el(
          'text',
          {
            class: 'spine-no-figure',
            x: CENTRE + 6,
            y: mid,
            dy: '0.32em',
            'text-anchor': 'start',
            fill: palette.muted,
            stroke: palette.background,
            'stroke-width': 3,
            'paint-order': 'stroke',
            'stroke-linejoin': 'round',
          },
          'no figure',
        ),
      )
    } else {
      parts.push(marker(r.comparison, x(r.value), mid))
    }
    y = barY + BAR_HEIGHT + ROW_GAP
    rows.push(
      el(
        'g',
        { class: 'spine-row', 'data-metric': r.metricId, 'data-comparison': r.value === null ? 'none' : r.comparison },
        parts.join(''),
      ),
    )
  }
  const height = y - ROW_GAP + 6
  return `${openSvg({ id: input.id, kind: 'spine', label, height })}${k.svg}${rows.join('')}</svg>`
}

export const spineChart = cachedChart('spine', drawSpineChart)
