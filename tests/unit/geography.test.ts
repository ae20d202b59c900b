import { describe, expect, it } from 'vitest'
import { slugify } from '../../src/pipeline/geography/areas.ts'
import { resolveCode, resolveOldLaCode } from '../../src/pipeline/geography/harmonise.ts'
import { realGeography } from '../helpers/read-input.ts'

describe('the 2025 geography tables', () => {
  const g = realGeography()
  it('hold England, 9 regions and 153 LAs, each LA in a region', () => {
    expect(g.regions).toHaveLength(9)
    expect(g.las).toHaveLength(153)
    for (const region of g.regions) expect(g.las.some((la) => la.regionCode === region.code)).toBe(true)
    expect(g.las.filter((la) => la.regionCode === 'E12000007')).toHaveLength(33) // 32 boroughs and the City of London
  })

  it('map same-area old codes to the current code, with the note', () => {
    expect(resolveCode(g, 'E10000023')?.area.name).toBe('North Yorkshire')
    expect(resolveCode(g, 'E10000023')?.recode?.toCode).toBe('E06000065')
    expect(resolveCode(g, 'E10000027')?.area.code).toBe('E06000066')
    expect(resolveCode(g, 'E08000016')?.area.code).toBe('E08000038')
    expect(resolveCode(g, 'E08000019')?.area.code).toBe('E08000039')
    expect(resolveCode(g, 'E10000002')?.area.code).toBe('E06000060')
    expect(resolveCode(g, 'E06000060')?.recode).toBeUndefined()
  })

  it('keep former LAs as themselves, pointing at their successors', () => {
    const cumbria = resolveCode(g, 'E10000006')?.area
    expect(cumbria?.type).toBe('former_la')
    expect(g.former.find((f) => f.code === 'E10000006')?.successorCodes).toEqual(['E06000063', 'E06000064'])
    expect(g.former.find((f) => f.code === 'E10000021')?.successorCodes).toEqual(['E06000061', 'E06000062'])
    expect(g.former.map((f) => f.name)).toEqual(expect.arrayContaining(['Bournemouth', 'Poole', 'Northamptonshire', 'Cumbria']))
  })

  it('know nothing else', () => {
    expect(resolveCode(g, 'E06999999')).toBeUndefined()
    expect(resolveCode(g, 'E07000163')).toBeUndefined()
  })

  it('resolve DfE numbers for England, regions and LAs', () => {
    expect(resolveOldLaCode(g, '970')?.area.type).toBe('england')
    expect(resolveOldLaCode(g, '986')?.area.name).toBe('London')
    expect(resolveOldLaCode(g, '383')?.area.name).toBe('Leeds')
    expect(resolveOldLaCode(g, '909')?.area.type).toBe('former_la')
    expect(resolveOldLaCode(g, '987')).toBeUndefined()
  })

  it('give every area a unique page name', () => {
    expect(slugify('Bristol, City of')).toBe('bristol-city-of')
    expect(slugify('Westmorland & Furness')).toBe('westmorland-and-furness')
    expect(slugify('St. Helens')).toBe('st-helens')
    expect(new Set(g.las.map((a) => a.slug)).size).toBe(153)
  })
})
