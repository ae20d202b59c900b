import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parsePreparedPeriod, readPreparedTable, type PreparedTableSpec } from '../../src/pipeline/read/prepared-table.ts'
import { fixture, inputFor, sourceDataError, tempFile } from '../helpers/read-input.ts'

const PHONICS: PreparedTableSpec = {
  format: 'dfe-prepared',
  measures: { t_met: 'count', t_eligible: 'count' },
  period: { column: 'time_period', writes: 'academic-year' },
  geography: { level: 'geographic_level', laName: 'la_name', regionName: 'region_name' },
  breakdownColumns: ['characteristic'],
}

describe('DfE Inclusion Dashboard prepared tables', () => {
  const { observations, account } = readPreparedTable(inputFor(fixture('prepared/phonics.csv')), PHONICS)
  const value = (area: string, period: string, measure = 't_met') =>
    observations.find((o) => o.areaCode === area && o.period === period && o.measure === measure)

  it('places England, regions and LAs named without codes, and sets Inner London aside', () => {
    expect(value('E92000001', '201819')).toMatchObject({ value: 2640, periodKind: 'academic_year', breakdown: 'characteristic=EHC plan' })
    expect(value('E12000001', '201819')?.value).toBe(80)
    expect(value('E06000001', '201819')?.value).toBe(1)
    expect(value('E06000047', '201819')?.value).toBe(900) // "Durham" is County Durham
    expect(account.setAside['Inner or Outer London (not one of the 9 regions)']).toBe(1)
  })

  it('tells the Dorset county council area (before April 2019) from the Dorset of today by the period, where no other row shows it', () => {
    expect(value('E10000009', '201819')?.value).toBe(10)
    expect(value('E06000059', '201920')?.value).toBe(12)
    expect(value('E06000059', '201819')).toBeUndefined()
  })

  it("tells the two Dorsets apart by the period's own rows: Bournemouth and Poole, or Bournemouth, Christchurch and Poole", () => {
    const { observations: rows, account: book } = readPreparedTable(inputFor(fixture('prepared/dorset-rows.csv')), {
      ...PHONICS,
      conflictingRows: 'code-order',
    })
    const at = (area: string, period: string) => rows.find((o) => o.areaCode === area && o.period === period && o.measure === 't_met')
    // 2018/19 began before April 2019, but the rows name the new council's neighbour, so it is the new council.
    expect(at('E06000059', '201819')?.value).toBe(2615)
    expect(at('E10000009', '201819')).toBeUndefined()
    expect(at('E10000009', '201718')?.value).toBe(3000)
    expect(book.recoded).toMatchObject({
      '"Dorset" in 201819 counted as Dorset (E06000059): the rows for the period name Bournemouth, Christchurch and Poole': 1,
      '"Dorset" in 201718 counted as Dorset (county council area before April 2019) (E10000009): the rows for the period name Bournemouth, Poole': 1,
    })
    // 2019/20 names Dorset twice: the row between Bournemouth, Christchurch and Poole (E06000058) and
    // Devon (E10000008) is the new council (E06000059); the one between Devon and Gloucestershire
    // (E10000013) the county's old code (E10000009), which no longer existed, so it is set aside.
    expect(at('E06000059', '201920')?.value).toBe(1490)
    expect(rows.filter((o) => o.areaCode === 'E10000009' && o.period === '201920')).toEqual([])
    expect(
      book.setAside[
        'a second row named "Dorset" in 201920, which the codes of the rows around it place under Dorset (county council area before April 2019) (E10000009), a council that no longer existed'
      ],
    ).toBe(1)
  })

  it('stops on two rows of one name that the codes around them do not tell apart', () => {
    const lines = readFileSync(fixture('prepared/dorset-rows.csv'), 'utf8').trimEnd().split('\n')
    // Devon moved before both Dorset rows and Gloucestershire left out: both rows then sit after
    // Devon (E10000008), where only the county's old code fits, so neither is placed.
    const moved = tempFile('moved.csv', [...lines.slice(0, 8), lines[9], lines[8], lines[10]].join('\n'))
    expect(sourceDataError(() => readPreparedTable(inputFor(moved), { ...PHONICS, conflictingRows: 'code-order' })).message).toMatch(
      /row 11, column "time_period": a second row for Dorset \(E06000059\), 201920, characteristic=No SEN with different values \(first at row 10\)/,
    )
  })

  it('keeps suppression symbols as reasons and sets aside rows of zeros for councils that did not exist yet', () => {
    expect(value('E06000010', '201819')).toMatchObject({ value: null, missing: 'suppressed' })
    expect(observations.some((o) => o.areaCode === 'E06000061')).toBe(false)
    expect(account.setAside['a row of zeros for a council that did not exist in this period']).toBe(2)
    expect(account.setAside['duplicate of an earlier row']).toBe(1)
    expect(account.rowsRead).toBe(11)
  })

  it("sets aside, where the spec says so, rows under a council abolished before the period began, beside its successors' own", () => {
    // Northamptonshire was replaced by North and West Northamptonshire on 1 April 2021.
    const path = tempFile(
      'after.csv',
      [
        'time_period,geographic_level,region_name,la_name,characteristic,t_met,t_eligible',
        '202021,Local authority,East Midlands,Northamptonshire,No SEN,800,900',
        '202122,Local authority,East Midlands,North Northamptonshire,No SEN,400,450',
        '202122,Local authority,East Midlands,West Northamptonshire,No SEN,420,470',
        '202122,Local authority,East Midlands,Northamptonshire,No SEN,30,35',
      ].join('\n'),
    )
    const kept = readPreparedTable(inputFor(path), PHONICS).observations
    expect(kept.filter((o) => o.areaCode === 'E10000021').map((o) => o.period)).toEqual(['202021', '202021', '202122', '202122'])
    const { observations: rows, account: book } = readPreparedTable(inputFor(path), { ...PHONICS, afterAbolition: 'set-aside' })
    expect(rows.filter((o) => o.areaCode === 'E10000021' && o.measure === 't_met').map((o) => [o.period, o.value])).toEqual([
      ['202021', 800],
    ])
    expect(rows.find((o) => o.areaCode === 'E06000061' && o.measure === 't_met')?.value).toBe(400)
    expect(book.setAside).toEqual({
      "a row for Northamptonshire, abolished before the period began (beside its successors' own rows)": 1,
    })
  })

  it('stops on an unknown LA name, a missing column and a malformed period, naming file, row and column', () => {
    const unknown = tempFile(
      'x.csv',
      'time_period,geographic_level,region_name,la_name,characteristic,t_met,t_eligible\n201819,Local authority,North East,Atlantis,EHC plan,1,2\n',
    )
    expect(sourceDataError(() => readPreparedTable(inputFor(unknown), PHONICS)).message).toMatch(
      /row 2, column "la_name": no local authority is called "Atlantis"/,
    )
    const noColumn = tempFile(
      'y.csv',
      'time_period,geographic_level,region_name,la_name,characteristic,t_met\n201819,National,,,EHC plan,1\n',
    )
    expect(sourceDataError(() => readPreparedTable(inputFor(noColumn), PHONICS)).location).toMatchObject({ row: 1, column: 't_eligible' })
    const badPeriod = tempFile(
      'z.csv',
      'time_period,geographic_level,region_name,la_name,characteristic,t_met,t_eligible\n2018,National,,,EHC plan,1,2\n',
    )
    expect(sourceDataError(() => readPreparedTable(inputFor(badPeriod), PHONICS)).location).toMatchObject({ row: 2, column: 'time_period' })
  })

  it('stops on two rows for one area with different figures, or withholds both where the spec says the table is known to be wrong', () => {
    const path = fixture('prepared/conflict.csv')
    expect(sourceDataError(() => readPreparedTable(inputFor(path), PHONICS)).message).toMatch(
      /row 3, column "time_period": a second row for Dorset/,
    )
    const withheld = readPreparedTable(inputFor(path), { ...PHONICS, conflictingRows: 'withhold' })
    expect(withheld.observations.filter((o) => o.areaCode === 'E06000059').map((o) => o.missing)).toEqual([
      'not_available',
      'not_available',
    ])
    expect(withheld.observations.find((o) => o.areaCode === 'E06000001' && o.measure === 't_met')?.value).toBe(800)
  })

  it('reads financial years, tables without a level column, and zeros that stand for missing returns', () => {
    const spend = readPreparedTable(inputFor(fixture('prepared/spend.csv')), {
      format: 'dfe-prepared',
      measures: { total_spend: 'amount', pop_est: 'average' },
      period: { column: 'year', writes: 'financial-year' },
      geography: { laName: 'la_name' },
      breakdownColumns: ['category'],
      keep: { category: ['Total'] },
      zeroIsMissing: ['total_spend'],
    })
    const york = spend.observations.filter((o) => o.areaCode === 'E06000014' && o.measure === 'total_spend')
    expect(york.map((o) => [o.period, o.periodKind, o.value, o.missing])).toEqual([
      ['202122', 'financial_year', null, 'not_available'],
      ['202021', 'financial_year', 8067615, null],
    ])
    // Bournemouth (abolished April 2019) has a spend of 0 for 2019-20: not available, never a zero.
    expect(spend.observations.find((o) => o.areaCode === 'E06000028' && o.measure === 'total_spend')).toMatchObject({
      value: null,
      missing: 'not_available',
    })
    const england = readPreparedTable(inputFor(fixture('prepared/england-only.csv')), {
      format: 'dfe-prepared',
      measures: { total_spend: 'amount' },
      period: { column: 'year', writes: 'financial-year' },
      geography: { blank: 'england' },
    })
    expect(england.observations[0]).toMatchObject({ areaCode: 'E92000001', value: 3484252387, period: '202122' })
  })

  it('parses the period forms the tables use', () => {
    expect(parsePreparedPeriod('202223', 'academic-year')).toEqual({ id: '202223', kind: 'academic_year' })
    expect(parsePreparedPeriod('2022/23', 'academic-year')).toEqual({ id: '202223', kind: 'academic_year' })
    expect(parsePreparedPeriod('2019-20', 'financial-year')).toEqual({ id: '201920', kind: 'financial_year' })
    expect(parsePreparedPeriod('2023', 'calendar-year')).toEqual({ id: '2023', kind: 'calendar_year' })
    expect(parsePreparedPeriod('2019-21', 'financial-year')).toMatch(/expected a financial year/)
  })
})
