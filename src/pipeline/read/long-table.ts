// Adapters for the two long-format derived extracts: one row per area, period, breakdown and
// measure, with the measure named in one column and its value in another.
//  - d2i-long: Data to Insight's extracts of DfE suspensions/exclusions and absence by SEN status
//    (LA rows only, keyed by new_la_code; the region column is ignored because it mixes London
//    codes; regions come from the geography tables).
//  - lait-long: DfE's Local Authority Interactive Tool, keyed by 3-digit LA number (970 England,
//    980-990 regions), with years written "2025" (a January census) or "2023/24".
import { SourceDataError } from '../errors.ts'
import { resolveCode, resolveOldLaCode, type Resolved } from '../geography/harmonise.ts'
import { AccountBook } from './accounts.ts'
import type { ReadInput, ReadResult } from './adapter.ts'
import { readCsvFile, requireColumns } from './csv-file.ts'
import { parseCell, type MissingReason } from './missing.ts'
import { breakdownKey, checkValue, type MeasureKind, type Observation } from './observation.ts'
import { academicYearOfJanuary, parsePeriod, type Period } from './periods.ts'

export interface D2iLongSpec {
  format: 'd2i-long'
  measures: Readonly<Record<string, MeasureKind>>
  breakdownColumns: readonly string[]
  keep?: Readonly<Record<string, readonly string[]>>
}

/** How LAIT writes the year of a measure. */
export type LaitYears = 'january-census' | 'academic-year'
export interface LaitLongSpec {
  format: 'lait-long'
  measures: Readonly<Record<string, { kind: MeasureKind; years: LaitYears }>>
}

interface LongLayout {
  measureColumn: string
  valueColumn: string
  extraColumns: readonly string[]
  symbols?: Readonly<Record<string, MissingReason>>
  /** Area of a row, or a reason to set it aside, or a problem (column + message). */
  area(cells: string[], col: Record<string, number>): Resolved | { setAside: string } | { column: string; problem: string }
  period(cells: string[], col: Record<string, number>, measure: string): Period | { column: string; problem: string }
  breakdown(cells: string[], col: Record<string, number>): string
  kind(measure: string): MeasureKind | undefined
  keep?: Readonly<Record<string, readonly string[]>>
}

function readLongTable(input: ReadInput, layout: LongLayout): ReadResult {
  const table = readCsvFile(input.path, input.displayName)
  const book = new AccountBook(input.sourceId, input.displayName)
  const keepColumns = Object.keys(layout.keep ?? {})
  const col = requireColumns(table, [layout.measureColumn, layout.valueColumn, ...layout.extraColumns, ...keepColumns]) as Record<
    string,
    number
  >
  const observations: Observation[] = []
  const seen = new Map<string, number>()
  for (const { line, cells } of table.rows) {
    book.read()
    const at = (column: string, message: string) => new SourceDataError({ file: input.displayName, row: line, column }, message)
    const rejectedBy = keepColumns.find((c) => !layout.keep![c]!.includes(cells[col[c]!]!))
    if (rejectedBy !== undefined) {
      book.setAside(`${rejectedBy} "${cells[col[rejectedBy]!]}" not used`)
      continue
    }
    const measure = cells[col[layout.measureColumn]!]!.trim()
    const kind = layout.kind(measure)
    if (!kind) {
      book.setAside(`${layout.measureColumn} "${measure}" not used`)
      continue
    }
    const area = layout.area(cells, col)
    if ('setAside' in area) {
      book.setAside(area.setAside)
      continue
    }
    if ('problem' in area) throw at(area.column, area.problem)
    const period = layout.period(cells, col, measure)
    if ('problem' in period) throw at(period.column, period.problem)
    const breakdown = layout.breakdown(cells, col)
    const key = `${area.area.code}|${period.kind}|${period.id}|${breakdown}|${measure}`
    const raw = cells[col[layout.valueColumn]!]!
    const earlier = seen.get(key)
    if (earlier !== undefined)
      throw at(
        layout.measureColumn,
        `a second row for ${area.area.name}, ${period.id}, ${breakdown || 'total'}, ${measure} (first at row ${earlier})`,
      )
    seen.set(key, line)
    const parsed = parseCell(raw, layout.symbols)
    if ('problem' in parsed) throw at(layout.valueColumn, parsed.problem)
    if (parsed.value !== null) {
      const wrong = checkValue(kind, parsed.value)
      if (wrong) throw at(layout.valueColumn, wrong)
    }
    if (area.recode) book.recoded(`${area.recode.fromCode} counted as ${area.area.name} (${area.recode.toCode})`)
    observations.push({
      source: input.sourceId,
      line,
      areaCode: area.area.code,
      areaType: area.area.type,
      period: period.id,
      periodKind: period.kind,
      measure,
      breakdown,
      value: parsed.value,
      missing: parsed.missing,
    })
    book.observed(parsed.missing)
    book.use()
  }
  return { observations, account: book.close() }
}

export function readD2iLong(input: ReadInput, spec: D2iLongSpec): ReadResult {
  return readLongTable(input, {
    measureColumn: 'metric',
    valueColumn: 'value',
    extraColumns: ['time_period', 'time_identifier', 'new_la_code', ...spec.breakdownColumns],
    ...(spec.keep ? { keep: spec.keep } : {}),
    kind: (m) => spec.measures[m],
    area(cells, col) {
      const code = cells[col.new_la_code!]!.trim()
      const resolved = resolveCode(input.geography, code)
      if (!resolved || (resolved.area.type !== 'la' && resolved.area.type !== 'former_la')) {
        return { column: 'new_la_code', problem: `unknown local authority code "${code}"` }
      }
      return resolved
    },
    period(cells, col) {
      const p = parsePeriod(cells[col.time_period!]!, cells[col.time_identifier!]!)
      return typeof p === 'string' ? { column: 'time_period', problem: p } : p
    },
    breakdown: (cells, col) => breakdownKey(spec.breakdownColumns.map((c) => [c, cells[col[c]!]!.trim()] as const)),
  })
}

const LAIT_SUB_REGIONS = new Set(['987', '988']) // London (Inner), London (Outer)

export function readLaitLong(input: ReadInput, spec: LaitLongSpec): ReadResult {
  return readLongTable(input, {
    measureColumn: 'Short Desc',
    valueColumn: 'Values',
    extraColumns: ['Years', 'LA Number'],
    symbols: { '-': 'not_available' },
    kind: (m) => spec.measures[m]?.kind,
    area(cells, col) {
      const raw = cells[col['LA Number']!]!.trim()
      const number = raw.replace(/\.0$/, '')
      if (LAIT_SUB_REGIONS.has(number)) return { setAside: 'Inner or Outer London (not one of the 9 regions)' }
      const resolved = /^\d{3}$/.test(number) ? resolveOldLaCode(input.geography, number) : undefined
      return resolved ?? { column: 'LA Number', problem: `unknown LA number "${raw}"` }
    },
    period(cells, col, measure) {
      const years = cells[col.Years!]!.trim()
      if (spec.measures[measure]!.years === 'january-census') {
        return /^\d{4}$/.test(years)
          ? { id: academicYearOfJanuary(Number(years)), kind: 'academic_year' }
          : { column: 'Years', problem: `expected a census year like 2025, found "${years}"` }
      }
      const m = /^(\d{4})\/(\d{2})$/.exec(years)
      if (!m) return { column: 'Years', problem: `expected an academic year like 2023/24, found "${years}"` }
      const p = parsePeriod(`${m[1]}${m[2]}`, 'Academic year')
      return typeof p === 'string' ? { column: 'Years', problem: p } : p
    },
    breakdown: () => '',
  })
}
