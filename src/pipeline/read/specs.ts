// What to read from each registered source: the adapter (by the registry's format) and the
// columns, breakdowns and rows the metrics need. Everything else in a file is counted in the
// accounts as set aside, with the reason.
import type { EesCsvSpec } from './ees-csv.ts'
import type { D2iLongSpec, LaitLongSpec } from './long-table.ts'
import type { OnsPopulationSpec } from './ons-population.ts'
import type { TribunalSpec } from './tribunal-table.ts'

export type ObservationSpec = EesCsvSpec | TribunalSpec | OnsPopulationSpec | D2iLongSpec | LaitLongSpec

const NEET_SPEC: EesCsvSpec = {
  format: 'ees-csv',
  measures: {
    Cohort_DJFavg: 'average',
    NEET_not_known_percent: 'percent',
    NEET_NK_EHCP_percent: 'percent',
    NEET_NK_SENDsupport_percent: 'percent',
    NEET_NK_noSEN_percent: 'percent',
    cohort_EHCP_percent: 'percent',
    cohort_SENDsupport_percent: 'percent',
    cohort_noSEN_percent: 'percent',
  },
  keep: { Age: ['16-17'] },
}

const population = (midYear: string): OnsPopulationSpec => ({
  format: 'ons-mye-xlsx',
  sheet: 'MYE2 - Persons',
  midYear,
  minAge: 0,
  maxAge: 25,
})

/**
 * DfE's official file "Suspensions and permanent exclusions in England: by characteristic"
 * (exc_characteristics.csv), whose counts and headcounts give the exclusion metrics confidence
 * intervals. It is not in the mirror; register it in data/sources.json with this id (format
 * ees-csv) and its counts take precedence over the derived extract's rates.
 */
export const EXCLUSIONS_OFFICIAL = 'ees-exclusions-by-characteristic'
export const OFFICIAL_EXCLUSIONS_SPEC: EesCsvSpec = {
  format: 'ees-csv',
  measures: {
    headcount: 'count',
    suspension: 'count',
    susp_rate: 'rate',
    perm_excl: 'count',
    perm_excl_rate: 'rate',
    one_plus_susp: 'count',
    one_plus_susp_rate: 'rate',
  },
  breakdownColumns: ['education_phase', 'characteristic_group', 'characteristic'],
  keep: { characteristic_group: ['SEN provision', 'Total'] },
}

export const OBSERVATION_SPECS: Readonly<Record<string, ObservationSpec>> = {
  [EXCLUSIONS_OFFICIAL]: OFFICIAL_EXCLUSIONS_SPEC,
  'ehcp-2025-caseload': {
    format: 'ees-csv',
    measures: {
      ehcplans: 'count',
      mainstream_total: 'count',
      mainstream_total_pc: 'percent',
      special_total: 'count',
      special_total_pc: 'percent',
      special_independent: 'count',
      special_non_maintained: 'count',
      ap_pru_total: 'count',
      AP_PRU_total_pc: 'percent',
      fe_total: 'count',
      fe_total_pc: 'percent',
      elective_home_education: 'count',
      neet: 'count',
      placement_unknown: 'count',
      placement_unknown_pc: 'percent',
    },
    breakdownColumns: ['breakdown_topic', 'breakdown'],
    keep: { breakdown_topic: ['All EHC plans', 'Child or young persons age'] },
  },
  'ehcp-2025-work-based-placements': {
    format: 'ees-csv',
    measures: { open_supp_intern: 'count', open_apprentice: 'count', open_trainee: 'count', open_wbp: 'count' },
    breakdownColumns: ['breakdown_topic', 'breakdown'],
    keep: { breakdown_topic: ['All work based placements'] },
  },
  'ehcp-2025-timeliness': {
    format: 'ees-csv',
    measures: {
      plans_issued_den: 'count',
      plans_issued_den_ex: 'count',
      plans_issued_within_20_weeks: 'count',
      plans_issued_20_weeks_ex: 'count',
      pc_plans_issued_within_20_weeks: 'percent',
      PC_plans_issued_20_weeks_ex: 'percent',
    },
    breakdownColumns: ['breakdown_topic', 'breakdown'],
    keep: { breakdown_topic: ['All EHC plans issued'] },
  },
  'ehcp-2025-requests': {
    format: 'ees-csv',
    measures: {
      requests_received_in_year: 'count',
      requests_decided_to_assess: 'count',
      requests_decided_not_to_assess: 'count',
      request_not_assess_pc: 'percent',
    },
    breakdownColumns: ['breakdown_topic', 'breakdown'],
    keep: { breakdown_topic: ['All requests for EHC needs assessments'] },
  },
  'ehcp-2025-assessments': {
    format: 'ees-csv',
    measures: { assess_in_year: 'count', assess_issued: 'count', assess_not_issued: 'count', assess_not_issued_pc: 'percent' },
    breakdownColumns: ['breakdown_topic', 'breakdown'],
    keep: { breakdown_topic: ['All EHC needs assessments'] },
  },
  'ehcp-2025-tribunal': {
    format: 'tribunal-table',
    // The table gives these two former LAs (merged into BCP in 2019) without a code; their DfE numbers.
    uncodedAreas: { Bournemouth: '837', Poole: '836' },
    // The 2014-2024 table prints each of these LAs with its neighbouring row's number.
    codeCorrections: {
      Northamptonshire: '928',
      Nottingham: '892',
      Nottinghamshire: '891',
      'Central Bedfordshire': '823',
      Cambridgeshire: '873',
    },
  },
  'ehcp-2022-age-caseload': {
    format: 'ees-csv',
    measures: { Total_ehc: 'count', Total_all: 'count' },
    breakdownColumns: ['characteristic_age'],
  },
  'ehcp-2022-work-based-placements': {
    format: 'ees-csv',
    measures: { MSuppIntEHC: 'count', MApprenEHC: 'count', MTrainEHC: 'count', WorkbasedEHC: 'count' },
  },
  'neet-2022': NEET_SPEC,
  'neet-2023': NEET_SPEC,
  'neet-2025': NEET_SPEC,
  'ons-mye-2022': population('2022'),
  'ons-mye-2023': population('2023'),
  'd2i-exclusions-by-sen': {
    format: 'd2i-long',
    // Rates per 100 pupils on the census roll: for very small groups DfE's published rates exceed
    // 100 (pupils suspended during the term need not be on the census), so no upper bound.
    measures: { susp_rate: 'rate', one_plus_susp_rate: 'rate', perm_excl_rate: 'rate' },
    breakdownColumns: ['education_phase', 'send_category'],
  },
  'd2i-absence-by-sen': {
    format: 'd2i-long',
    measures: { sess_overall_percent: 'percent', enrolments_pa_10_exact_percent: 'percent', enrolments_pa_50_exact_percent: 'percent' },
    breakdownColumns: ['education_phase', 'send_category'],
    keep: { send_detail_display: ['SEN provision'] },
  },
  'lait-send': {
    format: 'lait-long',
    measures: {
      SEN_TotStat: { kind: 'percent', years: 'january-census' },
      SEN_TotSENSuP: { kind: 'percent', years: 'january-census' },
    },
  },
}
