// Turns one metric's site data for one area into what its section on the page shows: the sentence,
// the comparisons in words, and the figures behind the comparison charts. Only selection and
// wording happen here; every number was computed by the pipeline.
import type { Benchmark } from '../pipeline/benchmarks/benchmarks.ts'
import type { Quartiles } from '../pipeline/statistics/ranking.ts'
import type { MetricValue } from '../pipeline/metrics/metric-value.ts'
import type { AreaSummary, MetricInfo, PeriodInfo } from '../pipeline/site-data/types.ts'
import { formatNumber, formatValue } from '../charts/format.ts'
import { ENGLAND_CODE } from '../pipeline/geography/areas.ts'
import { area, areaData, metricData } from './site-data.ts'
import {
  capitalise,
  changePhrase,
  comparisonPhrase,
  comparisonWord,
  missingText,
  noTestText,
  quarterPhrase,
  rankPhrase,
  type Word,
} from './words.ts'

export interface MetricView {
  metric: MetricInfo
  latest: PeriodInfo | null
  value: MetricValue | undefined
  benchmark: Benchmark | undefined
  /** The headline sentence, without the area name. */
  sentence: string
  vsEngland: Word | null
  vsRegion: Word | null
  facts: string[]
  breaks: number[]
  /** All current LAs' values in the latest period (for the position chart), and their quartiles. */
  laValues: number[]
  quartiles: Quartiles | null
  /** The LA and its statistical neighbours in the latest period (LA pages only). */
  neighbours: Array<{ name: string; value: number | null; highlight?: boolean }>
}

export const format = (m: MetricInfo, v: number | null | undefined): string =>
  v === null || v === undefined ? '–' : formatValue(v, m.unit, m.decimals)

/** The metric's sentence for a value: "{value}" is the value with its unit, "{number}" the bare number. */
export function sentenceFor(m: MetricInfo, v: number): string {
  return m.sentence.replace('{value}', format(m, v)).replace('{number}', formatNumber(v, m.decimals))
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

export function intervalText(m: MetricInfo, v: MetricValue | undefined): string | null {
  return v?.ci95 ? `${format(m, v.ci95.lower)} to ${format(m, v.ci95.upper)}` : null
}

function byPeriod(values: readonly MetricValue[] | undefined): Map<string, MetricValue> {
  return new Map((values ?? []).map((v) => [v.period, v]))
}

/** Index of the first period of each new series, for the break markers on charts. */
export function breakIndexes(m: MetricInfo): number[] {
  const order = m.periods.map((p) => p.id)
  return m.breaks.map((b) => order.findIndex((id) => id >= b.from)).filter((i) => i > 0)
}

export function metricView(m: MetricInfo, a: AreaSummary): MetricView {
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
  const vsEngland = benchmark ? comparisonWord(benchmark.vsEngland, m.direction) : null
  const vsRegion = benchmark?.vsRegion ? comparisonWord(benchmark.vsRegion, m.direction) : null

  const facts: string[] = []
  if (benchmark && valueText) {
    if (a.type !== 'england' && !vsEngland) {
      const englandMissing = latest ? englandValues.get(latest.id)?.missing : undefined
      facts.push(
        benchmark.england !== null
          ? `England: ${format(m, benchmark.england)}. ${capitalise(noTestText(benchmark.vsEngland))}.`
          : `No England figure: ${missingText(englandMissing)}.`,
      )
    }
    if (a.type === 'la' && a.regionCode && benchmark.region !== null) {
      const regionName = area(a.regionCode).name
      facts.push(
        `${regionName}: ${format(m, benchmark.region)}${vsRegion ? ` (${a.name} is ${comparisonPhrase(vsRegion)} its region)` : ''}.`,
      )
    }
    if (benchmark.neighbours?.mean != null) {
      const used = benchmark.neighbours.used.length
      facts.push(
        `Statistical neighbours' average: ${format(m, benchmark.neighbours.mean)}${used < 10 ? ` (${used} of 10 neighbours have a figure)` : ''}.`,
      )
    }
    const rank = rankPhrase(benchmark, m.direction)
    if (rank) {
      const quarter = quarterPhrase(benchmark, m.direction)
      facts.push(`Ranked ${rank}${quarter ? `, ${quarter}` : ''}.`)
    } else if (a.smallNumbers) facts.push('Not ranked: numbers are very small.')
    const changes = [benchmark.previous, benchmark.fiveYears]
      .map((c) => changePhrase(c, periodLabel(c?.from ?? ''), (x) => formatChange(m, x)))
      .filter((c): c is string => c !== null)
    if (changes.length > 0) facts.push(`${capitalise(changes.join('; '))}.`)
  }

  const all = metricData(m.id)
  const laValues = latest
    ? all.values
        .filter((v) => v.period === latest.id && v.value !== null && area(v.area).type === 'la' && !area(v.area).smallNumbers)
        .map((v) => v.value!)
    : []
  const quartiles = all.distributions.find((d) => d.period === latest?.id)?.quartiles ?? null
  const latestOf = (code: string) => (latest ? (all.values.find((v) => v.area === code && v.period === latest.id)?.value ?? null) : null)
  const neighbours =
    a.type === 'la' && a.neighbours
      ? [
          { name: a.name, value: value?.value ?? null, highlight: true },
          ...a.neighbours.map((code) => ({ name: area(code).name, value: latestOf(code) })),
        ]
      : []
  return {
    metric: m,
    latest,
    value,
    benchmark,
    sentence,
    vsEngland,
    vsRegion,
    facts: facts.filter(Boolean),
    breaks: breakIndexes(m),
    laValues,
    quartiles,
    neighbours,
  }
}
