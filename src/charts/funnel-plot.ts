// Funnel plot: each LA's percentage against the size of its denominator, with control limits
// around England's value (95% and 99.8%). An LA outside the outer funnel is unlikely to differ from
// England by chance alone; small LAs need a bigger difference to stand out.
import { scaleLinear, scaleLog } from 'd3'
import { formatNumber, formatTick, formatValue } from './format.ts'
import { palette } from './palette.ts'
import { el, escapeXml, openSvg, roundNumber } from './svg-document.ts'

export interface FunnelInput {
  id: string
  label: string
  decimals: number
  centre: number
  limits: ReadonlyArray<{ n: number; lower95: number; upper95: number; lower998: number; upper998: number }>
  points: ReadonlyArray<{ name: string; n: number; value: number }>
  highlight?: string
}

const HEIGHT = 300
const M = { top: 12, right: 16, bottom: 52, left: 40 }

export function funnelPlot(input: FunnelInput): string {
  const width = 360
  const ns = [...input.limits.map((l) => l.n), ...input.points.map((p) => p.n)]
  const values = [...input.points.map((p) => p.value), ...input.limits.flatMap((l) => [l.lower998, l.upper998])]
  const x = scaleLog()
    .domain([Math.min(...ns), Math.max(...ns)])
    .range([M.left, width - M.right])
  const y = scaleLinear()
    .domain([Math.max(0, Math.min(...values)), Math.min(100, Math.max(...values))])
    .range([HEIGHT - M.bottom, M.top])
    .nice()
  const line = (key: 'lower95' | 'upper95' | 'lower998' | 'upper998') =>
    input.limits.map((l, i) => `${i === 0 ? 'M' : 'L'}${roundNumber(x(l.n))},${roundNumber(y(l[key]))}`).join('')
  const yTicks = y.ticks(5)
  // Powers of ten only: a log axis is read by its decades.
  const [lo, hi] = x.domain() as [number, number]
  const xTicks = [1, 10, 100, 1000, 10000, 100000, 1000000].filter((t) => t >= lo && t <= hi)
  const axes =
    yTicks
      .map(
        (t) =>
          el('line', { x1: M.left, x2: width - M.right, y1: y(t), y2: y(t), stroke: palette.grid }) +
          el('text', { x: M.left - 4, y: y(t) + 4, 'text-anchor': 'end', fill: palette.muted }, formatTick(t, 'percent', 0)),
      )
      .join('') +
    xTicks
      .map((t) => el('text', { x: x(t), y: HEIGHT - M.bottom + 16, 'text-anchor': 'middle', fill: palette.muted }, formatNumber(t)))
      .join('') +
    el('text', { x: M.left, y: HEIGHT - 22, fill: palette.muted }, 'Size of the denominator (log scale)')
  const limits =
    el('path', { d: line('lower998'), fill: 'none', stroke: palette.rule, 'stroke-width': 1.25, 'stroke-dasharray': '2 3' }) +
    el('path', { d: line('upper998'), fill: 'none', stroke: palette.rule, 'stroke-width': 1.25, 'stroke-dasharray': '2 3' }) +
    el('path', { d: line('lower95'), fill: 'none', stroke: palette.rule, 'stroke-width': 1.25 }) +
    el('path', { d: line('upper95'), fill: 'none', stroke: palette.rule, 'stroke-width': 1.25 }) +
    el('line', {
      x1: M.left,
      x2: width - M.right,
      y1: y(input.centre),
      y2: y(input.centre),
      stroke: palette.england,
      'stroke-width': 1.5,
      'stroke-dasharray': '6 4',
    }) +
    el(
      'text',
      { x: M.left + 4, y: y(input.centre) - 5, fill: palette.england, stroke: '#ffffff', 'stroke-width': 3, 'paint-order': 'stroke' },
      escapeXml(`England ${formatValue(input.centre, 'percent', input.decimals)}`),
    )
  const dots = input.points
    .filter((p) => p.name !== input.highlight)
    .map((p) => el('circle', { cx: x(p.n), cy: y(p.value), r: 2.5, fill: palette.otherLa }))
    .join('')
  const h = input.points.find((p) => p.name === input.highlight)
  const highlighted = h
    ? el('circle', { cx: x(h.n), cy: y(h.value), r: 5, fill: palette.area, stroke: '#ffffff', 'stroke-width': 1.5 }) +
      el('text', { x: x(h.n), y: y(h.value) - 8, 'text-anchor': 'middle', fill: palette.area, 'font-weight': 'bold' }, escapeXml(h.name))
    : ''
  const key =
    el('line', { x1: M.left, x2: M.left + 18, y1: HEIGHT - 8, y2: HEIGHT - 8, stroke: palette.rule }) +
    el('text', { x: M.left + 22, y: HEIGHT - 4, fill: palette.muted }, '95% limits') +
    el('line', { x1: M.left + 110, x2: M.left + 128, y1: HEIGHT - 8, y2: HEIGHT - 8, stroke: palette.rule, 'stroke-dasharray': '2 3' }) +
    el('text', { x: M.left + 132, y: HEIGHT - 4, fill: palette.muted }, '99.8% limits')
  return `${openSvg({ id: input.id, kind: 'funnel', label: input.label, height: HEIGHT })}${el('g', { 'aria-hidden': 'true' }, axes + limits + key)}${el('g', { 'aria-hidden': 'true' }, dots + highlighted)}</svg>`
}
