// The labelled CSV downloads: the figures behind a chart, every area on one measure, every measure
// for one area. Readable periods, the unit in words, values rounded as the site shows them, the
// counts, the likely range, why a figure is missing, and the source with its release.
import type { MetricValue } from '../pipeline/metrics/metric-value.ts'
import type { AreaSummary, MetricInfo } from '../pipeline/site-data/types.ts'
import type { Unit } from '../pipeline/metrics/definition.ts'
import { MISSING_REASONS } from '../pipeline/read/missing.ts'
import { csvText } from '../pipeline/site-data/csv-text.ts'
import { area as areaOf, areaData, metricData, source } from './site-data.ts'
import { LICENCE, sourceLine } from './source-line.ts'
import type { AreaTrend } from './trend.ts'

export const UNIT_WORDS: Readonly<Record<Unit, string>> = {
  percent: 'percent',
  per_1000: 'per 1,000',
  per_10000: 'per 10,000',
  per_100_pupils: 'per 100 pupils',
  ratio: 'ratio (times as often)',
  percentage_points: 'percentage points',
  score: "score on the publisher's scale",
  gbp_per_head: 'pounds per head',
}

export const CSV_COLUMNS = [
  'measure_id',
  'measure',
  'area_code',
  'area',
  'period',
  'period_label',
  'value',
  'unit',
  'count',
  'out_of',
  'likely_range_low',
  'likely_range_high',
  'why_missing',
  'source',
] as const

type Row = Record<(typeof CSV_COLUMNS)[number], string>

const fixed = (x: number | null | undefined, decimals: number) => (x === null || x === undefined ? '' : x.toFixed(decimals))
const whole = (x: number | null | undefined) => (x === null || x === undefined ? '' : String(Math.round(x * 100) / 100))

// Worked out once per measure: every row of every CSV and every chart file of the measure carries it.
const sourceByMetric = new WeakMap<MetricInfo, string>()

export function metricSource(m: MetricInfo): string {
  let text = sourceByMetric.get(m)
  if (text === undefined) sourceByMetric.set(m, (text = `${sourceLine(m.sources.map(source))}. ${LICENCE}.`))
  return text
}

function row(m: MetricInfo, a: { code: string; name: string }, period: string, v: MetricValue | undefined, src: string): Row {
  const p = m.periods.find((x) => x.id === period)
  return {
    measure_id: m.id,
    measure: m.title,
    area_code: a.code,
    area: a.name,
    period,
    period_label: p?.label ?? period,
    value: fixed(v?.value, m.decimals),
    unit: UNIT_WORDS[m.unit],
    count: whole(v?.numerator),
    out_of: whole(v?.denominator),
    likely_range_low: fixed(v?.ci95?.lower, m.decimals),
    likely_range_high: fixed(v?.ci95?.upper, m.decimals),
    why_missing:
      v && v.value === null && v.missing ? MISSING_REASONS[v.missing] : v ? '' : 'no figure in the source for this area and period',
    source: src,
  }
}

function toCsv(rows: readonly Row[]): string {
  return csvText(
    CSV_COLUMNS,
    rows.map((r) => CSV_COLUMNS.map((c) => r[c])),
  )
}

/** The figures behind a trend chart: one row per line and period. */
export function trendCsv(m: MetricInfo, t: AreaTrend): string {
  const src = metricSource(m)
  const rows: Row[] = []
  for (const s of t.series) {
    m.periods.forEach((p, i) => {
      if (s.area) rows.push(row(m, s.area, p.id, s.values[i], src))
      else if (s.median?.[i] != null)
        rows.push({ ...row(m, { code: '', name: s.name }, p.id, undefined, src), value: fixed(s.median[i], m.decimals), why_missing: '' })
    })
  }
  return toCsv(rows)
}

/** Every area (England, regions, LAs, former LAs) and period on one measure. */
export function metricCsv(m: MetricInfo, areas: readonly AreaSummary[]): string {
  const src = metricSource(m)
  const values = new Map(metricData(m.id).values.map((v) => [`${v.area}|${v.period}`, v]))
  const rows: Row[] = []
  for (const a of areas) {
    const own = m.periods.map((p) => values.get(`${a.code}|${p.id}`))
    if (own.every((v) => v === undefined)) continue
    m.periods.forEach((p, i) => rows.push(row(m, a, p.id, own[i], src)))
  }
  return toCsv(rows)
}

/** Every measure and period for one area. */
export function areaCsv(a: AreaSummary, metrics: readonly MetricInfo[]): string {
  const data = areaData(a.code).metrics
  const rows: Row[] = []
  for (const m of metrics) {
    const values = new Map((data[m.id]?.values ?? []).map((v) => [v.period, v]))
    if (values.size === 0) continue
    const src = metricSource(m)
    for (const p of m.periods) rows.push(row(m, areaOf(a.code), p.id, values.get(p.id), src))
  }
  return toCsv(rows)
}
