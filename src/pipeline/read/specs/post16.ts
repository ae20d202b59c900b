// What is read from DfE's participation and NEET figures for 16-17 year olds (NCCIS).
import type { EesCsvSpec } from '../ees-csv.ts'
import type { ObservationSpec } from '../formats.ts'

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

export const POST16_SPECS: Readonly<Record<string, ObservationSpec>> = {
  'neet-2022': NEET_SPEC,
  'neet-2023': NEET_SPEC,
  'neet-2025': NEET_SPEC,
}
