// What is read from the table of absence by SEN status that DfE's SEND and AP Inclusion Dashboard
// prepared (derived: DfE's own figures for the autumn and spring terms, 2016/17 to 2022/23, as
// percentages only). One row per area, year, SEN group and kind of absence.
import type { ObservationSpec } from '../formats.ts'
import type { PreparedTableSpec } from '../prepared-table.ts'

/** The nine regions as the regional table names them (it also has England, read from the LA table). */
const REGIONS = [
  'North East',
  'North West',
  'Yorkshire and The Humber',
  'East Midlands',
  'West Midlands',
  'East of England',
  'London',
  'South East',
  'South West',
] as const

const absenceTable = (geography: PreparedTableSpec['geography'], keep: Readonly<Record<string, readonly string[]>>): PreparedTableSpec => ({
  format: 'dfe-prepared',
  measures: { Percentage: 'percent' },
  // Coded as academic years; the figures are the autumn and spring terms (see the registry's series).
  period: { column: 'time_period', writes: 'academic-year' },
  geography,
  breakdownColumns: ['characteristic', 'Absence measure'],
  keep,
})

export const PREPARED_ABSENCE_SPECS: Readonly<Record<string, ObservationSpec>> = {
  // LAs and England. Its regional rows split London into Inner and Outer London, so the regions
  // come from the regional table, which has London whole.
  'prepared-absence': absenceTable(
    { level: 'geographic_level', laCode: 'new_la_code', laName: 'la_name', regionName: 'region_name' },
    { geographic_level: ['Local authority', 'National'] },
  ),
  'prepared-absence-regions': absenceTable({ regionName: 'region_name' }, { region_name: REGIONS }),
}
