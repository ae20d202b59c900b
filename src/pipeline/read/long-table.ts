// Adapters for the two long-format derived extracts: one row per area, period, breakdown and
// measure, with the measure named in one column and its value in another.
//  - d2i-long: Data to Insight's extracts of DfE suspensions/exclusions and absence by SEN status
//    (LA rows only, keyed by new_la_code; the region column is ignored because it mixes London
//    codes; regions come from the geography tables).
//  - lait-long: DfE's Local Authority Interactive Tool, keyed by 3-digit LA number (970 England,
//    980-990 regions). LAIT writes a year as "2025", "2025 (prov)", "2023/24" or "2024-25 (OT)";
//    what a bare year means depends on the measure, so each measure's spec says which it is.
import { SourceDataError } from '../errors.ts'
import { resolveCode, resolveOldLaCode, type Resolved } from '../geography/harmonise.ts'
import { AccountBook } from './accounts.ts'
import type { ReadInput, ReadResult } from './adapter.ts'
import { readCsvFile, requireColumns } from '../files/csv-file.ts'
import { parseCell } from './missing.ts'
import { breakdownKey, checkValue, type MeasureKind, type Observation } from './observation.ts'
import { existedAt } from './area-names.ts'
import { parsePeriod, periodStartDate, type Period } from './periods.ts'
import type { MissingReason } from '../../contract/vocabulary.ts'
import { academicYearOfJanuary } from '../../contract/periods.ts'

export interface D2iLongSpec {
  format: 'd2i-long'
  measures: Readonly<Record<string, MeasureKind>>
  breakdownColumns: readonly string[]
  keep?: Readonly<Record<string, readonly string[]>>
}

/**
 * How LAIT writes the year of a measure:
 * - january-census: "2025" is the January 2025 census (academic year 2024/25);
 * - academic-year: "2023/24";
 * - academic-year-end: "2025" or "2025 (prov)" is the academic year ending in 2025 (exam results,
 *   children in need at 31 March);
 * - academic-year-start: "2023" is the academic year starting in 2023 (KS4 destinations: the year
 *   after pupils finished key stage 4);
 * - calendar-year: "2025";
 * - financial-year-outturn: "2024-25 (OT)", outturn for the financial year 2024-25.
 */
export type LaitYears =
  'january-census' | 'academic-year' | 'academic-year-end' | 'academic-year-start' | 'calendar-year' | 'financial-year-outturn'
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
  period(cells: string[], col: Record<string, number>, measure: string): Period | { setAside: string } | { column: string; problem: string }
  breakdown(cells: string[], col: Record<string, number>): string
  kind(measure: string): MeasureKind | undefined
  keep?: Readonly<Record<string, readonly string[]>>
  /** A 0 for a council in a period after it was abolished stands for "no figure" (LAIT does this). */
  zeroAfterAbolitionIsPlaceholder?: boolean
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
    if ('setAside' in period) {
      book.setAside(period.setAside)
      continue
    }
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
    if (
      layout.zeroAfterAbolitionIsPlaceholder &&
      parsed.value === 0 &&
      area.area.type === 'former_la' &&
      !existedAt(input.geography, area.area, periodStartDate(period))
    ) {
      book.setAside('a 0 for a council abolished before the period (a LAIT placeholder)')
      continue
    }
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
    zeroAfterAbolitionIsPlaceholder: true,
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
      // LAIT keeps a placeholder year "0" with no figures for some measures.
      if (years === '0' && cells[col.Values!]!.trim() === '-') return { setAside: 'year "0" with no figure (a LAIT placeholder)' }
      const p = laitPeriod(years, spec.measures[measure]!.years)
      return typeof p === 'string' ? { column: 'Years', problem: p } : p
    },
    breakdown: () => '',
  })
}

const LAIT_YEAR_FORMS: Readonly<Record<LaitYears, { pattern: RegExp; example: string }>> = {
  'january-census': { pattern: /^(\d{4})$/, example: '2025' },
  'academic-year': { pattern: /^(\d{4})\/(\d{2})$/, example: '2023/24' },
  'academic-year-end': { pattern: /^(\d{4})(?: \(prov\))?$/, example: '2025 or 2025 (prov)' },
  'academic-year-start': { pattern: /^(\d{4})$/, example: '2023' },
  'calendar-year': { pattern: /^(\d{4})$/, example: '2025' },
  'financial-year-outturn': { pattern: /^(\d{4})-(\d{2}) \(OT\)$/, example: '2024-25 (OT)' },
}

/** A LAIT year label as a period, or a sentence saying why it cannot be read. */
export function laitPeriod(years: string, form: LaitYears): Period | string {
  const m = LAIT_YEAR_FORMS[form].pattern.exec(years)
  if (!m) return `expected a year like ${LAIT_YEAR_FORMS[form].example} for this measure, found "${years}"`
  const year = Number(m[1])
  const academic = (start: number) => parsePeriod(`${start}${String((start + 1) % 100).padStart(2, '0')}`, 'Academic year')
  switch (form) {
    case 'january-census':
      return { id: academicYearOfJanuary(year), kind: 'academic_year' }
    case 'academic-year':
    case 'financial-year-outturn': {
      const p = parsePeriod(`${m[1]}${m[2]}`, form === 'academic-year' ? 'Academic year' : 'Financial year')
      return typeof p === 'string' ? `"${years}": ${p}` : p
    }
    case 'academic-year-end':
      return academic(year - 1)
    case 'academic-year-start':
      return academic(year)
    case 'calendar-year':
      return { id: String(year), kind: 'calendar_year' }
  }
}
