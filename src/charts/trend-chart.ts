// A line chart over periods for an area, its region and England, rendered once at build time.
import * as Plot from '@observablehq/plot'
import { scaleLinear } from 'd3'
import { formatTick, formatValue, tickDecimals, unitAxisLabel } from './format.ts'
import type { Unit } from './format.ts'
import { palette } from './palette.ts'
import { CHART_WIDTH, chartDocument, checkId, createSvgElement, finishPlotSvg, spreadLabels, textWidth } from './svg-document.ts'

export type SeriesRole = 'area' | 'region' | 'england'

export interface TrendPeriod {
  id: string
  /** Axis label: "Jan 2025", "2023/24", "Aut 2024/25". */
  short: string
  /** In sentences: "January 2025". */
  label: string
}

export interface TrendSeries {
  role: SeriesRole
  name: string
  /** One per period; null is a missing figure and breaks the line. */
  values: ReadonlyArray<number | null>
  /** Optional 95% interval, one per period (area series only is drawn). */
  lower?: ReadonlyArray<number | null>
  upper?: ReadonlyArray<number | null>
}

export interface TrendInput {
  /** Unique and stable (letters, digits, - and _); identifies the chart in the markup. */
  id: string
  /** One-sentence summary for aria-label and <title>; generated when left out. */
  label?: string
  /** Metric title, used in a generated label: "% of EHC plans in mainstream schools". */
  title?: string
  unit: Unit
  decimals: number
  periods: readonly TrendPeriod[]
  series: readonly TrendSeries[]
  /** Index of the first period of each new series (a break is drawn before it). */
  breaks?: readonly number[]
}

const ROLE_ORDER: readonly SeriesRole[] = ['area', 'region', 'england']
const LINE_STYLE: Readonly<Record<SeriesRole, { stroke: string; width: number; dash?: string }>> = {
  area: { stroke: palette.area, width: 2.5 },
  region: { stroke: palette.region, width: 1.75 },
  england: { stroke: palette.england, width: 2, dash: '6 4' },
}

const PLOT_HEIGHT = 150
const MARGIN_BOTTOM = 24
const LEGEND_ROW = 16
const LABEL_GAP = 13
/** Direct labels need this much room at most; longer names go to a legend above the chart. */
const MAX_DIRECT_LABEL = 104

function validate(input: TrendInput): void {
  checkId(input.id)
  const n = input.periods.length
  if (n === 0) throw new Error(`trend ${input.id}: no periods`)
  if (input.series.length === 0 || input.series.length > 3)
    throw new Error(`trend ${input.id}: expected 1 to 3 series, got ${input.series.length}`)
  const roles = new Set<SeriesRole>()
  for (const s of input.series) {
    if (roles.has(s.role)) throw new Error(`trend ${input.id}: two series with role ${s.role}`)
    roles.add(s.role)
    for (const [key, arr] of [
      ['values', s.values],
      ['lower', s.lower],
      ['upper', s.upper],
    ] as const) {
      if (arr !== undefined && arr.length !== n)
        throw new Error(`trend ${input.id}: series ${s.name} has ${arr.length} ${key} for ${n} periods`)
      for (const v of arr ?? [])
        if (v !== null && !Number.isFinite(v))
          throw new Error(`trend ${input.id}: series ${s.name} has a non-finite value; use null for a missing figure`)
    }
  }
  for (const b of input.breaks ?? []) {
    if (!Number.isInteger(b) || b < 1 || b >= n) throw new Error(`trend ${input.id}: break index ${b} must be between 1 and ${n - 1}`)
  }
}

function lastIndex(values: ReadonlyArray<number | null>): number {
  for (let i = values.length - 1; i >= 0; i--) if (values[i] !== null) return i
  return -1
}

/** "Trend of X, January 2019 to January 2025: Leeds 43.6%, England 43.6% in January 2025." */
export function describeTrend(input: TrendInput): string {
  const { periods, unit, decimals } = input
  const first = periods[0]!.label
  const last = periods[periods.length - 1]!.label
  const span = periods.length === 1 ? first : `${first} to ${last}`
  const ordered = sortSeries(input.series)
  const latest = ordered.map((s) => ({ s, i: lastIndex(s.values) })).filter((x) => x.i >= 0)
  let figures: string
  if (latest.length === 0) figures = 'no figures'
  else {
    const sameEnd = latest.every((x) => x.i === latest[0]!.i)
    const parts = latest.map(
      ({ s, i }) => `${s.name} ${formatValue(s.values[i]!, unit, decimals)}${sameEnd ? '' : ` in ${periods[i]!.label}`}`,
    )
    figures = parts.join(', ') + (sameEnd ? ` in ${periods[latest[0]!.i]!.label}` : '')
  }
  const breaks = (input.breaks ?? []).map((b) => periods[b]!.label)
  const breakText = breaks.length === 0 ? '' : `; the series has a break before ${breaks.join(' and before ')}`
  return `Trend${input.title ? ` of ${input.title}` : ''}, ${span}: ${figures}${breakText}.`
}

function sortSeries(series: readonly TrendSeries[]): TrendSeries[] {
  return [...series].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role))
}

/** Honest baselines: rates and percentages from 0, differences include 0, ratios include 1. */
function yDomain(unit: Unit, values: readonly number[]): [number, number] {
  const lo = values.length ? Math.min(...values) : 0
  const hi = values.length ? Math.max(...values) : 0
  let d: [number, number]
  if (unit === 'percentage_points') d = [Math.min(0, lo), Math.max(0, hi)]
  else if (unit === 'ratio') d = [Math.min(1, lo), Math.max(1, hi)]
  else d = [Math.min(0, lo), hi]
  if (d[1] - d[0] < 1e-9) d = [d[0], d[0] + 1]
  return d
}

function linear(domain: readonly [number, number], range: readonly [number, number]): (v: number) => number {
  const [d0, d1] = domain
  const [r0, r1] = range
  return (v) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((v - d0) / (d1 - d0)) * (r1 - r0))
}

interface LegendItem {
  series: TrendSeries
  x: number
  y: number
}

/** Flows legend items into rows of the chart width. */
function layoutLegend(series: readonly TrendSeries[]): { items: LegendItem[]; rows: number } {
  const items: LegendItem[] = []
  let x = 0
  let row = 0
  for (const s of series) {
    const w = 26 + textWidth(s.name, 12, s.role === 'area') + 14
    if (x > 0 && x + w > CHART_WIDTH) {
      row++
      x = 0
    }
    items.push({ series: s, x, y: 10 + row * LEGEND_ROW })
    x += w
  }
  return { items, rows: row + 1 }
}

function swatch(svg: Element, role: SeriesRole, x: number, y: number): void {
  const st = LINE_STYLE[role]
  const line: Record<string, string | number> = { x1: x, x2: x + 22, y1: y, y2: y, stroke: st.stroke, 'stroke-width': st.width }
  if (st.dash) line['stroke-dasharray'] = st.dash
  svg.appendChild(createSvgElement('line', line))
  if (role === 'area')
    svg.appendChild(createSvgElement('circle', { cx: x + 11, cy: y, r: 3.5, fill: st.stroke, stroke: palette.background }))
}

export function trendChart(input: TrendInput): string {
  validate(input)
  const { periods, unit } = input
  const n = periods.length
  const series = sortSeries(input.series)
  const breaks = [...new Set(input.breaks ?? [])].sort((a, b) => a - b)
  const label = input.label ?? describeTrend(input)

  // y scale: nice domain with about four ticks.
  const all: number[] = []
  for (const s of series) {
    for (const arr of [s.values, s.role === 'area' ? s.lower : undefined, s.role === 'area' ? s.upper : undefined]) {
      for (const v of arr ?? []) if (v !== null) all.push(v)
    }
  }
  const yNice = scaleLinear().domain(yDomain(unit, all)).nice(4)
  const yTicks = yNice.ticks(4)
  const [y0, y1] = yNice.domain() as [number, number]
  const yTickDecimals = tickDecimals(yTicks.length > 1 ? yTicks[1]! - yTicks[0]! : 1)
  const yTickText = (v: number) => formatTick(v, unit, yTickDecimals)

  // Direct labels at the line ends when every series reaches the last period and names are short.
  const nameWidths = series.map((s) => textWidth(s.name, 12, s.role === 'area'))
  const direct = series.every((s) => s.values[n - 1] !== null) && Math.max(...nameWidths) <= MAX_DIRECT_LABEL
  const legend = direct ? { items: [], rows: 0 } : layoutLegend(series)
  const unitLabel = unitAxisLabel(unit)
  const legendHeight = legend.rows * LEGEND_ROW
  const marginTop = legendHeight + (unitLabel ? 16 : 0) + 10
  const height = marginTop + PLOT_HEIGHT + MARGIN_BOTTOM
  const plotBottom = marginTop + PLOT_HEIGHT

  const marginLeft = Math.max(24, Math.max(...yTicks.map((t) => textWidth(yTickText(t)))) + 8)
  const marginRight = direct ? Math.max(...nameWidths) + 12 : 6

  // x: periods by index. Thin the labels to what fits, always keeping the latest period.
  const labelWidth = Math.max(...periods.map((p) => textWidth(p.short)))
  const half = (i: number) => textWidth(periods[i]!.short) / 2
  const padLeft = Math.max(8, half(0) - marginLeft + 2)
  const padRight = Math.max(8, half(n - 1) - marginRight + 2)
  const xRange: [number, number] = [marginLeft + padLeft, CHART_WIDTH - marginRight - padRight]
  const spacing = n > 1 ? (xRange[1] - xRange[0]) / (n - 1) : Infinity
  const step = Math.max(1, Math.ceil((labelWidth + 10) / spacing))
  const xTicks = periods.map((_, i) => i).filter((i) => (n - 1 - i) % step === 0)
  const xDomain: [number, number] = n > 1 ? [0, n - 1] : [-1, 1]
  const xRangePlot: [number, number] = n > 1 ? xRange : [marginLeft, CHART_WIDTH - marginRight]
  const x = linear(xDomain, xRangePlot)
  const y = linear([y0, y1], [plotBottom, marginTop])

  const rows = (s: TrendSeries) => s.values.map((v, i) => ({ i, v, lo: s.lower?.[i] ?? null, hi: s.upper?.[i] ?? null }))
  const isolated = (s: TrendSeries) =>
    rows(s).filter((r) => r.v !== null && (r.i === 0 || s.values[r.i - 1] === null) && (r.i === n - 1 || s.values[r.i + 1] === null))

  const marks: Plot.Markish[] = [
    Plot.gridY(yTicks, { stroke: palette.grid, strokeOpacity: 1, ariaHidden: 'true' }),
    Plot.ruleY([unit === 'ratio' ? 1 : 0], { stroke: palette.rule, strokeWidth: 1, ariaHidden: 'true' }),
  ]
  const area = series.find((s) => s.role === 'area')
  if (area?.lower && area.upper) {
    marks.push(
      Plot.areaY(rows(area), {
        x: 'i',
        y1: 'lo',
        y2: 'hi',
        fill: palette.area,
        fillOpacity: palette.bandOpacity,
        className: 'chart-band',
        ariaHidden: 'true',
      }),
    )
  }
  if (breaks.length > 0) {
    marks.push(
      Plot.ruleX(breaks, {
        x: (b: number) => b - 0.5,
        y1: y0,
        y2: y1,
        stroke: palette.rule,
        strokeWidth: 1.25,
        strokeDasharray: '3 3',
        className: 'chart-break',
      }),
    )
  }
  for (const s of [...series].reverse()) {
    const st = LINE_STYLE[s.role]
    marks.push(
      Plot.lineY(rows(s), {
        x: 'i',
        y: 'v',
        stroke: st.stroke,
        strokeWidth: st.width,
        ...(st.dash ? { strokeDasharray: st.dash } : {}),
        className: `chart-line chart-line-${s.role}`,
      }),
    )
    // A point with no neighbour would be an invisible line: give it a dot (the area has them all).
    if (s.role !== 'area') {
      const lonely = isolated(s)
      if (lonely.length > 0)
        marks.push(Plot.dot(lonely, { x: 'i', y: 'v', r: 2.5, fill: st.stroke, className: `chart-dots chart-dots-${s.role}` }))
    }
  }
  if (area) {
    marks.push(
      Plot.dot(
        rows(area).filter((r) => r.v !== null),
        { x: 'i', y: 'v', r: 3.5, fill: palette.area, stroke: palette.background, strokeWidth: 1, className: 'chart-dots chart-dots-area' },
      ),
    )
  }
  for (const b of breaks) {
    const right = x(b - 0.5) > CHART_WIDTH * 0.7
    marks.push(
      Plot.text(['break'], {
        x: () => b - 0.5,
        y: () => y1,
        dy: 9,
        dx: right ? -4 : 4,
        textAnchor: right ? 'end' : 'start',
        text: (d: string) => d,
        fill: palette.muted,
        stroke: palette.background,
        strokeWidth: 3,
        paintOrder: 'stroke',
        className: 'chart-break-label',
      }),
    )
  }
  marks.push(
    Plot.axisY(yTicks, { tickFormat: yTickText, tickSize: 0, tickPadding: 5, label: null, fill: palette.muted }),
    Plot.axisX(xTicks, { tickFormat: (i: number) => periods[i]!.short, tickSize: 4, tickPadding: 5, label: null, fill: palette.muted }),
  )

  const svg = Plot.plot({
    document: chartDocument,
    width: CHART_WIDTH,
    height,
    marginTop,
    marginBottom: MARGIN_BOTTOM,
    marginLeft,
    marginRight,
    x: { type: 'linear', domain: xDomain, range: xRangePlot, axis: null },
    y: { type: 'linear', domain: [y0, y1], range: [plotBottom, marginTop], axis: null },
    marks,
  }) as unknown as Element

  if (unitLabel) {
    svg.appendChild(createSvgElement('text', { x: 0, y: legendHeight + 12, 'text-anchor': 'start', fill: palette.muted }, unitLabel))
  }
  if (direct) {
    const wanted = series.map((s) => y(s.values[n - 1]!))
    const ys = spreadLabels(wanted, LABEL_GAP, marginTop + 4, plotBottom - 6)
    series.forEach((s, k) => {
      const a: Record<string, string | number> = {
        x: x(n - 1) + 8,
        y: ys[k]!,
        dy: '0.32em',
        'text-anchor': 'start',
        fill: LINE_STYLE[s.role].stroke,
      }
      if (s.role === 'area') a['font-weight'] = 'bold'
      svg.appendChild(createSvgElement('text', { ...a, class: `chart-label chart-label-${s.role}` }, s.name))
    })
  } else {
    for (const item of legend.items) {
      swatch(svg, item.series.role, item.x + 1, item.y)
      const a: Record<string, string | number> = { x: item.x + 27, y: item.y, dy: '0.32em', 'text-anchor': 'start', fill: palette.text }
      if (item.series.role === 'area') a['font-weight'] = 'bold'
      svg.appendChild(createSvgElement('text', { ...a, class: `chart-legend chart-legend-${item.series.role}` }, item.series.name))
    }
  }

  return finishPlotSvg(svg, { id: input.id, kind: 'trend', label, height, extra: { 'text-anchor': 'middle' } })
}
