// Which side of the Change Programme's start (1 September 2023) each period falls on, for every kind
// of period, by one rule: a period belongs to the programme year in which its midpoint falls.
// Programme year 1 runs from September 2023 to August 2024, year 2 from September 2024, and year 0
// is the last year before the start (September 2022 to August 2023), and so on backwards. So:
//   January census     January 2023 is year 0 (the base), January 2024 year 1.
//   academic year      2022/23 is year 0, 2023/24 year 1.
//   term               the terms of 2022/23 are year 0, autumn 2023/24 is the first of year 1.
//   calendar year      2023 is year 0: its midpoint (July) is before the start, and figures such as
//                      plans issued within 20 weeks in 2023 come from requests made even earlier.
//   financial year     2022-23 is year 0; 2023-24 (midpoint October 2023) is year 1.
//   NEET year          the December 2022 to February 2023 average ("2023") is year 0.
//   autumn and spring  the autumn and spring terms of 2022/23 are year 0.
// Each kind has exactly one period per programme year (terms: one per term), so a period's base is
// the period of the same kind (the same term) in year 0.
import { yearsEarlier, type PeriodLike, type Term } from '../../contract/periods.ts'

export const PROGRAMME_START = '2023-09-01'

/** Months from January of year 0 to the programme's start. */
const START = 2023 * 12 + 8

/** Midpoint of a period, in months from January of year 0 (1.5 = mid-February of year 0). */
function periodMidpoint(p: PeriodLike): number {
  const year = Number(p.id.slice(0, 4))
  switch (p.kind) {
    case 'january':
      // The census day, in the middle of January of the second calendar year of the code.
      return (year + 1) * 12 + 0.5
    case 'calendar_year':
      return year * 12 + 6
    case 'academic_year':
      return year * 12 + 14 // September to August
    case 'financial_year':
      return year * 12 + 9 // April to March
    case 'neet_year':
      return year * 12 + 0.5 // December of the year before to February
    case 'term': {
      const term = p.id.split('-')[1] as Term
      // Autumn: September to December; spring: January to mid-April; summer: mid-April to July.
      return term === 'autumn' ? year * 12 + 10 : term === 'spring' ? (year + 1) * 12 + 1.75 : (year + 1) * 12 + 5.25
    }
    case 'month':
      return year * 12 + Number(p.id.slice(5, 7)) - 0.5
    case 'year_to_month':
      return year * 12 + Number(p.id.slice(5, 7)) - 6 // the middle of the 12 months to the month
    case 'autumn_spring':
      return year * 12 + 11.75 // September to mid-April
  }
}

/** 1 for the first programme year, 2 for the second ...; 0 for the last year before the start, -1 before it. */
export function programmeYear(p: PeriodLike): number {
  return Math.floor((periodMidpoint(p) - START) / 12) + 1
}

/** The period an LA's change is measured from: the period of the same kind (and term) in the last year before the start. */
export function basePeriod(p: PeriodLike): PeriodLike {
  return yearsEarlier(p, programmeYear(p))
}
