// The bad-input suite: malformed or changed versions of a real published file (DfE's NCCIS NEET
// file for 2025, in the standard EES layout). Each case is either read correctly, with the test
// proving the numbers, or stops with a message naming the file, row and column. The build-level
// cases (tests/integration/build-failures.test.ts) show that any such stop leaves dist/ untouched:
// the site is built in .build/next/ and swapped in only after every step succeeded.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SourceDataError } from '../../src/pipeline/errors.ts'
import { readEesCsv } from '../../src/pipeline/read/ees-csv.ts'
import { OBSERVATION_SPECS } from '../../src/pipeline/read/specs.ts'
import type { EesCsvSpec } from '../../src/pipeline/read/ees-csv.ts'
import { mirrorsFromEnv } from '../../src/pipeline/sources/fetch.ts'
import { loadRegistry } from '../../src/pipeline/sources/registry.ts'
import { inputFor, tempFile } from '../helpers/read-input.ts'

const source = loadRegistry().find((s) => s.id === 'neet-2025')!
const original = readFileSync(join(mirrorsFromEnv()[0]!, source.mirror_path), 'utf8')
const spec = OBSERVATION_SPECS['neet-2025'] as EesCsvSpec
const lines = original.split('\n')
const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1
const LEEDS = lineOf(',E08000035,Leeds,')

function read(text: string | Uint8Array) {
  const path = tempFile('neet.csv', text)
  return { path, result: () => readEesCsv(inputFor(path, 'neet-2025'), spec) }
}
function value(text: string | Uint8Array, area: string, measure = 'NEET_NK_EHCP_percent') {
  const { observations } = read(text).result()
  return observations.find((o) => o.areaCode === area && o.measure === measure)
}
function stops(text: string | Uint8Array): SourceDataError {
  const { path, result } = read(text)
  try {
    result()
  } catch (e) {
    if (!(e instanceof SourceDataError)) throw e
    expect(e.location.file).toBe(path)
    return e
  }
  throw new Error('expected the read to stop')
}
const withLine = (n: number, change: (line: string) => string) => lines.map((l, i) => (i === n - 1 ? change(l) : l)).join('\n')

describe('bad and changed input: handled, with the numbers proved', () => {
  const baseline = value(original, 'E08000035')!.value
  it('baseline: Leeds, 16-17 with an EHC plan NEET or not known, 2025', () => {
    expect(baseline).toBe(readCsvCell(LEEDS, 'NEET_NK_EHCP_percent'))
  })
  it('1. extra columns anywhere', () => {
    const text = lines.map((l, i) => (i === 0 ? `extra_a,${l},extra_b` : l === '' ? l : `x,${l},y`)).join('\n')
    expect(value(text, 'E08000035')?.value).toBe(baseline)
  })
  it('2. a byte-order mark', () => expect(value(`\ufeff${original}`, 'E08000035')?.value).toBe(baseline))
  it('3. CRLF line ends', () => expect(value(original.replace(/\n/g, '\r\n'), 'E08000035')?.value).toBe(baseline))
  it('4. a quoted field with commas and quotes', () => {
    expect(
      value(
        withLine(LEEDS, (l) => l.replace(',Leeds,', ',"Leeds, ""City of""",')),
        'E08000035',
      )?.value,
    ).toBe(baseline)
  })
  it('5. an identical duplicate row is set aside and counted', () => {
    const { result } = read(`${original.trimEnd()}\n${lines[LEEDS - 1]}\n`)
    const r = result()
    expect(r.account.setAside['duplicate of an earlier row']).toBe(1)
    expect(r.observations.filter((o) => o.areaCode === 'E08000035' && o.measure === 'NEET_NK_EHCP_percent')).toHaveLength(1)
  })
  it('6. an old code for the same area is counted under the current code', () => {
    const ny = lineOf(',E06000065,North Yorkshire,')
    const before = value(original, 'E06000065')!.value
    const text = withLine(ny, (l) => l.replace(',E06000065,', ',E10000023,'))
    expect(value(text, 'E06000065')?.value).toBe(before)
    expect(read(text).result().account.recoded['E10000023 counted as North Yorkshire (E06000065)']).toBe(1)
  })
  it('7. a blank cell is missing with a reason, never zero', () => {
    const text = withLine(LEEDS, (l) => setCell(l, 'NEET_NK_EHCP_percent', ''))
    expect(value(text, 'E08000035')).toMatchObject({ value: null, missing: 'not_published' })
  })
  it('8. every known missing-value symbol', () => {
    for (const [symbol, reason] of [
      ['x', 'not_available'],
      ['z', 'not_applicable'],
      ['c', 'suppressed'],
      ['u', 'low_reliability'],
      ['low', 'below_half'],
      [':', 'not_available'],
    ] as const) {
      expect(
        value(
          withLine(LEEDS, (l) => setCell(l, 'NEET_NK_EHCP_percent', symbol)),
          'E08000035',
        ),
        symbol,
      ).toMatchObject({ value: null, missing: reason })
    }
  })
  it('9. trailing blank lines', () => expect(value(`${original}\n\n\n`, 'E08000035')?.value).toBe(baseline))
  it('10. rows in another order', () => {
    const [head, ...rest] = lines.filter((l) => l !== '')
    expect(value([head, ...rest.reverse()].join('\n'), 'E08000035')?.value).toBe(baseline)
  })
})

describe('bad input: stops, naming the file, row and column', () => {
  it('11. a renamed column', () =>
    expect(stops(original.replace('NEET_NK_EHCP_percent', 'NEET_NK_EHCP_pc')).location).toMatchObject({
      row: 1,
      column: 'NEET_NK_EHCP_percent',
    }))
  it('12. a new missing-value symbol', () => {
    const e = stops(withLine(LEEDS, (l) => setCell(l, 'NEET_NK_EHCP_percent', 'k')))
    expect(e.location).toMatchObject({ row: LEEDS, column: 'NEET_NK_EHCP_percent' })
  })
  it('13. a duplicate row with different figures', () => {
    const e = stops(`${original.trimEnd()}\n${setCell(lines[LEEDS - 1]!, 'NEET_NK_EHCP_percent', '99')}\n`)
    expect(e.message).toMatch(new RegExp(`first at row ${LEEDS}`))
  })
  it('14. an unknown LA code', () =>
    expect(stops(withLine(LEEDS, (l) => l.replace(',E08000035,', ',E08999999,'))).location).toMatchObject({
      row: LEEDS,
      column: 'new_la_code',
    }))
  it('15. an unknown region code', () => {
    const region = lineOf(',E12000004,East Midlands,')
    expect(stops(withLine(region, (l) => l.replace(',E12000004,', ',E12000099,'))).location).toMatchObject({
      row: region,
      column: 'region_code',
    })
  })
  it('16. a truncated file (cut in the middle of a row)', () => {
    const cut = original.slice(0, original.indexOf('\n', original.indexOf(',Leeds,')) - 40)
    expect(stops(cut).location).toMatchObject({ row: LEEDS })
  })
  it('17. an empty file', () => expect(stops('').message).toMatch(/row 1: the file is empty/))
  it('18. a header with no rows', () => expect(stops(`${lines[0]}\n`).message).toMatch(/row 2: the file has a header but no data rows/))
  it('19. a file that is not UTF-8', () => {
    const bytes = Buffer.from(
      withLine(LEEDS, (l) => l.replace(',Leeds,', ',Leeds caf\u00e9,')),
      'latin1',
    )
    const e = stops(bytes)
    expect(e.location.row).toBe(LEEDS)
    expect(e.message).toMatch(/not valid UTF-8/)
  })
  it('20. a negative count', () =>
    expect(stops(withLine(LEEDS, (l) => setCell(l, 'Cohort_DJFavg', '-5'))).location).toMatchObject({
      row: LEEDS,
      column: 'Cohort_DJFavg',
    }))
  it('21. a percentage over 100', () => {
    const e = stops(withLine(LEEDS, (l) => setCell(l, 'NEET_NK_EHCP_percent', '101.5')))
    expect(e.location).toMatchObject({ row: LEEDS, column: 'NEET_NK_EHCP_percent' })
    expect(e.message).toMatch(/between 0 and 100/)
  })
  it('22. a time period in a new format', () =>
    expect(stops(withLine(LEEDS, (l) => l.replace(/^2025,/, '2025/26,'))).location).toMatchObject({ row: LEEDS, column: 'time_period' }))
  it('23. an unknown kind of period', () =>
    expect(stops(withLine(LEEDS, (l) => l.replace(',Calendar year,', ',Financial quarter,'))).location).toMatchObject({
      row: LEEDS,
      column: 'time_identifier',
    }))
  it('24. a row with a field too many (an unquoted comma)', () => {
    const e = stops(withLine(LEEDS, (l) => l.replace(',Leeds,', ',Leeds, City of,')))
    expect(e.location.row).toBe(LEEDS)
    expect(e.message).toMatch(/unquoted comma/)
  })
  it('25. a number with a thousands separator where EES never uses one', () => {
    expect(stops(withLine(LEEDS, (l) => setCell(l, 'Cohort_DJFavg', '"19,578"'))).location).toMatchObject({
      row: LEEDS,
      column: 'Cohort_DJFavg',
    })
  })
})

function setCell(line: string, column: string, value: string): string {
  const header = lines[0]!.split(',')
  const cells = splitCsvLine(line)
  cells[header.indexOf(column)] = value
  return cells.join(',')
}
/** Split a line of this file (only la_name is ever quoted) keeping quoted fields whole. */
function splitCsvLine(line: string): string[] {
  return line
    .match(/("([^"]|"")*"|[^,]*)(,|$)/g)!
    .slice(0, -1)
    .map((c) => c.replace(/,$/, ''))
}
function readCsvCell(line: number, column: string): number {
  return Number(splitCsvLine(lines[line - 1]!)[lines[0]!.split(',').indexOf(column)])
}
