// A line chart over time for an area and its comparators (region, England or the middle local
// authority), rendered once at build time as a string. Periods sit where they fall in time, so a
// missing period is a visible gap; series breaks and events (the Change Programme's start) are
// marked with a labelled rule. Every label sits in a margin, so no label can cover a point.
import { scaleLinear } from 'd3'
import { formatTick, formatValue, tickDecimals, unitAxisLabel } from './format.ts'
import type { Unit } from './format.ts'
import { palette } from './palette.ts'
import { CHART_WIDTH, checkId, el, escapeXml, middle, openSvg, point, roundNumber, spreadLabels, textWidth } from './svg-document.ts'
import { gapsBefore, thinTicks, timeScale, type TimedPeriod } from './time-axis.ts'
import { cachedChart } from './chart-cache.ts'

export type SeriesRole = 'area' | 'region' | 'england' | 'median'

export interface TrendPeriod extends TimedPeriod {
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
  /** Optional likely range (95% interval), one per period; drawn for the area series only. */
  lower?: ReadonlyArray<number | null>
  upper?: ReadonlyArray<number | null>
}

/** A dated event drawn as a labelled rule, e.g. the start of the Change Programme. */
export interface TrendMarker {
  time: number
  label: string
}

export interface TrendInput {
  /** Unique and stable (letters, digits, - and _); identifies the chart in the markup. */
  id: string
  /** One-sentence summary for aria-label and <title>; generated when left out. */
  label?: string
  /** Metric title, used in a generated label. */
  title?: string
  unit: Unit
  decimals: number
  periods: readonly TrendPeriod[]
  series: readonly TrendSeries[]
  /** Index of the first period of each new series (a break is drawn before it). */
  breaks?: readonly number[]
  markers?: readonly TrendMarker[]
}

const ROLE_ORDER: readonly SeriesRole[] = ['area', 'region', 'england', 'median']
const LINE_STYLE: Readonly<Record<SeriesRole, { stroke: string; width: number; dash?: string }>> = {
  area: { stroke: palette.area, width: 2.5 },
  region: { stroke: palette.region, width: 1.75 },
  england: { stroke: palette.england, width: 2, dash: '6 4' },
  median: { stroke: palette.muted, width: 1.75, dash: '2 3' },
}

const FONT = 12
const PLOT_HEIGHT = 150
const ROW = 17
const AXIS = 24
const DOT_R = 3.5
/** Direct labels need this much room at most; longer names go to a legend above the chart. */
const MAX_DIRECT_LABEL = 92

function validate(input: TrendInput): void {
  checkId(input.id)
  const n = input.periods.length
  if (n === 0) throw new Error(`trend ${input.id}: no periods`)
  if (input.series.length === 0 || input.series.length > 4)
    throw new Error(`trend ${input.id}: expected 1 to 4 series, got ${input.series.length}`)
  for (let i = 1; i < n; i++)
    if (!(input.periods[i]!.time > input.periods[i - 1]!.time)) throw new Error(`trend ${input.id}: periods must be in time order`)
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

function sortSeries(series: readonly TrendSeries[]): TrendSeries[] {
  return [...series].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role))
}

/** "Trend of X, January 2019 to January 2025: Leeds 43.6%, England 43.6% in January 2025." */
function describeTrend(input: TrendInput): string {
  const { periods, unit, decimals } = input
  const first = periods[0]!.label
  const last = periods[periods.length - 1]!.label
  const span = periods.length === 1 ? first : `${first} to ${last}`
  const latest = sortSeries(input.series)
    .map((s) => ({ s, i: lastIndex(s.values) }))
    .filter((x) => x.i >= 0)
  let figures: string
  if (latest.length === 0) figures = 'no figures'
  else {
    const sameEnd = latest.every((x) => x.i === latest[0]!.i)
    const parts = latest.map(
      ({ s, i }) => `${s.name} ${formatValue(s.values[i]!, unit, decimals)}${sameEnd ? '' : ` in ${periods[i]!.label}`}`,
    )
    figures = parts.join(', ') + (sameEnd ? ` in ${periods[latest[0]!.i]!.label}` : '')
  }
  const gaps = gapsBefore(periods).map((i) => `between ${periods[i - 1]!.label} and ${periods[i]!.label}`)
  const gapText = gaps.length === 0 ? '' : `; no figures ${gaps.join(' or ')}`
  const breaks = (input.breaks ?? []).map((b) => periods[b]!.label)
  const breakText = breaks.length === 0 ? '' : `; the way the figures are collected changed before ${breaks.join(' and before ')}`
  return `Trend${input.title ? ` of ${input.title}` : ''}, ${span}: ${figures}${gapText}${breakText}.`
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

/** Runs of consecutive periods (no gap in time, no missing figure) that a line joins. */
function runs(values: ReadonlyArray<number | null>, gaps: ReadonlySet<number>): number[][] {
  const out: number[][] = []
  let run: number[] = []
  values.forEach((v, i) => {
    if (v === null || gaps.has(i)) {
      if (run.length > 0) out.push(run)
      run = []
    }
    if (v !== null) run.push(i)
  })
  if (run.length > 0) out.push(run)
  return out
}

function swatch(role: SeriesRole, x: number, y: number): string {
  const st = LINE_STYLE[role]
  return (
    el('line', { x1: x, x2: x + 22, y1: y, y2: y, stroke: st.stroke, 'stroke-width': st.width, 'stroke-dasharray': st.dash }) +
    (role === 'area' ? el('circle', { cx: x + 11, cy: y, r: DOT_R, fill: st.stroke, stroke: palette.background }) : '')
  )
}

function drawTrendChart(input: TrendInput): string {
  validate(input)
  const { periods, unit } = input
  const n = periods.length
  const series = sortSeries(input.series)
  const breaks = [...new Set(input.breaks ?? [])].sort((a, b) => a - b)
  const gaps = new Set(gapsBefore(periods))
  const label = input.label ?? describeTrend(input)

  const all: number[] = []
  for (const s of series)
    for (const arr of [s.values, s.role === 'area' ? s.lower : undefined, s.role === 'area' ? s.upper : undefined])
      for (const v of arr ?? []) if (v !== null) all.push(v)
  const yNice = scaleLinear().domain(yDomain(unit, all)).nice(4)
  const yTicks = yNice.ticks(4)
  const [y0, y1] = yNice.domain() as [number, number]
  const yTickDecimals = tickDecimals(yTicks.length > 1 ? yTicks[1]! - yTicks[0]! : 1)
  const yTickText = (v: number) => formatTick(v, unit, yTickDecimals)

  // Direct labels at the line ends when every series reaches the last period and names are short;
  // otherwise a legend above the chart.
  const nameWidths = series.map((s) => textWidth(s.name, FONT, s.role === 'area'))
  const direct = series.every((s) => s.values[n - 1] !== null) && Math.max(...nameWidths) <= MAX_DIRECT_LABEL
  const legend: Array<{ s: TrendSeries; x: number; y: number }> = []
  let legendRows = 0
  if (!direct) {
    let x = 0
    for (const s of series) {
      const w = 28 + textWidth(s.name, FONT, s.role === 'area') + 12
      if (x > 0 && x + w > CHART_WIDTH) {
        legendRows++
        x = 0
      }
      legend.push({ s, x, y: 9 + legendRows * ROW })
      x += w
    }
    legendRows++
  }
  const unitLabel = unitAxisLabel(unit)
  const markers = input.markers ?? []
  const annotated = breaks.length > 0 || markers.length > 0
  const unitY = legendRows * ROW + 12
  const annotationY = legendRows * ROW + (unitLabel ? ROW : 0) + 12
  const plotTop = legendRows * ROW + (unitLabel ? ROW : 0) + (annotated ? ROW : 0) + 10
  const plotBottom = plotTop + PLOT_HEIGHT
  const height = plotBottom + AXIS

  const marginLeft = Math.max(24, Math.max(...yTicks.map((t) => textWidth(yTickText(t), FONT))) + 8)
  const marginRight = direct ? Math.max(...nameWidths) + 12 : 6
  const half = (i: number) => textWidth(periods[i]!.short, FONT) / 2
  const xRange: [number, number] =
    n > 1
      ? [marginLeft + Math.max(8, half(0) - marginLeft + 2), CHART_WIDTH - marginRight - Math.max(8, half(n - 1) - marginRight + 2)]
      : [marginLeft, CHART_WIDTH - marginRight]
  const times = periods.map((p) => p.time)
  const x = timeScale(n > 1 ? [times[0]!, times[n - 1]!] : [times[0]! - 1, times[0]! + 1], xRange)
  const y = timeScale([y0, y1], [plotBottom, plotTop])
  const xs = times.map(x)

  const gridRight = roundNumber(CHART_WIDTH - marginRight)
  let grid = el('path', { d: yTicks.map((t) => `M${point(marginLeft, y(t))}H${gridRight}`).join(''), stroke: palette.grid })
  const base = unit === 'ratio' ? 1 : 0
  grid += el('path', { d: `M${point(marginLeft, y(base))}H${gridRight}`, stroke: palette.rule })

  let band = ''
  const area = series.find((s) => s.role === 'area')
  if (area?.lower && area.upper) {
    const bounded = area.values.map((_, i) => (area.lower![i] !== null && area.upper![i] !== null ? 0 : null))
    for (const r of runs(bounded, gaps)) {
      if (r.length < 2) continue
      const top = r.map((i) => point(xs[i]!, y(area.upper![i]!)))
      const bottom = r.map((i) => point(xs[i]!, y(area.lower![i]!))).reverse()
      band += el('path', {
        class: 'chart-band',
        d: `M${[...top, ...bottom].join('L')}Z`,
        fill: palette.area,
        'fill-opacity': palette.bandOpacity,
      })
    }
  }

  // Rules for breaks (between two periods) and events (at their date), labelled above the plot.
  const rules: Array<{ x: number; text: string; kind: 'break' | 'marker' }> = [
    ...breaks.map((b) => ({ x: (xs[b - 1]! + xs[b]!) / 2, text: 'break', kind: 'break' as const })),
    ...markers.map((m) => ({ x: Math.min(xRange[1], Math.max(xRange[0], x(m.time))), text: m.label, kind: 'marker' as const })),
  ]
  let annotations = ''
  const ruleWidths = rules.map((r) => textWidth(r.text, FONT))
  const centres = spreadLabels(
    rules.map((r, i) => Math.max(ruleWidths[i]! / 2, Math.min(CHART_WIDTH - ruleWidths[i]! / 2, r.x))),
    Math.max(0, ...ruleWidths) + 6,
    0,
    CHART_WIDTH,
  )
  rules.forEach((r, i) => {
    const dash = r.kind === 'break' ? '3 3' : '1 3'
    annotations += el('line', {
      class: `chart-${r.kind}`,
      x1: r.x,
      x2: r.x,
      y1: plotTop - 4,
      y2: plotBottom,
      stroke: palette.rule,
      'stroke-width': r.kind === 'break' ? 1.25 : 2,
      'stroke-dasharray': dash,
    })
    const cx = Math.max(ruleWidths[i]! / 2, Math.min(CHART_WIDTH - ruleWidths[i]! / 2, centres[i]!))
    annotations += el('text', { class: `chart-${r.kind}-label`, x: cx, y: middle(annotationY), fill: palette.muted }, escapeXml(r.text))
  })

  let lines = ''
  let dots = ''
  for (const s of [...series].reverse()) {
    const st = LINE_STYLE[s.role]
    const segments = runs(s.values, gaps)
    const d = segments
      .filter((r) => r.length > 1)
      .map((r) => `M${r.map((i) => point(xs[i]!, y(s.values[i]!))).join('L')}`)
      .join('')
    if (d !== '')
      lines += el('path', { class: `chart-line-${s.role}`, d, stroke: st.stroke, 'stroke-width': st.width, 'stroke-dasharray': st.dash })
    // The area has a dot at every figure; other lines only where a point stands alone.
    const shown = s.role === 'area' ? segments.flat() : segments.filter((r) => r.length === 1).flat()
    if (shown.length > 0)
      dots += el(
        'g',
        { class: `chart-dots-${s.role}`, fill: st.stroke, stroke: s.role === 'area' ? palette.background : null },
        shown.map((i) => el('circle', { cx: xs[i]!, cy: y(s.values[i]!), r: s.role === 'area' ? DOT_R : 2.5 })).join(''),
      )
  }

  let axes = el(
    'g',
    { 'text-anchor': 'end', fill: palette.muted },
    yTicks.map((t) => el('text', { x: marginLeft - 5, y: middle(y(t)) }, escapeXml(yTickText(t)))).join(''),
  )
  const tickWidths = periods.map((p) => textWidth(p.short, FONT))
  const shownTicks = thinTicks(xs, tickWidths, 8)
  axes += el('path', { d: shownTicks.map((i) => `M${point(xs[i]!, plotBottom)}v4`).join(''), stroke: palette.rule })
  axes += el(
    'g',
    { fill: palette.muted },
    shownTicks.map((i) => el('text', { x: xs[i]!, y: plotBottom + 16 }, escapeXml(periods[i]!.short))).join(''),
  )
  if (unitLabel) axes += el('text', { x: 0, y: middle(unitY), 'text-anchor': 'start', fill: palette.muted }, escapeXml(unitLabel))

  let names = ''
  if (direct) {
    const wanted = series.map((s) => y(s.values[n - 1]!))
    const ys = spreadLabels(wanted, 14, plotTop + 4, plotBottom - 6)
    series.forEach((s, k) => {
      names += el(
        'text',
        {
          class: 'chart-label',
          x: xs[n - 1]! + DOT_R + 6,
          y: middle(ys[k]!),
          'text-anchor': 'start',
          fill: LINE_STYLE[s.role].stroke,
          'font-weight': s.role === 'area' ? 'bold' : null,
        },
        escapeXml(s.name),
      )
    })
  } else {
    for (const item of legend) {
      names += swatch(item.s.role, item.x + 1, item.y)
      names += el(
        'text',
        {
          class: 'chart-legend',
          x: item.x + 28,
          y: middle(item.y),
          'text-anchor': 'start',
          fill: palette.text,
          'font-weight': item.s.role === 'area' ? 'bold' : null,
        },
        escapeXml(item.s.name),
      )
    }
  }

  // What every line shares is said once, on their group.
  const lineGroup = lines === '' ? '' : el('g', { fill: 'none', 'stroke-linejoin': 'round', 'stroke-linecap': 'round' }, lines)
  const body = el('g', { 'aria-hidden': 'true' }, grid + band + annotations + lineGroup + dots + axes + names)
  return `${openSvg({ id: input.id, kind: 'trend', label, height, extra: { 'text-anchor': 'middle' } })}${body}</svg>`
}

export const trendChart = cachedChart('trend', drawTrendChart)
