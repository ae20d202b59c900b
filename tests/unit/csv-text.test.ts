import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { csvText } from '../../src/pipeline/site-data/csv-text.ts'

describe('CSV text for the downloads', () => {
  it('is the text Papa.unparse writes, whatever the fields hold', () => {
    const header = ['id', 'name, with comma', 'value']
    const rows = [
      ['a', 'plain', 1.5],
      ['b', 'say "hi"', -0.25],
      ['c', ' leading space', 0],
      ['d', 'trailing space ', -0],
      ['e', 'two\nlines', 1e21],
      ['f', 'carriage\rreturn', true],
      ['g', '\ufeffbom', ''],
      ['h', 'Bournemouth, Christchurch and Poole', 'x'],
      ['i', "St. Helens's", 12345.678],
    ]
    expect(csvText(header, rows)).toBe(`${Papa.unparse({ fields: header, data: rows }, { newline: '\n' })}\n`)
    expect(csvText(header, [])).toBe(`${Papa.unparse({ fields: header, data: [] }, { newline: '\n' })}\n`)
  })
})
