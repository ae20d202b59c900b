// An LA among its statistical neighbours: one row per LA (the LA and its ten neighbours), highest
// first, each with a dot at its value, England as a dashed line. Small enough to sit beside every
// measure on an LA page (the spread of all LAs is on the measure's own page).
import { scaleLinear } from 'd3'
import { formatTick, formatValueShort, tickDecimals, type Unit } from './format.ts'
import { palette } from './palette.ts'
import { CHART_WIDTH, el, escapeXml, openSvg, textWidth } from './svg-document.ts'

export interface NeighbourInput {
  id: string
  label: string
  unit: Unit
  decimals: number
  /** The LA first, then its neighbours; a null value is a neighbour without a figure. */
  rows: ReadonlyArray<{ name: string; value: number | null; highlight?: boolean }>
  england: number | null
}

const ROW = 15
const TOP = 6
const AXIS = 22
const LABEL_WIDTH = 128
const VALUE_WIDTH = 46

/** Cut a long name to fit the label column. */
function fit(name: string, width: number): string {
  if (textWidth(name, 11) <= width) return name
  let cut = name
  while (cut.length > 1 && textWidth(`${cut}…`, 11) > width) cut = cut.slice(0, -1)
  return `${cut.trimEnd()}…`
}

export function neighbourChart(input: NeighbourInput): string {
  const rows = [...input.rows].sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity))
  const values = rows.flatMap((r) => (r.value === null ? [] : [r.value]))
  const domain = [Math.min(0, ...values, input.england ?? Infinity), Math.max(...values, input.england ?? -Infinity)]
  const x = scaleLinear()
    .domain(domain)
    .range([LABEL_WIDTH + 6, CHART_WIDTH - VALUE_WIDTH])
    .nice(4)
  const height = TOP + rows.length * ROW + AXIS
  const ticks = x.ticks(4)
  const decimals = tickDecimals(ticks.length > 1 ? ticks[1]! - ticks[0]! : 1)
  let body = ''
  for (const t of ticks) {
    body += el('line', { x1: x(t), x2: x(t), y1: TOP, y2: TOP + rows.length * ROW, stroke: palette.grid, 'aria-hidden': 'true' })
    body += el(
      'text',
      { x: x(t), y: height - 6, 'text-anchor': 'middle', fill: palette.muted, 'font-size': 10, 'aria-hidden': 'true' },
      formatTick(t, input.unit, decimals),
    )
  }
  rows.forEach((r, i) => {
    const y = TOP + i * ROW + ROW / 2
    const colour = r.highlight ? palette.area : palette.otherLa
    const weight = r.highlight ? 'bold' : null
    body += el(
      'text',
      { x: 0, y: y + 4, 'font-size': 11, fill: r.highlight ? palette.area : palette.text, 'font-weight': weight },
      escapeXml(fit(r.name, LABEL_WIDTH)),
    )
    if (r.value === null) {
      body += el('text', { x: x.range()[0]!, y: y + 4, 'font-size': 10, fill: palette.muted }, 'no figure')
      return
    }
    body += el('line', {
      x1: x.range()[0]!,
      x2: x(r.value),
      y1: y,
      y2: y,
      stroke: colour,
      'stroke-width': r.highlight ? 2 : 1,
      'stroke-opacity': r.highlight ? 1 : 0.6,
    })
    body += el('circle', { cx: x(r.value), cy: y, r: r.highlight ? 4.5 : 3, fill: colour })
    body += el(
      'text',
      {
        x: CHART_WIDTH,
        y: y + 4,
        'text-anchor': 'end',
        'font-size': 11,
        fill: r.highlight ? palette.area : palette.text,
        'font-weight': weight,
      },
      escapeXml(formatValueShort(r.value, input.unit, input.decimals)),
    )
  })
  if (input.england !== null) {
    const ex = x(input.england)
    body += el('line', {
      x1: ex,
      x2: ex,
      y1: TOP - 2,
      y2: TOP + rows.length * ROW,
      stroke: palette.england,
      'stroke-width': 1.5,
      'stroke-dasharray': '4 3',
    })
    body += el(
      'text',
      {
        x: ex,
        y: height - 6 - 11,
        'text-anchor': 'middle',
        'font-size': 10,
        fill: palette.england,
        stroke: '#ffffff',
        'stroke-width': 3,
        'paint-order': 'stroke',
      },
      'England',
    )
  }
  return `${openSvg({ id: input.id, kind: 'neighbours', label: input.label, height })}${el('g', { 'aria-hidden': 'true' }, body)}</svg>`
}
