import { describe, expect, it } from 'vitest'
import { parseCell } from '../../src/pipeline/read/missing.ts'
import { parsePeriod, periodLabel } from '../../src/pipeline/read/periods.ts'
import { academicYearOfJanuary } from '../../src/contract/periods.ts'

describe('parseCell', () => {
  it.each([
    ['x', 'not_available'],
    [':', 'not_available'],
    ['z', 'not_applicable'],
    ['c', 'suppressed'],
    ['u', 'low_reliability'],
    ['low', 'below_half'],
    ['', 'not_published'],
    ['  ', 'not_published'],
  ])('"%s" is missing because %s', (raw, reason) => {
    expect(parseCell(raw)).toEqual({ value: null, missing: reason })
  })

  it.each([
    ['0', 0],
    ['638745', 638745],
    ['39.2', 39.2],
    ['-0.4', -0.4],
    [' 12 ', 12],
    ['1e3', 1000],
  ])('"%s" is the number %d', (raw, value) => {
    expect(parseCell(raw)).toEqual({ value, missing: null })
  })

  it('reports anything else as a problem rather than guessing', () => {
    expect(parseCell('1,234')).toHaveProperty('problem')
    expect(parseCell('n/a')).toHaveProperty('problem')
    expect(parseCell('12%')).toHaveProperty('problem')
  })
})

describe('parsePeriod', () => {
  it('reads EES periods of each kind', () => {
    expect(parsePeriod('202425', 'Academic year')).toEqual({ id: '202425', kind: 'academic_year' })
    expect(parsePeriod('2024', 'Calendar year')).toEqual({ id: '2024', kind: 'calendar_year' })
    expect(parsePeriod('202425', 'Spring term')).toEqual({ id: '202425', kind: 'spring_term' })
    expect(parsePeriod('199900', 'Academic year')).toEqual({ id: '199900', kind: 'academic_year' })
  })
  it('refuses periods in another format or of an unknown kind', () => {
    expect(parsePeriod('2024/25', 'Academic year')).toMatch(/not in the form YYYYYY/)
    expect(parsePeriod('202426', 'Academic year')).toMatch(/form YYYYYY/)
    expect(parsePeriod('202425', 'Calendar year')).toMatch(/form YYYY/)
    expect(parsePeriod('2024', 'Quarter')).toMatch(/unknown time_identifier "Quarter"/)
  })
  it('labels periods as DfE writes them', () => {
    expect(periodLabel({ id: '202324', kind: 'academic_year' })).toBe('2023/24 academic year')
    expect(periodLabel({ id: '202425', kind: 'autumn_term' })).toBe('autumn term 2024/25')
    expect(periodLabel({ id: '2023', kind: 'mid_year' })).toBe('mid-2023')
    expect(academicYearOfJanuary(2025)).toBe('202425')
    expect(academicYearOfJanuary(2000)).toBe('199900')
  })
})
