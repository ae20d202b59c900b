// What is read from the dedicated schools grant (DSG) allocation workbooks: the high needs block
// before deductions for places funded directly by the Education and Skills Funding Agency, from
// 2020-21 (the first year in the mirror).
import type { DsgOdsSpec } from '../dsg-allocations.ts'
import type { ObservationSpec } from '../formats.ts'

const allocations = (financialYear: string): DsgOdsSpec => ({
  format: 'dsg-ods',
  sheet: 'Allocations_summary',
  financialYear,
  measures: { high_needs_block: { heading: 'High needs block (£s)', reference: '[C]' } },
})

export const DSG_SPECS: Readonly<Record<string, ObservationSpec>> = {
  'dsg-allocations-2020-21': allocations('2020 to 2021'),
  'dsg-allocations-2021-22': allocations('2021 to 2022'),
  'dsg-allocations-2022-23': allocations('2022 to 2023'),
  'dsg-allocations-2023-24': allocations('2023 to 2024'),
}
