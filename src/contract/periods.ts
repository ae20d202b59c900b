// Metric periods: the time axis of every measure, whatever way its sources code their periods.
// EHC plan caseload snapshots are taken in January and DfE codes them as the academic year
// (202425 = January 2025); the older SEN2 files code the same snapshot as the calendar year
// (2022 = January 2022): both become the metric period "202425" of kind "january". Population
// estimates are mid-year, exclusions termly, NCCIS NEET figures yearly, money by financial year,
// NHS waiting lists monthly ("2023-06") and NHS activity over the 12 months to a month ("2023-03").
// A period id is parsed in one place (metricPeriod), so every id in the site data has the form its
// kind needs.
import { z } from 'zod'

export const MetricPeriodKindSchema = z.enum([
  'january',
  'calendar_year',
  'academic_year',
  'term',
  'neet_year',
  'financial_year',
  'month',
  'year_to_month',
  'autumn_spring',
])
export type MetricPeriodKind = z.infer<typeof MetricPeriodKindSchema>

const TERMS = ['autumn', 'spring', 'summer'] as const
export type Term = (typeof TERMS)[number]

/** "202425" (a two-year span), "2024" (a year), "202425-autumn" (a term) or "2023-06" (a month). */
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/
const ID_FORMS: Readonly<Record<MetricPeriodKind, RegExp>> = {
  january: /^\d{6}$/,
  calendar_year: /^\d{4}$/,
  academic_year: /^\d{6}$/,
  term: /^\d{6}-(autumn|spring|summer)$/,
  neet_year: /^\d{4}$/,
  financial_year: /^\d{6}$/,
  month: MONTH,
  year_to_month: MONTH,
  autumn_spring: /^\d{6}$/,
}

export const PeriodIdSchema = z
  .string()
  .regex(/^(\d{4}(\d{2})?(-(autumn|spring|summer))?|\d{4}-(0[1-9]|1[0-2]))$/, 'a period id is YYYY, YYYYYY, YYYYYY-term or YYYY-MM')
  .refine(
    (id) => (id.length !== 6 && !/^\d{6}-/.test(id)) || Number(id.slice(4, 6)) === (Number(id.slice(2, 4)) + 1) % 100,
    'the two years must follow each other',
  )
  .brand<'PeriodId'>()
export type PeriodId = z.infer<typeof PeriodIdSchema>

export const MetricPeriodSchema = z
  .strictObject({ id: PeriodIdSchema, kind: MetricPeriodKindSchema })
  .refine((p) => ID_FORMS[p.kind].test(p.id), { message: 'the period id does not have the form of its kind' })
export type MetricPeriod = z.infer<typeof MetricPeriodSchema>
/** What the helpers below need of a period: they work on any id, parsed or not. */
export type PeriodLike = { id: string; kind: MetricPeriodKind }

/** The one way a period is made: throws when the id does not have the form its kind needs. */
export function metricPeriod(id: string, kind: MetricPeriodKind): MetricPeriod {
  const parsed = MetricPeriodSchema.safeParse({ id, kind })
  if (!parsed.success) throw new RangeError(`"${id}" is not a period id of kind ${kind}`)
  return parsed.data
}

export function termPeriodId(academicYear: string, term: Term): string {
  return `${academicYear}-${term}`
}

/** 202425 -> "2024/25". */
export function twoYearLabel(id: string): string {
  return `${id.slice(0, 4)}/${id.slice(4, 6)}`
}

/** Academic year id for a given calendar year's January: 2025 -> 202425. */
export function academicYearOfJanuary(year: number): string {
  return `${year - 1}${String(year % 100).padStart(2, '0')}`
}

/** 202223 -> "2022-23", as government accounts write a financial year. */
const financialYearLabel = (id: string) => `${id.slice(0, 4)}-${id.slice(4)}`

const termOf = (p: PeriodLike) => p.id.split('-') as [string, Term]

/** The months in English, for labels the pipeline reads and the pages write. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const
/** "2023-06" -> [2023, 6]. */
const monthOf = (p: PeriodLike) => [Number(p.id.slice(0, 4)), Number(p.id.slice(5, 7))] as const
const monthName = (p: PeriodLike) => `${MONTHS[monthOf(p)[1] - 1]} ${monthOf(p)[0]}`

export function periodLabel(p: PeriodLike): string {
  switch (p.kind) {
    case 'january':
      return `January ${Number(p.id.slice(0, 4)) + 1}`
    case 'calendar_year':
      return p.id
    case 'academic_year':
      return `${twoYearLabel(p.id)} academic year`
    case 'term': {
      const [year, term] = termOf(p)
      return `${term[0]!.toUpperCase()}${term.slice(1)} term ${twoYearLabel(year)}`
    }
    case 'neet_year':
      return `End of ${Number(p.id) - 1} to early ${p.id}`
    case 'financial_year':
      return `${financialYearLabel(p.id)} financial year`
    case 'month':
      return monthName(p)
    case 'year_to_month':
      return `12 months to ${monthName(p)}`
    case 'autumn_spring':
      return `Autumn and spring terms ${twoYearLabel(p.id)}`
  }
}

/** A short label for chart axes: "Jan 2025", "2024", "2023/24", "Aut 2024/25", "Aut–Spr 2024/25". */
export function shortPeriodLabel(p: PeriodLike): string {
  switch (p.kind) {
    case 'january':
      return `Jan ${Number(p.id.slice(0, 4)) + 1}`
    case 'calendar_year':
    case 'neet_year':
      return p.id
    case 'academic_year':
      return twoYearLabel(p.id)
    case 'financial_year':
      return financialYearLabel(p.id)
    case 'term': {
      const [year, term] = termOf(p)
      return `${term.slice(0, 3)[0]!.toUpperCase()}${term.slice(1, 3)} ${twoYearLabel(year)}`
    }
    case 'month':
    case 'year_to_month':
      return `${MONTHS[monthOf(p)[1] - 1]!.slice(0, 3)} ${monthOf(p)[0]}`
    case 'autumn_spring':
      return `Aut–Spr ${twoYearLabel(p.id)}`
  }
}

/** A number that orders periods of one kind in time. */
export function periodOrder(p: PeriodLike): number {
  if (p.kind === 'month' || p.kind === 'year_to_month') return monthOf(p)[0] * 12 + monthOf(p)[1] - 1
  if (p.kind === 'term') {
    const [year, term] = termOf(p)
    return Number(year.slice(0, 4)) * 10 + TERMS.indexOf(term)
  }
  return Number(p.id.slice(0, 4))
}

/** The first day of the period (YYYY-MM-DD), to tell whether a council existed yet or still. */
export function periodStart(p: PeriodLike): string {
  const year = Number(p.id.slice(0, 4))
  switch (p.kind) {
    case 'january':
      return `${year + 1}-01-01`
    case 'calendar_year':
      return `${year}-01-01`
    case 'academic_year':
    case 'autumn_spring':
      return `${year}-09-01`
    case 'financial_year':
      return `${year}-04-01`
    case 'term': {
      const term = termOf(p)[1]
      return term === 'autumn' ? `${year}-09-01` : term === 'spring' ? `${year + 1}-01-01` : `${year + 1}-04-15`
    }
    case 'neet_year':
      // The December to February average.
      return `${year - 1}-12-01`
    case 'month':
      return `${p.id}-01`
    case 'year_to_month': {
      // The 12 months that end with the month: from the month after it, a year earlier.
      const [y, m] = monthOf(p)
      return m === 12 ? `${y}-01-01` : `${y - 1}-${String(m + 1).padStart(2, '0')}-01`
    }
  }
}

/** The period the same number of years earlier (the same term, for termly data). */
export function yearsEarlier(p: PeriodLike, years: number): MetricPeriod {
  const shift = (id: string) => {
    const start = Number(id.slice(0, 4)) - years
    if (id.length === 7) return `${start}${id.slice(4)}`
    return id.length === 6 ? `${start}${String((start + 1) % 100).padStart(2, '0')}` : String(start)
  }
  if (p.kind === 'term') {
    const [year, term] = termOf(p)
    return metricPeriod(termPeriodId(shift(year), term), p.kind)
  }
  return metricPeriod(shift(p.id), p.kind)
}
