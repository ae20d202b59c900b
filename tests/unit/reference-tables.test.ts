import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkGeographyChanges, readGeographyChanges } from '../../src/pipeline/read/geography-changes.ts'
import { readStatisticalNeighbours } from '../../src/pipeline/read/statistical-neighbours.ts'
import { fixture, inputFor, realGeography, tempFile } from '../helpers/read-input.ts'

describe('statistical neighbours', () => {
  it('reads ten ranked neighbours per LA with closeness, on current codes', () => {
    const path = fixture('neighbours/sn.csv')
    expect(() => readStatisticalNeighbours(inputFor(path))).toThrow(
      /row 3, column "SN_1": "909" is not the number of a current local authority/,
    )
    const good = tempFile(
      'sn.csv',
      readFileSync(path, 'utf8').replace(
        '815,North Yorkshire,6,Yorkshire and the Humber,909,',
        '815,North Yorkshire,6,Yorkshire and the Humber,916,',
      ),
    )
    const { neighbours, account } = readStatisticalNeighbours(inputFor(good))
    expect(
      neighbours
        .get('E09000002')
        ?.map((n) => n.code)
        .slice(0, 3),
    ).toEqual(['E09000010', 'E06000032', 'E09000018'])
    expect(neighbours.get('E09000002')?.[0]).toEqual({ code: 'E09000010', rank: 1, closeness: 'Close' })
    expect(neighbours.get('E06000065')?.[0]?.code).toBe('E10000013')
    expect(neighbours.get('E09000002')).toHaveLength(10)
    expect(account).toMatchObject({ rowsRead: 2, rowsUsed: 2 })
  })
})

describe('ONS geography changes', () => {
  it('keeps only changes that end an upper-tier English code', () => {
    const { changes, account } = readGeographyChanges(inputFor(fixture('neighbours/geography-changes.csv')))
    expect(changes.map((c) => c.oldCode)).toEqual(['E06000028', 'E10000009', 'E08000016'])
    expect(account.setAside).toEqual({
      'change type "new_geo" does not change an LA code': 1,
      'not an upper-tier English local authority': 1,
    })
  })
  it('passes when the project table covers every change, and names the ONS row when it does not', () => {
    const g = realGeography()
    const { changes } = readGeographyChanges(inputFor(fixture('neighbours/geography-changes.csv')))
    expect(() => checkGeographyChanges(changes, g, 'changes.csv')).not.toThrow()
    const extra = [...changes, { line: 9, oldCode: 'E06000999', oldName: 'Somewhere', newCode: '', type: 'termination', year: '2026' }]
    expect(() => checkGeographyChanges(extra, g, 'changes.csv')).toThrow(
      /changes.csv, row 9, column "oldcd": ONS lists a termination of Somewhere \(E06000999\)/,
    )
    const wrong = [{ ...changes[0]!, newCode: 'E06000059' }]
    expect(() => checkGeographyChanges(wrong, g, 'changes.csv')).toThrow(/maps E06000028 to E06000059, but .* maps it to E06000058/)
  })
})
