// Turns one metric's site data for one area into what the pages show: the sentence with its counts,
// the comparisons in words, the comparator (England, or the middle local authority where no England
// figure exists), and the figures behind the comparison charts. Only selection and wording happen
// here; every number was computed by the pipeline.
import { formatNumber, formatTick, formatValue } from '../charts/format.ts'
import { area, areaData, metricData } from './site-data.ts'
import { figureArea } from './nhs-area.ts'
import { perMetricAndArea } from './per-metric-and-area.ts'
import {
  aimText,
  capitalise,
  changePhrase,
  comparisonPhrase,
  comparisonWord,
  missingText,
  noTestText,
  quarterPhrase,
  rankPhrase,
  listText,
  periodInSentence,
  withAges,
  type Word,
} from './words.ts'
import type { Benchmark, Quartiles, MetricValue, AreaSummary, MetricInfo, PeriodInfo } from '../contract/schemas.ts'
import { ENGLAND_CODE } from '../contract/vocabulary.ts'

/** What an area is set against: England's figure, or the median LA's where England has none. */
export interface Reference {
  kind: 'england' | 'median'
  /** Short name for charts: "England", "Middle LA". */
  name: string
  value: number
}

export interface MetricView {
  metric: MetricInfo
  /** The page's area. */
  area: AreaSummary
  /** The area whose figures these are: the page's area, or for an NHS measure on an LA's page its NHS area. */
  shownArea: AreaSummary
  /** For an NHS measure on an LA's page: whose figure it is, in a sentence. */
  nhsNote: string | null
  latest: PeriodInfo | null
  value: MetricValue | undefined
  benchmark: Benchmark | undefined
  /** The headline sentence, without the area name. */
  sentence: string
  /** The latest figure with its unit ("25.7%"), or null when there is none. */
  valueText: string | null
  /** "1,567 of 6,093" (a percentage) or "6,093 EHC plans" (a rate), or null without counts. */
  counts: string | null
  /** The counts with their labels, for the detail under the block. */
  countsInFull: string | null
  vsEngland: Word | null
  reference: Reference | null
  /** "higher than England (43.6%)" or "middle local authority: 4.3 per 100 pupils", for one line. */
  comparison: string | null
  /** Why the comparison was not tested, shown after it in plain type: "not compared: published without counts". */
  comparisonNote: string | null
  /** The region and similar areas, for the measure's short block: null for England and regions without them. */
  nearby: string | null
  /** "similar areas average 38.1%", for the summary; null without a neighbours' figure. */
  similar: string | null
  /** Position among all LAs and changes over time: shown with the charts. */
  facts: string[]
  /** Notes on the shown area's figure for the latest period (said beside it). */
  notes: string[]
  /** Notes on the shown area's figures for other periods, each with the periods it concerns. */
  earlierNotes: string[]
  aim: string | null
  /** All current LAs' values in the latest period (for the position chart), and their quartiles. */
  laValues: number[]
  quartiles: Quartiles | null
  /** The LA and its statistical neighbours in the latest period (LA pages only). */
  neighbours: Array<{ name: string; value: number | null; highlight?: boolean }>
}

/** Each metric's figures as formatted so far: pages show England's and each region's figures on every LA's page. */
const formatted = new WeakMap<MetricInfo, Map<number, string>>()

/** A figure with the metric's unit and decimals: "43.6%"; a dash for none. */
export function format(m: MetricInfo, v: number | null | undefined): string {
  if (v === null || v === undefined) return '–'
  let known = formatted.get(m)
  if (!known) formatted.set(m, (known = new Map()))
  let text = known.get(v)
  if (text === undefined) known.set(v, (text = formatValue(v, m.unit, m.decimals)))
  return text
}

/**
 * The metric's sentence for a value: "{value}" is the value with its unit, "{number}" the bare
 * number; with the ages it covers where the sentence does not say them ("children and young
 * people aged 0-25 with an EHC plan"), so that shares of all ages and of school age never read alike.
 * A figure below zero takes the metric's sentence for one, with its size (a surplus of 4.8%, not a
 * deficit of −4.8%); one that rounds to zero keeps the usual sentence.
 */
export function sentenceFor(m: MetricInfo, v: number): string {
  const negative = m.negativeSentence !== undefined && Math.round(-v * 10 ** m.decimals) > 0
  const [template, shown] = negative ? [m.negativeSentence!, -v] : [m.sentence, v]
  return withAges(template, m.ageBand).replace('{value}', format(m, shown)).replace('{number}', formatNumber(shown, m.decimals))
}

/** The size of a change: percentage points for percentages, else the metric's own unit. */
export function formatChange(m: MetricInfo, x: number): string {
  return m.unit === 'percent' || m.unit === 'percentage_points'
    ? `${formatNumber(x, m.decimals)} percentage points`
    : formatValue(x, m.unit, m.decimals)
}

export function cellText(m: MetricInfo, v: MetricValue | undefined): string {
  if (!v) return 'no figure'
  return v.value === null ? missingText(v.missing) : format(m, v.value)
}

/** A table cell: the figure with % or × but without a rate's words (the caption names the unit), or why there is none. */
export function cellNumber(m: MetricInfo, v: MetricValue | undefined): string {
  if (!v) return 'no figure'
  return v.value === null ? missingText(v.missing) : formatTick(v.value, m.unit, m.decimals)
}

/** "40.1% to 43.2%" or, for a rate, "20.6 to 21.7": the likely range (95% interval) in a table cell. */
export function rangeNumbers(m: MetricInfo, v: MetricValue | undefined): string | null {
  return v?.ci95 ? `${formatTick(v.ci95.lower, m.unit, m.decimals)} to ${formatTick(v.ci95.upper, m.unit, m.decimals)}` : null
}

/** "40.1% to 43.2%": the likely range (95% interval). */
export function rangeText(m: MetricInfo, v: MetricValue | undefined): string | null {
  return v?.ci95 ? `${format(m, v.ci95.lower)} to ${format(m, v.ci95.upper)}` : null
}

/** A label without its bracketed note: "EHC plans (January census)" -> "EHC plans". */
const bare = (label: string) => label.replace(/\s*\([^)]*\)/g, '').trim()

/**
 * Counts beside the figure, short, for a sentence that already names the group: "8 of 2,335" for
 * a percentage, "6,093 EHC plans" for a rate (the population behind it is in the full form).
 */
export function countsText(m: MetricInfo, v: MetricValue | undefined): string | null {
  if (!v || v.value === null || v.numerator === null || v.denominator === null) return null
  if (m.unit === 'percent') return `${formatNumber(v.numerator)} of ${formatNumber(v.denominator)}`
  if (RATES.has(m.unit)) return `${formatNumber(v.numerator)} ${bare(m.numeratorLabel)}`
  return null
}

/** The counts with both their labels: "8 young people ... of 2,335 young people aged 16-25 with an EHC plan". */
function countsInFull(m: MetricInfo, v: MetricValue | undefined): string | null {
  if (!v || v.value === null || v.numerator === null || v.denominator === null) return null
  if (m.unit === 'percent' || RATES.has(m.unit))
    return `${capitalise(bare(m.numeratorLabel))}: ${formatNumber(v.numerator)}; ${bare(m.denominatorLabel)}: ${formatNumber(v.denominator)}.`
  return null
}

const RATES: ReadonlySet<MetricInfo['unit']> = new Set(['per_1000', 'per_10000', 'per_100_pupils'])

/** Index of the first period of each new series, for the break markers on charts. */
export function breakIndexes(m: MetricInfo): number[] {
  const order = m.periods.map((p) => p.id)
  return m.breaks.map((b) => order.findIndex((id) => id >= b.from)).filter((i) => i > 0)
}

function byPeriod(values: readonly MetricValue[] | undefined): Map<string, MetricValue> {
  return new Map((values ?? []).map((v) => [v.period, v]))
}

/** The median of current LAs for each period: the comparator when no England figure exists. */
export function medianByPeriod(m: MetricInfo): Map<string, number> {
  const out = new Map<string, number>()
  for (const d of metricData(m.id).distributions) if (d.quartiles) out.set(d.period, d.quartiles.median)
  return out
}

function referenceFor(m: MetricInfo, period: string | undefined, england: number | null): Reference | null {
  if (!period) return null
  if (england !== null) return { kind: 'england', name: 'England', value: england }
  const median = medianByPeriod(m).get(period)
  return median === undefined ? null : { kind: 'median', name: 'Middle LA', value: median }
}

/** Every area's figure for the metric's latest period, worked out once per metric: every view of it reads them. */
const latestCache = new Map<string, { laValues: number[]; quartiles: Quartiles | null; latestByArea: Map<string, number | null> }>()
function latestFigures(m: MetricInfo) {
  let figures = latestCache.get(m.id)
  if (!figures) {
    const all = metricData(m.id)
    const latest = m.periods.find((p) => p.id === m.latest)?.id
    const inLatest = latest ? all.values.filter((v) => v.period === latest) : []
    figures = {
      laValues: inLatest.filter((v) => v.value !== null && area(v.area).type === 'la' && !area(v.area).smallNumbers).map((v) => v.value!),
      quartiles: all.distributions.find((d) => d.period === latest)?.quartiles ?? null,
      // The first figure for an area, as a search through the values finds it.
      latestByArea: new Map([...inLatest].reverse().map((v) => [v.area, v.value])),
    }
    latestCache.set(m.id, figures)
  }
  return figures
}

/** The view of a measure on an area's pages: the area's own figures, or its NHS area's, or why there are none. */
export const metricView = perMetricAndArea((m: MetricInfo, page: AreaSummary): MetricView => {
  const shown = figureArea(m, page)
  if (!shown.area) return unplacedView(m, page, shown.reason!)
  return { ...shownAreaView(m, shown.area), area: page, nhsNote: shown.note }
})

/** An LA served by several NHS areas whose figures cannot be combined: no figure, and why. */
function unplacedView(m: MetricInfo, a: AreaSummary, reason: string): MetricView {
  const latest = m.periods.find((p) => p.id === m.latest) ?? null
  return {
    metric: m,
    area: a,
    shownArea: a,
    nhsNote: null,
    notes: [],
    earlierNotes: [],
    latest,
    value: undefined,
    benchmark: undefined,
    // The NHS areas are named once, at the top of the page (ThemePage.astro); here only why.
    sentence: `no NHS figure can be given for ${a.name}: ${reason.replace(/ \([^)]*\)/, '')}`,
    valueText: null,
    counts: null,
    countsInFull: null,
    vsEngland: null,
    reference: null,
    comparison: null,
    comparisonNote: null,
    nearby: null,
    similar: null,
    facts: [],
    aim: aimText(m.direction),
    laValues: [],
    quartiles: null,
    neighbours: [],
  }
}

function shownAreaView(m: MetricInfo, a: AreaSummary): Omit<MetricView, 'area' | 'nhsNote'> {
  const own = areaData(a.code).metrics[m.id]
  const values = byPeriod(own?.values)
  const englandValues = a.type === 'england' ? new Map<string, MetricValue>() : byPeriod(areaData(ENGLAND_CODE).metrics[m.id]?.values)
  const latest = m.periods.find((p) => p.id === m.latest) ?? null
  const value = latest ? values.get(latest.id) : undefined
  const benchmark = latest ? own?.benchmarks.find((b) => b.period === latest.id) : undefined
  const periodLabel = (id: string) => m.periods.find((p) => p.id === id)?.label ?? id

  const valueText = value?.value != null ? format(m, value.value) : null
  const sentence = valueText
    ? sentenceFor(m, value!.value!)
    : `no figure for ${latest?.label ?? 'any period'}: ${missingText(value?.missing)}`
  const vsEngland = benchmark ? comparisonWord(benchmark.vsEngland) : null
  const vsRegion = benchmark?.vsRegion ? comparisonWord(benchmark.vsRegion) : null
  const reference = a.type === 'england' ? null : referenceFor(m, latest?.id, benchmark?.england ?? null)

  let comparison: string | null = null
  let comparisonNote: string | null = null
  if (valueText && reference?.kind === 'england') {
    comparison = vsEngland
      ? `${comparisonPhrase(vsEngland)} England (${format(m, reference.value)})`
      : `England: ${format(m, reference.value)}`
    if (!vsEngland) comparisonNote = `not compared: ${noTestText(benchmark!.vsEngland)}`
  } else if (valueText && reference?.kind === 'median')
    comparison = `no England figure; the middle local authority has ${format(m, reference.value)}`

  const nearby: string[] = []
  const facts: string[] = []
  let similar: string | null = null
  if (benchmark && valueText) {
    if (a.type !== 'england' && a.type !== 'region' && a.regionCode && benchmark.region !== null) {
      const regionName = area(a.regionCode).name
      nearby.push(`${regionName}: ${format(m, benchmark.region)}${vsRegion ? ` (${a.name} is ${vsRegion})` : ''}.`)
    }
    if (benchmark.neighbours?.mean != null) {
      const used = benchmark.neighbours.used
      similar = `similar areas average ${format(m, benchmark.neighbours.mean)}${used < 10 ? ` (${used} of 10 have a figure)` : ''}`
      nearby.push(`${capitalise(similar)}.`)
    }
    const rank = rankPhrase(benchmark)
    if (rank) {
      const quarter = quarterPhrase(benchmark)
      facts.push(`${capitalise(rank)}${quarter ? `, ${quarter}` : ''}.`)
    } else if (a.smallNumbers) facts.push('Not ranked: numbers are very small.')
    // A change from a figure a note is about (a caution on an implausible jump, a missing return) points to the note.
    const noted = new Set((m.areaNotes ?? []).filter((n) => n.areas.includes(a.code)).flatMap((n) => n.periods))
    const changes = [benchmark.previous, benchmark.fiveYears]
      .map((c) => {
        const phrase = changePhrase(c, m, benchmark.period, (x) => formatChange(m, x))
        return phrase && c?.change != null && noted.has(c.from) ? `${phrase} (see the note on that figure)` : phrase
      })
      .filter((c): c is string => c !== null)
    if (changes.length > 0) facts.push(`${capitalise(changes.join('; '))}.`)
  } else if (a.type !== 'england' && latest && !englandValues.get(latest.id)?.value) {
    facts.push(`No England figure: ${missingText(englandValues.get(latest.id)?.missing)}.`)
  }

  const concerning = (m.areaNotes ?? []).filter((n) => n.areas.includes(a.code))
  const notes = concerning.filter((n) => latest !== null && n.periods.includes(latest.id)).map((n) => n.note)
  const earlierNotes = concerning
    .filter((n) => latest === null || !n.periods.includes(latest.id))
    .map((n) => `${listText(n.periods.map((p) => periodInSentence(periodLabel(p))))}: ${n.note}`)

  const { laValues, quartiles, latestByArea } = latestFigures(m)
  const latestOf = (code: string) => latestByArea.get(code) ?? null
  const neighbours =
    a.type === 'la' && a.neighbours
      ? [
          { name: a.name, value: value?.value ?? null, highlight: true },
          ...a.neighbours.map((code) => ({ name: area(code).name, value: latestOf(code) })),
        ]
      : []
  return {
    metric: m,
    shownArea: a,
    latest,
    value,
    benchmark,
    sentence,
    valueText,
    counts: countsText(m, value),
    countsInFull: countsInFull(m, value),
    vsEngland,
    reference,
    comparison,
    comparisonNote,
    nearby: nearby.length > 0 ? nearby.join(' ') : null,
    similar,
    facts,
    notes,
    earlierNotes,
    aim: aimText(m.direction),
    laValues,
    quartiles,
    neighbours,
  }
}
