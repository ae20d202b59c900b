import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { readCsvFile } from '../../src/pipeline/files/csv-file.ts'
import { sourceDataError, tempFile } from '../helpers/read-input.ts'

describe('a ZIP holding one CSV', () => {
  it('is read as that CSV, with errors naming the file inside the ZIP', () => {
    const path = tempFile('t.csv.zip', zipSync({ 't.csv': strToU8('a,b\n1,2\n') }))
    expect(readCsvFile(path, 'data/t.csv.zip')).toEqual({
      file: 'data/t.csv.zip!t.csv',
      header: ['a', 'b'],
      rows: [{ line: 2, cells: ['1', '2'] }],
    })
    const ragged = tempFile('r.csv.zip', zipSync({ 'r.csv': strToU8('a,b\n1\n') }))
    expect(sourceDataError(() => readCsvFile(ragged, 'r.csv.zip')).location).toEqual({ file: 'r.csv.zip!r.csv', row: 2 })
  })

  it('is refused when it holds more or other than one CSV', () => {
    const two = tempFile('two.zip', zipSync({ 'a.csv': strToU8('a\n1\n'), 'b.csv': strToU8('b\n2\n') }))
    expect(sourceDataError(() => readCsvFile(two, 'two.zip')).message).toMatch(/exactly one CSV file .* a\.csv, b\.csv/)
  })
})
