// The tidy download files: one row per metric, area and period (metrics.csv) and one row per
// benchmark (benchmarks.csv), with a CSV on the Web description of each, so that the numbers on
// the site can be checked and reused without the site.
import { csvText } from './csv-text.ts'
import type { Benchmark } from '../benchmarks/benchmarks.ts'
import type { Geography } from '../geography/areas.ts'
import type { ComputedMetric } from '../metrics/compute.ts'
import { periodLabel } from '../metrics/periods.ts'
import type { MetricValue } from '../metrics/metric-value.ts'

/** Enough precision for any use; fixed so that the same data always gives the same bytes. */
export function round(x: number | null | undefined, digits = 6): number | null {
  if (x === null || x === undefined) return null
  const f = 10 ** digits
  return Math.round(x * f) / f
}

export interface Column {
  name: string
  titles: string
  datatype: 'string' | 'number' | 'integer' | 'boolean'
  description: string
}

export const METRIC_COLUMNS: readonly Column[] = [
  { name: 'metric_id', titles: 'Metric', datatype: 'string', description: 'Stable id of the metric (see metric-definitions.json).' },
  {
    name: 'area_code',
    titles: 'Area code',
    datatype: 'string',
    description: 'ONS code of the area on the April 2025 geography (old codes for the same area are recoded; former LAs keep theirs).',
  },
  { name: 'area_name', titles: 'Area', datatype: 'string', description: 'Name of the area as DfE writes it.' },
  {
    name: 'area_type',
    titles: 'Area type',
    datatype: 'string',
    description: 'england, region, la (a current local authority) or former_la (an LA replaced by a reorganisation).',
  },
  {
    name: 'period',
    titles: 'Period',
    datatype: 'string',
    description:
      'Period id: 202425 for January 2025 (census snapshots) or the 2024/25 academic year, 2024 for a calendar year, 202425-autumn for a term.',
  },
  { name: 'period_label', titles: 'Period (label)', datatype: 'string', description: 'The period in words, as DfE states it.' },
  {
    name: 'value',
    titles: 'Value',
    datatype: 'number',
    description: 'The metric value in its unit (see metric-definitions.json); empty when missing.',
  },
  {
    name: 'numerator',
    titles: 'Numerator',
    datatype: 'number',
    description: 'Count the value was computed from; empty where only a rate is published.',
  },
  {
    name: 'denominator',
    titles: 'Denominator',
    datatype: 'number',
    description: 'Count or population the numerator was divided by; empty where only a rate is published.',
  },
  {
    name: 'lower_95',
    titles: 'Lower 95% limit',
    datatype: 'number',
    description: 'Lower limit of the 95% confidence interval (Wilson score for proportions, exact Poisson or Byar for rates).',
  },
  { name: 'upper_95', titles: 'Upper 95% limit', datatype: 'number', description: 'Upper limit of the 95% confidence interval.' },
  { name: 'lower_998', titles: 'Lower 99.8% limit', datatype: 'number', description: 'Lower limit of the 99.8% confidence interval.' },
  { name: 'upper_998', titles: 'Upper 99.8% limit', datatype: 'number', description: 'Upper limit of the 99.8% confidence interval.' },
  {
    name: 'missing_reason',
    titles: 'Why missing',
    datatype: 'string',
    description: 'Why there is no value (a code; see metric-definitions.json for the words). Empty when there is a value.',
  },
  {
    name: 'basis',
    titles: 'Basis',
    datatype: 'string',
    description:
      "source: the area's own row in the source; published: the publisher's regional or England row; sum_of_las: computed from summed LA numerators and denominators; sum_of_successors: a former LA's own row for one count and, for the other, the sum of its successors' rows (they cover exactly its area).",
  },
  {
    name: 'source_ids',
    titles: 'Sources',
    datatype: 'string',
    description: 'Ids of the source files (data/sources.json) the value came from, separated by spaces.',
  },
]

export const BENCHMARK_COLUMNS: readonly Column[] = [
  { name: 'metric_id', titles: 'Metric', datatype: 'string', description: 'Stable id of the metric.' },
  { name: 'area_code', titles: 'Area code', datatype: 'string', description: 'ONS code of the area.' },
  { name: 'period', titles: 'Period', datatype: 'string', description: 'Period id, as in metrics.csv.' },
  { name: 'value', titles: 'Value', datatype: 'number', description: "The area's value." },
  { name: 'england_value', titles: 'England', datatype: 'number', description: "England's value for the same period." },
  { name: 'region_value', titles: 'Region', datatype: 'number', description: "The LA's region's value for the same period." },
  {
    name: 'neighbour_mean',
    titles: 'Statistical neighbours (mean)',
    datatype: 'number',
    description: "Mean of the available values of the LA's 10 statistical neighbours (DfE 2025 model).",
  },
  {
    name: 'neighbours_used',
    titles: 'Neighbours with a value',
    datatype: 'integer',
    description: 'How many of the 10 neighbours had a value.',
  },
  {
    name: 'neighbours_missing',
    titles: 'Neighbours without a value',
    datatype: 'string',
    description: 'Codes of neighbours without a value, separated by spaces.',
  },
  {
    name: 'rank',
    titles: 'Rank',
    datatype: 'integer',
    description:
      'Rank among LAs with a value (competition ranking: tied LAs share the best rank). 1 is the best for metrics with a direction, the highest value otherwise.',
  },
  {
    name: 'rank_of',
    titles: 'Ranked LAs',
    datatype: 'integer',
    description: 'Number of LAs ranked. City of London and the Isles of Scilly are not ranked (very small numbers).',
  },
  { name: 'tied_with', titles: 'Tied with', datatype: 'integer', description: 'Number of other LAs sharing the rank.' },
  {
    name: 'quartile',
    titles: 'Quartile band',
    datatype: 'integer',
    description: '1 = lowest quarter of LA values ... 4 = highest (quartiles by d3.quantile, R type 7).',
  },
  {
    name: 'change_previous',
    titles: 'Change since previous period',
    datatype: 'number',
    description:
      'Value minus the value for the previous period, the same term a year earlier for termly data (in the unit; percentage points for percentages). Empty when there is no earlier figure or the change is withheld.',
  },
  { name: 'previous_period', titles: 'Previous period', datatype: 'string', description: 'The period the change is measured from.' },
  {
    name: 'previous_withheld',
    titles: 'Why no change since previous period',
    datatype: 'string',
    description:
      'Why the change since the previous period is withheld although both periods have figures (a code; see metric-definitions.json for the words): series_break or flagged_period.',
  },
  {
    name: 'change_5y',
    titles: 'Change over five years',
    datatype: 'number',
    description: 'Value minus the value five years earlier (same term for termly data). Empty when there is none or it is withheld.',
  },
  {
    name: 'five_years_withheld',
    titles: 'Why no change over five years',
    datatype: 'string',
    description: 'Why the change over five years is withheld although both periods have figures (a code, as for previous_withheld).',
  },
  {
    name: 'vs_england',
    titles: 'Compared with England',
    datatype: 'string',
    description:
      "higher, lower or similar: whether England's value lies outside (above or below) or inside the area's 95% interval; empty when no test is possible.",
  },
  { name: 'vs_region', titles: 'Compared with region', datatype: 'string', description: 'The same against the region.' },
  { name: 'no_test_reason', titles: 'Why no test', datatype: 'string', description: 'Why no comparison with England was tested (code).' },
]

function csv(columns: readonly Column[], rows: Array<Record<string, unknown>>): string {
  return csvText(
    columns.map((c) => c.name),
    rows.map((r) => columns.map((c) => r[c.name] ?? '')),
  )
}

export function metricsCsv(computed: readonly ComputedMetric[], g: Geography): string {
  const rows: Array<Record<string, unknown>> = []
  for (const m of computed) {
    const periods = new Map(m.periods.map((p) => [p.id, p]))
    for (const v of m.values) rows.push(metricRow(v, g, periodLabel(periods.get(v.period)!)))
  }
  return csv(METRIC_COLUMNS, rows)
}

function metricRow(v: MetricValue, g: Geography, label: string): Record<string, unknown> {
  const area = g.byCode.get(v.area)!
  return {
    metric_id: v.metric,
    area_code: v.area,
    area_name: area.name,
    area_type: area.type,
    period: v.period,
    period_label: label,
    value: round(v.value),
    numerator: round(v.numerator),
    denominator: round(v.denominator),
    lower_95: round(v.ci95?.lower),
    upper_95: round(v.ci95?.upper),
    lower_998: round(v.ci998?.lower),
    upper_998: round(v.ci998?.upper),
    missing_reason: v.missing ?? '',
    basis: v.basis ?? '',
    source_ids: v.sources.join(' '),
  }
}

export function benchmarksCsv(benchmarks: readonly Benchmark[]): string {
  return csv(
    BENCHMARK_COLUMNS,
    benchmarks.map((b) => ({
      metric_id: b.metric,
      area_code: b.area,
      period: b.period,
      value: round(b.value),
      england_value: round(b.england),
      region_value: round(b.region),
      neighbour_mean: round(b.neighbours?.mean),
      neighbours_used: b.neighbours?.used ?? '',
      neighbours_missing: b.neighbours?.missing.join(' ') ?? '',
      rank: b.rank?.rank ?? '',
      rank_of: b.rank?.of ?? '',
      tied_with: b.rank?.tiedWith ?? '',
      quartile: b.quartile ?? '',
      change_previous: round(b.previous?.change),
      previous_period: b.previous?.from ?? '',
      previous_withheld: b.previous?.withheld ?? '',
      change_5y: round(b.fiveYears?.change),
      five_years_withheld: b.fiveYears?.withheld ?? '',
      vs_england: b.vsEngland.result ?? '',
      vs_region: b.vsRegion?.result ?? '',
      no_test_reason: b.vsEngland.reason ?? '',
    })),
  )
}

/** CSV on the Web (W3C) metadata describing both tables. */
export function csvwMetadata(): unknown {
  const schema = (columns: readonly Column[], key: string[]) => ({
    columns: columns.map((c) => ({
      name: c.name,
      titles: c.titles,
      datatype: c.datatype,
      'dc:description': c.description,
      ...(c.datatype === 'string' ? {} : { null: '' }),
    })),
    primaryKey: key,
  })
  return {
    '@context': ['http://www.w3.org/ns/csvw', { '@language': 'en' }],
    'dc:title': 'SEND and AP inclusion dashboard: metrics and benchmarks',
    'dc:license': { '@id': 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' },
    tables: [
      {
        url: 'metrics.csv',
        'dc:description': 'One row per metric, area and period.',
        tableSchema: schema(METRIC_COLUMNS, ['metric_id', 'area_code', 'period']),
      },
      {
        url: 'benchmarks.csv',
        'dc:description': 'One row per metric, area and period: comparisons with England, region, statistical neighbours and all LAs.',
        tableSchema: schema(BENCHMARK_COLUMNS, ['metric_id', 'area_code', 'period']),
      },
    ],
  }
}
