// Metric periods: the time axis of a metric, independent of how each source codes its periods.
// EHC plan caseload snapshots are taken in January and DfE codes them as the academic year
// (202425 = January 2025); the older SEN2 files code the same snapshot as the calendar year
// (2022 = January 2022). Both become the metric period "January 2022". Population estimates are
// mid-year, exclusions termly, NCCIS NEET figures yearly, money by financial year (April to March).
import { twoYearLabel } from '../read/periods.ts'

export type MetricPeriodKind = 'january' | 'calendar_year' | 'academic_year' | 'term' | 'neet_year' | 'financial_year'

export interface MetricPeriod {
  /** Stable id used in files and URLs: "202425", "2024", "202425-autumn". */
  id: string
  kind: MetricPeriodKind
}

const TERMS = ['autumn', 'spring', 'summer'] as const
export type Term = (typeof TERMS)[number]

export function termPeriodId(academicYear: string, term: Term): string {
  return `${academicYear}-${term}`
}

export function periodLabel(p: MetricPeriod): string {
  switch (p.kind) {
    case 'january':
      return `January ${Number(p.id.slice(0, 4)) + 1}`
    case 'calendar_year':
      return p.id
    case 'academic_year':
      return `${twoYearLabel(p.id)} academic year`
    case 'term': {
      const [year, term] = p.id.split('-') as [string, Term]
      return `${term[0]!.toUpperCase()}${term.slice(1)} term ${twoYearLabel(year)}`
    }
    case 'neet_year':
      return `End of ${Number(p.id) - 1} to early ${p.id}`
    case 'financial_year':
      return `${financialYearLabel(p.id)} financial year`
  }
}

/** 202223 -> "2022-23", as government accounts write a financial year. */
function financialYearLabel(id: string): string {
  return `${id.slice(0, 4)}-${id.slice(4)}`
}

/** A short label for chart axes: "Jan 2025", "2024", "2023/24", "Aut 2024/25". */
export function shortPeriodLabel(p: MetricPeriod): string {
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
      const [year, term] = p.id.split('-') as [string, Term]
      return `${term.slice(0, 3)[0]!.toUpperCase()}${term.slice(1, 3)} ${twoYearLabel(year)}`
    }
  }
}

/** A number that orders periods of one kind in time. */
export function periodOrder(p: MetricPeriod): number {
  if (p.kind === 'term') {
    const [year, term] = p.id.split('-') as [string, Term]
    return Number(year.slice(0, 4)) * 10 + TERMS.indexOf(term)
  }
  return Number(p.id.slice(0, 4))
}

/** The first day of the period (YYYY-MM-DD), to tell whether a council existed yet or still. */
export function periodStart(p: MetricPeriod): string {
  const year = Number(p.id.slice(0, 4))
  switch (p.kind) {
    case 'january':
      return `${year + 1}-01-01`
    case 'calendar_year':
      return `${year}-01-01`
    case 'academic_year':
      return `${year}-09-01`
    case 'financial_year':
      return `${year}-04-01`
    case 'term': {
      const term = p.id.split('-')[1] as Term
      return term === 'autumn' ? `${year}-09-01` : term === 'spring' ? `${year + 1}-01-01` : `${year + 1}-04-15`
    }
    case 'neet_year':
      // The December to February average.
      return `${year - 1}-12-01`
  }
}

/** The period the same number of years earlier (same term for termly data), or undefined. */
export function yearsEarlier(p: MetricPeriod, years: number): MetricPeriod {
  const shift = (id: string) => {
    const start = Number(id.slice(0, 4)) - years
    return id.length === 6 ? `${start}${String((start + 1) % 100).padStart(2, '0')}` : String(start)
  }
  if (p.kind === 'term') {
    const [year, term] = p.id.split('-') as [string, Term]
    return { id: termPeriodId(shift(year), term), kind: p.kind }
  }
  return { id: shift(p.id), kind: p.kind }
}
