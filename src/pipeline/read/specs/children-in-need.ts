// What is read from DfE's "Outcomes for children in need, including children looked after": the
// SEN provision of children in need, on a child protection plan, and looked after (EHC plan, SEN
// support, and both together: "all SEN", as DfE's Inclusion Dashboard shows it).
import type { ObservationSpec } from '../formats.ts'

export const CHILDREN_IN_NEED_SPECS: Readonly<Record<string, ObservationSpec>> = {
  'cin-sen': {
    format: 'ees-csv',
    measures: {
      t_pupils: 'count',
      t_SEN_support: 'count',
      t_statement_or_EHC_plan: 'count',
      t_all_SEN: 'count',
      pt_SEN_support: 'percent',
      pt_statement_or_EHC_plan: 'percent',
      pt_all_SEN: 'percent',
    },
    breakdownColumns: ['social_care_group'],
  },
}
