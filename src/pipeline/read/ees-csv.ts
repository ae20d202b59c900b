// Adapter for Explore Education Statistics CSV files (DfE's standard open-data layout), also used
// for the NCCIS NEET files, which follow it. Reads the measure columns it is told to, for the
// breakdown rows it is told to keep, and turns each cell into an observation.
import { SourceDataError } from '../errors.ts'
import type { ReadInput, ReadResult } from './adapter.ts'
import { readEesRows, type EesRow } from './ees-rows.ts'
import { parseCell, type Parsed } from './missing.ts'
import { checkValue, type MeasureKind, type Observation } from './observation.ts'

/**
 * A figure the publisher printed wrongly in some rows (shown to be wrong by its own other figures):
 * read as missing, with the reason "publisher_error", instead of as a number. Only cells holding
 * exactly the printed figure are affected, and a rule that no longer matches any cell stops the
 * read, so that a corrected release is not overridden silently.
 */
export interface PublisherError {
  measure: string
  /** The wrong figure as printed. */
  printed: string
  /** The rows it is printed in: a column and the values it holds there. */
  rows: Readonly<Record<string, readonly string[]>>
  /** What is wrong, for the error message if the rule goes stale (the metric's caveats tell users). */
  why: string
}

/**
 * Rows the publisher prints although they count only part of an area's figures (an LA that could
 * return only its totals that year, whose rows of one breakdown still hold a few of its plans):
 * every measure in them is read as an incomplete return instead of as a number. A rule that no
 * longer matches any row stops the read, as a stale publisher error does.
 */
export interface IncompleteRows {
  /** The rows: a column and the values it holds there. */
  rows: Readonly<Record<string, readonly string[]>>
  /** Why they are incomplete, for the error message if the rule goes stale (the metric's caveats tell users). */
  why: string
}

export interface EesCsvSpec {
  format: 'ees-csv'
  /** Measure columns to read and what their values must look like. */
  measures: Readonly<Record<string, MeasureKind>>
  /** Filter columns whose values identify the breakdown (become the observation's breakdown). */
  breakdownColumns?: readonly string[]
  /** Keep only rows whose column holds one of these values; other rows are set aside. */
  keep?: Readonly<Record<string, readonly string[]>>
  publisherErrors?: readonly PublisherError[]
  incompleteRows?: readonly IncompleteRows[]
}

function knownError(errors: readonly PublisherError[], measure: string, row: EesRow): PublisherError | undefined {
  return errors.find(
    (e) =>
      e.measure === measure &&
      row.cell(measure).trim() === e.printed &&
      Object.entries(e.rows).every(([column, values]) => values.includes(row.cell(column).trim())),
  )
}

export function readEesCsv(input: ReadInput, spec: EesCsvSpec): ReadResult {
  const measureNames = Object.keys(spec.measures)
  const observations: Observation[] = []
  const errors = spec.publisherErrors ?? []
  const matched = new Set<PublisherError>()
  const incomplete = spec.incompleteRows ?? []
  const incompleteMatched = new Set<IncompleteRows>()
  const selection = {
    valueColumns: measureNames,
    breakdownColumns: spec.breakdownColumns,
    keep: spec.keep,
    otherColumns: [...errors.flatMap((e) => Object.keys(e.rows)), ...incomplete.flatMap((r) => Object.keys(r.rows))],
  }
  const account = readEesRows(input, selection, (row, book) => {
    const partial = incomplete.find((r) => Object.entries(r.rows).every(([column, values]) => values.includes(row.cell(column).trim())))
    if (partial) incompleteMatched.add(partial)
    for (const measure of measureNames) {
      const error = knownError(errors, measure, row)
      if (error) matched.add(error)
      const parsed: Parsed = error
        ? { value: null, missing: 'publisher_error' }
        : partial
          ? { value: null, missing: 'incomplete_return' }
          : parseCell(row.cell(measure))
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
  for (const e of errors) {
    if (!matched.has(e))
      throw new SourceDataError(
        { file: input.displayName, column: e.measure },
        `the known publisher error "${e.why}" (${e.printed}) is no longer in the file: the publisher may have corrected it, so remove the rule from the source's read spec`,
      )
  }
  for (const r of incomplete) {
    if (!incompleteMatched.has(r))
      throw new SourceDataError(
        { file: input.displayName },
        `the rows known to be incomplete ("${r.why}") are no longer in the file: the publisher may have completed them, so remove the rule from the source's read spec`,
      )
  }
  return { observations, account }
}
