// Adapter for Explore Education Statistics CSV files (DfE's standard open-data layout), also used
// for the NCCIS NEET files, which follow it. Reads the measure columns it is told to, for the
// breakdown rows it is told to keep, and turns each cell into an observation.
import type { ReadInput, ReadResult } from './adapter.ts'
import { readEesRows } from './ees-rows.ts'
import { parseCell } from './missing.ts'
import { checkValue, type MeasureKind, type Observation } from './observation.ts'

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
  const measureNames = Object.keys(spec.measures)
  const observations: Observation[] = []
  const selection = { valueColumns: measureNames, breakdownColumns: spec.breakdownColumns, keep: spec.keep }
  const account = readEesRows(input, selection, (row, book) => {
    for (const measure of measureNames) {
      const parsed = parseCell(row.cell(measure))
      if ('problem' in parsed) throw row.at(measure, parsed.problem)
      if (parsed.value !== null) {
        const wrong = checkValue(spec.measures[measure]!, parsed.value)
        if (wrong) throw row.at(measure, wrong)
      }
      observations.push({
        source: input.sourceId,
        line: row.line,
        areaCode: row.resolved.area.code,
        areaType: row.resolved.area.type,
        period: row.period.id,
        periodKind: row.period.kind,
        measure,
        breakdown: row.breakdown,
        value: parsed.value,
        missing: parsed.missing,
      })
      book.observed(parsed.missing)
    }
  })
  return { observations, account }
}
