import type { Unit } from '../contract/vocabulary.ts'
// Number formatting shared by charts and pages, so a figure reads the same in a chart label, its
// aria-label and the table next to it.

export type { Unit }

/** U+2212: screen readers say "minus" for it, and it lines up with the digits. */
const MINUS = '\u2212'

/** en-GB digits; signDisplay 'negative' keeps a value that rounds to zero from showing as "-0.0". */
const numberFormat = (minDecimals: number, maxDecimals: number) =>
  new Intl.NumberFormat('en-GB', { minimumFractionDigits: minDecimals, maximumFractionDigits: maxDecimals, signDisplay: 'negative' })

/** Made once: a formatter costs far more to make than to use. Index = decimals (0 to 6). */
const FIXED = Array.from({ length: 7 }, (_, d) => numberFormat(d, d))
const UP_TO_TWO = numberFormat(0, 2)

/**
 * en-GB digits with thousands separators: 12345 -> "12,345"; -2.5 -> "−2.5".
 * With `decimals`, exactly that many decimals; without, integers as they are and up to 2 decimals.
 * Throws on NaN and infinities: a missing figure must be said in words, never shown as a number.
 */
export function formatNumber(n: number, decimals?: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`cannot format ${n} as a number`)
  const f = decimals === undefined ? UP_TO_TWO : FIXED[decimals]
  if (f === undefined) throw new RangeError(`decimals must be an integer from 0 to 6, got ${decimals}`)
  return f.format(n).replace('-', MINUS)
}

/** The full form, for sentences, tables and labels: "43.6%", "36.4 per 1,000", "2.5×". */
export function formatValue(value: number, unit: Unit, decimals: number): string {
  const n = formatNumber(value, decimals)
  switch (unit) {
    case 'percent':
      return `${n}%`
    case 'per_1000':
      return `${n} per 1,000`
    case 'per_10000':
      return `${n} per 10,000`
    case 'per_100_pupils':
      return `${n} per 100 pupils`
    case 'ratio':
      return `${n}×`
    case 'percentage_points':
      return `${n} percentage points`
    case 'score':
      return n
    case 'gbp_per_head':
      return `£${n} per head`
    case 'gbp_per_plan_per_week':
      return `£${n} per child with a plan, per week`
  }
}

/** A shorter form for labels inside charts, where width is tight: "3.2 per 100", "£180 a week". */
export function formatValueShort(value: number, unit: Unit, decimals: number): string {
  if (unit === 'per_100_pupils') return `${formatNumber(value, decimals)} per 100`
  if (unit === 'percentage_points') return `${formatNumber(value, decimals)} points`
  if (unit === 'gbp_per_plan_per_week') return `£${formatNumber(value, decimals)} a week`
  return formatValue(value, unit, decimals)
}

/** An axis tick: the symbol stays on ticks for % and ×; rates put their unit in the axis title. */
export function formatTick(value: number, unit: Unit, decimals: number): string {
  const n = formatNumber(value, decimals)
  if (unit === 'percent') return `${n}%`
  if (unit === 'ratio') return `${n}×`
  return n
}

/** The axis title for units whose ticks are bare numbers; null when the ticks carry the unit. */
export function unitAxisLabel(unit: Unit): string | null {
  switch (unit) {
    case 'per_1000':
      return 'per 1,000'
    case 'per_10000':
      return 'per 10,000'
    case 'per_100_pupils':
      return 'per 100 pupils'
    case 'percentage_points':
      return 'percentage points'
    case 'score':
      return 'score'
    case 'gbp_per_head':
      return '£ per head'
    case 'gbp_per_plan_per_week':
      return '£ per child with a plan, per week'
    case 'percent':
    case 'ratio':
      return null
  }
}

/** Decimals that tell evenly spaced ticks apart (step 2.5 -> 1, step 10 -> 0). */
export function tickDecimals(step: number): number {
  if (!(step > 0) || !Number.isFinite(step)) return 0
  for (let d = 0; d < 6; d++) {
    const scaled = step * 10 ** d
    if (Math.abs(Math.round(scaled) - scaled) < 1e-6) return d
  }
  return 6
}
