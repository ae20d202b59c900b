// How each source's periods land on metric periods (see periods.ts for why they differ).
import { academicYearOfJanuary } from '../read/periods.ts'
import type { PeriodMap } from './definition.ts'
import { termPeriodId } from './periods.ts'

/** EES academic-year snapshot at January (EHC plan caseload, school census). */
export const januaryOfAcademicYear: PeriodMap = (p) => (p.periodKind === 'academic_year' ? [{ id: p.period, kind: 'january' }] : [])

/** Old SEN2 files code the January snapshot as a calendar year: 2022 means January 2022. */
export const januaryOfCalendarYear: PeriodMap = (p) =>
  p.periodKind === 'calendar_year' ? [{ id: academicYearOfJanuary(Number(p.period)), kind: 'january' }] : []

/** The same, for January snapshots from a given year on (e.g. once statements had become EHC plans). */
export function januaryOfCalendarYearFrom(firstYear: number): PeriodMap {
  return (p, available) => (Number(p.period) >= firstYear ? januaryOfCalendarYear(p, available) : [])
}

export const calendarYear: PeriodMap = (p) => (p.periodKind === 'calendar_year' ? [{ id: p.period, kind: 'calendar_year' }] : [])

export const academicYear: PeriodMap = (p) => (p.periodKind === 'academic_year' ? [{ id: p.period, kind: 'academic_year' }] : [])

export const neetYear: PeriodMap = (p) => (p.periodKind === 'calendar_year' ? [{ id: p.period, kind: 'neet_year' }] : [])

export const term: PeriodMap = (p) => {
  if (p.periodKind === 'autumn_term') return [{ id: termPeriodId(p.period, 'autumn'), kind: 'term' }]
  if (p.periodKind === 'spring_term') return [{ id: termPeriodId(p.period, 'spring'), kind: 'term' }]
  if (p.periodKind === 'summer_term') return [{ id: termPeriodId(p.period, 'summer'), kind: 'term' }]
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
  return januaries.map((y) => ({ id: academicYearOfJanuary(y), kind: 'january' as const }))
}
