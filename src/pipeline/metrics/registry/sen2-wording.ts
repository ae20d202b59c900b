// Notes shared by the measures of issue 27 that set a calendar year's counts from the old SEN2
// return against the plans in January of the same year.
import type { AreaNote } from '../definition.ts'

const FORMED_2019 = ['E06000058', 'E06000059'] // Bournemouth, Christchurch and Poole; Dorset (the new council)
const FORMED_2021 = ['E06000061', 'E06000062'] // North Northamptonshire; West Northamptonshire

export const FORMED_IN_YEAR =
  "A council formed during a year (Bournemouth, Christchurch and Poole and the new Dorset council in April 2019, North and West Northamptonshire in April 2021) has no figure of its own for that year: DfE counts its year under the new council, but its plans in January under the councils it replaced. England's and the regions' figures are DfE's own rows."

export const FORMED_IN_YEAR_NOTES: readonly AreaNote[] = [
  {
    areas: FORMED_2019,
    periods: ['2019'],
    note: 'Formed in April 2019: DfE counts its 2019 under the new council, but its plans in January 2019 under the councils it replaced, so there is no figure for 2019.',
  },
  {
    areas: FORMED_2021,
    periods: ['2021'],
    note: "Formed in April 2021: DfE counts its 2021 under the new council, but its plans in January 2021 under Northamptonshire, so there is no figure for 2021 of its own; Northamptonshire's figure for 2021 adds up the two new councils' counts over its own plans in January.",
  },
]
