// What is read from DfE's SEND and AP Inclusion Dashboard table of the pupils in state-funded AP
// schools (a derived table: no raw file here gives them by LA) beyond their SEN status, which the
// other entry of the same file reads: their ages, sex, free school meals and any SEN together.
import type { ObservationSpec } from '../formats.ts'

export const AP_PUPIL_SPECS: Readonly<Record<string, ObservationSpec>> = {
  'prepared-ap-pupil-characteristics': {
    format: 'dfe-prepared',
    measures: { pupils_dv: 'count' },
    period: { column: 'time_period', writes: 'academic-year' },
    geography: {
      level: 'geographic_level',
      laName: 'la_name',
      regionName: 'region_name',
      laCode: 'new_la_code',
      regionCode: 'region_code',
    },
    breakdownColumns: ['prov_type', 'pupil_characteristic', 'char_dv'],
    keep: {
      prov_type: ['State-funded AP school'],
      pupil_characteristic: ['Age breakdown', 'Gender', 'Free school meal status', 'All SEN'],
    },
  },
}
