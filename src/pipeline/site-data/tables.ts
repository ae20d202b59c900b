// The tidy download files: one row per metric, area and period (metrics.csv) and one row per
// benchmark (benchmarks.csv), with a CSV on the Web description of each, so that the numbers on
// the site can be checked and reused without the site.
import Papa from 'papaparse'
import { BENCHMARK_COLUMNS, METRIC_COLUMNS, type Column } from '../../contract/downloads.ts'
import type { Area } from '../geography/areas.ts'
import type { ComputedMetric } from '../metrics/compute.ts'
import type { Benchmark, MetricValue } from '../../contract/schemas.ts'
import { periodLabel } from '../../contract/periods.ts'

/** Enough precision for any use; fixed so that the same data always gives the same bytes. */
function round(x: number | null | undefined, digits = 6): number | null {
  if (x === null || x === undefined) return null
  const f = 10 ** digits
  return Math.round(x * f) / f
}

function csv(columns: readonly Column[], rows: Array<Record<string, unknown>>): string {
  const fields = columns.map((c) => c.name)
  return `${Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? '')) }, { newline: '\n' })}\n`
}

export function metricsCsv(computed: readonly ComputedMetric[], areas: ReadonlyMap<string, Pick<Area, 'name' | 'type'>>): string {
  const rows: Array<Record<string, unknown>> = []
  for (const m of computed) {
    const periods = new Map(m.periods.map((p) => [p.id, p]))
    for (const v of m.values) rows.push(metricRow(v, areas, periodLabel(periods.get(v.period)!)))
  }
  return csv(METRIC_COLUMNS, rows)
}

function metricRow(v: MetricValue, areas: ReadonlyMap<string, Pick<Area, 'name' | 'type'>>, label: string): Record<string, unknown> {
  const area = areas.get(v.area)!
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

const REFORM_AIM = { higher_is_better: 'raise', lower_is_better: 'lower', neutral: '' } as const

export function benchmarksCsv(benchmarks: readonly Benchmark[], computed: readonly ComputedMetric[]): string {
  const aim = new Map(computed.map((m) => [m.definition.id, REFORM_AIM[m.definition.direction]]))
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
      reform_aim: aim.get(b.metric),
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
