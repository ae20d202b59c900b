// What is read on pupils in schools: suspensions and exclusions (DfE's official file when it is
// registered, else the derived extract), absence, and the LAIT subset (pupils with SEN).
import type { EesCsvSpec } from '../ees-csv.ts'
import type { ObservationSpec } from '../formats.ts'
import { LAIT_OUTCOME_MEASURES } from './lait.ts'

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

export const SCHOOLS_SPECS: Readonly<Record<string, ObservationSpec>> = {
  [EXCLUSIONS_OFFICIAL]: OFFICIAL_EXCLUSIONS_SPEC,
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
      ...LAIT_OUTCOME_MEASURES,
    },
  },
}
