// Time periods as Explore Education Statistics codes them: a time_period (e.g. 202425 or 2024)
// plus a time_identifier saying what kind of period it is. Checked strictly: a period in a new
// format stops the build rather than being misread.
import { twoYearLabel } from '../../contract/periods.ts'

export const PERIOD_KINDS = {
  'Academic year': 'academic_year',
  'Calendar year': 'calendar_year',
  'Financial year': 'financial_year',
  'Reporting year': 'reporting_year',
  'Autumn term': 'autumn_term',
  'Spring term': 'spring_term',
  'Summer term': 'summer_term',
  'Autumn and spring term': 'autumn_spring_term',
} as const

export type PeriodKind = (typeof PERIOD_KINDS)[keyof typeof PERIOD_KINDS] | 'mid_year'

const TWO_YEAR_KINDS: ReadonlySet<PeriodKind> = new Set([
  'academic_year',
  'financial_year',
  'autumn_term',
  'spring_term',
  'summer_term',
  'autumn_spring_term',
])

export interface Period {
  /** time_period as published: 202425 for 2024/25, 2024 for a single year. */
  id: string
  kind: PeriodKind
}

/** Returns the period or a sentence saying what is wrong with it. */
export function parsePeriod(timePeriod: string, timeIdentifier: string): Period | string {
  const kind = PERIOD_KINDS[timeIdentifier.trim() as keyof typeof PERIOD_KINDS]
  if (!kind) return `unknown time_identifier "${timeIdentifier}" (known: ${Object.keys(PERIOD_KINDS).join(', ')})`
  const id = timePeriod.trim()
  if (TWO_YEAR_KINDS.has(kind)) {
    if (!/^\d{6}$/.test(id) || Number(id.slice(4)) !== (Number(id.slice(2, 4)) + 1) % 100) {
      return `time_period "${timePeriod}" is not in the form YYYYYY (e.g. 202425) that "${timeIdentifier}" needs`
    }
  } else if (!/^\d{4}$/.test(id)) {
    return `time_period "${timePeriod}" is not in the form YYYY (e.g. 2024) that "${timeIdentifier}" needs`
  }
  return { id, kind }
}

export function periodLabel(p: Period): string {
  switch (p.kind) {
    case 'academic_year':
      return `${twoYearLabel(p.id)} academic year`
    case 'financial_year':
      return `${twoYearLabel(p.id)} financial year`
    case 'autumn_term':
      return `autumn term ${twoYearLabel(p.id)}`
    case 'spring_term':
      return `spring term ${twoYearLabel(p.id)}`
    case 'summer_term':
      return `summer term ${twoYearLabel(p.id)}`
    case 'autumn_spring_term':
      return `autumn and spring terms ${twoYearLabel(p.id)}`
    case 'calendar_year':
      return p.id
    case 'reporting_year':
      return `reporting year ${p.id}`
    case 'mid_year':
      return `mid-${p.id}`
  }
}

/** The first day of a published period (YYYY-MM-DD), to tell which councils existed then. */
export function periodStartDate(p: Period): string {
  const year = p.id.slice(0, 4)
  if (TWO_YEAR_KINDS.has(p.kind)) return p.kind === 'financial_year' ? `${year}-04-01` : `${year}-09-01`
  return `${year}-01-01`
}
