// The columns of the tidy downloads (metrics.csv and benchmarks.csv): the pipeline writes them and
// their CSV on the Web description, and the data page describes them, from here.

/**
 * The tidy tables are published in one zip file (/data/<file>): as plain files they were 82 MB, a
 * tenth of the site; zipped they are an eighth of that, in one download. The CSV on the Web
 * description goes with them, its addresses relative to the folder they are unzipped into.
 */
export const BULK_DOWNLOAD = {
  file: 'send-ap-dashboard-data.zip',
  contents: ['metrics.csv', 'benchmarks.csv', 'metrics.csv-metadata.json'],
} as const

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
      'Rank among LAs with a value, counted from the highest value (competition ranking: tied LAs share the higher rank), whatever the reform aim.',
  },
  {
    name: 'rank_of',
    titles: 'Ranked LAs',
    datatype: 'integer',
    description: 'Number of LAs ranked. City of London and the Isles of Scilly are not ranked (very small numbers).',
  },
  { name: 'tied_with', titles: 'Tied with', datatype: 'integer', description: 'Number of other LAs sharing the rank.' },
  {
    name: 'reform_aim',
    titles: 'Reform aim',
    datatype: 'string',
    description: 'raise or lower: the way the SEND reforms aim to move the measure; empty for measures with no agreed direction.',
  },
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
