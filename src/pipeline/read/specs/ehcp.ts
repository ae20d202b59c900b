// What is read from DfE's "Education, health and care plans" releases.
import type { EesCsvSpec, PublisherError } from '../ees-csv.ts'
import type { MeasureKind } from '../observation.ts'
import type { ObservationSpec } from '../formats.ts'

/** DfE's codes for the primary types of need, as in number_<code> and <code>_pc. */
export const PRIMARY_NEEDS = ['asd', 'semh', 'slcn', 'mld', 'sld', 'spld', 'pmld', 'pd', 'hi', 'vi', 'msi', 'oth'] as const
export type PrimaryNeed = (typeof PRIMARY_NEEDS)[number]

/** A primary-need file: plans, each need's count and DfE's percentage (which the tests compare). */
function primaryNeedSpec(topic: string, publisherErrors?: readonly PublisherError[]): EesCsvSpec {
  const measures: Record<string, MeasureKind> = { ehc_plans: 'count', number_need_unknown: 'count', unknown_pc: 'percent' }
  for (const need of PRIMARY_NEEDS) {
    measures[`number_${need}`] = 'count'
    measures[`${need}_pc`] = 'percent'
  }
  return {
    format: 'ees-csv',
    measures,
    breakdownColumns: ['breakdown_topic', 'breakdown'],
    keep: { breakdown_topic: [topic] },
    ...(publisherErrors ? { publisherErrors } : {}),
  }
}

/**
 * Surrey amended its January 2025 primary needs after the collection: its own row still gives the
 * counts before the amendment, while its percentages (7.8% and 0.1%) and DfE's South East and
 * England totals include it (656 plans moved from specific to severe learning difficulty).
 */
const SURREY_2025 = (measure: string, printed: string): PublisherError => ({
  measure,
  printed,
  rows: { time_period: ['202425'], new_la_code: ['E10000030'] },
  why: "Surrey's count before its amendment, superseded by its own percentage and DfE's South East and England totals",
})

/** The caseload's breakdowns by who holds the plan, beside age and sex: see ehcp-2025-caseload-characteristics. */
const CASELOAD_CHARACTERISTICS = ['Ethnicity', 'Years EHC plan in place', 'Age when plan started'] as const

/**
 * The old SEN2 files by type of establishment: each group's total, the two kinds of non-state
 * special school, and two kinds of education elsewhere (other arrangements made by the LA, and
 * children awaiting provision, a total the files give to January 2018).
 */
const establishments = (measure: string, pc: string): EesCsvSpec => ({
  format: 'ees-csv',
  measures: { [measure]: 'count', [pc]: 'percent' },
  breakdownColumns: ['establishment_group', 'establishment_type'],
  keep: {
    establishment_type: [
      'Total',
      'Special - Independent',
      'Special - Non-maintained',
      'Other arrangements by local authority',
      'Awaiting provision - total',
    ],
  },
})

export const EHCP_SPECS: Readonly<Record<string, ObservationSpec>> = {
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
      // Children and young people educated elsewhere than a school or college, and two of its parts.
      ed_elsewhere: 'count',
      ed_elsewhere_pc: 'percent',
      other_arrangements_la: 'count',
      await_prov_2022: 'count',
    },
    breakdownColumns: ['breakdown_topic', 'breakdown'],
    keep: { breakdown_topic: ['All EHC plans', 'Child or young persons age', 'Sex'] },
  },
  // The same file's plans by ethnicity, years held and age at the start of the plan: only the number
  // of plans, so a second entry of the registry (reading every measure for these rows would add
  // some 300,000 observations that no measure uses).
  'ehcp-2025-caseload-characteristics': {
    format: 'ees-csv',
    measures: { ehcplans: 'count' },
    breakdownColumns: ['breakdown_topic', 'breakdown'],
    keep: { breakdown_topic: CASELOAD_CHARACTERISTICS },
    incompleteRows: [
      {
        rows: { time_period: ['202324'], new_la_code: ['E09000012', 'E06000031'], breakdown_topic: ['Age when plan started'] },
        why: "Hackney's and Peterborough's January 2024 rows by age at the start of the plan count 339 of 3,525 and 2,166 of 2,625 plans (both returned only their totals that year)",
      },
    ],
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
      plans_issued_gt_1_year: 'count',
      pc_plans_issued_gt_1_year: 'percent',
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
      request_outcome_six_weeks: 'count',
      request_outcome_over_6_weeks: 'count',
      request_outcome_six_weeks_pc: 'percent',
    },
    breakdownColumns: ['breakdown_topic', 'breakdown'],
    keep: { breakdown_topic: ['All requests for EHC needs assessments'] },
  },
  'ehcp-2025-assessments': {
    format: 'ees-csv',
    measures: {
      assess_in_year: 'count',
      assess_issued: 'count',
      assess_not_issued: 'count',
      assess_not_issued_pc: 'percent',
      outcome_decision_within_time: 'count',
      outcome_decision_over_time: 'count',
      outcome_decision_within_time_pc: 'percent',
    },
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
    // Footnote 6: Dorset's boundary changed in 2019. In the years the table gives Bournemouth and
    // Poole, the row is the county council area (its 2,592 decisions in 2018 fit the county's 2,392
    // plans in January 2019); in the years it gives Bournemouth, Christchurch and Poole, the new council.
    formerAreaYears: { Dorset: { number: '835' } },
    // Rebuilt from the 2025 EHC plan files, Central Bedfordshire's 2024 appealable decisions are the
    // 4,410 printed for Cambridgeshire, and Cambridgeshire's about the 8,246 printed for Central
    // Bedfordshire (see appealable-decisions.ts, which checks every LA and year).
    swappedCells: [{ year: '2024', measure: 'appealable_decisions', labels: ['Cambridgeshire', 'Central Bedfordshire'] }],
  },
  'ehcp-2025-ceased-plans': {
    format: 'ees-csv',
    measures: {
      max_age: 'count',
      needs_met: 'count',
      he: 'count',
      employ: 'count',
      transfer: 'count',
      no_engage: 'count',
      moved_outside_eng: 'count',
      deceased: 'count',
      not_rec: 'count',
      other: 'count',
      total_ceased: 'count',
    },
    breakdownColumns: ['breakdown_topic', 'breakdown'],
    keep: { breakdown_topic: ['All ceased EHC plans'] },
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
  'ehcp-2025-needs-all-plans': primaryNeedSpec('All EHC plans', [SURREY_2025('number_sld', '595'), SURREY_2025('number_spld', '665')]),
  'ehcp-2025-needs-new-plans': primaryNeedSpec('All EHC plans'),
  'ehcp-2025-new-plans': {
    format: 'ees-csv',
    measures: {
      new_ehc_plans: 'count',
      mainstream_total: 'count',
      mainstream_total_pc: 'percent',
      special_total: 'count',
      special_total_pc: 'percent',
      special_independent: 'count',
      special_non_maintained: 'count',
      // The other placement groups: with the two above, the plans DfE's percentages divide by.
      ap_pru_total: 'count',
      fe_total: 'count',
      ed_elsewhere: 'count',
      nm_early_years: 'count',
      placement_unknown: 'count',
    },
    breakdownColumns: ['breakdown_topic', 'breakdown'],
    keep: { breakdown_topic: ['New EHC plans'] },
    publisherErrors: [
      {
        measure: 'new_ehc_plans',
        printed: '6078',
        rows: { time_period: ['2022'], geographic_level: ['Local authority'], region_code: ['E12000003'] },
        why: "every Yorkshire and the Humber LA row for 2022 gives the region's total of new plans as its own, while DfE's percentages in the same rows use each LA's real total",
      },
    ],
  },
  'ehcp-2025-annual-reviews': {
    format: 'ees-csv',
    measures: {
      review_expected: 'count',
      review_meeting_25: 'count',
      review_meeting_24: 'count',
      total_review_meeting: 'count',
      no_review_meeting: 'count',
      number_decsion_4weeks: 'count',
      number_decision_gt_4weeks: 'count',
      pc_decsion_4weeks: 'percent',
    },
    breakdownColumns: ['breakdown_topic', 'breakdown'],
    keep: { breakdown_topic: ['All annual reviews'] },
  },
  'ehcp-2025-personal-budgets': {
    format: 'ees-csv',
    // Personal budgets, and those with a direct payment for each service (one budget can have several).
    measures: { personal_budget: 'count', pb_education: 'count', pb_health: 'count', pb_social: 'count', pb_integrated: 'count' },
    breakdownColumns: ['breakdown_topic', 'breakdown'],
    keep: { breakdown_topic: ['All personal budgets'] },
  },
  'ehcp-2025-residential': {
    format: 'ees-csv',
    measures: { Res_3851: 'count', Res_52: 'count', Res_tot: 'count' },
    breakdownColumns: ['breakdown_topic', 'breakdown'],
    keep: { breakdown_topic: ['All residential placements'] },
  },
  'ehcp-2022-estab-caseload': establishments('Total_all', 'Total_all_pc'),
  'ehcp-2022-estab-new-plans': establishments('Total_new_all', 'Total_new_all_pc'),
  'ehcp-2023-sen2-mi': {
    format: 'ees-csv',
    measures: {
      inreq_ehc: 'count',
      ass_refused_ehc: 'count',
      ass_refused_ehc_pc: 'percent',
      tot_no_exc_ehc: 'count',
      no_exc_20week_ehc: 'count',
      no_exc_20week_rate: 'percent',
      tot_inc_exc_ehc: 'count',
      inc_exc_20week_ehc: 'count',
      inc_exc_20week_rate: 'percent',
      total_mediation: 'count',
      personal_budgets: 'count',
      new_all_ehc: 'count',
      // Mediation cases followed by an appeal; moves between mainstream and special schools
      // (statements and plans counted apart); direct payments; plans ended because needs were met.
      total_tribunal_followed_mediation: 'count',
      mainstream_to_special: 'count',
      mainstream_to_special_ehc: 'count',
      special_to_mainstream: 'count',
      special_to_mainstream_ehc: 'count',
      direct_pay_education: 'count',
      direct_pay_health: 'count',
      direct_pay_socialcare: 'count',
      direct_pay_integrated: 'count',
      discontinued_met: 'count',
      discontinued_met_ehc: 'count',
    },
  },
}
