// Adapter for ONS's lower-tier to upper-tier local authority lookups: which council area each
// district belongs to. Two layouts are read: the April 2023 lookup (LTLA23CD, LTLA23NM,
// UTLA23CD, UTLA23NM) and the 2014 lookup (ltlacd, ltlanm, ctycd, ctynm: a blank county means
// the district is itself upper tier). English rows only; anything else is counted and set aside.
import { SourceDataError } from '../errors.ts'
import { AccountBook } from './accounts.ts'
import type { ReadInput } from './adapter.ts'
import { readCsvFile, requireColumns } from '../files/csv-file.ts'
import type { SourceAccount } from '../../contract/schemas.ts'

export interface DistrictRow {
  districtCode: string
  districtName: string
  /** The upper-tier area the district was part of when the lookup was made. */
  upperCode: string
  upperName: string
}

const CODE = /^E\d{8}$/

export function readDistrictLookup(input: Pick<ReadInput, 'sourceId' | 'path' | 'displayName'>): {
  rows: DistrictRow[]
  account: SourceAccount
} {
  const table = readCsvFile(input.path, input.displayName)
  const book = new AccountBook(input.sourceId, input.displayName)
  const layout2023 = table.header.includes('LTLA23CD')
  const col = layout2023
    ? requireColumns(table, ['LTLA23CD', 'LTLA23NM', 'UTLA23CD', 'UTLA23NM'])
    : requireColumns(table, ['ltlacd', 'ltlanm', 'ctycd', 'ctynm'])
  const [dc, dn, uc, un] = Object.values(col) as [number, number, number, number]
  const rows: DistrictRow[] = []
  for (const { line, cells } of table.rows) {
    book.read()
    const districtCode = cells[dc]!.trim()
    if (!districtCode.startsWith('E')) {
      book.setAside('not in England')
      continue
    }
    const upper = cells[uc]!.trim()
    const upperCode = upper === '' ? districtCode : upper
    for (const [code, column] of [
      [districtCode, table.header[dc]!],
      [upperCode, table.header[uc]!],
    ] as const)
      if (!CODE.test(code))
        throw new SourceDataError({ file: input.displayName, row: line, column }, `"${code}" is not an ONS area code (E and 8 digits)`)
    const districtName = cells[dn]!.trim()
    if (districtName === '')
      throw new SourceDataError({ file: input.displayName, row: line, column: table.header[dn]! }, 'empty district name')
    rows.push({ districtCode, districtName, upperCode, upperName: upper === '' ? districtName : cells[un]!.trim() })
    book.use()
  }
  if (rows.length === 0) throw new SourceDataError({ file: input.displayName }, 'no English districts in the lookup')
  return { rows, account: book.close() }
}
