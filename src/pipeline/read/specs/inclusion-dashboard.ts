// What is read from the tables DfE's SEND and AP Inclusion Dashboard prepared from published
// releases (derived: used where the publisher's own file is not in the mirror, labelled on the
// site). Each table has its own columns for the period and the area; most name LAs without codes.
import type { ObservationSpec } from '../formats.ts'
import type { PreparedGeography, PreparedTableSpec } from '../prepared-table.ts'

/** Tables with geographic_level, region and LA names and no codes. */
const BY_NAME: PreparedGeography = { level: 'geographic_level', laName: 'la_name', regionName: 'region_name' }
/** Tables that also carry LA and region codes. */
const BY_CODE: PreparedGeography = { ...BY_NAME, laCode: 'new_la_code', regionCode: 'region_code' }
const ACADEMIC = { column: 'time_period', writes: 'academic-year' } as const

/** The parts of each LA's total spend on places, as the table gives them. */
const SPEND_PARTS = ['State', 'Independent or non-maintained'] as const

/** The destinations after key stage 4 the site shows (see registry/destinations.ts). */
const KS4_DESTINATIONS = ['ssf', 'sfc', 'fe', 'appren', 'all_work', 'all_notsust', 'all_unknown']

/** The spend on special school and AP places per head aged 2-18, in all and by its two parts: LA, regional and England files alike. */
const specialistSpend = (geography: PreparedGeography): PreparedTableSpec => ({
  format: 'dfe-prepared',
  measures: { total_spend: 'amount', pop_est: 'average' },
  period: { column: 'year', writes: 'financial-year' },
  geography,
  breakdownColumns: ['category'],
  keep: { category: ['Total', ...SPEND_PARTS] },
  zeroIsMissing: ['total_spend'],
})

export const INCLUSION_DASHBOARD_SPECS: Readonly<Record<string, ObservationSpec>> = {
  'prepared-eyfsp': {
    format: 'dfe-prepared',
    measures: { children_number: 'count', gld_number: 'count', gld_percentage: 'percent' },
    period: ACADEMIC,
    geography: BY_CODE,
    breakdownColumns: ['characteristic_type'],
  },
  'prepared-ks1-phonics': {
    format: 'dfe-prepared',
    measures: { t_phonics_y1_met_expected_standard: 'count', t_phonics_y1_eligible_pupils: 'count' },
    period: ACADEMIC,
    geography: BY_NAME,
    breakdownColumns: ['characteristic'],
  },
  'prepared-ks2-attainment': {
    format: 'dfe-prepared',
    measures: { t_rwm_met_expected_standard: 'count', t_rwm_eligible_pupils: 'count', pt_rwm_met_expected_standard: 'percent' },
    period: ACADEMIC,
    geography: BY_NAME,
    breakdownColumns: ['characteristic'],
  },
  'prepared-ks4-attainment': {
    format: 'dfe-prepared',
    measures: { t_pupils: 'count', avg_att8: 'score', avg_p8score: 'score', p8score_ci_low: 'score', p8score_ci_upp: 'score' },
    period: ACADEMIC,
    geography: BY_NAME,
    breakdownColumns: ['characteristic_sen_description'],
  },
  'prepared-destinations-16-18': {
    format: 'dfe-prepared',
    measures: { cohort: 'count', '% of pupils': 'percent' },
    period: ACADEMIC,
    geography: BY_NAME,
    breakdownColumns: ['characteristic', 'destination_raw'],
    keep: { destination_raw: ['overall', 'all_notsust', 'he', 'fe', 'appren', 'all_work'] },
    // Dorset appears twice in 2019/20 (no SEN): the new council (a cohort of 1,716) in its place by
    // code, and the county's old code (a cohort of 1) between Devon and Gloucestershire.
    conflictingRows: 'code-order',
    // In 2021/22 Northamptonshire keeps two rows (35 students with no learning difficulty or
    // disability, 6 with one) beside North and West Northamptonshire's own.
    afterAbolition: 'set-aside',
  },
  // total_pupils (the denominator of the AP rates) is repeated on each SEN provision's row.
  'prepared-mainstream-pupils': {
    format: 'dfe-prepared',
    measures: { total_pupils: 'count', '% of pupils': 'percent' },
    period: ACADEMIC,
    geography: BY_NAME,
    breakdownColumns: ['SEN provision'],
  },
  'prepared-ap-counts': {
    format: 'dfe-prepared',
    measures: { total: 'count' },
    period: ACADEMIC,
    geography: { ...BY_NAME, laCode: 'new_la_code' },
    breakdownColumns: ['prov_type'],
  },
  'prepared-ap-characteristics': {
    format: 'dfe-prepared',
    measures: { pupils_dv: 'count' },
    period: ACADEMIC,
    geography: { ...BY_CODE },
    breakdownColumns: ['prov_type', 'pupil_characteristic', 'char_dv'],
    keep: { pupil_characteristic: ['SEN status'] },
  },
  'prepared-ap-ofsted': {
    format: 'dfe-prepared',
    measures: { Value: 'count' },
    period: { column: 'Year', writes: 'calendar-year' },
    geography: { level: 'geographic_level', laName: 'la_name', regionName: 'Region' },
    breakdownColumns: ['school_type', 'Overall effectiveness'],
    keep: { Measure: ['Overall effectiveness (number of schools)'] },
  },
  // In the Explore Education Statistics layout, with codes: read as such. January 2023 only (see the
  // age-mix metrics); the rows count statements and EHC plans by age band, with no total row.
  'prepared-ehcp-age-profile': {
    format: 'ees-csv',
    measures: { num_caseload: 'count', pc_caseload: 'percent' },
    breakdownColumns: ['characteristic_age'],
    keep: { ehcp_or_statement: ['Total'] },
  },
  'prepared-dsg-deficit': {
    format: 'dfe-prepared',
    measures: { deficit: 'score' },
    period: { column: 'time_period', writes: 'financial-year' },
    geography: BY_NAME,
  },
  // Missing s251 returns are written as a spend of 0 (York's total in 2021-22, for one); the
  // regional file's rows with no region are zeros for abolished councils. LA totals whose parts
  // are not all returned, or implausibly small, are read as incomplete returns.
  'prepared-specialist-spend': {
    ...specialistSpend({ laName: 'la_name' }),
    incompleteReturns: {
      column: 'category',
      total: 'Total',
      parts: SPEND_PARTS,
      amount: 'total_spend',
      population: 'pop_est',
      belowMedian: 0.1,
    },
  },
  'prepared-specialist-spend-regions': specialistSpend({ regionName: 'region', blank: 'set-aside' }),
  'prepared-specialist-spend-england': specialistSpend({ blank: 'england' }),
  // Percentages of each SEN group by destination after key stage 4 (LA and regional rows, with
  // codes). "overall" and "other_edu" are not shown: the overall sustained destination by SEN status
  // comes from LAIT, whose later revision of the series differs.
  'prepared-ks4-destinations': {
    format: 'dfe-prepared',
    measures: { '% of pupils': 'percent' },
    period: ACADEMIC,
    geography: BY_CODE,
    breakdownColumns: ['characteristic', 'destination_raw'],
    keep: { destination_raw: KS4_DESTINATIONS },
  },
  // For pupils with EHC plans, the share in each type of school (the January census).
  'prepared-provider-types': {
    format: 'dfe-prepared',
    measures: { '% of pupils (with SEN provision type)': 'percent' },
    period: { column: 'academic_year', writes: 'academic-year' },
    geography: { ...BY_NAME, laCode: 'new_la_code' },
    breakdownColumns: ['phase_type_grouping', 'Provision type'],
    keep: { 'Provision type': ['pupils with EHC plans'] },
  },
}
