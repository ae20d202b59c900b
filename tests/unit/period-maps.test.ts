// The period maps the EHC plan history relies on: each source's periods landing on the right
// metric periods, checked against the publishers' own conventions (worked out in the comments).
import { describe, expect, it } from 'vitest'
import type { SourcePeriod } from '../../src/pipeline/metrics/definition.ts'
import {
  calendarYear,
  calendarYearFromMidYear,
  calendarYearOfJanuary,
  januaryAfterCalendarYear,
  januaryOfCalendarYear,
  years,
} from '../../src/pipeline/metrics/period-maps.ts'

const calendar = (period: string): SourcePeriod => ({ period, periodKind: 'calendar_year' })
const academic = (period: string): SourcePeriod => ({ period, periodKind: 'academic_year' })
const mid = (period: string): SourcePeriod => ({ period, periodKind: 'mid_year' })

describe('years: an older release only for the years a newer one does not cover', () => {
  const until2018 = years(2010, 2018, januaryOfCalendarYear)
  it('keeps source years first..last, inclusive', () => {
    // The 2022 release codes the January 2010 snapshot as 2010: January 2010 is academic year 2009/10.
    expect(until2018(calendar('2010'), [])).toEqual([{ id: '200910', kind: 'january' }])
    expect(until2018(calendar('2018'), [])).toEqual([{ id: '201718', kind: 'january' }])
    expect(until2018(calendar('2009'), [])).toEqual([])
    expect(until2018(calendar('2019'), [])).toEqual([])
  })
  it('reads the year from the start of a two-year period too', () => {
    expect(years(2019, 2019, calendarYear)(academic('201920'), [])).toEqual([])
    expect(years(2019, 2019, calendarYearOfJanuary)(academic('201920'), [])).toEqual([{ id: '2020', kind: 'calendar_year' }])
  })
})

describe('januaryAfterCalendarYear', () => {
  it("puts the old SEN2 return's 2019 personal budgets on January 2020, as DfE's 2025 release does (2019/20)", () => {
    expect(januaryAfterCalendarYear(calendar('2019'), [])).toEqual([{ id: '201920', kind: 'january' }])
    expect(januaryAfterCalendarYear(calendar('2014'), [])).toEqual([{ id: '201415', kind: 'january' }])
    expect(januaryAfterCalendarYear(academic('201920'), [])).toEqual([])
  })
})

describe('calendarYearOfJanuary', () => {
  it('takes the January 2024 caseload (2023/24) as the stock at the start of 2024', () => {
    expect(calendarYearOfJanuary(academic('202324'), [])).toEqual([{ id: '2024', kind: 'calendar_year' }])
    expect(calendarYearOfJanuary(calendar('2024'), [])).toEqual([])
  })
})

describe('calendarYearFromMidYear', () => {
  it('gives each year its own mid-year estimate, and the latest estimate to the year after it', () => {
    const available = [mid('2022'), mid('2023')]
    expect(calendarYearFromMidYear(mid('2022'), available)).toEqual([{ id: '2022', kind: 'calendar_year' }])
    expect(calendarYearFromMidYear(mid('2023'), available)).toEqual([
      { id: '2023', kind: 'calendar_year' },
      { id: '2024', kind: 'calendar_year' },
    ])
  })
  it('stops serving a year once its own estimate is available', () => {
    const available = [mid('2022'), mid('2023'), mid('2024')]
    expect(calendarYearFromMidYear(mid('2023'), available)).toEqual([{ id: '2023', kind: 'calendar_year' }])
    expect(calendarYearFromMidYear(calendar('2023'), available)).toEqual([])
  })
})
