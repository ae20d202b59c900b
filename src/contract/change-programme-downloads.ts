// The Change Programme downloads: their names, their columns (with the words the page shows for
// each) and their rows, made from the site data in one place. The pipeline writes them into /data/
// and the site serves the same rows under /change-programme/, so both copies are the same bytes.
// Numbers are rounded to the six decimals of metrics.csv; an empty cell means there is no number
// (a missing figure, or a range open on that side), never zero.
import type { ChangeProgrammeInput } from './change-programme.ts'
import type { Column } from './downloads.ts'

export type Row = Record<string, string | number | null>

const DECIMALS = 6
const round = (x: number | null | undefined): number | null =>
  x === null || x === undefined || !Number.isFinite(x) ? null : Math.round(x * 10 ** DECIMALS) / 10 ** DECIMALS

const metricId: Column = {
  name: 'metric_id',
  titles: 'Metric',
  datatype: 'string',
  description: 'Id of the outcome (see metric-definitions.json).',
}
const comparison = (extra = ''): Column => ({
  name: 'comparison',
  titles: 'Comparison',
  datatype: 'string',
  description: `all_other_las: the pilot LAs against every other LA (the plain estimate); neighbours: each pilot LA against its own statistical neighbours outside the programme.${extra}`,
})
const nPilot: Column = {
  name: 'n_pilot',
  titles: 'Pilot LAs',
  datatype: 'integer',
  description: 'Pilot LAs with a figure for both periods.',
}
const nComparison: Column = {
  name: 'n_comparison',
  titles: 'Comparison LAs',
  datatype: 'integer',
  description: 'Comparison LAs with a figure for both periods (distinct LAs, for neighbours).',
}
const UNITS = "In the outcome's unit; percentage points for a percentage."

export const ESTIMATE_COLUMNS: readonly Column[] = [
  metricId,
  { name: 'period', titles: 'Period', datatype: 'string', description: 'Period id, as in metrics.csv.' },
  comparison(),
  {
    name: 'estimate',
    titles: 'Difference',
    datatype: 'number',
    description: `Average over pilot LAs of (value minus the LA's own value in the base period, the last before September 2023; the same term for termly figures) minus the same average over the comparison LAs. 0 in the base period. ${UNITS}`,
  },
  {
    name: 'low',
    titles: 'Likely range, low',
    datatype: 'number',
    description: 'Lower end of the 95% range (randomisation test inversion); empty when open.',
  },
  { name: 'high', titles: 'Likely range, high', datatype: 'number', description: 'Upper end of the 95% range; empty when open.' },
  nPilot,
  nComparison,
]

export const TEST_COLUMNS: readonly Column[] = [
  metricId,
  comparison(' With _without_first_year, the effect leaves out the first programme year (a transition year).'),
  {
    name: 'effect',
    titles: 'Effect',
    datatype: 'number',
    description: `Average over pilot LAs of their mean change from the base period over the programme-year periods, minus the same for the comparison LAs. ${UNITS}`,
  },
  { name: 'effect_low', titles: 'Effect, low', datatype: 'number', description: 'Lower end of the 95% range; empty when open.' },
  { name: 'effect_high', titles: 'Effect, high', datatype: 'number', description: 'Upper end of the 95% range; empty when open.' },
  {
    name: 'permutation_p',
    titles: 'Permutation p',
    datatype: 'number',
    description: 'Share of redraws of the pilots (as many in each region) with an effect at least as far from 0, counting the real one.',
  },
  {
    name: 'pre_trend_p',
    titles: 'Pre-trend p',
    datatype: 'number',
    description:
      'Permutation p of a pretend programme start before the real one (a small p: the groups were already moving apart); empty without earlier figures.',
  },
  {
    name: 'minimum_detectable_effect',
    titles: 'Smallest detectable effect',
    datatype: 'number',
    description: 'The effect this test would find (p < 0.05) in 80% of redraws.',
  },
]

export const LA_CHANGE_COLUMNS: readonly Column[] = [
  metricId,
  { name: 'area_code', titles: 'Area code', datatype: 'string', description: 'ONS code of the LA (2025 geography).' },
  { name: 'area_name', titles: 'Area', datatype: 'string', description: 'Name of the LA.' },
  { name: 'pilot', titles: 'Pilot', datatype: 'integer', description: '1 for an LA in the Change Programme, 0 otherwise.' },
  { name: 'partnership', titles: 'Partnership', datatype: 'string', description: 'The Change Programme partnership; empty for other LAs.' },
  { name: 'region_code', titles: 'Region code', datatype: 'string', description: 'ONS code of the LA’s region.' },
  {
    name: 'change',
    titles: 'Change',
    datatype: 'number',
    description: `The LA's value minus its value in the base period, averaged over the programme-year periods; empty without both. ${UNITS}`,
  },
  {
    name: 'change_without_first_year',
    titles: 'Change without the first year',
    datatype: 'number',
    description: 'The same, leaving out the first programme year.',
  },
  { name: 'n_periods', titles: 'Periods', datatype: 'integer', description: 'Programme-year periods behind the change.' },
]

export const PARTNERSHIP_COLUMNS: readonly Column[] = [
  metricId,
  { name: 'partnership', titles: 'Partnership', datatype: 'string', description: 'The Change Programme partnership.' },
  { name: 'region_code', titles: 'Region code', datatype: 'string', description: 'ONS code of its region.' },
  {
    name: 'effect',
    titles: 'Effect',
    datatype: 'number',
    description: "The partnership's LAs against every LA outside the programme, as the all_other_las effect.",
  },
  { name: 'effect_low', titles: 'Effect, low', datatype: 'number', description: 'Lower end of the 95% range; empty when open.' },
  { name: 'effect_high', titles: 'Effect, high', datatype: 'number', description: 'Upper end of the 95% range; empty when open.' },
  {
    name: 'permutation_p',
    titles: 'Permutation p',
    datatype: 'number',
    description: 'Share of redraws of as many LAs in its region with an effect at least as far from 0.',
  },
  { name: 'minimum_detectable_effect', titles: 'Smallest detectable effect', datatype: 'number', description: 'As in tests.csv.' },
  nPilot,
  nComparison,
]

export const AREA_COLUMNS: readonly Column[] = [
  {
    name: 'area_code',
    titles: 'Area code',
    datatype: 'string',
    description: 'ONS code on the April 2025 geography (former LAs keep theirs).',
  },
  { name: 'area_name', titles: 'Area', datatype: 'string', description: 'Name of the area.' },
  { name: 'area_type', titles: 'Area type', datatype: 'string', description: 'england, region, la or former_la.' },
  { name: 'region_code', titles: 'Region code', datatype: 'string', description: 'Region of an LA or former LA.' },
  {
    name: 'pilot',
    titles: 'Change Programme pilot',
    datatype: 'integer',
    description: '1 for the 32 LAs in the SEND and AP Change Programme, 0 for every other LA and former LA; empty for England and regions.',
  },
  { name: 'partnership', titles: 'Partnership', datatype: 'string', description: 'The pilot LA’s Change Programme partnership.' },
  {
    name: 'small_numbers',
    titles: 'Very small numbers',
    datatype: 'integer',
    description: '1 for City of London and the Isles of Scilly: not ranked, and left out of the Change Programme comparisons.',
  },
  {
    name: 'statistical_neighbours',
    titles: 'Statistical neighbours',
    datatype: 'string',
    description: "The LA's statistical neighbours (DfE, 2025 model), closest first, separated by spaces.",
  },
]

/** Each download: its file under /data/ and its address under /change-programme/. */
export const PROGRAMME_DOWNLOADS = [
  { id: 'estimates', file: 'change-programme-estimates.csv', columns: ESTIMATE_COLUMNS },
  { id: 'tests', file: 'change-programme-tests.csv', columns: TEST_COLUMNS },
  { id: 'la-changes', file: 'change-programme-la-changes.csv', columns: LA_CHANGE_COLUMNS },
  { id: 'partnerships', file: 'change-programme-partnerships.csv', columns: PARTNERSHIP_COLUMNS },
] as const
export type ProgrammeDownloadId = (typeof PROGRAMME_DOWNLOADS)[number]['id']
export const AREAS_FILE = 'areas.csv'

function estimateRows(data: ChangeProgrammeInput): Row[] {
  return data.outcomes.flatMap((o) =>
    o.comparisons.flatMap((c) =>
      c.periods.map((p) => ({
        metric_id: o.metric,
        period: p.period,
        comparison: c.comparison,
        estimate: round(p.estimate),
        low: round(p.low),
        high: round(p.high),
        n_pilot: p.nPilot,
        n_comparison: p.nComparison,
      })),
    ),
  )
}

type TestedInput = ChangeProgrammeInput['outcomes'][number]['partnerships'][number]

const tested = (t: Omit<TestedInput, 'partnership' | 'region'>) => ({
  effect: round(t.estimate),
  effect_low: round(t.low),
  effect_high: round(t.high),
  permutation_p: round(t.p),
})

function testRows(data: ChangeProgrammeInput): Row[] {
  return data.outcomes.flatMap((o) =>
    o.comparisons.flatMap((c) =>
      (
        [
          [c.comparison, c.effect],
          [`${c.comparison}_without_first_year`, c.effectWithoutFirstYear],
        ] as const
      ).flatMap(([name, t]) =>
        t
          ? [
              {
                metric_id: o.metric,
                comparison: name,
                ...tested(t),
                pre_trend_p: round(c.preTrend?.p),
                minimum_detectable_effect: round(t.minimumDetectableEffect),
              },
            ]
          : [],
      ),
    ),
  )
}

function laChangeRows(data: ChangeProgrammeInput): Row[] {
  return data.outcomes.flatMap((o) =>
    o.laChanges.map((la) => ({
      metric_id: o.metric,
      area_code: la.la,
      area_name: la.name,
      pilot: la.partnership === null ? 0 : 1,
      partnership: la.partnership,
      region_code: la.region,
      change: round(la.change),
      change_without_first_year: round(la.changeWithoutFirstYear),
      n_periods: la.periods,
    })),
  )
}

function partnershipRows(data: ChangeProgrammeInput): Row[] {
  return data.outcomes.flatMap((o) =>
    o.partnerships.map((p) => ({
      metric_id: o.metric,
      partnership: p.partnership,
      region_code: p.region,
      ...tested(p),
      minimum_detectable_effect: round(p.minimumDetectableEffect),
      n_pilot: p.nPilot,
      n_comparison: p.nComparison,
    })),
  )
}

const ROWS: Readonly<Record<ProgrammeDownloadId, (data: ChangeProgrammeInput) => Row[]>> = {
  estimates: estimateRows,
  tests: testRows,
  'la-changes': laChangeRows,
  partnerships: partnershipRows,
}

/** The rows of one download, in the order of its columns. */
export function programmeDownloadRows(id: ProgrammeDownloadId, data: ChangeProgrammeInput): Row[] {
  return ROWS[id](data)
}

/** Tests of an effect the evaluation made: the rows of tests.csv. */
export const testCount = (data: ChangeProgrammeInput): number => testRows(data).length

/** What areas.csv needs of an area (the site index's AreaSummary has it). */
export interface AreaRowInput {
  code: string
  name: string
  type: string
  regionCode?: string | undefined
  partnership?: string | undefined
  smallNumbers?: boolean | undefined
  neighbours?: readonly string[] | undefined
}

export function areaRows(areas: readonly AreaRowInput[]): Row[] {
  const local = (a: AreaRowInput) => a.type === 'la' || a.type === 'former_la'
  return areas.map((a) => ({
    area_code: a.code,
    area_name: a.name,
    area_type: a.type,
    region_code: a.regionCode ?? null,
    pilot: local(a) ? (a.partnership ? 1 : 0) : null,
    partnership: a.partnership ?? null,
    small_numbers: local(a) ? (a.smallNumbers ? 1 : 0) : null,
    statistical_neighbours: a.neighbours?.join(' ') ?? null,
  }))
}
