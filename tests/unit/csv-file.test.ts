import { describe, expect, it } from 'vitest'
import { decodeUtf8, parseCsv, readCsvFile, requireColumns } from '../../src/pipeline/files/csv-file.ts'
import { sourceDataError, tempFile } from '../helpers/read-input.ts'

describe('parseCsv', () => {
  it('strips a byte-order mark and reads CRLF and LF alike', () => {
    const lf = parseCsv('a,b\n1,2\n3,4\n', 'f.csv')
    const crlf = parseCsv('\ufeffa,b\r\n1,2\r\n3,4\r\n', 'f.csv')
    expect(crlf).toEqual(lf)
    expect(lf.header).toEqual(['a', 'b'])
    expect(lf.rows).toEqual([
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
    ])
  })

  it('keeps quoted commas and counts lines inside quoted line breaks', () => {
    const t = parseCsv('name,note\n"Bristol, City of","two\nlines"\nLeeds,x\n', 'f.csv')
    expect(t.rows[0]).toEqual({ line: 2, cells: ['Bristol, City of', 'two\nlines'] })
    expect(t.rows[1]?.line).toBe(4)
  })

  it('refuses an empty file, a ragged row and a truncated quote, naming the row', () => {
    expect(sourceDataError(() => parseCsv('', 'empty.csv')).message).toBe('empty.csv, row 1: the file is empty')
    expect(sourceDataError(() => parseCsv('a,b\n1,2\n3\n', 'short.csv')).location).toEqual({ file: 'short.csv', row: 3 })
    expect(sourceDataError(() => parseCsv('a,b\n1,2,3\n', 'long.csv')).message).toMatch(/expected 2 fields .* found 3/)
    expect(sourceDataError(() => parseCsv('a,b\n1,"2\n', 'cut.csv')).location.row).toBe(2)
  })

  it('reads presentation tables without a header row', () => {
    const t = parseCsv('Title,,\n,,\nx,y,z\n', 't.csv', { header: false })
    expect(t.header).toEqual([])
    expect(t.rows.map((r) => r.line)).toEqual([1, 2, 3])
  })
})

describe('decodeUtf8', () => {
  it('refuses a file that is not UTF-8, naming the line of the first bad byte', () => {
    const latin1 = Buffer.from('a,b\n1,2\nCaf\xe9,3\n', 'latin1')
    const e = sourceDataError(() => decodeUtf8(latin1, 'latin1.csv'))
    expect(e.location).toEqual({ file: 'latin1.csv', row: 3 })
    expect(e.message).toMatch(/not valid UTF-8 \(first bad byte at offset 11\)/)
  })
  it('reads multi-byte UTF-8', () => {
    expect(decodeUtf8(Buffer.from('Westmorland & Furness – ü'), 'u.csv')).toBe('Westmorland & Furness – ü')
  })
})

describe('requireColumns', () => {
  const table = readCsvFile(tempFile('t.csv', 'a,b,b,c\n1,2,3,4\n'))
  it('finds columns by name', () => {
    expect(requireColumns(table, ['c', 'a'])).toEqual({ c: 3, a: 0 })
  })
  it('names a missing column and what the header holds', () => {
    const e = sourceDataError(() => requireColumns(table, ['d']))
    expect(e.location).toMatchObject({ row: 1, column: 'd' })
    expect(e.message).toMatch(/the header has: a, b, b, c/)
  })
  it('refuses a needed column that appears twice, but not an unneeded one', () => {
    expect(sourceDataError(() => requireColumns(table, ['b'])).message).toMatch(/more than once/)
    expect(() => requireColumns(table, ['a'])).not.toThrow()
  })
})
