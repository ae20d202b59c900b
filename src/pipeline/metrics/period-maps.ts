// How each source's periods land on metric periods (see periods.ts for why they differ).
import type { PeriodMap } from './definition.ts'
import { academicYearOfJanuary, metricPeriod, termPeriodId } from '../../contract/periods.ts'

/** EES academic-year snapshot at January (EHC plan caseload, school census). */
export const januaryOfAcademicYear: PeriodMap = (p) => (p.periodKind === 'academic_year' ? [metricPeriod(p.period, 'january')] : [])

/** Old SEN2 files code the January snapshot as a calendar year: 2022 means January 2022. */
export const januaryOfCalendarYear: PeriodMap = (p) =>
  p.periodKind === 'calendar_year' ? [metricPeriod(academicYearOfJanuary(Number(p.period)), 'january')] : []

/** A map restricted to source years first..last: an older release's years that a newer one does not cover. */
export function years(first: number, last: number, map: PeriodMap): PeriodMap {
  return (p, available) => {
    const year = Number(p.period.slice(0, 4))
    return year >= first && year <= last ? map(p, available) : []
  }
}

export const calendarYear: PeriodMap = (p) => (p.periodKind === 'calendar_year' ? [metricPeriod(p.period, 'calendar_year')] : [])

/**
 * The old SEN2 return's yearly figures that DfE's 2025 release publishes against the January that
 * follows (personal budgets: 2019 is shown as 2019/20, January 2020).
 */
export const januaryAfterCalendarYear: PeriodMap = (p) =>
  p.periodKind === 'calendar_year' ? [metricPeriod(academicYearOfJanuary(Number(p.period) + 1), 'january')] : []

/** The January snapshot as the stock at the start of that calendar year (plans in January 2024 for 2024). */
export const calendarYearOfJanuary: PeriodMap = (p) =>
  p.periodKind === 'academic_year' ? [metricPeriod(String(Number(p.period.slice(0, 4)) + 1), 'calendar_year')] : []

export const academicYear: PeriodMap = (p) => (p.periodKind === 'academic_year' ? [metricPeriod(p.period, 'academic_year')] : [])

export const neetYear: PeriodMap = (p) => (p.periodKind === 'calendar_year' ? [metricPeriod(p.period, 'neet_year')] : [])

export const term: PeriodMap = (p) => {
  if (p.periodKind === 'autumn_term') return [metricPeriod(termPeriodId(p.period, 'autumn'), 'term')]
  if (p.periodKind === 'spring_term') return [metricPeriod(termPeriodId(p.period, 'spring'), 'term')]
  if (p.periodKind === 'summer_term') return [metricPeriod(termPeriodId(p.period, 'summer'), 'term')]
  return []
}

/**
 * Mid-year population estimates as denominators for January snapshots: mid-year Y serves January
 * Y+1, and also January Y+2 when no mid-year Y+1 estimate is available (the latest estimate, at
 * most one year older than ideal; the metric's caveats say so).
 */
export const januaryFromMidYear: PeriodMap = (p, available) => {
  if (p.periodKind !== 'mid_year') return []
  const year = Number(p.period)
  const next = available.some((a) => a.periodKind === 'mid_year' && Number(a.period) === year + 1)
  const januaries = next ? [year + 1] : [year + 1, year + 2]
  return januaries.map((y) => metricPeriod(academicYearOfJanuary(y), 'january'))
}

/**
 * Mid-year population estimates as denominators for a calendar year's activity: mid-year Y serves
 * the year Y, and also Y+1 when no mid-year Y+1 estimate is available (the metric's caveats say so).
 */
export const calendarYearFromMidYear: PeriodMap = (p, available) => {
  if (p.periodKind !== 'mid_year') return []
  const year = Number(p.period)
  const next = available.some((a) => a.periodKind === 'mid_year' && Number(a.period) === year + 1)
  return (next ? [year] : [year, year + 1]).map((y) => metricPeriod(String(y), 'calendar_year'))
}
