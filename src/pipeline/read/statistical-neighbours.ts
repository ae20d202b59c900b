// Adapter for DfE's children's services statistical neighbours (wide table: one row per LA, its ten
// neighbours SN_1..SN_10 by 3-digit LA number, each with a closeness label SN_nP).
import { SourceDataError } from '../errors.ts'
import { resolveOldLaCode } from '../geography/harmonise.ts'
import { AccountBook } from './accounts.ts'
import type { ReadInput } from './adapter.ts'
import { readCsvFile, requireColumns } from '../files/csv-file.ts'
import type { SourceAccount } from '../../contract/schemas.ts'

export interface Neighbour {
  code: string
  rank: number
  closeness: string
}

export interface NeighboursResult {
  /** Current LA code -> its neighbours in rank order. */
  neighbours: Map<string, Neighbour[]>
  account: SourceAccount
}

const NEIGHBOUR_COUNT = 10

export function readStatisticalNeighbours(input: ReadInput): NeighboursResult {
  const table = readCsvFile(input.path, input.displayName)
  const book = new AccountBook(input.sourceId, input.displayName)
  const rankColumns = Array.from({ length: NEIGHBOUR_COUNT }, (_, i) => [`SN_${i + 1}`, `SN_${i + 1}P`] as const)
  const col = requireColumns(table, ['old_la_code', ...rankColumns.flat()])
  const neighbours = new Map<string, Neighbour[]>()
  const currentLa = (number: string, line: number, column: string) => {
    const resolved = resolveOldLaCode(input.geography, number.trim())
    if (resolved?.area.type !== 'la') {
      throw new SourceDataError(
        { file: input.displayName, row: line, column },
        `"${number}" is not the number of a current local authority`,
      )
    }
    return resolved.area
  }
  for (const { line, cells } of table.rows) {
    book.read()
    const la = currentLa(cells[col.old_la_code]!, line, 'old_la_code')
    if (neighbours.has(la.code))
      throw new SourceDataError({ file: input.displayName, row: line, column: 'old_la_code' }, `${la.name} appears twice`)
    const list = rankColumns.map(([numberCol, closenessCol], i) => ({
      code: currentLa(cells[col[numberCol]!]!, line, numberCol).code,
      rank: i + 1,
      closeness: cells[col[closenessCol]!]!.trim(),
    }))
    if (list.some((n) => n.code === la.code))
      throw new SourceDataError({ file: input.displayName, row: line }, `${la.name} is listed as its own neighbour`)
    neighbours.set(la.code, list)
    book.use()
  }
  return { neighbours, account: book.close() }
}
