// The labelled CSV downloads: the figures behind a chart (embed data.csv), every area on one measure
// (figures.csv) and every measure for one LA with England, its region and its similar areas
// (measures.csv). What is the same on every row (the measure, its unit and source, the page the
// figures belong to) is stated once, in lines above the table, as statistics offices label their
// chart downloads; the table below has one row per area and period. Values are rounded as the site
// shows them. Tidy files for machines are the site-wide /data/metrics.csv and benchmarks.csv.
import Papa from 'papaparse'
import type { AreaSummary, MetricInfo, MetricValue } from '../contract/schemas.ts'
import { MISSING_REASONS, UNIT_WORDS } from '../contract/vocabulary.ts'
import { area as areaOf, areaData, metricData, source } from './site-data.ts'
import { LICENCE, SITE_NAME, sourceLine } from './source-line.ts'
import type { AreaTrend } from './trend.ts'

/** The columns of the single-measure tables (data.csv and figures.csv). */
const FIGURE_COLUMNS = [
  'area_code',
  'area',
  'period',
  'period_label',
  'value',
  'count',
  'out_of',
  'likely_range_low',
  'likely_range_high',
  'why_missing',
] as const

/** The columns of an LA's measures.csv. */
const MEASURE_COLUMNS = [
  'measure_id',
  'measure',
  'unit',
  'period',
  'period_label',
  'value',
  'count',
  'out_of',
  'likely_range_low',
  'likely_range_high',
  'why_missing',
  'england',
  'region',
  'similar_areas_average',
  'rank_from_highest',
  'ranked_las',
  'source_ids',
] as const

const fixed = (x: number | null | undefined, decimals: number) => (x === null || x === undefined ? '' : x.toFixed(decimals))
const whole = (x: number | null | undefined) => (x === null || x === undefined ? '' : String(Math.round(x * 100) / 100))

// Worked out once per measure: every chart file and CSV of the measure carries it.
const sourceByMetric = new WeakMap<MetricInfo, string>()

/** The measure's sources in a sentence, with the licence. */
function metricSource(m: MetricInfo): string {
  let text = sourceByMetric.get(m)
  if (text === undefined) sourceByMetric.set(m, (text = `${sourceLine(m.sources.map(source))}. ${LICENCE}.`))
  return text
}

/** Lines above the table (one field each), a blank line, then the table. */
function labelledCsv(lines: readonly string[], fields: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const above = Papa.unparse(
    lines.map((l) => [l]),
    { newline: '\n', quotes: true },
  )
  return `${above}\n\n${Papa.unparse({ fields: [...fields], data: rows.map((r) => [...r]) }, { newline: '\n' })}\n`
}

function measureLines(m: MetricInfo, about: string, page: string): string[] {
  return [m.title, `${about}. Units: ${UNIT_WORDS[m.unit]}.`, `Source: ${metricSource(m)}`, `From the ${SITE_NAME}: ${page}`]
}

function figureRow(m: MetricInfo, a: { code: string; name: string }, periodId: string, v: MetricValue | undefined): string[] {
  const p = m.periods.find((x) => x.id === periodId)
  return [
    a.code,
    a.name,
    periodId,
    p?.label ?? periodId,
    fixed(v?.value, m.decimals),
    whole(v?.numerator),
    whole(v?.denominator),
    fixed(v?.ci95?.lower, m.decimals),
    fixed(v?.ci95?.upper, m.decimals),
    v && v.value === null && v.missing ? MISSING_REASONS[v.missing] : v ? '' : 'no figure in the source for this area and period',
  ]
}

/** The figures behind a trend chart: one row per line and period. `page` is where the chart is shown. */
export function trendCsv(m: MetricInfo, t: AreaTrend, page: string): string {
  const rows: string[][] = []
  for (const s of t.series) {
    m.periods.forEach((p, i) => {
      if (s.area) rows.push(figureRow(m, s.area, p.id, s.values[i]))
      else if (s.median?.[i] != null) {
        const row = figureRow(m, { code: '', name: s.name }, p.id, undefined)
        row[4] = fixed(s.median[i], m.decimals)
        row[9] = ''
        rows.push(row)
      }
    })
  }
  const span = m.periods.length > 1 ? `${m.periods[0]!.label} to ${m.periods.at(-1)!.label}` : (m.periods[0]?.label ?? '')
  return labelledCsv(measureLines(m, `${t.series.map((s) => s.name).join(', ')}, ${span}`, page), FIGURE_COLUMNS, rows)
}

/** Every area (England, regions, LAs, former LAs) and period on one measure. */
export function metricCsv(m: MetricInfo, areas: readonly AreaSummary[], page: string): string {
  const values = new Map(metricData(m.id).values.map((v) => [`${v.area}|${v.period}`, v]))
  const rows: string[][] = []
  for (const a of areas) {
    const own = m.periods.map((p) => values.get(`${a.code}|${p.id}`))
    if (own.every((v) => v === undefined)) continue
    m.periods.forEach((p, i) => rows.push(figureRow(m, a, p.id, own[i])))
  }
  return labelledCsv(measureLines(m, 'England, its regions and every local authority', page), FIGURE_COLUMNS, rows)
}

/** Every measure and period for one LA, beside England, its region and its similar areas. */
export function areaCsv(a: AreaSummary, metrics: readonly MetricInfo[], pages: { own: string; sources: string }): string {
  const data = areaData(a.code).metrics
  const region = a.regionCode ? areaOf(a.regionCode).name : null
  const rows: string[][] = []
  for (const m of metrics) {
    const own = data[m.id]
    if (!own || own.values.length === 0) continue
    const values = new Map(own.values.map((v) => [v.period, v]))
    const benchmarks = new Map(own.benchmarks.map((b) => [b.period, b]))
    for (const p of m.periods) {
      const v = values.get(p.id)
      const b = benchmarks.get(p.id)
      const figures = figureRow(m, a, p.id, v).slice(4)
      rows.push([
        m.id,
        m.title,
        UNIT_WORDS[m.unit],
        p.id,
        p.label,
        ...figures,
        fixed(b?.england, m.decimals),
        fixed(b?.region, m.decimals),
        fixed(b?.neighbours?.mean, m.decimals),
        b?.rank ? String(b.rank.rank) : '',
        b?.rank ? String(b.rank.of) : '',
        m.sources.join(' '),
      ])
    }
  }
  const lines = [
    `Every measure for ${a.name} (${a.code}), beside England${region ? `, ${region}` : ''} and the average of its statistical neighbours (similar areas)`,
    `Ranks count from the highest value (1 is the highest) among local authorities with a figure. The source_ids column names each measure's sources, described at ${pages.sources}. ${LICENCE}.`,
    `From the ${SITE_NAME}: ${pages.own}`,
  ]
  return labelledCsv(lines, MEASURE_COLUMNS, rows)
}
