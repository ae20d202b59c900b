// Reading missing-value symbols: a missing value is never a zero, it carries one of the contract's
// reasons (src/contract/vocabulary.ts) all the way to the page, which says it in words.
import type { MissingReason } from '../../contract/vocabulary.ts'

/**
 * The GSS / Explore Education Statistics symbols for missing values, as used in DfE files:
 * x unavailable, z not applicable, c confidential, u low reliability, low = rounds to 0, and the
 * older ":" for not available. Adapters for other formats add their own (see tribunal-table.ts).
 */
const EES_MISSING_SYMBOLS: Readonly<Record<string, MissingReason>> = {
  x: 'not_available',
  ':': 'not_available',
  z: 'not_applicable',
  c: 'suppressed',
  u: 'low_reliability',
  low: 'below_half',
}

export type Parsed =
  { value: number; missing: null } | { value: null; missing: MissingReason } | { value: null; missing: null; problem: string }

/**
 * Parse one published cell: a plain number (no thousands separators: EES files have none), a known
 * symbol, or an empty cell (reported as not published). Anything else is a problem for the caller
 * to report with its file, row and column.
 */
export function parseCell(raw: string, symbols: Readonly<Record<string, MissingReason>> = EES_MISSING_SYMBOLS): Parsed {
  const text = raw.trim()
  if (text === '') return { value: null, missing: 'not_published' }
  const symbol = symbols[text] ?? symbols[text.toLowerCase()]
  if (symbol) return { value: null, missing: symbol }
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return { value: Number(text), missing: null }
  return {
    value: null,
    missing: null,
    problem: `"${raw}" is neither a number nor a known missing-value symbol (${Object.keys(symbols).join(' ')})`,
  }
}
