// What is read from DfE's own files on alternative provision (Explore Education Statistics CSVs):
// LA-funded placements (AP census), school-arranged AP (school census), and absence in pupil
// referral units and AP schools.
import type { ObservationSpec } from '../formats.ts'

export const ALTERNATIVE_PROVISION_SPECS: Readonly<Record<string, ObservationSpec>> = {
  'ap-census-placements': {
    format: 'ees-csv',
    measures: { number_of_pupils: 'count' },
    keep: { gender: ['Total'], age: ['Total'], ethnicity_minor: ['Total'], fsm: ['Total'] },
  },
  'ap-census-settings': {
    format: 'ees-csv',
    measures: { placements: 'count' },
    breakdownColumns: ['setting_type'],
  },
  'school-arranged-ap': {
    format: 'ees-csv',
    measures: { pupils: 'count' },
    breakdownColumns: ['setting_type', 'characteristic_grouping', 'pupil_characteristic'],
    keep: { characteristic_grouping: ['Total', 'SEN on entry'] },
  },
  'ap-school-absence': {
    format: 'ees-csv',
    measures: {
      sess_overall_percent: 'percent',
      enrolments: 'count',
      enrolments_pa_10_exact: 'count',
    },
  },
}
