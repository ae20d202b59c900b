// Series builders for the themes beyond the EHC plan (learning, destinations, alternative
// provision, children in need, money, all-pupil exclusions): LAIT measures, the Inclusion
// Dashboard's prepared tables and DfE's own AP, children-in-need and DSG files, and the period
// maps they need.
import { breakdownOf } from '../../read/observation.ts'
import { metricPeriod } from '../../../contract/periods.ts'
import type { PeriodMap, Series } from '../definition.ts'
import { academicYear, calendarYear, januaryOfAcademicYear } from '../period-maps.ts'

/** Financial years as published (2022-23 -> 202223). */
export const financialYear: PeriodMap = (p) => (p.periodKind === 'financial_year' ? [metricPeriod(p.period, 'financial_year')] : [])

/** Autumn and spring terms of an academic year (absence releases part-way through a year), labelled as such. */
export const autumnAndSpring: PeriodMap = (p) => (p.periodKind === 'autumn_spring_term' ? [metricPeriod(p.period, 'autumn_spring')] : [])

/** A mid-year population estimate as the denominator of the financial year that starts in it (mid-2022 -> 2022-23). */
const financialYearFromMidYear: PeriodMap = (p) => {
  if (p.periodKind !== 'mid_year') return []
  const year = Number(p.period)
  return [metricPeriod(`${year}${String((year + 1) % 100).padStart(2, '0')}`, 'financial_year')]
}

const single = (source: string, measure: string, breakdown: string, periods: PeriodMap): Series => ({
  parts: [{ source, measure, breakdown }],
  periods,
})

/** A LAIT measure (one figure per area and year, no breakdown). */
export function laitMeasure(measure: string, periods: PeriodMap = academicYear): Series {
  return single('lait-send', measure, '', periods)
}
export const laitByCalendarYear = (measure: string) => laitMeasure(measure, calendarYear)
export const laitByFinancialYear = (measure: string) => laitMeasure(measure, financialYear)

/** A measure of one of the Inclusion Dashboard's prepared tables, for one breakdown. */
export function prepared(
  source: string,
  measure: string,
  filters: Readonly<Record<string, string>>,
  periods: PeriodMap = academicYear,
): Series {
  return single(source, measure, breakdownOf(filters), periods)
}

/** Several breakdowns of one measure added up (absent rows counting as zero where other parts have rows). */
export function preparedSum(
  source: string,
  measure: string,
  breakdowns: ReadonlyArray<Readonly<Record<string, string>>>,
  periods: PeriodMap,
  absentMeansZero = false,
): Series {
  return {
    parts: breakdowns.map((filters) => ({ source, measure, breakdown: breakdownOf(filters) })),
    periods,
    ...(absentMeansZero ? { absentMeansZero: true } : {}),
  }
}

/** Pupils on the roll of state-funded mainstream schools at the January census (Inclusion Dashboard table). */
export const MAINSTREAM_PUPILS: Series = prepared(
  'prepared-mainstream-pupils',
  'total_pupils',
  { 'SEN provision': 'All SEN' },
  januaryOfAcademicYear,
)

/** ONS mid-year population at single years of age from..to, as each financial year's denominator. */
export function populationByFinancialYear(from: number, to: number): Series {
  return {
    parts: ['ons-mye-2022', 'ons-mye-2023'].flatMap((source) =>
      Array.from({ length: to - from + 1 }, (_, i) => ({
        source,
        measure: 'population',
        breakdown: breakdownOf({ age: String(from + i) }),
      })),
    ),
    periods: financialYearFromMidYear,
  }
}
