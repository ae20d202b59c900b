// Adapter for the SEND Tribunal appeal-rate table that DfE publishes as a supporting file: a
// presentation table, not open data. A title, a two-row header (years, then three measures per
// year), region headings, LA rows keyed by DfE's 3-digit number, an England total, then notes.
// Cells use "-" for nil, ".." for not available, "~" for suppressed, thousands separators and "%".
import { SourceDataError } from '../errors.ts'
import type { Area } from '../geography/areas.ts'
import { resolveOldLaCode, type Resolved } from '../geography/harmonise.ts'
import { AccountBook } from './accounts.ts'
import type { ReadInput, ReadResult } from './adapter.ts'
import { nameIndex, rowNamesByPeriod } from './area-names.ts'
import { readCsvFile } from '../files/csv-file.ts'
import { checkValue, type MeasureKind, type Observation } from './observation.ts'
import type { MissingReason } from '../../contract/vocabulary.ts'

export interface TribunalSpec {
  format: 'tribunal-table'
  /**
   * Rows that the table gives without an LA code: label (footnote digits removed) -> DfE LA number.
   * Only rows with a blank code are looked up here, and only these exact labels.
   */
  uncodedAreas: Readonly<Record<string, string>>
  /**
   * Rows whose published LA number belongs to another LA (an error in the published table): label ->
   * the right number. Every coded row's label is checked against its number's name, so an
   * uncorrected mismatch stops the build rather than moving figures between LAs.
   */
  codeCorrections: Readonly<Record<string, string>>
  /**
   * Rows that keep one label across a boundary change, so that their earlier years cover a former
   * LA's area: label -> that former LA's DfE number. Which years are the former LA's is read from
   * the table itself: the years in which it gives figures for the other councils abolished in that
   * reorganisation (Bournemouth and Poole) and none for those it formed (Bournemouth, Christchurch
   * and Poole).
   */
  formerAreaYears?: Readonly<Record<string, { number: string }>>
  /**
   * Pairs of rows whose figures for one year and measure are printed in each other's row (an error
   * in the published table): put back where they belong. The rates DfE computed from them are wrong
   * too, and are not read. The appealable-decisions check (appealable-decisions.ts) gives the
   * evidence and stops the build if a listed swap no longer fits.
   */
  swappedCells?: ReadonlyArray<SwappedCells>
}

export interface SwappedCells {
  year: string
  measure: 'appeals_registered' | 'appealable_decisions'
  labels: readonly [string, string]
}

/**
 * Names compared loosely, only to check a row's number: "St. Helens" and "St Helens", "&" and
 * "and", and DfE's "County Durham" or "Herefordshire, County of" against a table's "Durham" or
 * "Herefordshire".
 */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
      .replace(/^(county|city of) /, '')
      .replace(/ (county|city) of$/, '')
  return norm(a) === norm(b)
}

const MEASURES: ReadonlyArray<{ prefix: string; measure: string; kind: MeasureKind }> = [
  { prefix: 'Appeals registered', measure: 'appeals_registered', kind: 'count' },
  { prefix: 'Total Appealable Decisions', measure: 'appealable_decisions', kind: 'count' },
  { prefix: 'SEND Tribunal Appeal Rate', measure: 'appeal_rate', kind: 'percent' },
]

const SYMBOLS: Readonly<Record<string, MissingReason>> = { '..': 'not_available', '~': 'suppressed', x: 'not_available' }

type Cell = { value: number; missing: null } | { value: null; missing: MissingReason } | { problem: string }

export function parseTribunalCell(raw: string, kind: MeasureKind): Cell {
  const text = raw.trim()
  if (text === '') return { value: null, missing: 'not_published' }
  if (text === '-') return { value: 0, missing: null } // "-" is nil: a true zero
  const symbol = SYMBOLS[text]
  if (symbol) return { value: null, missing: symbol }
  const percent = text.endsWith('%')
  if (percent !== (kind === 'percent'))
    return { problem: `"${raw}" ${percent ? 'is a percentage where a count was expected' : 'lacks the % sign of a rate'}` }
  const digits = (percent ? text.slice(0, -1) : text).replace(/,(?=\d{3}(\D|$))/g, '')
  if (!/^\d+(\.\d+)?$/.test(digits)) return { problem: `"${raw}" is neither a number nor one of the table's symbols (- .. ~ x)` }
  return { value: Number(digits), missing: null }
}

/** "Cumberland8" -> "Cumberland", "England Total4,9" -> "England Total". */
export function withoutFootnotes(label: string): string {
  return label
    .trim()
    .replace(/\d+(,\d+)*$/, '')
    .trim()
}

interface Column {
  index: number
  year: string
  measure: string
  kind: MeasureKind
}

export function readTribunalTable(input: ReadInput, spec: TribunalSpec): ReadResult {
  const table = readCsvFile(input.path, input.displayName, { header: false })
  const book = new AccountBook(input.sourceId, input.displayName)
  const rows = table.rows
  const at = (line: number, column: string | undefined, message: string) =>
    new SourceDataError(
      column === undefined ? { file: input.displayName, row: line } : { file: input.displayName, row: line, column },
      message,
    )

  const headerAt = rows.findIndex((r) => r.cells[0]?.trim() === 'Local Authority' && r.cells[1]?.trim() === 'LA code')
  if (headerAt < 0 || headerAt + 1 >= rows.length) {
    throw at(1, undefined, 'cannot find the header row starting "Local Authority","LA code"; the table layout has changed')
  }
  const yearRow = rows[headerAt]!
  const measureRow = rows[headerAt + 1]!
  const columns: Column[] = []
  let year = ''
  for (let i = 2; i < yearRow.cells.length; i++) {
    const y = yearRow.cells[i]!.trim()
    if (y !== '') {
      if (!/^\d{4}$/.test(y)) throw at(yearRow.line, `column ${i + 1}`, `expected a year in the header, found "${y}"`)
      year = y
    }
    const label = measureRow.cells[i]!.trim()
    if (label === '' || label.startsWith('In development')) continue
    const m = MEASURES.find((x) => label.startsWith(x.prefix))
    if (!m || year === '') throw at(measureRow.line, `column ${i + 1}`, `unexpected header "${label}" (under year "${year}")`)
    columns.push({ index: i, year, measure: m.measure, kind: m.kind })
  }
  const years = [...new Set(columns.map((c) => c.year))]
  for (const y of years) {
    for (const m of MEASURES) {
      if (!columns.some((c) => c.year === y && c.measure === m.measure))
        throw at(measureRow.line, undefined, `year ${y} has no "${m.prefix}" column`)
    }
  }

  const observations: Observation[] = []
  const seen = new Map<string, number>()
  // The councils each year's rows give figures for ("-" counts: it is a nil), to tell which side of
  // a reorganisation a row that keeps its label is on.
  const rowNames = rowNamesByPeriod(
    rows
      .slice(headerAt + 2)
      .flatMap(({ cells }) =>
        columns
          .filter((c) => !['', '..'].includes(cells[c.index]!.trim()))
          .map((c) => ({ period: c.year, name: withoutFootnotes(cells[0]!) })),
      ),
  )
  const swaps = spec.swappedCells ?? []
  /** For each listed swap, the observation read from each of its two rows. */
  const swapped = swaps.map(() => new Map<string, Observation>())
  const swapOf = (label: string, year: string) => swaps.findIndex((sw) => sw.year === year && sw.labels.includes(label))
  let finished = false
  book.read(headerAt + 2)
  for (let n = 0; n < headerAt + 2; n++) book.setAside('title and header rows')
  for (const { line, cells } of rows.slice(headerAt + 2)) {
    book.read()
    if (finished) {
      book.setAside('notes and partial totals below the England total')
      continue
    }
    const label = withoutFootnotes(cells[0]!)
    const code = cells[1]!.trim()
    const valueCells = columns.map((c) => cells[c.index]!.trim())
    let resolved: Resolved | undefined
    if (label === 'England Total') {
      resolved = { area: input.geography.england }
      finished = true
    } else if (code === '' && valueCells.every((v) => v === '')) {
      book.setAside(label === '' ? 'blank row' : 'region heading')
      continue
    } else if (code === '') {
      const number = spec.uncodedAreas[label]
      if (number === undefined)
        throw at(
          line,
          'LA code',
          `"${cells[0]}" has figures but no LA code, and is not one of the known uncoded areas (${Object.keys(spec.uncodedAreas).join(', ')})`,
        )
      resolved = resolveOldLaCode(input.geography, number)
    } else {
      resolved = resolveOldLaCode(input.geography, code)
      if (!resolved || (resolved.area.type !== 'la' && resolved.area.type !== 'former_la')) {
        throw at(line, 'LA code', `unknown local authority number "${code}" ("${cells[0]}")`)
      }
      if (!sameName(label, resolved.area.name)) {
        const corrected = spec.codeCorrections[label]
        const area = corrected === undefined ? undefined : resolveOldLaCode(input.geography, corrected)
        if (!area || !sameName(label, area.area.name)) {
          throw at(
            line,
            'LA code',
            `the row is labelled "${cells[0]}" but ${code} is ${resolved.area.name}; add the right number for "${label}" to codeCorrections in src/pipeline/read/specs.ts if the table is wrong`,
          )
        }
        book.recoded(`"${label}" published under ${code} (${resolved.area.name}'s number), counted as ${area.area.name}`)
        resolved = area
      }
    }
    if (!resolved) throw at(line, 'LA code', `cannot place "${cells[0]}" in the geography`)
    const former = formerArea(input, spec, label, resolved.area, years, rowNames, (message) => at(line, 'LA code', message))
    for (const area of former ? [resolved.area, former.area] : [resolved.area]) {
      const earlier = seen.get(area.code)
      if (earlier !== undefined) throw at(line, 'LA code', `${area.name} appears twice (first at row ${earlier})`)
      seen.set(area.code, line)
    }
    if (former)
      book.recoded(
        `"${label}" in ${[...former.years].join(', ')} counted as ${former.area.name} (${former.area.code}): the rows for those years name ${former.shownBy.join(' and ')}`,
      )

    for (const c of columns) {
      const columnName = `${c.year} ${c.measure}`
      const swap = swapOf(label, c.year)
      // A rate computed from a swapped figure is wrong: not read (the site computes rates from counts).
      if (swap >= 0 && c.measure === 'appeal_rate') continue
      const parsed = parseTribunalCell(cells[c.index]!, c.kind)
      if ('problem' in parsed) throw at(line, columnName, parsed.problem)
      if (parsed.value !== null) {
        const wrong = checkValue(c.kind, parsed.value)
        if (wrong) throw at(line, columnName, wrong)
      }
      const area = former?.years.has(c.year) ? former.area : resolved.area
      const o: Observation = {
        source: input.sourceId,
        line,
        areaCode: area.code,
        areaType: area.type,
        period: c.year,
        periodKind: 'calendar_year',
        measure: c.measure,
        breakdown: '',
        value: parsed.value,
        missing: parsed.missing,
      }
      if (swap >= 0 && c.measure === swaps[swap]!.measure) swapped[swap]!.set(label, o)
      observations.push(o)
      book.observed(parsed.missing)
    }
    book.use()
  }
  if (!finished) throw at(rows.at(-1)?.line ?? 1, undefined, 'the table has no "England Total" row; the file may be truncated')
  swaps.forEach((sw, i) => {
    const [a, b] = sw.labels.map((label) => {
      const o = swapped[i]!.get(label)
      if (!o) throw at(measureRow.line, undefined, `swappedCells lists "${label}" for ${sw.year}, but the table has no such row or year`)
      return o
    }) as [Observation, Observation]
    const printed = (o: Observation) => (o.value === null ? o.missing : o.value.toLocaleString('en-GB'))
    book.check(
      `${sw.year} ${sw.measure.replace('_', ' ')}: ${sw.labels[0]}'s row gives ${printed(a)} and ${sw.labels[1]}'s ${printed(b)}, each the other's figure; they are swapped back, and the two rates DfE computed from them are not used.`,
    )
    // Each figure moves to its LA, keeping the line where it is printed.
    for (const [from, to] of [
      [{ ...a }, b],
      [{ ...b }, a],
    ] as const) {
      to.value = from.value
      to.missing = from.missing
      to.line = from.line
    }
  })
  return { observations, account: book.close() }
}

/**
 * The former LA whose area a row covers in its earlier years, and those years, decided by each
 * year's rows (see TribunalSpec.formerAreaYears) and checked against the geography: every year must
 * be decided, and the former LA's years must all come before the reorganisation and before the
 * current LA's.
 */
function formerArea(
  input: ReadInput,
  spec: TribunalSpec,
  label: string,
  area: Area,
  years: readonly string[],
  rowNames: ReadonlyMap<string, ReadonlySet<string>>,
  fail: (message: string) => Error,
): { area: Area; years: Set<string>; shownBy: string[] } | undefined {
  const listed = spec.formerAreaYears?.[label]
  if (!listed) return undefined
  const former = resolveOldLaCode(input.geography, listed.number)?.area
  const replaced = input.geography.former.find((f) => f.code === former?.code)
  if (!replaced || !replaced.successorCodes.includes(area.code))
    throw fail(`formerAreaYears gives "${label}" the number ${listed.number}, which is not a former LA replaced by ${area.name}`)
  const names = nameIndex(input.geography)
  const formerYears = new Set<string>()
  const shownBy = new Set<string>()
  for (const year of years) {
    const chosen = names.byRows(replaced.name, rowNames.get(year) ?? new Set())
    if (!chosen)
      throw fail(`cannot tell whether "${label}" in ${year} is ${replaced.name} or ${area.name}: the year's rows name both or neither side`)
    if (chosen.area.code !== replaced.code) continue
    formerYears.add(year)
    for (const n of chosen.shownBy) shownBy.add(n)
  }
  if (formerYears.size === 0) return undefined
  const last = Math.max(...[...formerYears].map(Number))
  if (last >= Number(replaced.effective.slice(0, 4)) || years.some((y) => !formerYears.has(y) && Number(y) < last))
    throw fail(
      `the table's rows give ${replaced.name} (replaced on ${replaced.effective}) the years ${[...formerYears].join(', ')}, which do not all come before ${area.name}'s`,
    )
  return { area: replaced, years: formerYears, shownBy: [...shownBy] }
}
