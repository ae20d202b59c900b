import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseTribunalCell, readTribunalTable, withoutFootnotes, type TribunalSpec } from '../../src/pipeline/read/tribunal-table.ts'
import { fixture, inputFor, tempFile } from '../helpers/read-input.ts'

const spec: TribunalSpec = { format: 'tribunal-table', uncodedAreas: { Poole: '836' }, codeCorrections: { Darlington: '841' } }

describe('SEND Tribunal appeal-rate table', () => {
  const { observations, account } = readTribunalTable(inputFor(fixture('tribunal/appeal-rate.csv')), spec)
  const get = (area: string, year: string, measure: string) =>
    observations.find((o) => o.areaCode === area && o.period === year && o.measure === measure)

  it('reads counts with thousands separators and rates with % signs', () => {
    expect(get('E06000005', '2023', 'appealable_decisions')).toMatchObject({ value: 1071, periodKind: 'calendar_year', line: 6 })
    expect(get('E06000005', '2023', 'appeal_rate')?.value).toBe(1.3)
    expect(get('E92000001', '2024', 'appeals_registered')?.value).toBe(22276)
    expect(get('E92000001', '2024', 'appealable_decisions')?.value).toBe(689739)
  })

  it('reads "-" as a true zero and the other symbols as missing with a reason', () => {
    expect(get('E06000005', '2022', 'appeals_registered')).toMatchObject({ value: 0, missing: null })
    expect(get('E10000006', '2023', 'appeals_registered')).toMatchObject({ value: null, missing: 'not_available' })
    expect(get('E10000006', '2024', 'appeals_registered')).toMatchObject({ value: null, missing: 'not_published' })
    expect(get('E06000053', '2022', 'appeals_registered')).toMatchObject({ value: null, missing: 'suppressed' })
    expect(get('E06000053', '2022', 'appeal_rate')).toMatchObject({ value: null, missing: 'suppressed' })
  })

  it('places LAs by DfE number, including former LAs and the known uncoded rows', () => {
    expect(get('E10000006', '2022', 'appeals_registered')).toMatchObject({ value: 46, areaType: 'former_la' })
    expect(get('E06000063', '2024', 'appeals_registered')?.value).toBe(65)
    expect(get('E06000029', '2022', 'appealable_decisions')).toMatchObject({ value: 538, areaType: 'former_la' })
  })

  it('ignores the "In development" columns and accounts for every row', () => {
    expect(new Set(observations.map((o) => o.period))).toEqual(new Set(['2022', '2023', '2024']))
    expect(observations).toHaveLength(6 * 9)
    expect(account.rowsRead).toBe(16)
    expect(account.rowsUsed).toBe(6)
    expect(account.setAside).toEqual({
      'title and header rows': 4,
      'region heading': 1,
      'notes and partial totals below the England total': 5,
    })
  })

  it('stops on an uncoded row it does not know, on an unknown number, and on a changed layout', () => {
    const text = readFileSync(fixture('tribunal/appeal-rate.csv'), 'utf8')
    expect(() => readTribunalTable(inputFor(tempFile('t.csv', text.replace('Poole5,,', 'Bournemouth5,,'))), spec)).toThrow(
      /row 9, column "LA code": "Bournemouth5" has figures but no LA code/,
    )
    expect(() => readTribunalTable(inputFor(tempFile('t.csv', text.replace('Darlington,841', 'Darlington,999'))), spec)).toThrow(
      /row 6, column "LA code": unknown local authority number "999"/,
    )
    expect(() =>
      readTribunalTable(inputFor(tempFile('t.csv', text.replace('Appeals registered4,Total', 'Appeals lodged,Total'))), spec),
    ).toThrow(/row 4, column "column 3": unexpected header "Appeals lodged"/)
    expect(() => readTribunalTable(inputFor(tempFile('t.csv', text.split('"England Total')[0]!)), spec)).toThrow(/no "England Total" row/)
  })

  it('parses cells strictly', () => {
    expect(parseTribunalCell(' 1,234 ', 'count')).toEqual({ value: 1234, missing: null })
    expect(parseTribunalCell('11.20%', 'percent')).toEqual({ value: 11.2, missing: null })
    expect(parseTribunalCell('12', 'percent')).toHaveProperty('problem')
    expect(parseTribunalCell('1.5%', 'count')).toHaveProperty('problem')
    expect(parseTribunalCell('12,34', 'count')).toHaveProperty('problem')
    expect(withoutFootnotes('England Total4,9')).toBe('England Total')
    expect(withoutFootnotes('Cumberland8')).toBe('Cumberland')
  })
})
