// What is read from ONS mid-year population estimates.
import type { OnsPopulationSpec } from '../ons-population.ts'
import type { ObservationSpec } from '../formats.ts'

const population = (midYear: string): OnsPopulationSpec => ({
  format: 'ons-mye-xlsx',
  sheet: 'MYE2 - Persons',
  midYear,
  minAge: 0,
  maxAge: 25,
})

export const POPULATION_SPECS: Readonly<Record<string, ObservationSpec>> = {
  'ons-mye-2022': population('2022'),
  'ons-mye-2023': population('2023'),
}
