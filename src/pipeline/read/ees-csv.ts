// Adapter for Explore Education Statistics CSV files (DfE's standard open-data layout), also used
// for the NCCIS NEET files, which follow it. Reads the measure columns it is told to, for the
// breakdown rows it is told to keep, and turns each cell into an observation.
import { SourceDataError } from '../errors.ts'
import { AccountBook } from './accounts.ts'
import type { ReadInput, ReadResult } from './adapter.ts'
import { readCsvFile, requireColumns } from './csv-file.ts'
import { eesGeographyResolver } from './ees-geography.ts'
import { parseCell } from './missing.ts'
import { breakdownKey, checkValue, type MeasureKind, type Observation } from './observation.ts'
import { parsePeriod } from './periods.ts'

export interface EesCsvSpec {
  format: 'ees-csv'
  /** Measure columns to read and what their values must look like. */
  measures: Readonly<Record<string, MeasureKind>>
  /** Filter columns whose values identify the breakdown (become the observation's breakdown). */
  breakdownColumns?: readonly string[]
  /** Keep only rows whose column holds one of these values; other rows are set aside. */
  keep?: Readonly<Record<string, readonly string[]>>
}

export function readEesCsv(input: ReadInput, spec: EesCsvSpec): ReadResult {
  const table = readCsvFile(input.path, input.displayName)
  const book = new AccountBook(input.sourceId, input.displayName)
  const measureNames = Object.keys(spec.measures)
  const breakdownColumns = spec.breakdownColumns ?? []
  const keepColumns = Object.keys(spec.keep ?? {})
  const col = requireColumns(table, ['time_period', 'time_identifier', ...measureNames, ...breakdownColumns, ...keepColumns])
  const area = eesGeographyResolver(table, input.geography)
  const observations: Observation[] = []
  const seen = new Map<string, { line: number; cells: string }>()

  for (const { line, cells } of table.rows) {
    book.read()
    const at = (column: string, message: string) => new SourceDataError({ file: input.displayName, row: line, column }, message)
    const rejectedBy = keepColumns.find((c) => !spec.keep![c]!.includes(cells[col[c]!]!))
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
    const { id: periodId, kind: periodKind } = period
    const breakdown = breakdownKey(breakdownColumns.map((c) => [c, cells[col[c]!]!.trim()] as const))

    // The same area, period and breakdown twice: identical rows are set aside, conflicting ones stop.
    const key = `${resolved.area.code}|${periodKind}|${periodId}|${breakdown}`
    const values = measureNames.map((m) => cells[col[m]!]).join('\u0000')
    const earlier = seen.get(key)
    if (earlier) {
      if (earlier.cells === values) {
        book.setAside('duplicate of an earlier row')
        continue
      }
      throw at(
        'time_period',
        `a second row for ${resolved.area.name} (${resolved.area.code}), ${periodId}${breakdown ? `, ${breakdown}` : ''} with different values (first at row ${earlier.line})`,
      )
    }
    seen.set(key, { line, cells: values })

    if (resolved.recode) book.recoded(`${resolved.recode.fromCode} counted as ${resolved.area.name} (${resolved.recode.toCode})`)
    for (const measure of measureNames) {
      const raw = cells[col[measure]!]!
      const parsed = parseCell(raw)
      if ('problem' in parsed) throw at(measure, parsed.problem)
      if (parsed.value !== null) {
        const wrong = checkValue(spec.measures[measure]!, parsed.value)
        if (wrong) throw at(measure, wrong)
      }
      observations.push({
        source: input.sourceId,
        line,
        areaCode: resolved.area.code,
        areaType: resolved.area.type,
        period: periodId,
        periodKind,
        measure,
        breakdown,
        value: parsed.value,
        missing: parsed.missing,
      })
      book.observed(parsed.missing)
    }
    book.use()
  }
  return { observations, account: book.close() }
}
