import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readEesCsv, type EesCsvSpec } from '../../src/pipeline/read/ees-csv.ts'
import { fixture, inputFor, sourceDataError, tempFile } from '../helpers/read-input.ts'

const caseloadSpec: EesCsvSpec = {
  format: 'ees-csv',
  measures: { ehcplans: 'count', mainstream_total: 'count', mainstream_total_pc: 'percent' },
  breakdownColumns: ['breakdown_topic', 'breakdown'],
  keep: { breakdown_topic: ['All EHC plans', 'Child or young persons age'] },
}
const total = 'breakdown_topic=All EHC plans|breakdown=All EHC plans'

describe('EES CSV adapter, 2025 layout (BOM, new_la_code before old_la_code)', () => {
  const { observations, account } = readEesCsv(inputFor(fixture('ees/caseload-2025-layout.csv')), caseloadSpec)
  const find = (area: string, measure: string, breakdown = total) =>
    observations.find((o) => o.areaCode === area && o.measure === measure && o.breakdown === breakdown)

  it('reads England, region and LA values with their periods', () => {
    expect(find('E92000001', 'ehcplans')).toMatchObject({
      value: 1000,
      missing: null,
      areaType: 'england',
      period: '202425',
      periodKind: 'academic_year',
      line: 2,
    })
    expect(find('E12000003', 'mainstream_total_pc')).toMatchObject({ value: 40, areaType: 'region' })
    expect(find('E08000035', 'ehcplans')).toMatchObject({ value: 200, areaType: 'la' })
  })

  it('turns every EES missing-value symbol into a reason, never a zero', () => {
    expect(find('E06000065', 'mainstream_total')).toMatchObject({ value: null, missing: 'not_available' }) // x
    expect(find('E06000065', 'mainstream_total_pc')).toMatchObject({ value: null, missing: 'not_applicable' }) // z
    expect(find('E08000035', 'mainstream_total')).toMatchObject({ value: null, missing: 'suppressed' }) // c
    expect(find('E08000035', 'mainstream_total_pc')).toMatchObject({ value: null, missing: 'low_reliability' }) // u
    const age16 = 'breakdown_topic=Child or young persons age|breakdown=age 16'
    expect(find('E08000035', 'mainstream_total', age16)).toMatchObject({ value: null, missing: 'below_half' }) // low
    expect(find('E08000035', 'mainstream_total_pc', age16)).toMatchObject({ value: null, missing: 'not_available' }) // :
    expect(find('E06000028', 'mainstream_total')).toMatchObject({ value: null, missing: 'not_published' }) // empty
  })

  it('counts an old code under its current area and records the recode', () => {
    expect(find('E06000065', 'ehcplans')?.value).toBe(100)
    expect(observations.some((o) => o.areaCode === 'E10000023')).toBe(false)
    expect(account.recoded).toEqual({ 'E10000023 counted as North Yorkshire (E06000065)': 1 })
  })

  it('keeps a former LA under its own code and type', () => {
    expect(find('E06000028', 'ehcplans')).toMatchObject({ value: 50, areaType: 'former_la', period: '201819' })
  })

  it('accounts for every row: used, or set aside with the reason', () => {
    expect(account.rowsRead).toBe(9)
    expect(account.rowsUsed).toBe(6)
    expect(account.setAside).toEqual({
      'breakdown_topic "Ethnicity" not used': 1,
      'geographic level "Local authority district" is not published on the dashboard': 1,
      'duplicate of an earlier row': 1,
    })
    expect(account.observations).toBe(observations.length)
    expect(observations.length).toBe(6 * 3)
  })
})

describe('EES CSV adapter, 2022 layout (old_la_code first, CRLF, quoted empty cells)', () => {
  const spec: EesCsvSpec = {
    format: 'ees-csv',
    measures: { Total_ehc: 'count', Total_ehc_pc: 'percent' },
    breakdownColumns: ['characteristic_age'],
  }
  const { observations } = readEesCsv(inputFor(fixture('ees/age-caseload-2022-layout.csv')), spec)

  it('finds columns by name whatever their order', () => {
    expect(observations.find((o) => o.areaCode === 'E92000001' && o.measure === 'Total_ehc')).toMatchObject({
      value: 473255,
      period: '2022',
      periodKind: 'calendar_year',
      breakdown: 'characteristic_age=Total',
    })
    expect(observations.find((o) => o.areaCode === 'E06000060' && o.measure === 'Total_ehc')).toMatchObject({
      value: 800,
      breakdown: 'characteristic_age=Age 16 to 19',
    })
  })

  it('uses old_la_code when new_la_code is blank, and maps 2013 codes forward', () => {
    expect(observations.find((o) => o.areaCode === 'E09000007' && o.measure === 'Total_ehc')?.value).toBe(1500)
    expect(observations.find((o) => o.areaCode === 'E08000037' && o.measure === 'Total_ehc')).toMatchObject({ value: 900, period: '2013' })
    expect(observations.find((o) => o.areaCode === 'E10000006')?.areaType).toBe('former_la')
  })

  it('reads the same file with LF line ends and no BOM identically', () => {
    const lf = tempFile('lf.csv', readFileSync(fixture('ees/age-caseload-2022-layout.csv'), 'utf8').replace(/\r\n/g, '\n'))
    expect(readEesCsv(inputFor(lf), spec).observations.map(({ source: _s, ...o }) => o)).toEqual(
      observations.map(({ source: _s, ...o }) => o),
    )
  })
})

describe('EES CSV adapter, NCCIS files', () => {
  const spec: EesCsvSpec = {
    format: 'ees-csv',
    measures: { Cohort_DJFavg: 'average', NEET_NK_EHCP_percent: 'percent' },
    keep: { Age: ['16-17'] },
  }
  const { observations, account } = readEesCsv(inputFor(fixture('ees/neet-2021-layout.csv')), spec)
  it('reads averages, empty cells and suppressed cells', () => {
    expect(observations.find((o) => o.areaCode === 'E92000001' && o.measure === 'Cohort_DJFavg')?.value).toBe(1208392.7)
    expect(observations.find((o) => o.areaCode === 'E12000004' && o.measure === 'NEET_NK_EHCP_percent')?.missing).toBe('not_published')
    expect(observations.find((o) => o.areaCode === 'E06000015' && o.measure === 'NEET_NK_EHCP_percent')?.missing).toBe('suppressed')
  })
  it('sets aside placeholder rows and London sub-regions, saying why', () => {
    expect(account.setAside).toEqual({
      'regional row with no region_code (region_name "Region demo")': 1,
      'local authority row with no code (la_name "LA demo")': 1,
      'Inner London (E13000001) is not one of the 9 regions': 1,
    })
  })
})

describe('EES CSV adapter stops on bad input, naming file, row and column', () => {
  it('an unknown LA code', () => {
    const path = fixture('ees/unknown-la.csv')
    const e = sourceDataError(() => readEesCsv(inputFor(path), { format: 'ees-csv', measures: { ehcplans: 'count' } }))
    expect(e.location).toEqual({ file: path, row: 4, column: 'new_la_code' })
    expect(e.message).toContain('unknown local authority code "E06999999"')
  })
  it('a missing column', () => {
    const path = fixture('ees/missing-column.csv')
    const e = sourceDataError(() => readEesCsv(inputFor(path), { format: 'ees-csv', measures: { ehcplans: 'count' } }))
    expect(e.location).toEqual({ file: path, row: 1, column: 'ehcplans' })
    expect(e.message).toMatch(/required column is missing/)
  })
  it('a negative count, a percentage over 100 and an unknown symbol', () => {
    const base = readFileSync(fixture('ees/unknown-la.csv'), 'utf8').split('\n').slice(0, 3).join('\n')
    const negative = tempFile('neg.csv', base.replace(',200', ',-3'))
    expect(
      sourceDataError(() => readEesCsv(inputFor(negative), { format: 'ees-csv', measures: { ehcplans: 'count' } })).location,
    ).toMatchObject({ row: 3, column: 'ehcplans' })
    const over = tempFile('over.csv', base.replace(',200', ',100.5'))
    expect(sourceDataError(() => readEesCsv(inputFor(over), { format: 'ees-csv', measures: { ehcplans: 'percent' } })).message).toMatch(
      /between 0 and 100/,
    )
    const symbol = tempFile('symbol.csv', base.replace(',200', ',k'))
    expect(sourceDataError(() => readEesCsv(inputFor(symbol), { format: 'ees-csv', measures: { ehcplans: 'count' } })).message).toMatch(
      /neither a number nor a known missing-value symbol/,
    )
  })
  it('a time period in a new format', () => {
    const base = readFileSync(fixture('ees/unknown-la.csv'), 'utf8').split('\n').slice(0, 3).join('\n')
    const path = tempFile('period.csv', base.replace('202425,Academic year,Local', '2024/25,Academic year,Local'))
    expect(
      sourceDataError(() => readEesCsv(inputFor(path), { format: 'ees-csv', measures: { ehcplans: 'count' } })).location,
    ).toMatchObject({ row: 3, column: 'time_period' })
  })
  it('two rows for the same area and period with different values', () => {
    const base = readFileSync(fixture('ees/unknown-la.csv'), 'utf8').split('\n').slice(0, 3).join('\n')
    const path = tempFile('dupe.csv', `${base}\n${base.split('\n')[2]!.replace(',200', ',201')}\n`)
    const e = sourceDataError(() => readEesCsv(inputFor(path), { format: 'ees-csv', measures: { ehcplans: 'count' } }))
    expect(e.location.row).toBe(4)
    expect(e.message).toMatch(/first at row 3/)
  })
})

describe('EES CSV adapter: known publisher errors', () => {
  const base = readFileSync(fixture('ees/unknown-la.csv'), 'utf8').split('\n').slice(0, 3).join('\n')
  // Leeds's row gives 200; suppose the publisher printed the England total (1000) in it by mistake.
  const wrong = tempFile('wrong.csv', `${base.replace(',200', ',1000')}\n`)
  const rule = {
    measure: 'ehcplans',
    printed: '1000',
    rows: { geographic_level: ['Local authority'], region_code: ['E12000003'] },
    why: "the LA row repeats England's total",
  }
  const spec: EesCsvSpec = { format: 'ees-csv', measures: { ehcplans: 'count' }, publisherErrors: [rule] }

  it('reads the wrong cell as missing, with the reason, and leaves other rows alone', () => {
    const { observations, account } = readEesCsv(inputFor(wrong), spec)
    expect(observations.find((o) => o.areaCode === 'E08000035')).toMatchObject({ value: null, missing: 'publisher_error' })
    expect(observations.find((o) => o.areaCode === 'E92000001')).toMatchObject({ value: 1000, missing: null })
    expect(account.missing).toEqual({ publisher_error: 1 })
  })

  it('stops when the rule no longer matches (a corrected release), naming the file and column', () => {
    const corrected = tempFile('corrected.csv', `${base}\n`)
    const e = sourceDataError(() => readEesCsv(inputFor(corrected), spec))
    expect(e.location).toEqual({ file: corrected, column: 'ehcplans' })
    expect(e.message).toMatch(/no longer in the file.*remove the rule/)
  })

  it('needs the columns its rows name', () => {
    const e = sourceDataError(() =>
      readEesCsv(inputFor(wrong), { ...spec, publisherErrors: [{ ...rule, rows: { breakdown: ['Total'] } }] }),
    )
    expect(e.location).toMatchObject({ row: 1, column: 'breakdown' })
  })
})

describe('EES CSV adapter: rows known to count only part of an area', () => {
  const base = readFileSync(fixture('ees/unknown-la.csv'), 'utf8').split('\n').slice(0, 3).join('\n')
  const file = tempFile('partial.csv', `${base}\n`)
  const rule = { rows: { geographic_level: ['Local authority'], new_la_code: ['E08000035'] }, why: 'Leeds returned only part of its plans' }
  const spec: EesCsvSpec = { format: 'ees-csv', measures: { ehcplans: 'count' }, incompleteRows: [rule] }

  it('reads every measure of those rows as an incomplete return, and leaves other rows alone', () => {
    const { observations, account } = readEesCsv(inputFor(file), spec)
    expect(observations.find((o) => o.areaCode === 'E08000035')).toMatchObject({ value: null, missing: 'incomplete_return' })
    expect(observations.find((o) => o.areaCode === 'E92000001')).toMatchObject({ value: 1000, missing: null })
    expect(account.missing).toEqual({ incomplete_return: 1 })
  })

  it('stops when no row matches any more (a completed release), naming the file', () => {
    const e = sourceDataError(() =>
      readEesCsv(inputFor(file), { ...spec, incompleteRows: [{ ...rule, rows: { new_la_code: ['E06000001'] } }] }),
    )
    expect(e.location).toEqual({ file })
    expect(e.message).toMatch(/Leeds returned only part.*no longer in the file.*remove the rule/)
  })
})
