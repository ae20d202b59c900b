// What is read from DfE's "Outcomes for children in need, including children looked after": the
// SEN provision of children in need, on a child protection plan, and looked after.
import type { ObservationSpec } from '../formats.ts'

export const CHILDREN_IN_NEED_SPECS: Readonly<Record<string, ObservationSpec>> = {
  'cin-sen': {
    format: 'ees-csv',
    measures: {
      t_pupils: 'count',
      t_SEN_support: 'count',
      t_statement_or_EHC_plan: 'count',
      pt_SEN_support: 'percent',
      pt_statement_or_EHC_plan: 'percent',
    },
    breakdownColumns: ['social_care_group'],
  },
}
