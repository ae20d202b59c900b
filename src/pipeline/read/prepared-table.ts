// Adapter for the tables DfE's SEND and AP Inclusion Dashboard prepared from published releases
// (dfe-inclusion-dashboard-prepared/ in the mirror): wide CSVs like Explore Education Statistics
// files, but each with its own columns for the period and the area, and many with LA names and
// no codes. The spec names those columns; everything else works as in the EES adapter.
import { SourceDataError } from '../errors.ts'
import type { Area, Geography } from '../geography/areas.ts'
import { resolveCode } from '../geography/harmonise.ts'
import { AccountBook } from './accounts.ts'
import type { ReadInput, ReadResult } from './adapter.ts'
import { existedAt, foldName, nameIndex, rowNamesByPeriod, type NameIndex, type RowNames } from './area-names.ts'
import { readCsvFile, requireColumns, type CsvTable } from '../files/csv-file.ts'
import { markIncompleteReturns, type IncompleteReturnsRule } from './incomplete-returns.ts'
import { parseCell } from './missing.ts'
import { breakdownKey, checkValue, type MeasureKind, type Observation } from './observation.ts'
import { periodStartDate, type Period } from './periods.ts'

/** How a table writes its period: 201920 or "2019/20"; "2019-20" or 201920; 2019. */
export type PreparedPeriod = 'academic-year' | 'financial-year' | 'calendar-year'

export interface PreparedGeography {
  /** Column holding National / Regional / Local authority. Without it, the filled columns decide. */
  level?: string
  laCode?: string
  laName?: string
  regionCode?: string
  regionName?: string
  /**
   * In a table without a level column, what a row with no LA and no region is: England's (a file
   * of England rows only), or a row to set aside (a table that leaves placeholders unnamed).
   */
  blank?: 'england' | 'set-aside'
}

export interface PreparedTableSpec {
  format: 'dfe-prepared'
  measures: Readonly<Record<string, MeasureKind>>
  period: { column: string; writes: PreparedPeriod }
  geography: PreparedGeography
  breakdownColumns?: readonly string[]
  keep?: Readonly<Record<string, readonly string[]>>
  /** Measures in which the table writes 0 for a figure it does not have (said in the source's notes). */
  zeroIsMissing?: readonly string[]
  /**
   * What to do with two rows giving different figures for the same area, period and breakdown:
   * stop (the default); withhold both (the figure becomes "not available") where a known defect of
   * the table makes it impossible to tell which row is right; or, in a table that lists LAs in the
   * order of their codes, tell a name two councils have borne apart by the codes of the rows around
   * each (see placeByCodeOrder).
   */
  conflictingRows?: 'stop' | 'withhold' | 'code-order'
  /** Totals to read as incomplete returns, by the rule given (see incomplete-returns.ts). */
  incompleteReturns?: IncompleteReturnsRule
  /**
   * Rows a table keeps under the name of a council abolished before the period began (a few
   * students still recorded under its old code, beside its successors' own rows): set aside and
   * counted, rather than shown as the former council's figure for a year it no longer existed.
   */
  afterAbolition?: 'set-aside'
}

/** An LA, with the names in the period's rows that decided it where two councils bore its name. */
type AreaOutcome = { area: Area; shownBy?: string[] } | { setAside: string } | { column: string; problem: string }

const SUB_REGIONS = new Set(['inner london', 'outer london'])
const NOT_RETURNED = { value: null, missing: 'not_available' } as const

export function parsePreparedPeriod(raw: string, writes: PreparedPeriod): Period | string {
  const text = raw.trim()
  if (writes === 'calendar-year') {
    return /^\d{4}$/.test(text) ? { id: text, kind: 'calendar_year' } : `expected a year like 2023, found "${raw}"`
  }
  const m = /^(\d{4})(?:[/-]?)(\d{2})$/.exec(text)
  if (!m || Number(m[2]) !== (Number(m[1]!.slice(2)) + 1) % 100) {
    return `expected ${writes === 'academic-year' ? 'an academic year like 202223 or 2022/23' : 'a financial year like 2022-23 or 202223'}, found "${raw}"`
  }
  return { id: `${m[1]}${m[2]}`, kind: writes === 'academic-year' ? 'academic_year' : 'financial_year' }
}

function areaResolver(
  geo: PreparedGeography,
  col: Record<string, number>,
  g: Geography,
  names: NameIndex,
  rowNames: ReadonlyMap<string, RowNames>,
) {
  const cell = (cells: string[], column: string | undefined) => (column === undefined ? '' : cells[col[column]!]!.trim())
  const la = (cells: string[], period: Period): AreaOutcome => {
    const code = cell(cells, geo.laCode)
    if (code !== '') {
      const resolved = resolveCode(g, code)
      if (!resolved || (resolved.area.type !== 'la' && resolved.area.type !== 'former_la'))
        return { column: geo.laCode!, problem: `unknown local authority code "${code}"` }
      return { area: resolved.area }
    }
    const name = cell(cells, geo.laName)
    if (name === '') return { column: geo.laName ?? geo.laCode!, problem: 'a local authority row with neither a code nor a name' }
    const rows = rowNames.get(period.id) ?? new Set<string>()
    const found = names.la(name, periodStartDate(period), rows)
    if (typeof found === 'string') return { column: geo.laName!, problem: found }
    const shownBy = names.byRows(name, rows)?.shownBy
    return shownBy ? { area: found, shownBy } : { area: found }
  }
  const region = (cells: string[]): AreaOutcome => {
    const code = cell(cells, geo.regionCode)
    if (code !== '') {
      const resolved = resolveCode(g, code)
      if (code === 'E13000001' || code === 'E13000002') return { setAside: 'Inner or Outer London (not one of the 9 regions)' }
      if (resolved?.area.type !== 'region') return { column: geo.regionCode!, problem: `unknown region code "${code}"` }
      return { area: resolved.area }
    }
    const name = cell(cells, geo.regionName)
    if (SUB_REGIONS.has(name.toLowerCase())) return { setAside: 'Inner or Outer London (not one of the 9 regions)' }
    const found = names.region(name)
    return found ? { area: found } : { column: geo.regionName ?? geo.regionCode!, problem: `unknown region "${name}"` }
  }
  return (cells: string[], period: Period): AreaOutcome => {
    if (geo.level !== undefined) {
      const level = cell(cells, geo.level)
      if (level === 'National') return { area: g.england }
      if (level === 'Regional') return region(cells)
      if (level === 'Local authority') return la(cells, period)
      return { setAside: `geographic level "${level}" is not published on the dashboard` }
    }
    if (cell(cells, geo.laCode) !== '' || cell(cells, geo.laName) !== '') return la(cells, period)
    if (cell(cells, geo.regionCode) !== '' || cell(cells, geo.regionName) !== '') return region(cells)
    if (geo.blank === 'england') return { area: g.england }
    if (geo.blank === 'set-aside') return { setAside: 'a row that names no area' }
    return { column: geo.laName ?? geo.regionName ?? geo.laCode!, problem: 'the row names no area' }
  }
}

export function readPreparedTable(input: ReadInput, spec: PreparedTableSpec): ReadResult {
  const table = readCsvFile(input.path, input.displayName)
  const book = new AccountBook(input.sourceId, input.displayName)
  const measureNames = Object.keys(spec.measures)
  const breakdownColumns = spec.breakdownColumns ?? []
  const keepColumns = Object.keys(spec.keep ?? {})
  const geoColumns = [
    spec.geography.level,
    spec.geography.laCode,
    spec.geography.laName,
    spec.geography.regionCode,
    spec.geography.regionName,
  ]
  const col = requireColumns(table, [
    spec.period.column,
    ...measureNames,
    ...breakdownColumns,
    ...keepColumns,
    ...geoColumns.filter((c): c is string => c !== undefined),
  ]) as Record<string, number>
  const names = nameIndex(input.geography)
  const rowNames = laNamesByPeriod(table.rows, spec, col)
  const areaOf = areaResolver(spec.geography, col, input.geography, names, rowNames)
  const placeByCodeOrder = codeOrderPlacer(table.rows, spec, col, names, input.geography)
  const observations: Observation[] = []
  const seen = new Map<string, { index: number; line: number; values: string; observations: Observation[] }>()

  for (const [index, { line, cells }] of table.rows.entries()) {
    book.read()
    const at = (column: string, message: string) => new SourceDataError({ file: input.displayName, row: line, column }, message)
    const rejectedBy = keepColumns.find((c) => !spec.keep![c]!.includes(cells[col[c]!]!.trim()))
    if (rejectedBy !== undefined) {
      book.setAside(`${rejectedBy} "${cells[col[rejectedBy]!]}" not used`)
      continue
    }
    const period = parsePreparedPeriod(cells[col[spec.period.column]!]!, spec.period.writes)
    if (typeof period === 'string') throw at(spec.period.column, period)
    const found = areaOf(cells, period)
    if ('setAside' in found) {
      book.setAside(found.setAside)
      continue
    }
    if ('problem' in found) throw at(found.column, found.problem)
    const area = found.area
    if (found.shownBy)
      book.recoded(
        `"${cells[col[spec.geography.laName!]!]!.trim()}" in ${period.id} counted as ${area.name} (${area.code}): the rows for the period name ${found.shownBy.join(', ')}`,
      )
    // The prepared tables carry rows of zeros for councils in years they did not exist.
    if (!existedAt(input.geography, area, periodStartDate(period))) {
      if (measureNames.every((m) => /^0?$/.test(cells[col[m]!]!.trim()))) {
        book.setAside('a row of zeros for a council that did not exist in this period')
        continue
      }
      if (spec.afterAbolition === 'set-aside' && area.type === 'former_la') {
        book.setAside(`a row for ${area.name}, abolished before the period began (beside its successors' own rows)`)
        continue
      }
    }
    const breakdown = breakdownKey(breakdownColumns.map((c) => [c, cells[col[c]!]!.trim()] as const))

    // The same area, period and breakdown twice: identical rows are set aside, conflicting ones stop.
    const key = `${area.code}|${period.kind}|${period.id}|${breakdown}`
    const values = measureNames.map((m) => cells[col[m]!]).join('\u0000')
    const earlier = seen.get(key)
    if (earlier) {
      if (earlier.values === values) {
        book.setAside('duplicate of an earlier row')
        continue
      }
      if (spec.conflictingRows === 'withhold') {
        for (const o of earlier.observations) Object.assign(o, { value: null, missing: 'not_available' })
        book.setAside('a second row for the same area and period with different figures (both withheld)')
        continue
      }
      const other = spec.conflictingRows === 'code-order' ? placeByCodeOrder(index, period) : undefined
      if (other && other.code !== area.code && placeByCodeOrder(earlier.index, period)?.code === area.code) {
        if (existedAt(input.geography, other, periodStartDate(period)))
          throw at(
            spec.period.column,
            `the rows around this one place it under ${other.name} (${other.code}); add a rule for a council that existed then`,
          )
        book.setAside(
          `a second row named "${cells[col[spec.geography.laName!]!]!.trim()}" in ${period.id}, which the codes of the rows around it place under ${other.name} (${other.code}), a council that no longer existed`,
        )
        continue
      }
      throw at(
        spec.period.column,
        `a second row for ${area.name} (${area.code}), ${period.id}${breakdown ? `, ${breakdown}` : ''} with different values (first at row ${earlier.line})`,
      )
    }
    const rowObservations: Observation[] = []
    seen.set(key, { index, line, values, observations: rowObservations })

    for (const measure of measureNames) {
      const raw = cells[col[measure]!]!
      const parsed = spec.zeroIsMissing?.includes(measure) && Number(raw.trim()) === 0 && raw.trim() !== '' ? NOT_RETURNED : parseCell(raw)
      if ('problem' in parsed) throw at(measure, parsed.problem)
      if (parsed.value !== null) {
        const wrong = checkValue(spec.measures[measure]!, parsed.value)
        if (wrong) throw at(measure, wrong)
      }
      const o: Observation = {
        source: input.sourceId,
        line,
        areaCode: area.code,
        areaType: area.type,
        period: period.id,
        periodKind: period.kind,
        measure,
        breakdown,
        value: parsed.value,
        missing: parsed.missing,
      }
      observations.push(o)
      rowObservations.push(o)
      book.observed(parsed.missing)
    }
    book.use()
  }
  if (spec.incompleteReturns) markIncompleteReturns(observations, spec.incompleteReturns, book, input.geography)
  return { observations, account: book.close() }
}

/** The LA names of each period's rows: the evidence a name two councils have borne is decided by. */
function laNamesByPeriod(rows: CsvTable['rows'], spec: PreparedTableSpec, col: Record<string, number>): Map<string, Set<string>> {
  const { laName, level } = spec.geography
  if (laName === undefined) return new Map()
  const named: Array<{ period: string; name: string }> = []
  for (const { cells } of rows) {
    if (level !== undefined && cells[col[level]!]!.trim() !== 'Local authority') continue
    const period = parsePreparedPeriod(cells[col[spec.period.column]!]!, spec.period.writes)
    if (typeof period !== 'string') named.push({ period: period.id, name: cells[col[laName]!]! })
  }
  return rowNamesByPeriod(named)
}

/**
 * In a table that lists LAs in the order of their codes within each region (DfE's usual order), the
 * council a row under a name two councils have borne belongs to: the one whose code lies between
 * the codes of the nearest other LA rows of the same period before and after it. Undefined where
 * that does not single one out.
 */
function codeOrderPlacer(rows: CsvTable['rows'], spec: PreparedTableSpec, col: Record<string, number>, names: NameIndex, g: Geography) {
  const { laName, level } = spec.geography
  const nameAt = (i: number) => (laName === undefined ? '' : rows[i]!.cells[col[laName]!]!.trim())
  const isLa = (i: number) => level === undefined || rows[i]!.cells[col[level]!]!.trim() === 'Local authority'
  const periodAt = (i: number) => parsePreparedPeriod(rows[i]!.cells[col[spec.period.column]!]!, spec.period.writes)
  return (index: number, period: Period): Area | undefined => {
    const own = foldName(nameAt(index))
    const candidates = names.councils(nameAt(index))
    if (candidates.length < 2) return undefined
    const neighbour = (step: 1 | -1): string | undefined => {
      for (let i = index + step; i >= 0 && i < rows.length; i += step) {
        const p = periodAt(i)
        if (!isLa(i) || typeof p === 'string' || p.id !== period.id) return undefined
        if (foldName(nameAt(i)) === own) continue
        const area = names.la(nameAt(i), periodStartDate(p))
        return typeof area === 'string' ? undefined : area.code
      }
      return undefined
    }
    const before = neighbour(-1)
    const after = neighbour(1)
    if (before === undefined && after === undefined) return undefined
    const fits = candidates.filter((c) => (before === undefined || before < c.code) && (after === undefined || c.code < after))
    return fits.length === 1 ? g.byCode.get(fits[0]!.code) : undefined
  }
}
