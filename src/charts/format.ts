import type { Unit } from '../contract/vocabulary.ts'
// Number formatting shared by charts and pages, so a figure reads the same in a chart label, its
// aria-label and the table next to it.

export type { Unit }

/** U+2212: screen readers say "minus" for it, and it lines up with the digits. */
const MINUS = '\u2212'

const formatters = new Map<string, Intl.NumberFormat>()

function formatter(minDecimals: number, maxDecimals: number): Intl.NumberFormat {
  const key = `${minDecimals}:${maxDecimals}`
  let f = formatters.get(key)
  if (f === undefined) {
    // signDisplay 'negative' keeps a value that rounds to zero from showing as "-0.0".
    f = new Intl.NumberFormat('en-GB', {
      minimumFractionDigits: minDecimals,
      maximumFractionDigits: maxDecimals,
      signDisplay: 'negative',
    })
    formatters.set(key, f)
  }
  return f
}

function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) {
    throw new RangeError(`decimals must be an integer from 0 to 6, got ${decimals}`)
  }
}

/** "1234567" -> "1,234,567". */
function group(digits: string): string {
  const head = digits.length % 3 || 3
  let out = digits.slice(0, head)
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`
  return out
}

/**
 * A non-negative number at `decimals` decimals, as Intl.NumberFormat rounds it: the shortest
 * decimal that reads back as the number (what String() writes), rounded half away from zero. Null
 * when String() writes an exponent (below 1e-6 or from 1e21), which Intl is left to format.
 */
function fixedDecimals(n: number, decimals: number): [whole: string, fraction: string] | null {
  const text = String(n)
  if (text.includes('e')) return null
  const [whole = '', fraction = ''] = text.split('.')
  if (fraction.length <= decimals) return [whole, fraction.padEnd(decimals, '0')]
  let digits = whole + fraction.slice(0, decimals)
  if (fraction.charCodeAt(decimals) >= 53 /* "5" */) {
    // Add one in the last place, carrying through nines.
    let i = digits.length - 1
    while (i >= 0 && digits[i] === '9') i--
    digits =
      i < 0 ? `1${'0'.repeat(digits.length)}` : digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(digits.length - 1 - i)
  }
  return [digits.slice(0, digits.length - decimals), digits.slice(digits.length - decimals)]
}

/**
 * en-GB digits with thousands separators: 12345 -> "12,345"; -2.5 -> "−2.5".
 * With `decimals`, exactly that many decimals; without, integers as they are and up to 2 decimals.
 * Throws on NaN and infinities: a missing figure must be said in words, never shown as a number.
 * Written out rather than left to Intl.NumberFormat, which gives the same text several times more
 * slowly (pages and charts format hundreds of thousands of figures).
 */
export function formatNumber(n: number, decimals?: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`cannot format ${n} as a number`)
  if (decimals !== undefined) checkDecimals(decimals)
  const parts = fixedDecimals(Math.abs(n), decimals ?? 2)
  if (!parts) {
    const f = decimals === undefined ? formatter(0, 2) : formatter(decimals, decimals)
    return f.format(n).replace('-', MINUS)
  }
  const [whole, rounded] = parts
  const fraction = decimals === undefined ? rounded.replace(/0+$/, '') : rounded
  // signDisplay 'negative': a value that rounds to zero shows no sign ("0.0", not "−0.0").
  const negative = n < 0 && /[1-9]/.test(whole + fraction)
  return `${negative ? MINUS : ''}${group(whole)}${fraction === '' ? '' : `.${fraction}`}`
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
  }
}

/** A shorter form for labels inside charts, where width is tight: "3.2 per 100". */
export function formatValueShort(value: number, unit: Unit, decimals: number): string {
  if (unit === 'per_100_pupils') return `${formatNumber(value, decimals)} per 100`
  if (unit === 'percentage_points') return `${formatNumber(value, decimals)} points`
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
