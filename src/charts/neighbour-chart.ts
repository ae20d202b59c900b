// An LA among its statistical neighbours: one row per LA (the LA and its ten neighbours), highest
// first, each with a dot at its value and the figure in a column of its own, and a comparator
// (England, or the middle local authority where there is no England figure) as a labelled dashed
// rule. Names, figures and the comparator's label sit outside the area the dots use.
import { scaleLinear } from 'd3'
import { formatTick, tickDecimals, unitAxisLabel, type Unit } from './format.ts'
import { palette } from './palette.ts'
import { CHART_WIDTH, el, escapeXml, openSvg, textWidth } from './svg-document.ts'
import { cachedChart } from './chart-cache.ts'

export interface NeighbourInput {
  id: string
  label: string
  unit: Unit
  decimals: number
  /** The LA first, then its neighbours; a null value is a neighbour without a figure. */
  rows: ReadonlyArray<{ name: string; value: number | null; highlight?: boolean }>
  /** The line drawn for comparison, with its name ("England", "Middle LA"); null draws none. */
  reference: { name: string; value: number } | null
}

const FONT = 12
const ROW = 17
const TOP = 22
const AXIS = 20
const LABEL_WIDTH = 112
const DOT_R = 3
const HIGHLIGHT_R = 4.5

/** Cut a long name to fit the label column. */
function fit(name: string, width: number, bold: boolean): string {
  if (textWidth(name, FONT, bold) <= width) return name
  let cut = name
  while (cut.length > 1 && textWidth(`${cut}…`, FONT, bold) > width) cut = cut.slice(0, -1)
  return `${cut.trimEnd()}…`
}

function drawNeighbourChart(input: NeighbourInput): string {
  const rows = [...input.rows].sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity))
  const values = rows.flatMap((r) => (r.value === null ? [] : [r.value]))
  const ref = input.reference
  const figure = (v: number) => formatTick(v, input.unit, input.decimals)
  const valueWidth = Math.max(...values.map((v) => textWidth(figure(v), FONT, true))) + 8
  const unitLabel = unitAxisLabel(input.unit)
  const left = LABEL_WIDTH + 8 + HIGHLIGHT_R
  const right = CHART_WIDTH - valueWidth - HIGHLIGHT_R
  const x = scaleLinear()
    .domain([Math.min(0, ...values, ref?.value ?? Infinity), Math.max(...values, ref?.value ?? -Infinity)])
    .range([left, right])
    .nice(3)
  // nice() may widen the domain past the last dot's room: clamp positions to the range.
  const px = (v: number) => Math.min(right, Math.max(left, x(v)))
  const bottom = TOP + rows.length * ROW
  const height = bottom + AXIS + (unitLabel ? 14 : 0)
  const ticks = x.ticks(3)
  const decimals = tickDecimals(ticks.length > 1 ? ticks[1]! - ticks[0]! : 1)
  let body = ''
  for (const t of ticks) {
    if (x(t) < left - 0.5 || x(t) > right + 0.5) continue
    body += el('line', { x1: x(t), x2: x(t), y1: TOP, y2: bottom, stroke: palette.grid })
    body += el('text', { x: x(t), y: bottom + 14, 'text-anchor': 'middle', fill: palette.muted }, formatTick(t, input.unit, decimals))
  }
  if (unitLabel) body += el('text', { x: left, y: bottom + 30, 'text-anchor': 'start', fill: palette.muted }, escapeXml(unitLabel))
  if (ref) {
    const rx = px(ref.value)
    body += el('line', {
      class: 'chart-reference',
      x1: rx,
      x2: rx,
      y1: TOP - 6,
      y2: bottom,
      stroke: palette.england,
      'stroke-width': 1.5,
      'stroke-dasharray': '4 3',
    })
    const text = `${ref.name} ${figure(ref.value)}`
    const w = textWidth(text, FONT)
    body += el(
      'text',
      { class: 'chart-reference-label', x: Math.min(CHART_WIDTH - w / 2, Math.max(left + w / 2, rx)), y: TOP - 10, fill: palette.england },
      escapeXml(text),
    )
  }
  rows.forEach((r, i) => {
    const y = TOP + i * ROW + ROW / 2
    const colour = r.highlight ? palette.area : palette.otherLa
    const weight = r.highlight ? 'bold' : null
    body += el(
      'text',
      { x: 0, y, dy: '0.32em', 'text-anchor': 'start', fill: r.highlight ? palette.area : palette.text, 'font-weight': weight },
      escapeXml(fit(r.name, LABEL_WIDTH, r.highlight === true)),
    )
    if (r.value === null) {
      body += el('text', { x: CHART_WIDTH, y, dy: '0.32em', 'text-anchor': 'end', fill: palette.muted }, 'no figure')
      return
    }
    body += el('line', {
      x1: left,
      x2: px(r.value),
      y1: y,
      y2: y,
      stroke: colour,
      'stroke-width': r.highlight ? 2 : 1,
      'stroke-opacity': r.highlight ? 1 : 0.6,
    })
    body += el('circle', { cx: px(r.value), cy: y, r: r.highlight ? HIGHLIGHT_R : DOT_R, fill: colour })
    body += el(
      'text',
      { x: CHART_WIDTH, y, dy: '0.32em', 'text-anchor': 'end', fill: r.highlight ? palette.area : palette.text, 'font-weight': weight },
      escapeXml(figure(r.value)),
    )
  })
  return `${openSvg({ id: input.id, kind: 'neighbours', label: input.label, height })}${el('g', { 'aria-hidden': 'true' }, body)}</svg>`
}

export const neighbourChart = cachedChart('neighbours', drawNeighbourChart)
