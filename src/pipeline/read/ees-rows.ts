// The row loop every reader of Explore Education Statistics-shaped files shares: it keeps the rows
// a spec asks for, resolves each row's area and period, builds its breakdown key, applies the one
// rule for duplicate rows and keeps the accounts. A reader only turns a resolved row's cells into
// observations.
import { SourceDataError } from '../errors.ts'
import type { Resolved } from '../geography/harmonise.ts'
import { AccountBook } from './accounts.ts'
import type { ReadInput } from './adapter.ts'
import { readCsvFile, requireColumns } from '../files/csv-file.ts'
import { eesGeographyResolver } from './ees-geography.ts'
import { breakdownKey } from './observation.ts'
import { parsePeriod, type Period } from './periods.ts'
import type { SourceAccount } from '../../contract/schemas.ts'

export interface EesRowSelection {
  /** Columns whose cells the reader uses: they must exist, and they decide whether two rows agree. */
  valueColumns: readonly string[]
  /** Filter columns whose values identify the breakdown, in this order. */
  breakdownColumns?: readonly string[] | undefined
  /** Keep only rows whose column holds one of these values; other rows are set aside. */
  keep?: Readonly<Record<string, readonly string[]>> | undefined
  /** Other columns the reader looks at (they must exist; they do not decide whether two rows agree). */
  otherColumns?: readonly string[] | undefined
}

export interface EesRow {
  line: number
  resolved: Resolved
  period: Period
  breakdown: string
  /** The cell of a value column or another column the selection names. */
  cell(column: string): string
  /** An error located at this row and a column. */
  at(column: string, message: string): SourceDataError
}

/**
 * Calls `visit` once for every row kept, in file order, and returns the accounts. The rule for
 * duplicates: a second row for the same area, period and breakdown is set aside when its value
 * cells are identical to the first's and stops the read when they differ (which of two different
 * figures is right cannot be guessed). `visit` records each observation it makes in the book.
 */
export function readEesRows(input: ReadInput, selection: EesRowSelection, visit: (row: EesRow, book: AccountBook) => void): SourceAccount {
  const table = readCsvFile(input.path, input.displayName)
  const book = new AccountBook(input.sourceId, input.displayName)
  const breakdownColumns = selection.breakdownColumns ?? []
  const keep = selection.keep ?? {}
  const keepColumns = Object.keys(keep)
  const col: Record<string, number> = requireColumns(table, [
    'time_period',
    'time_identifier',
    ...selection.valueColumns,
    ...breakdownColumns,
    ...keepColumns,
    ...(selection.otherColumns ?? []),
  ])
  const area = eesGeographyResolver(table, input.geography)
  const seen = new Map<string, { line: number; values: string }>()

  for (const { line, cells } of table.rows) {
    book.read()
    const at = (column: string, message: string) => new SourceDataError({ file: input.displayName, row: line, column }, message)
    const rejectedBy = keepColumns.find((c) => !keep[c]!.includes(cells[col[c]!]!))
    if (rejectedBy !== undefined) {
      book.setAside(`${rejectedBy} "${cells[col[rejectedBy]!]}" not used`)
      continue
    }
    const geo = area(cells)
    if (geo.kind === 'set-aside') {
      book.setAside(geo.reason)
      continue
    }
    if (geo.kind === 'problem') throw at(geo.column, geo.message)
    const resolved = geo.resolved
    const period = parsePeriod(cells[col.time_period!]!, cells[col.time_identifier!]!)
    if (typeof period === 'string') throw at(period.startsWith('unknown time_identifier') ? 'time_identifier' : 'time_period', period)
    const breakdown = breakdownKey(breakdownColumns.map((c) => [c, cells[col[c]!]!.trim()] as const))

    const key = `${resolved.area.code}|${period.kind}|${period.id}|${breakdown}`
    const values = selection.valueColumns.map((c) => cells[col[c]!]).join('\u0000')
    const earlier = seen.get(key)
    if (earlier) {
      if (earlier.values === values) {
        book.setAside('duplicate of an earlier row')
        continue
      }
      throw at(
        'time_period',
        `a second row for ${resolved.area.name} (${resolved.area.code}), ${period.id}${breakdown ? `, ${breakdown}` : ''} with different values (first at row ${earlier.line})`,
      )
    }
    seen.set(key, { line, values })

    if (resolved.recode) book.recoded(`${resolved.recode.fromCode} counted as ${resolved.area.name} (${resolved.recode.toCode})`)
    visit({ line, resolved, period, breakdown, cell: (column) => cells[col[column]!]!, at }, book)
    book.use()
  }
  return book.close()
}
