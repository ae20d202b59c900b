// Where one LA sits among all LAs for one period: a dot per LA, stacked like a beeswarm so dots do
// not hide each other, the area highlighted and named, England as a labelled dashed line.
import { scaleLinear } from 'd3'
import { formatTick, formatValue, formatValueShort, tickDecimals, unitAxisLabel } from './format.ts'
import type { Unit } from './format.ts'
import { palette } from './palette.ts'
import { CHART_WIDTH, checkId, el, escapeXml, middle, openSvg, point, textWidth } from './svg-document.ts'
import { cachedChart } from './chart-cache.ts'

export interface StripInput {
  /** Unique and stable (letters, digits, - and _); identifies the chart in the markup. */
  id: string
  /** One-sentence summary for aria-label and <title>; generated when left out. */
  label?: string
  unit: Unit
  decimals: number
  /** Every LA's value for the period (missing ones left out). */
  values: readonly number[]
  /** Each value's LA slug, in the same order: marks its dot, so a script can pick one LA out, as on the map. */
  slugs?: readonly string[]
  highlight?: { name: string; value: number }
  england?: number | null
  quartiles?: { q1: number; median: number; q3: number }
}

const DOT_R = 2.5
/** Centre-to-centre distance of dots in the swarm: a hairline of space between them. */
const DOT_SPACING = DOT_R * 2 + 0.6
/** The swarm is squeezed (dots may overlap) rather than grow taller than this either side. */
const MAX_SWARM_HALF = 20
const HIGHLIGHT_R = 5

/**
 * Beeswarm offsets: dots in value order, each at the offset nearest the centre line that does not
 * touch a dot already placed. Deterministic (ties go up first), no randomness.
 */
function swarmOffsets(xs: readonly number[], spacing: number): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x || a.i - b.i)
  const placed: Array<{ x: number; y: number }> = []
  const out = new Array<number>(xs.length)
  let start = 0
  for (const { x, i } of order) {
    while (start < placed.length && placed[start]!.x < x - spacing) start++
    const blocked: Array<[number, number]> = []
    for (let k = start; k < placed.length; k++) {
      const p = placed[k]!
      const dx = x - p.x
      if (Math.abs(dx) >= spacing) continue
      const dy = Math.sqrt(spacing * spacing - dx * dx)
      blocked.push([p.y - dy, p.y + dy])
    }
    const candidates = [0, ...blocked.flat()].sort((a, b) => Math.abs(a) - Math.abs(b) || a - b)
    const y = candidates.find((c) => blocked.every(([lo, hi]) => c <= lo + 1e-9 || c >= hi - 1e-9)) ?? 0
    placed.push({ x, y })
    out[i] = y
  }
  return out
}

function describeStrip(input: StripInput): string {
  const { unit, decimals, values } = input
  const f = (v: number) => formatValue(v, unit, decimals)
  const parts: string[] = []
  const count = `${values.length} local ${values.length === 1 ? 'authority' : 'authorities'}`
  const range = values.length > 1 ? ` (from ${f(Math.min(...values))} to ${f(Math.max(...values))})` : ''
  if (input.highlight) parts.push(`${input.highlight.name} ${f(input.highlight.value)} compared with ${count}${range}`)
  else parts.push(`Values for ${count}${range}`)
  if (input.quartiles) parts.push(`the middle half lie between ${f(input.quartiles.q1)} and ${f(input.quartiles.q3)}`)
  if (input.england !== undefined && input.england !== null) parts.push(`England ${f(input.england)}`)
  return `${parts.join('; ')}.`
}

function validate(input: StripInput): void {
  checkId(input.id)
  const all = [...input.values, input.highlight?.value, input.england, input.quartiles?.q1, input.quartiles?.median, input.quartiles?.q3]
  for (const v of all) if (v !== undefined && v !== null && !Number.isFinite(v)) throw new Error(`strip ${input.id}: non-finite value ${v}`)
  if (all.every((v) => v === undefined || v === null)) throw new Error(`strip ${input.id}: nothing to draw`)
  if (input.slugs && input.slugs.length !== input.values.length)
    throw new Error(`strip ${input.id}: ${input.slugs.length} slugs for ${input.values.length} values`)
}

/** Centre of a label of width w near x, kept inside the chart. */
function clampCentre(x: number, w: number): number {
  return Math.max(2 + w / 2, Math.min(CHART_WIDTH - 2 - w / 2, x))
}

function drawPositionStrip(input: StripInput): string {
  validate(input)
  const { unit, decimals, values, highlight, quartiles } = input
  const england = input.england ?? null
  const label = input.label ?? describeStrip(input)

  const extent = [...values, highlight?.value, england ?? undefined, quartiles?.q1, quartiles?.q3].filter(
    (v): v is number => v !== undefined,
  )
  let lo = Math.min(...extent)
  let hi = Math.max(...extent)
  if (hi - lo < 1e-9) [lo, hi] = [lo - 1, hi + 1]

  // Fewest-overlap ticks: try 5, then fewer, until the labels have room.
  const nice = scaleLinear().domain([lo, hi]).nice(5)
  const [d0, d1] = nice.domain() as [number, number]
  let ticks: number[] = []
  let tickText = (v: number) => String(v)
  for (const count of [5, 4, 3, 2]) {
    ticks = nice.ticks(count)
    const dec = tickDecimals(ticks.length > 1 ? ticks[1]! - ticks[0]! : 1)
    tickText = (v: number) => formatTick(v, unit, dec)
    const widest = Math.max(...ticks.map((t) => textWidth(tickText(t))))
    if ((CHART_WIDTH - 40) / Math.max(1, ticks.length - 1) >= widest + 10) break
  }
  const marginLeft = Math.max(8, textWidth(tickText(d0)) / 2 + 2)
  const marginRight = Math.max(8, textWidth(tickText(d1)) / 2 + 2)
  const xRange: [number, number] = [marginLeft, CHART_WIDTH - marginRight]
  const x = nice.range(xRange)

  // Vertical layout, top to bottom: area label, swarm, England label, axis, unit.
  const offsets = swarmOffsets(values.map(x), DOT_SPACING)
  const widest = Math.max(0, ...offsets.map(Math.abs))
  const squeeze = widest > MAX_SWARM_HALF ? MAX_SWARM_HALF / widest : 1
  const halfHeight = Math.max(widest * squeeze + DOT_R, HIGHLIGHT_R) + 3
  const highlightLabelY = 11
  const stripTop = highlight ? 20 : 6
  const centre = stripTop + halfHeight
  const stripBottom = centre + halfHeight
  const englandLabelY = stripBottom + 10
  const axisY = england !== null ? englandLabelY + 10 : stripBottom + 4
  const unitLabel = unitAxisLabel(unit)
  const height = axisY + 22 + (unitLabel ? 14 : 0)

  let band = ''
  if (quartiles) {
    const rect = { x: x(quartiles.q1), y: stripTop, width: x(quartiles.q3) - x(quartiles.q1), height: stripBottom - stripTop }
    band = el('g', { class: 'chart-quartiles', fill: palette.quartileBand }, el('rect', rect))
  }
  const baseline = el('line', { x1: xRange[0], x2: xRange[1], y1: axisY, y2: axisY, stroke: palette.rule })
  const dots = el(
    'g',
    { class: 'chart-dots chart-dots-la', fill: palette.otherLa, stroke: palette.background, 'stroke-width': 0.5 },
    values.map((v, i) => el('circle', { cx: x(v), cy: centre + offsets[i]! * squeeze, r: DOT_R, 'data-area': input.slugs?.[i] })).join(''),
  )

  let englandMarks = ''
  if (england !== null) {
    const text = `England ${formatValueShort(england, unit, decimals)}`
    const ex = x(england)
    englandMarks =
      el(
        'g',
        { class: 'chart-england', stroke: palette.england, 'stroke-width': 1.5, 'stroke-dasharray': '4 3' },
        el('line', { x1: ex, x2: ex, y1: stripTop - 3, y2: englandLabelY - 7 }),
      ) +
      el(
        'g',
        { class: 'chart-england-label', fill: palette.england },
        el('text', { x: clampCentre(ex, textWidth(text)), y: middle(englandLabelY) }, escapeXml(text)),
      )
  }

  let highlightMarks = ''
  if (highlight) {
    const text = `${highlight.name} ${formatValueShort(highlight.value, unit, decimals)}`
    const hx = x(highlight.value)
    highlightMarks =
      el('line', { x1: hx, x2: hx, y1: highlightLabelY + 6, y2: centre - HIGHLIGHT_R, stroke: palette.area }) +
      el(
        'g',
        { class: 'chart-highlight', fill: palette.area, stroke: palette.background, 'stroke-width': 1.5 },
        el('circle', { cx: hx, cy: centre, r: HIGHLIGHT_R }),
      ) +
      el(
        'g',
        { class: 'chart-highlight-label', fill: palette.area, 'font-weight': 'bold' },
        el('text', { x: clampCentre(hx, textWidth(text, 12, true)), y: middle(highlightLabelY) }, escapeXml(text)),
      )
  }

  const tickMarks = el('path', { d: ticks.map((t) => `M${point(x(t), axisY)}v4`).join(''), stroke: palette.rule })
  const tickLabels = el(
    'g',
    { fill: palette.muted },
    ticks.map((t) => el('text', { x: x(t), y: axisY + 16 }, escapeXml(tickText(t)))).join(''),
  )
  const unitText = unitLabel
    ? el('text', { x: 0, y: middle(axisY + 28), 'text-anchor': 'start', fill: palette.muted }, escapeXml(unitLabel))
    : ''

  const body = el(
    'g',
    { 'aria-hidden': 'true' },
    band + baseline + dots + englandMarks + highlightMarks + tickMarks + tickLabels + unitText,
  )
  return `${openSvg({ id: input.id, kind: 'strip', label, height, extra: { 'text-anchor': 'middle' } })}${body}</svg>`
}

export const positionStrip = cachedChart('strip', drawPositionStrip)
