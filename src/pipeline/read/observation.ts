// The one schema every adapter produces: a harmonised observation of one measure, for one area and
// period and breakdown, with either a value or the reason it is missing.
import type { PeriodKind } from './periods.ts'
import type { AreaType, MissingReason } from '../../contract/vocabulary.ts'

export interface Observation {
  source: string
  /** Line (row) in the source file, for tracing a figure back to where it came from. */
  line: number
  areaCode: string
  areaType: AreaType
  period: string
  periodKind: PeriodKind
  measure: string
  /** "" for the total; otherwise "dimension=value" pairs joined by "|", in a fixed order. */
  breakdown: string
  value: number | null
  missing: MissingReason | null
}

export function breakdownKey(parts: ReadonlyArray<readonly [string, string]>): string {
  return parts.map(([k, v]) => `${k}=${v}`).join('|')
}

/** The same key from named filter values, in the order the reader's breakdown columns list them. */
export function breakdownOf(filters: Readonly<Record<string, string>>): string {
  return breakdownKey(Object.entries(filters))
}

/** What a measure's values must look like; checked on every cell read. */
/**
 * count: whole and non-negative; average: a non-negative mean of counts (e.g. a 3-month average
 * cohort); score: a value on the publisher's own scale, of either sign (Progress 8, a DSG balance);
 * amount: a non-negative sum of money.
 */
export type MeasureKind = 'count' | 'average' | 'percent' | 'rate' | 'ratio' | 'score' | 'amount'

export function checkValue(kind: MeasureKind, value: number): string | null {
  if (!Number.isFinite(value)) return `${value} is not a finite number`
  switch (kind) {
    case 'count':
      if (value < 0) return `a count cannot be negative (${value})`
      if (!Number.isInteger(value)) return `a count must be a whole number (${value})`
      return null
    case 'percent':
      if (value < 0 || value > 100) return `a percentage must lie between 0 and 100 (${value})`
      return null
    case 'score':
      return null
    case 'average':
    case 'rate':
    case 'ratio':
    case 'amount':
      if (value < 0) return `a ${kind} cannot be negative (${value})`
      return null
  }
}
