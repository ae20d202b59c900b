// Adapter for ONS mid-year population estimate workbooks: the "MYE2 - Persons" sheet, one row per
// area (countries, regions, counties, unitary authorities, districts...) and one column per single
// year of age. We keep England, the regions and the upper-tier areas that match DfE's LAs, for the
// ages the dashboard needs, and set every other row aside with its geography type.
import { readSheet } from 'read-excel-file/node'
import { SourceDataError } from '../errors.ts'
import { resolveCode } from '../geography/harmonise.ts'
import { AccountBook } from './accounts.ts'
import type { ReadInput, ReadResult } from './adapter.ts'
import { breakdownOf, checkValue, type Observation } from './observation.ts'

export interface OnsPopulationSpec {
  format: 'ons-mye-xlsx'
  sheet: string
  /** The mid-year the estimates are for, e.g. "2023". */
  midYear: string
  /** Single years of age to keep (inclusive). */
  minAge: number
  maxAge: number
}

/** Upper-tier code prefixes: unitary authorities, metropolitan districts, London boroughs, counties. */
const UPPER_TIER = /^E(06|08|09|10)\d{6}$/

export function columnLetter(index: number): string {
  let n = index + 1
  let s = ''
  while (n > 0) {
    const r = (n - 1) % 26
    s = String.fromCharCode(65 + r) + s
    n = Math.floor((n - 1) / 26)
  }
  return s
}

export async function readOnsPopulation(input: ReadInput, spec: OnsPopulationSpec): Promise<ReadResult> {
  const book = new AccountBook(input.sourceId, input.displayName)
  let rows: unknown[][]
  try {
    rows = (await readSheet(input.path, spec.sheet)) as unknown[][]
  } catch (e) {
    throw new SourceDataError({ file: input.displayName }, `cannot read sheet "${spec.sheet}" (${(e as Error).message})`)
  }
  const at = (row: number, column: string | undefined, message: string) =>
    new SourceDataError(
      column === undefined
        ? { file: `${input.displayName} [${spec.sheet}]`, row }
        : { file: `${input.displayName} [${spec.sheet}]`, row, column },
      message,
    )

  const headerAt = rows.findIndex((r) => String(r[0] ?? '').trim() === 'Code')
  if (headerAt < 0) throw at(1, 'A', 'cannot find the header row (a row whose first cell is "Code")')
  const header = rows[headerAt]!.map((c) => String(c ?? '').trim())
  const geographyCol = header.indexOf('Geography')
  if (geographyCol < 0) throw at(headerAt + 1, undefined, 'the header has no "Geography" column')
  const ageCols: Array<{ age: number; index: number }> = []
  for (let age = spec.minAge; age <= spec.maxAge; age++) {
    const index = header.indexOf(String(age))
    if (index < 0) throw at(headerAt + 1, undefined, `the header has no column for age ${age}`)
    ageCols.push({ age, index })
  }

  const observations: Observation[] = []
  book.read(headerAt + 1)
  for (let n = 0; n <= headerAt; n++) book.setAside('title, notes and header rows')
  for (let i = headerAt + 1; i < rows.length; i++) {
    const row = rows[i]!
    const line = i + 1
    book.read()
    const code = String(row[0] ?? '').trim()
    const geographyType = String(row[geographyCol] ?? '').trim()
    if (code === '') {
      book.setAside('blank row')
      continue
    }
    if (!code.startsWith('E')) {
      book.setAside('area outside England')
      continue
    }
    const wanted = code === input.geography.england.code || code.startsWith('E12') || UPPER_TIER.test(code)
    if (!wanted) {
      book.setAside(`${geographyType || 'area'} rows (not a DfE local authority level)`)
      continue
    }
    const resolved = resolveCode(input.geography, code)
    if (!resolved)
      throw at(line, 'A', `unknown area code "${code}" ("${String(row[1] ?? '')}", ${geographyType}): not in the geography tables`)
    if (resolved.recode) book.recoded(`${resolved.recode.fromCode} counted as ${resolved.area.name} (${resolved.recode.toCode})`)
    for (const { age, index } of ageCols) {
      const cell = row[index]
      if (typeof cell !== 'number')
        throw at(line, columnLetter(index), `expected a number of people aged ${age}, found "${String(cell ?? '')}"`)
      const wrong = checkValue('count', cell)
      if (wrong) throw at(line, columnLetter(index), wrong)
      observations.push({
        source: input.sourceId,
        line,
        areaCode: resolved.area.code,
        areaType: resolved.area.type,
        period: spec.midYear,
        periodKind: 'mid_year',
        measure: 'population',
        breakdown: breakdownOf({ age: String(age) }),
        value: cell,
        missing: null,
      })
      book.observed(null)
    }
    book.use()
  }
  return { observations, account: book.close() }
}
