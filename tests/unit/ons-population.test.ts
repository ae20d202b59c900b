import { describe, expect, it } from 'vitest'
import { SourceDataError } from '../../src/pipeline/errors.ts'
import { columnLetter, readOnsPopulation, type OnsPopulationSpec } from '../../src/pipeline/read/ons-population.ts'
import { inputFor, tempFile } from '../helpers/read-input.ts'
import { xlsx } from '../helpers/xlsx.ts'

const spec: OnsPopulationSpec = { format: 'ons-mye-xlsx', sheet: 'MYE2 - Persons', midYear: '2023', minAge: 0, maxAge: 2 }
const header = ['Code', 'Name', 'Geography', 'All ages', '0', '1', '2', '3']
const workbook = (rows: Array<Array<string | number | null>>) =>
  tempFile(
    'mye.xlsx',
    xlsx('MYE2 - Persons', [['MYE2: Persons by single year of age'], ['This worksheet contains one table.'], header, ...rows]),
  )

describe('ONS mid-year estimates adapter', () => {
  it('keeps England, regions and upper-tier LAs for the wanted ages, and accounts for the rest', async () => {
    const path = workbook([
      ['K04000001', 'ENGLAND AND WALES', 'Country', 100, 1, 2, 3, 4],
      ['E92000001', 'ENGLAND', 'Country', 90, 10, 11, 12, 13],
      ['E12000003', 'YORKSHIRE AND THE HUMBER', 'Region', 50, 5, 6, 7, 8],
      ['E06000065', 'North Yorkshire', 'Unitary Authority', 20, 2, 3, 4, 5],
      ['E08000016', 'Barnsley', 'Metropolitan District', 20, 1, 1, 1, 1],
      ['E10000016', 'Kent', 'County', 30, 3, 3, 3, 3],
      ['E07000105', 'Ashford', 'Non-metropolitan District', 5, 1, 1, 1, 1],
      ['E11000003', 'South Yorkshire', 'Metropolitan County', 40, 4, 4, 4, 4],
      ['W06000001', 'Isle of Anglesey', 'Unitary Authority', 7, 1, 1, 1, 1],
    ])
    const { observations, account } = await readOnsPopulation(inputFor(path), spec)
    const value = (code: string, age: number) => observations.find((o) => o.areaCode === code && o.breakdown === `age=${age}`)?.value
    expect(value('E92000001', 0)).toBe(10)
    expect(value('E92000001', 2)).toBe(12)
    expect(value('E92000001', 3)).toBeUndefined()
    expect(value('E06000065', 1)).toBe(3)
    expect(value('E08000038', 0)).toBe(1) // Barnsley's old code, counted under the new one
    expect(value('E10000016', 2)).toBe(3)
    expect(observations[0]).toMatchObject({ period: '2023', periodKind: 'mid_year', measure: 'population', line: 5 })
    expect(account.rowsRead).toBe(12)
    expect(account.rowsUsed).toBe(5)
    expect(account.setAside).toEqual({
      'title, notes and header rows': 3,
      'area outside England': 2,
      'Non-metropolitan District rows (not a DfE local authority level)': 1,
      'Metropolitan County rows (not a DfE local authority level)': 1,
    })
    expect(account.recoded).toEqual({ 'E08000016 counted as Barnsley (E08000038)': 1 })
  })

  it('names the sheet, row and column of a bad cell', async () => {
    const path = workbook([['E92000001', 'ENGLAND', 'Country', 90, 10, 'n/a', 12, 13]])
    await expect(readOnsPopulation(inputFor(path), spec)).rejects.toThrow(SourceDataError)
    await expect(readOnsPopulation(inputFor(path), spec)).rejects.toThrow(
      /\[MYE2 - Persons\], row 4, column "F": expected a number of people aged 1/,
    )
  })

  it('stops on an unknown upper-tier code and on a missing age column', async () => {
    await expect(
      readOnsPopulation(inputFor(workbook([['E06999999', 'Nowhere', 'Unitary Authority', 1, 1, 1, 1, 1]])), spec),
    ).rejects.toThrow(/row 4, column "A": unknown area code "E06999999"/)
    await expect(readOnsPopulation(inputFor(workbook([])), { ...spec, maxAge: 5 })).rejects.toThrow(/no column for age 4/)
  })

  it('writes spreadsheet column letters', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA'])
  })
})
