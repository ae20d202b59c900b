// Reads a CSV file into header + rows, keeping the line each record starts on so that every later
// error can name the row. Handles a UTF-8 byte-order mark, CRLF or LF line ends and quoted fields
// (papaparse does the parsing); refuses files that are empty, not UTF-8 or ragged. A ZIP holding
// one CSV (as DfE publishes some large tables) is read as that CSV.
import { readFileSync } from 'node:fs'
import { unzipSync } from 'fflate'
import Papa from 'papaparse'
import { SourceDataError } from '../errors.ts'

export interface CsvTable {
  file: string
  header: string[]
  /** Data records (header excluded), each with the 1-based line number it starts on. */
  rows: CsvRecord[]
}

export interface CsvRecord {
  line: number
  cells: string[]
}

export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const offset = firstInvalidUtf8(bytes)
    const line = countNewlines(bytes, offset) + 1
    throw new SourceDataError({ file, row: line }, `the file is not valid UTF-8 (first bad byte at offset ${offset}); save it as UTF-8`)
  }
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let n = 0
  for (let i = 0; i < end; i++) if (bytes[i] === 10) n++
  return n
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  // Binary search on the longest valid prefix (a cut inside a valid sequence is also invalid, so
  // step over continuation bytes when reporting).
  let lo = 0
  let hi = bytes.length
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    let end = mid
    while (end < bytes.length && ((bytes[end] ?? 0) & 0xc0) === 0x80) end++
    try {
      decoder.decode(bytes.subarray(0, end))
      lo = mid === lo ? hi : mid
    } catch {
      hi = mid - 1
    }
  }
  return lo
}

/**
 * Parse CSV text. Every record must have as many fields as the header. Presentation tables (a
 * title above the real header) are read with header: false: every row is a record, header is
 * empty, and every row must have as many fields as the first.
 */
export function parseCsv(text: string, file: string, options: { header: boolean } = { header: true }): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body.trim() === '') throw new SourceDataError({ file, row: 1 }, 'the file is empty')
  const records: CsvRecord[] = []
  let line = 1
  let lastCursor = 0
  let header: string[] | undefined = options.header ? undefined : []
  let width = -1
  let problem: SourceDataError | undefined
  Papa.parse<string[]>(body, {
    header: false,
    delimiter: ',',
    skipEmptyLines: false,
    step: (result, parser) => {
      const startLine = line
      const cursor = result.meta.cursor
      // Jumping from line break to line break: most records are one line, so this is one search.
      for (let i = body.indexOf('\n', lastCursor); i >= 0 && i < cursor; i = body.indexOf('\n', i + 1)) line++
      lastCursor = cursor
      const cells = result.data
      if (result.errors.length > 0) {
        const err = result.errors[0]!
        problem = new SourceDataError({ file, row: startLine }, `cannot parse the record (${err.message})`)
        parser.abort()
        return
      }
      if (cells.length === 1 && cells[0] === '') return // blank line
      if (!header) {
        header = cells.map((c) => c.trim())
        width = header.length
        return
      }
      if (width < 0) width = cells.length
      if (cells.length !== width) {
        problem = new SourceDataError(
          { file, row: startLine },
          `expected ${width} fields as in the ${options.header ? 'header' : 'first row'} but found ${cells.length}; the file may be truncated or a field may hold an unquoted comma`,
        )
        parser.abort()
        return
      }
      records.push({ line: startLine, cells })
    },
  })
  if (problem) throw problem
  if (!header) throw new SourceDataError({ file, row: 1 }, 'the file has no header row')
  if (records.length === 0) throw new SourceDataError({ file, row: 2 }, 'the file has a header but no data rows; it may be truncated')
  return { file, header, rows: records }
}

export function readCsvFile(path: string, displayName = path, options: { header: boolean } = { header: true }): CsvTable {
  const bytes = readFileSync(path)
  if (!isZip(bytes)) return parseCsv(decodeUtf8(bytes, displayName), displayName, options)
  const members = Object.entries(unzipSync(bytes)).filter(([name]) => !name.endsWith('/'))
  const csv = members.filter(([name]) => name.toLowerCase().endsWith('.csv'))
  if (members.length !== 1 || csv.length !== 1) {
    throw new SourceDataError(
      { file: displayName },
      `a ZIP must hold exactly one CSV file to be read as a table (it holds: ${members.map(([n]) => n).join(', ') || 'nothing'})`,
    )
  }
  const [name, content] = csv[0]!
  const inner = `${displayName}!${name}`
  return parseCsv(decodeUtf8(content, inner), inner, options)
}

/** ZIP local file header signature "PK\x03\x04". */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

/**
 * Index of each required column; stops with an error naming the first missing column. A column
 * that appears twice is refused only if it is one we need (DfE files sometimes repeat one we don't).
 */
export function requireColumns<const C extends string>(table: CsvTable, columns: readonly C[]): Record<C, number> {
  const index = {} as Record<C, number>
  for (const column of columns) {
    const first = table.header.indexOf(column)
    if (first < 0) {
      throw new SourceDataError(
        { file: table.file, row: 1, column },
        `required column is missing (the header has: ${table.header.join(', ')})`,
      )
    }
    if (table.header.indexOf(column, first + 1) >= 0) {
      throw new SourceDataError({ file: table.file, row: 1, column }, 'the column appears more than once in the header')
    }
    index[column] = first
  }
  return index
}
