import { describe, expect, it } from 'vitest'
import { readDsgOds, type DsgOdsSpec } from '../../src/pipeline/read/dsg-allocations.ts'
import { parseOdsContent, readOdsFile } from '../../src/pipeline/files/ods-file.ts'
import { ods } from '../helpers/ods.ts'
import { inputFor, sourceDataError, tempFile } from '../helpers/read-input.ts'

describe('ODS reader', () => {
  it('keeps row numbers across blank rows, reads numbers from their value, and expands repeated cells', () => {
    const xml =
      '<table:table table:name="S"><table:table-row><table:table-cell office:value-type="string"><text:p>A &amp; B</text:p></table:table-cell></table:table-row>' +
      '<table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row>' +
      '<table:table-row><table:table-cell table:number-columns-repeated="2" office:value-type="float" office:value="1500.5"><text:p>1,500.50</text:p></table:table-cell><table:table-cell/><table:table-cell office:value-type="string"><text:p>x<text:s text:c="2"/>y</text:p></table:table-cell></table:table-row></table:table>'
    const [sheet] = parseOdsContent(xml, 'f.ods')
    expect(sheet).toEqual({
      name: 'S',
      rows: [
        { row: 1, cells: ['A & B'] },
        { row: 4, cells: ['1500.5', '1500.5', '', 'x  y'] },
      ],
    })
  })

  it('refuses a file that is not a spreadsheet', () => {
    const path = tempFile('x.ods', 'not a zip')
    expect(sourceDataError(() => readOdsFile(path)).message).toMatch(/not an OpenDocument spreadsheet/)
  })
})

const SPEC: DsgOdsSpec = {
  format: 'dsg-ods',
  sheet: 'Allocations_summary',
  financialYear: '2022 to 2023',
  measures: { high_needs_block: { heading: 'High needs block (£s)', reference: '[C]' } },
}
const HEAD = [
  ['Dedicated schools grant: 2022 to 2023 allocations local authority summary', null, 'before deductions', null, null, 'after deductions'],
  [null, null, 'Schools block (£s)', 'High needs block (£s)', 'Total (£s)', 'High needs block (£s)'],
  [' ', ' ', '[A]', '[C]', '[E]', '[H]'],
  [' ', ' ', ' ', ' ', ' = [A] + [C]', ' '],
]

describe('dedicated schools grant workbooks', () => {
  it('reads the high needs block before deductions for England, LAs by number and regions, once each', () => {
    const path = tempFile(
      'dsg.ods',
      ods({
        Information: [['About']],
        Allocations_summary: [
          ...HEAD,
          ['ENGLAND', null, 100, 8988258915, 9000000000, 7985737357],
          ['202', 'Camden', 10, 50338615, 60, 47683948],
          ['909', 'Cumbria', 10, 40000000, 60, 39000000],
          [null],
          ['LONDON', null, 1, 1000, 2, 900],
          ['METROPOLITAN AUTHORITIES', null, 1, 2000, 3, 1800],
          ['LONDON', null, 1, 1000, 2, 900],
          ['Yorkshire and the Humber', null, 1, 803047413, 2, 709266114],
        ],
      }),
    )
    const { observations, account } = readDsgOds(inputFor(path), SPEC)
    expect(observations.map((o) => [o.areaCode, o.value, o.period, o.periodKind])).toEqual([
      ['E92000001', 8988258915, '202223', 'financial_year'],
      ['E09000007', 50338615, '202223', 'financial_year'],
      ['E10000006', 40000000, '202223', 'financial_year'],
      ['E12000007', 1000, '202223', 'financial_year'],
      ['E12000003', 803047413, '202223', 'financial_year'],
    ])
    expect(account.setAside).toEqual({
      'a row with no area (the formulas under the headings, or notes)': 1,
      'row "METROPOLITAN AUTHORITIES" is neither an LA, a region nor England': 1,
      'a repeat of an earlier row': 1,
    })
  })

  it('stops on a workbook for another year, a missing column, an unknown LA number and a cell that is not an amount', () => {
    const book = (rows: Array<Array<string | number | null>>, head = HEAD) =>
      tempFile('dsg.ods', ods({ Allocations_summary: [...head, ...rows] }))
    const otherYear = [['Dedicated schools grant: 2021 to 2022 allocations'], ...HEAD.slice(1)]
    expect(sourceDataError(() => readDsgOds(inputFor(book([], otherYear)), SPEC)).message).toMatch(
      /row 1, column "A": expected the title to name the financial year 2022 to 2023/,
    )
    const noColumn = HEAD.map((r, i) => (i === 2 ? r.map((c) => (c === '[C]' ? '[B]' : c)) : r))
    expect(sourceDataError(() => readDsgOds(inputFor(book([], noColumn)), SPEC)).location.column).toBe('High needs block (£s)')
    expect(sourceDataError(() => readDsgOds(inputFor(book([['999', 'Nowhere', 1, 2, 3, 4]])), SPEC)).message).toMatch(
      /row 5, column "A": unknown LA number "999"/,
    )
    expect(sourceDataError(() => readDsgOds(inputFor(book([['202', 'Camden', 1, 'tbc', 3, 4]])), SPEC)).message).toMatch(
      /row 5, column "D": expected an amount in pounds, found "tbc"/,
    )
  })
})
