// An event study chart: for each period, the difference between two groups' changes from a base
// period, as a point with its likely range as a bar, around a zero line. The base period sits on
// zero (marked as such), the programme's start and series breaks are labelled rules, and periods
// to compare with care (COVID-19) are shaded and drawn hollow. Every label sits in a margin above
// the plot, so none can cover a point; labels that would touch move to a row of their own.
import { scaleLinear } from 'd3'
import { formatNumber, tickDecimals } from './format.ts'
import { palette } from './palette.ts'
import { CHART_WIDTH, el, escapeXml, middle, openSvg, point, textWidth } from './svg-document.ts'
import { thinTicks, timeScale } from './time-axis.ts'
import { cachedChart } from './chart-cache.ts'

export interface EventStudyPeriod {
  /** Fractional year of the period's start. */
  time: number
  /** Axis label: "Jan 2025", "Aut 2024/25". */
  short: string
  estimate: number
  /** Ends of the likely range; null where the range is open on that side. */
  low: number | null
  high: number | null
  /** A base period: its difference is zero by definition. */
  base: boolean
  /** A period to compare with care (COVID-19). */
  flagged: boolean
}

export interface EventStudyRule {
  time: number
  label: string
  kind: 'start' | 'break'
}

export interface EventStudyInput {
  /** Unique and stable (letters, digits, - and _). */
  id: string
  /** One-sentence summary for aria-label and <title>. */
  label: string
  /** What the y axis counts: "percentage points", "per 100 pupils". */
  unitLabel: string
  periods: readonly EventStudyPeriod[]
  rules: readonly EventStudyRule[]
}

const PLOT_HEIGHT = 160
const ROW = 17
const AXIS = 24
const R = 3.5
const FLAGGED_FILL = '#eef0f1'

function validate(input: EventStudyInput): void {
  const n = input.periods.length
  if (n === 0) throw new Error(`event study ${input.id}: no periods`)
  input.periods.forEach((p, i) => {
    if (i > 0 && !(p.time > input.periods[i - 1]!.time)) throw new Error(`event study ${input.id}: periods must be in time order`)
    for (const v of [p.estimate, p.low ?? 0, p.high ?? 0])
      if (!Number.isFinite(v)) throw new Error(`event study ${input.id}: ${p.short} has a number that is not finite`)
    if ((p.low !== null && p.low > p.estimate + 1e-9) || (p.high !== null && p.high < p.estimate - 1e-9))
      throw new Error(`event study ${input.id}: ${p.short}'s range does not hold its estimate`)
  })
}

/** "+1.5", "0", "−1.5": differences read with their sign. */
function signedTick(v: number, decimals: number): string {
  const text = formatNumber(v, decimals)
  return v > 0 && /[1-9]/.test(text) ? `+${text}` : text
}

/** Rows for labels centred on their rules: each goes in the first row where it touches no other. */
function labelRows(items: ReadonlyArray<{ centre: number; width: number }>): number[] {
  const rows: Array<Array<[number, number]>> = []
  return items.map(({ centre, width }) => {
    const span: [number, number] = [centre - width / 2 - 4, centre + width / 2 + 4]
    let row = rows.findIndex((taken) => taken.every(([a, b]) => span[1] <= a || span[0] >= b))
    if (row < 0) row = rows.push([]) - 1
    rows[row]!.push(span)
    return row
  })
}

function drawEventStudy(input: EventStudyInput): string {
  validate(input)
  const { periods } = input
  const n = periods.length
  const values = periods.flatMap((p) => [p.estimate, p.low ?? p.estimate, p.high ?? p.estimate])
  const lo = Math.min(0, ...values)
  const hi = Math.max(0, ...values)
  const y0 = scaleLinear()
    .domain(hi - lo < 1e-9 ? [lo - 1, hi + 1] : [lo, hi])
    .nice(4)
  const yTicks = y0.ticks(4)
  const decimals = tickDecimals(yTicks.length > 1 ? yTicks[1]! - yTicks[0]! : 1)

  // x: periods where they fall in time, with room for the first and last axis labels.
  const marginLeft = Math.max(24, ...yTicks.map((t) => textWidth(signedTick(t, decimals)) + 8))
  const half = (i: number) => textWidth(periods[i]!.short) / 2
  const xRange: [number, number] = [Math.max(marginLeft + 8, half(0) + 2), CHART_WIDTH - Math.max(8, half(n - 1) + 2)]
  const times = periods.map((p) => p.time)
  const step = n > 1 ? Math.min(...times.slice(1).map((t, i) => t - times[i]!)) : 1
  const x = timeScale([times[0]! - (n > 1 ? 0 : 1), times[n - 1]! + (n > 1 ? 0 : 1)], xRange)
  const xs = times.map(x)

  // Margins above the plot: the legend, the rules' labels (in as many rows as they need), the unit.
  const rules = input.rules.map((r) => ({ ...r, x: Math.min(xRange[1], Math.max(xRange[0], x(r.time))) }))
  const hasFlagged = periods.some((p) => p.flagged)
  const flaggedLabel = 'COVID-19'
  const labels = [
    ...rules.map((r) => ({ text: r.label, x: r.x })),
    ...(hasFlagged ? [{ text: flaggedLabel, x: flaggedCentre(periods, xs) }] : []),
  ].map((l) => {
    const width = textWidth(l.text)
    return { ...l, width, centre: Math.max(width / 2, Math.min(CHART_WIDTH - width / 2, l.x)) }
  })
  const rows = labelRows(labels)
  const labelRowCount = labels.length === 0 ? 0 : Math.max(...rows) + 1
  // The unit sits above the rules' labels, so that no rule crosses it.
  const legendY = 9
  const unitY = legendY + ROW + 2
  const labelTop = unitY + ROW + 2
  const plotTop = labelTop + (labelRowCount - 1) * ROW + 14
  const plotBottom = plotTop + PLOT_HEIGHT
  const height = plotBottom + AXIS
  const y = timeScale(y0.domain() as [number, number], [plotBottom, plotTop])

  let back = ''
  // One shaded column for each run of flagged periods, reaching halfway to the periods either side.
  const halfStep = n > 1 ? (x(times[0]! + step) - xs[0]!) / 2 : 8
  const edge = (i: number, side: -1 | 1) => {
    const j = i + side
    return j < 0 || j >= n ? xs[i]! + side * halfStep : (xs[i]! + xs[j]!) / 2
  }
  for (let i = 0; i < n; i++) {
    if (!periods[i]!.flagged || periods[i - 1]?.flagged) continue
    let last = i
    while (periods[last + 1]?.flagged) last++
    const left = edge(i, -1)
    back += el('rect', {
      class: 'chart-flagged',
      x: left,
      y: plotTop,
      width: edge(last, 1) - left,
      height: plotBottom - plotTop,
      fill: FLAGGED_FILL,
    })
  }
  back += el('path', { d: yTicks.map((t) => `M${point(marginLeft, y(t))}H${CHART_WIDTH}`).join(''), stroke: palette.grid })
  back += el('path', { class: 'chart-zero', d: `M${point(marginLeft, y(0))}H${CHART_WIDTH}`, stroke: palette.rule, 'stroke-width': 1.5 })

  // Rules first, then every label with a white halo: a rule passing a label in a lower row never hides it.
  let annotations = ''
  let labelTexts = ''
  labels.forEach((l, k) => {
    const rowY = labelTop + rows[k]! * ROW
    const rule = rules[k]
    if (rule)
      annotations += el('line', {
        class: `chart-${rule.kind}`,
        x1: rule.x,
        x2: rule.x,
        y1: rowY + 7,
        y2: plotBottom,
        stroke: palette.rule,
        'stroke-width': rule.kind === 'start' ? 2 : 1.25,
        'stroke-dasharray': rule.kind === 'start' ? '1 3' : '4 3',
      })
    labelTexts += el(
      'text',
      {
        class: rule ? `chart-${rule.kind}-label` : 'chart-flagged-label',
        x: l.centre,
        y: middle(rowY),
        fill: palette.muted,
        stroke: palette.background,
        'stroke-width': 4,
        'paint-order': 'stroke',
      },
      escapeXml(l.text),
    )
  })
  annotations += labelTexts

  // Ranges, then points: filled for a difference, hollow for a flagged period, a square on zero for the base.
  let marks = ''
  let ranges = ''
  periods.forEach((p, i) => {
    const cx = xs[i]!
    if (!p.base) {
      const top = p.high === null ? plotTop : y(p.high)
      const bottom = p.low === null ? plotBottom : y(p.low)
      ranges += `M${point(cx, top)}V${Math.round(bottom * 10) / 10}`
    }
    if (p.base)
      marks += el('rect', {
        class: 'chart-base',
        x: cx - R,
        y: y(0) - R,
        width: 2 * R,
        height: 2 * R,
        fill: palette.background,
        stroke: palette.area,
        'stroke-width': 1.5,
      })
    else if (p.flagged)
      marks += el('circle', {
        class: 'chart-point chart-point-flagged',
        cx,
        cy: y(p.estimate),
        r: R,
        fill: palette.background,
        stroke: palette.area,
        'stroke-width': 1.5,
      })
    else marks += el('circle', { class: 'chart-point', cx, cy: y(p.estimate), r: R, fill: palette.area })
  })
  const rangePath =
    ranges === '' ? '' : el('path', { class: 'chart-range', d: ranges, stroke: palette.area, 'stroke-width': 1.5, fill: 'none' })

  let axes = el(
    'g',
    { 'text-anchor': 'end', fill: palette.muted },
    yTicks.map((t) => el('text', { x: marginLeft - 5, y: middle(y(t)) }, escapeXml(signedTick(t, decimals)))).join(''),
  )
  const shown = thinTicks(
    xs,
    periods.map((p) => textWidth(p.short)),
    8,
  )
  axes += el('path', { d: shown.map((i) => `M${point(xs[i]!, plotBottom)}v4`).join(''), stroke: palette.rule })
  axes += el(
    'g',
    { fill: palette.muted },
    shown.map((i) => el('text', { x: xs[i]!, y: plotBottom + 16 }, escapeXml(periods[i]!.short))).join(''),
  )
  axes += el('text', { x: 0, y: middle(unitY), 'text-anchor': 'start', fill: palette.muted }, escapeXml(input.unitLabel))

  const legend = eventStudyLegend(
    periods.some((p) => p.base),
    legendY,
  )
  const body = el('g', { 'aria-hidden': 'true' }, back + annotations + rangePath + marks + axes + legend)
  return `${openSvg({ id: input.id, kind: 'event-study', label: input.label, height, extra: { 'text-anchor': 'middle' } })}${body}</svg>`
}

/** The middle of the flagged periods (COVID-19 terms come together). */
function flaggedCentre(periods: readonly EventStudyPeriod[], xs: readonly number[]): number {
  const at = periods.flatMap((p, i) => (p.flagged ? [xs[i]!] : []))
  return (Math.min(...at) + Math.max(...at)) / 2
}

/** "● difference ┃ likely range ◻ base period": the marks in words, in one row. */
function eventStudyLegend(base: boolean, y: number): string {
  let out = el('circle', { cx: 5, cy: y, r: R, fill: palette.area })
  out += el('text', { x: 13, y: middle(y), 'text-anchor': 'start', fill: palette.text }, 'difference')
  let at = 13 + textWidth('difference') + 12
  out += el('path', { d: `M${point(at, y - 7)}V${y + 7}`, stroke: palette.area, 'stroke-width': 1.5 })
  out += el('text', { x: at + 6, y: middle(y), 'text-anchor': 'start', fill: palette.text }, 'likely range')
  at += 6 + textWidth('likely range') + 12
  if (base) {
    out += el('rect', { x: at, y: y - R, width: 2 * R, height: 2 * R, fill: palette.background, stroke: palette.area, 'stroke-width': 1.5 })
    out += el('text', { x: at + 2 * R + 5, y: middle(y), 'text-anchor': 'start', fill: palette.text }, 'base period')
  }
  return out
}

export const eventStudyChart = cachedChart('event-study', drawEventStudy)
