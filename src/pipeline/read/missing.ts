// Why a value is missing. A missing value is never a zero: it carries one of these reasons all the
// way to the page, which says it in words.
export const MISSING_REASONS = {
  not_applicable: 'not applicable',
  not_available: 'not available from the publisher',
  suppressed: 'suppressed by the publisher to protect confidentiality',
  low_reliability: 'withheld by the publisher as unreliable',
  below_half: 'a positive value that rounds to zero (below 0.5)',
  not_published: 'not published for this area',
  not_collected: 'not collected in this period',
  no_denominator: 'cannot be calculated: nothing to divide by',
  area_not_in_source: 'this area has no figure in the source file for this period',
  area_not_created: 'this council did not exist yet (see its predecessor)',
  not_aggregable: 'the source gives rates only, and rates cannot be averaged into a total',
  incomplete_coverage: "cannot be totalled: some local authorities' figures are missing",
  publisher_error: "not used: the publisher's figure contradicts its own other figures (see the caveats)",
  incomplete_return: 'not used: the return looks missing or incomplete, by the rule in the caveats',
} as const

export type MissingReason = keyof typeof MISSING_REASONS

/**
 * The GSS / Explore Education Statistics symbols for missing values, as used in DfE files:
 * x unavailable, z not applicable, c confidential, u low reliability, low = rounds to 0, and the
 * older ":" for not available. Adapters for other formats add their own (see tribunal-table.ts).
 */
export const EES_MISSING_SYMBOLS: Readonly<Record<string, MissingReason>> = {
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
