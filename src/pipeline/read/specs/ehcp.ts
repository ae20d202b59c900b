// What is read from DfE's "Education, health and care plans" releases.
import type { ObservationSpec } from '../formats.ts'

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
    // Footnote 6: Dorset's boundary changed in 2019. Until 2018 the row is the county council area
    // (its 2,592 decisions in 2018 fit the county's 2,392 plans in January 2019), then the new council.
    formerAreaYears: { Dorset: { number: '835', lastYear: '2018' } },
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
}
