// Adapter for the Education and Skills Funding Agency's dedicated schools grant (DSG) allocation
// workbooks (ODS): the "Allocations_summary" sheet, one row per LA by DfE number, an ENGLAND row
// and a row per region. Columns are found by their heading and their letter reference ("[C]"),
// because the sheet repeats each heading before and after deductions.
import { SourceDataError } from '../errors.ts'
import { resolveOldLaCode } from '../geography/harmonise.ts'
import { AccountBook } from './accounts.ts'
import type { ReadInput, ReadResult } from './adapter.ts'
import { nameIndex } from './area-names.ts'
import type { Observation } from './observation.ts'
import { readOdsFile, sheetByName } from '../files/ods-file.ts'
import { columnLetter } from './ons-population.ts'

export interface DsgOdsSpec {
  format: 'dsg-ods'
  sheet: string
  /** The financial year the workbook allocates, as its title writes it ("2022 to 2023"); checked. */
  financialYear: string
  /** Measure id -> the column's heading and letter reference. */
  measures: Readonly<Record<string, { heading: string; reference: string }>>
}

export function readDsgOds(input: ReadInput, spec: DsgOdsSpec): ReadResult {
  const file = `${input.displayName} (sheet ${spec.sheet})`
  const sheet = sheetByName(readOdsFile(input.path, input.displayName), spec.sheet, input.displayName)
  const title = sheet.rows[0]
  if (!title || !title.cells[0]?.includes(spec.financialYear))
    throw new SourceDataError(
      { file, row: title?.row ?? 1, column: 'A' },
      `expected the title to name the financial year ${spec.financialYear}, found "${title?.cells[0] ?? ''}"`,
    )
  const headingRow = sheet.rows.find((r) => Object.values(spec.measures).some((m) => r.cells.includes(m.heading)))
  const referenceRow = sheet.rows.find((r) => r.cells.some((c) => /^\[[A-Z]\]$/.test(c.trim())))
  if (!headingRow || !referenceRow)
    throw new SourceDataError({ file }, 'no header rows with column headings and letter references ([A], [B] ...)')
  const columns: Array<[string, number]> = Object.entries(spec.measures).map(([measure, { heading, reference }]) => {
    const index = referenceRow.cells.findIndex((c) => c.trim() === reference)
    if (index < 0 || headingRow.cells[index]?.trim() !== heading)
      throw new SourceDataError(
        { file, row: headingRow.row, column: heading },
        `required column is missing (heading "${heading}" above ${reference})`,
      )
    return [measure, index]
  })
  const names = nameIndex(input.geography)
  const book = new AccountBook(input.sourceId, input.displayName)
  const observations: Observation[] = []
  const period = `${spec.financialYear.slice(0, 4)}${spec.financialYear.slice(-2)}`
  const seen = new Map<string, { row: number; values: string }>()
  for (const { row, cells } of sheet.rows.filter((r) => r.row > referenceRow.row)) {
    const first = (cells[0] ?? '').trim()
    book.read()
    if (first === '') {
      book.setAside('a row with no area (the formulas under the headings, or notes)')
      continue
    }
    const area =
      first === 'ENGLAND'
        ? input.geography.england
        : /^\d{3}$/.test(first)
          ? resolveOldLaCode(input.geography, first)?.area
          : names.region(first)
    if (!area) {
      if (/^\d{3}$/.test(first)) throw new SourceDataError({ file, row, column: 'A' }, `unknown LA number "${first}"`)
      book.setAside(`row "${first}" is neither an LA, a region nor England`)
      continue
    }
    // London is printed twice: among the totals by type of authority and among the regions.
    const values = columns.map(([, index]) => cells[index] ?? '').join('\u0000')
    const earlier = seen.get(area.code)
    if (earlier !== undefined) {
      if (earlier.values !== values)
        throw new SourceDataError(
          { file, row, column: 'A' },
          `a second row for ${area.name} with different figures (first at row ${earlier.row})`,
        )
      book.setAside('a repeat of an earlier row')
      continue
    }
    seen.set(area.code, { row, values })
    for (const [measure, index] of columns) {
      const raw = (cells[index] ?? '').trim()
      if (!/^\d+(\.\d+)?$/.test(raw))
        throw new SourceDataError({ file, row, column: columnLetter(index) }, `expected an amount in pounds, found "${raw}"`)
      observations.push({
        source: input.sourceId,
        line: row,
        areaCode: area.code,
        areaType: area.type,
        period,
        periodKind: 'financial_year',
        measure,
        breakdown: '',
        value: Number(raw),
        missing: null,
      })
      book.observed(null)
    }
    book.use()
  }
  return { observations, account: book.close() }
}
