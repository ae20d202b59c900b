// Funnel plot: each LA's percentage against the size of its denominator, with control limits
// around England's value (95% and 99.8%). An LA outside the outer funnel is unlikely to differ from
// England by chance alone; small LAs need a bigger difference to stand out.
import { scaleLinear, scaleLog } from 'd3'
import { formatNumber, formatTick, formatValue } from './format.ts'
import { palette } from './palette.ts'
import { CHART_WIDTH, el, escapeXml, openSvg, roundNumber } from './svg-document.ts'
import { cachedChart } from './chart-cache.ts'

export interface FunnelInput {
  id: string
  label: string
  decimals: number
  centre: number
  limits: ReadonlyArray<{ n: number; lower95: number; upper95: number; lower998: number; upper998: number }>
  /** Each LA: its slug marks the dot, so a script can highlight one LA. */
  points: ReadonlyArray<{ slug: string; name: string; n: number; value: number }>
}

const HEIGHT = 320
const M = { top: 12, right: 12, bottom: 74, left: 40 }

function drawFunnelPlot(input: FunnelInput): string {
  const width = CHART_WIDTH
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
    el('text', { x: M.left, y: HEIGHT - M.bottom + 32, 'text-anchor': 'start', fill: palette.muted }, 'Size of the denominator (log scale)')
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
    })
  // A dot per LA; its data-area lets the page's script ring one LA (a ring is a stroke, not a label).
  const dots = input.points
    .map((p) => el('circle', { cx: x(p.n), cy: y(p.value), r: 2.5, fill: palette.otherLa, 'data-area': p.slug }))
    .join('')
  // The key sits below the axis title, away from the dots.
  const keyY = HEIGHT - 24
  const key =
    el('line', { x1: 0, x2: 18, y1: keyY, y2: keyY, stroke: palette.england, 'stroke-width': 1.5, 'stroke-dasharray': '6 4' }) +
    el(
      'text',
      { x: 22, y: keyY, dy: '0.32em', 'text-anchor': 'start', fill: palette.muted },
      escapeXml(`England ${formatValue(input.centre, 'percent', input.decimals)}`),
    ) +
    el('line', { x1: 0, x2: 18, y1: keyY + 16, y2: keyY + 16, stroke: palette.rule }) +
    el('text', { x: 22, y: keyY + 16, dy: '0.32em', 'text-anchor': 'start', fill: palette.muted }, '95% limits') +
    el('line', { x1: 130, x2: 148, y1: keyY + 16, y2: keyY + 16, stroke: palette.rule, 'stroke-dasharray': '2 3' }) +
    el('text', { x: 152, y: keyY + 16, dy: '0.32em', 'text-anchor': 'start', fill: palette.muted }, '99.8% limits')
  return `${openSvg({ id: input.id, kind: 'funnel', label: input.label, height: HEIGHT })}${el('g', { 'aria-hidden': 'true' }, axes + limits + key)}${el('g', { 'aria-hidden': 'true', class: 'chart-dots' }, dots)}</svg>`
}

export const funnelPlot = cachedChart('funnel', drawFunnelPlot)
