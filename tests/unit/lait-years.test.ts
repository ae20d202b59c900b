import { describe, expect, it } from 'vitest'
import { laitPeriod, readLaitLong } from '../../src/pipeline/read/long-table.ts'
import { inputFor, sourceDataError, tempFile } from '../helpers/read-input.ts'

describe('LAIT year labels', () => {
  it('reads each form of year a LAIT measure uses', () => {
    expect(laitPeriod('2025', 'january-census')).toEqual({ id: '202425', kind: 'academic_year' })
    expect(laitPeriod('2023/24', 'academic-year')).toEqual({ id: '202324', kind: 'academic_year' })
    expect(laitPeriod('2025', 'academic-year-end')).toEqual({ id: '202425', kind: 'academic_year' })
    expect(laitPeriod('2025 (prov)', 'academic-year-end')).toEqual({ id: '202425', kind: 'academic_year' })
    expect(laitPeriod('2023', 'academic-year-start')).toEqual({ id: '202324', kind: 'academic_year' })
    expect(laitPeriod('2025', 'calendar-year')).toEqual({ id: '2025', kind: 'calendar_year' })
    expect(laitPeriod('2024-25 (OT)', 'financial-year-outturn')).toEqual({ id: '202425', kind: 'financial_year' })
  })

  it('refuses a year in another form than the measure uses', () => {
    expect(laitPeriod('2024-25 (OT)', 'academic-year-end')).toMatch(
      /expected a year like 2025 or 2025 \(prov\) for this measure, found "2024-25 \(OT\)"/,
    )
    expect(laitPeriod('2023/24', 'calendar-year')).toMatch(/expected a year like 2025/)
    expect(laitPeriod('2024-26 (OT)', 'financial-year-outturn')).toMatch(/"2024-26 \(OT\)": time_period "202426"/)
  })

  const header = 'Short Desc,Data item,Years,LA and Regions,Values,LA Number,Region\n'
  const spec = {
    format: 'lait-long',
    measures: {
      KS1P_EHCP: { kind: 'percent', years: 'academic-year-end' },
      CINPermExclusion: { kind: 'percent', years: 'academic-year-end' },
      SEN_NoID_AVG_Prog8_Score: { kind: 'score', years: 'academic-year-end' },
      SENFinance: { kind: 'amount', years: 'financial-year-outturn' },
    },
  } as const

  it('reads provisional years, negative scores and outturn years, and sets aside the placeholder year "0"', () => {
    const path = tempFile(
      'lait.csv',
      `${header}KS1P_EHCP,,2025 (prov),Leeds,15,383.0,Yorkshire and The Humber\nCINPermExclusion,,0,Leeds,-,383.0,Yorkshire and The Humber\nSEN_NoID_AVG_Prog8_Score,,2024,Hartlepool,-0.36,805.0,North East\nSENFinance,,2024-25 (OT),England,110,970.0,NA\n`,
    )
    const { observations, account } = readLaitLong(inputFor(path), spec)
    expect(observations.map((o) => [o.measure, o.areaCode, o.period, o.periodKind, o.value])).toEqual([
      ['KS1P_EHCP', 'E08000035', '202425', 'academic_year', 15],
      ['SEN_NoID_AVG_Prog8_Score', 'E06000001', '202324', 'academic_year', -0.36],
      ['SENFinance', 'E92000001', '202425', 'financial_year', 110],
    ])
    expect(account.setAside).toEqual({ 'year "0" with no figure (a LAIT placeholder)': 1 })
  })

  it('sets aside the zeros LAIT writes for councils abolished before the period, and keeps their real figures', () => {
    const path = tempFile(
      'lait.csv',
      `${header}KS1P_EHCP,,2024,Bournemouth (Pre LG),0,837.0,South West\nKS1P_EHCP,,2021,Bournemouth (Pre LG),23.81,837.0,South West\nKS1P_EHCP,,2018,Bournemouth (Pre LG),0,837.0,South West\n`,
    )
    const { observations, account } = readLaitLong(inputFor(path), spec)
    expect(observations.map((o) => [o.areaCode, o.period, o.value])).toEqual([
      ['E06000028', '202021', 23.81],
      ['E06000028', '201718', 0],
    ])
    expect(account.setAside).toEqual({ 'a 0 for a council abolished before the period (a LAIT placeholder)': 1 })
  })

  it('stops on a year "0" that carries a figure, naming the row and column', () => {
    const path = tempFile('lait.csv', `${header}CINPermExclusion,,0,Leeds,3.1,383.0,Yorkshire and The Humber\n`)
    expect(sourceDataError(() => readLaitLong(inputFor(path), spec)).location).toMatchObject({ row: 2, column: 'Years' })
  })
})
