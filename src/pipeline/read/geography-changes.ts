// Adapter for the ONS table of local authority geography changes. The dashboard does not take its
// harmonisation from this table (it lists combined authorities and Scottish areas, and gives no
// successors for terminated counties); it uses it to check that the project's own code-change
// table knows every change to an upper-tier English LA code.
import { SourceDataError } from '../errors.ts'
import type { Geography } from '../geography/areas.ts'
import { AccountBook } from './accounts.ts'
import type { ReadInput } from './adapter.ts'
import { readCsvFile, requireColumns } from '../files/csv-file.ts'
import type { SourceAccount } from '../../contract/schemas.ts'

export interface GeographyChange {
  line: number
  oldCode: string
  oldName: string
  newCode: string
  type: string
  year: string
}

const UPPER_TIER = /^E(06|08|09|10)\d{6}$/
/** ONS change types that end or replace an area's code ("new_geo" only adds a grouping). */
const CODE_ENDING = new Set(['merger', 'termination', 'new_code', 'split'])

export function readGeographyChanges(input: ReadInput): { changes: GeographyChange[]; account: SourceAccount } {
  const table = readCsvFile(input.path, input.displayName)
  const book = new AccountBook(input.sourceId, input.displayName)
  const col = requireColumns(table, ['oldcd', 'oldnm', 'newcd', 'type', 'start'])
  const changes: GeographyChange[] = []
  for (const { line, cells } of table.rows) {
    book.read()
    const oldCode = cells[col.oldcd]!.trim()
    const type = cells[col.type]!.trim()
    if (!UPPER_TIER.test(oldCode)) {
      book.setAside('not an upper-tier English local authority')
      continue
    }
    if (!CODE_ENDING.has(type)) {
      book.setAside(`change type "${type}" does not change an LA code`)
      continue
    }
    changes.push({ line, oldCode, oldName: cells[col.oldnm]!, newCode: cells[col.newcd]!.trim(), type, year: cells[col.start]!.trim() })
    book.use()
  }
  return { changes, account: book.close() }
}

/** Every upper-tier code that ONS says ended must be a recode or a former LA in our table. */
export function checkGeographyChanges(changes: GeographyChange[], geography: Geography, displayName: string): void {
  for (const c of changes) {
    const known = geography.recodeFrom.get(c.oldCode) ?? geography.former.find((f) => f.code === c.oldCode)
    if (!known) {
      throw new SourceDataError(
        { file: displayName, row: c.line, column: 'oldcd' },
        `ONS lists a ${c.type} of ${c.oldName} (${c.oldCode}) in ${c.year}, which data/geography/code-changes.csv does not cover; add it there`,
      )
    }
    if (c.newCode !== '' && UPPER_TIER.test(c.newCode)) {
      const target = 'toCode' in known ? [known.toCode] : known.successorCodes
      if (!target.includes(c.newCode)) {
        throw new SourceDataError(
          { file: displayName, row: c.line, column: 'newcd' },
          `ONS maps ${c.oldCode} to ${c.newCode}, but data/geography/code-changes.csv maps it to ${target.join(' and ')}`,
        )
      }
    }
  }
}
