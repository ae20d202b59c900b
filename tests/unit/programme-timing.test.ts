import { describe, expect, it } from 'vitest'
import type { MetricPeriodKind } from '../../src/contract/periods.ts'
import { basePeriod, programmeYear } from '../../src/pipeline/programme/timing.ts'

const year = (id: string, kind: MetricPeriodKind) => programmeYear({ id, kind })
const base = (id: string, kind: MetricPeriodKind) => basePeriod({ id, kind }).id

describe('which side of September 2023 a period falls on', () => {
  it('January census: January 2023 is the last before the start, January 2024 the first after', () => {
    expect(['202122', '202223', '202324', '202425'].map((id) => year(id, 'january'))).toEqual([-1, 0, 1, 2])
    expect(base('202425', 'january')).toBe('202223')
    expect(base('201011', 'january')).toBe('202223')
  })
  it('academic years and terms: 2022/23 and its terms are before; autumn 2023/24 is the first term after', () => {
    expect(['202122', '202223', '202324'].map((id) => year(id, 'academic_year'))).toEqual([-1, 0, 1])
    const terms = ['202223-autumn', '202223-spring', '202223-summer', '202324-autumn', '202324-spring', '202324-summer', '202425-autumn']
    expect(terms.map((id) => year(id, 'term'))).toEqual([0, 0, 0, 1, 1, 1, 2])
  })
  it('terms are measured from the same term of 2022/23', () => {
    expect(base('202425-spring', 'term')).toBe('202223-spring')
    expect(base('201920-autumn', 'term')).toBe('202223-autumn')
    expect(base('202324-summer', 'term')).toBe('202223-summer')
  })
  it('calendar years: 2023 (mostly before the start, and 20-week figures drawn from earlier requests) is the base; 2024 is the first after', () => {
    expect(['2022', '2023', '2024'].map((id) => year(id, 'calendar_year'))).toEqual([-1, 0, 1])
    expect(base('2024', 'calendar_year')).toBe('2023')
  })
  it('financial years: 2022-23 is before, 2023-24 (mostly after September 2023) after', () => {
    expect(['202223', '202324'].map((id) => year(id, 'financial_year'))).toEqual([0, 1])
  })
  it('NEET years (December to February): the 2023 average is before, 2024 and 2025 after', () => {
    expect(['2022', '2023', '2024', '2025'].map((id) => year(id, 'neet_year'))).toEqual([-1, 0, 1, 2])
  })
})
