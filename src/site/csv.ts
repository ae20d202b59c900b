// The labelled CSV downloads: the figures behind a chart (embed data.csv), every area on one measure
// (figures.csv) and every measure's latest figure for one LA with England, its region and its
// similar areas (measures.csv). What is the same on every row (the measure, its unit and source, the page the
// figures belong to) is stated once, in lines above the table, as statistics offices label their
// chart downloads; the table below has one row per area and period. Values are rounded as the site
// shows them. Tidy files for machines are the site-wide metrics.csv and benchmarks.csv, in /data/'s zip.
import Papa from 'papaparse'
import type { AreaSummary, MetricInfo, MetricValue } from '../contract/schemas.ts'
import { MISSING_REASONS, UNIT_WORDS, WITHHELD_CHANGE } from '../contract/vocabulary.ts'
import { area as areaOf, areaData, metricData, source } from './site-data.ts'
import { figureArea } from './nhs-area.ts'
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
  'figure_for',
  'period',
  'period_label',
  'value',
  'count',
  'out_of',
  'likely_range_low',
  'likely_range_high',
  'why_missing',
  'england',
  'region_or_nhs_region',
  'similar_areas_average',
  'rank_from_highest',
  'ranked_las',
  'change_since',
  'change',
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
    v && v.value === null && v.missing ? MISSING_REASONS[v.missing] : '',
  ]
}

/**
 * The figures behind a trend chart: one row per line and period that the source has a row for
 * (a figure, or why there is none). `page` is where the chart is shown.
 */
export function trendCsv(m: MetricInfo, t: AreaTrend, page: string): string {
  const rows: string[][] = []
  for (const s of t.series) {
    m.periods.forEach((p, i) => {
      if (s.area) {
        if (s.values[i]) rows.push(figureRow(m, s.area, p.id, s.values[i]))
      } else if (s.median?.[i] != null) {
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

/** Every area (England, regions, LAs, former LAs, or NHS areas) and period the source has a row for, on one measure. */
export function metricCsv(m: MetricInfo, areas: readonly AreaSummary[], page: string): string {
  const values = new Map(metricData(m.id).values.map((v) => [`${v.area}|${v.period}`, v]))
  const rows: string[][] = []
  for (const a of areas) {
    const own = m.periods.map((p) => values.get(`${a.code}|${p.id}`))
    m.periods.forEach((p, i) => {
      if (own[i]) rows.push(figureRow(m, a, p.id, own[i]))
    })
  }
  return labelledCsv(measureLines(m, 'England, its regions and every local authority', page), FIGURE_COLUMNS, rows)
}

/**
 * Every measure's latest figure for one LA, beside England, its region, the average of its similar
 * areas and its rank, with the change since the period before: one row per measure, a table to
 * paste into a committee paper (each measure's history is in its chart's data.csv and in
 * metrics.csv, in /data/'s zip). A measure the NHS publishes for its own areas gives the figure of the NHS
 * area the LA is placed in, named in figure_for, beside England and the NHS region.
 */
export function areaCsv(a: AreaSummary, metrics: readonly MetricInfo[], pages: { own: string; sources: string }): string {
  const region = a.regionCode ? areaOf(a.regionCode).name : null
  const rows: string[][] = []
  for (const m of metrics) {
    const latest = m.periods.find((p) => p.id === m.latest)
    if (!latest) continue
    const shown = figureArea(m, a)
    const own = shown.area ? areaData(shown.area.code).metrics[m.id] : undefined
    if (shown.area && !own) continue
    const v = own?.values.find((x) => x.period === latest.id)
    const b = own?.benchmarks.find((x) => x.period === latest.id)
    const figures = figureRow(m, shown.area ?? a, latest.id, v).slice(4)
    if (!shown.area) figures[5] = shown.reason!
    else if (!v) figures[5] = 'no figure in the source for this area and period'
    const change = b?.previous
    rows.push([
      m.id,
      m.title,
      UNIT_WORDS[m.unit],
      shown.area?.name ?? a.name,
      latest.id,
      latest.label,
      ...figures,
      fixed(b?.england, m.decimals),
      fixed(b?.region, m.decimals),
      fixed(b?.neighbours?.mean, m.decimals),
      b?.rank ? String(b.rank.rank) : '',
      b?.rank ? String(b.rank.of) : '',
      change ? (m.periods.find((p) => p.id === change.from)?.label ?? change.from) : '',
      change ? (change.change === null ? WITHHELD_CHANGE[change.withheld] : fixed(change.change, m.decimals)) : '',
      m.sources.join(' '),
    ])
  }
  const lines = [
    `Every measure for ${a.name} (${a.code}), latest figures, beside England${region ? `, ${region}` : ''} and the average of its statistical neighbours (similar areas)`,
    `The NHS publishes its figures for its own areas: for those measures, figure_for names the NHS area ${a.name} is placed in, and the comparison is with its NHS region. Ranks count from the highest value (1 is the highest) among local authorities with a figure. change is the latest figure minus the figure for change_since (percentage points for percentages). The source_ids column names each measure's sources, described at ${pages.sources}. ${LICENCE}.`,
    `From the ${SITE_NAME}: ${pages.own}`,
  ]
  return labelledCsv(lines, MEASURE_COLUMNS, rows)
}
