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

describe('SEND Tribunal table: corrections', () => {
  // Central Bedfordshire (823) and Cambridgeshire (873), 2024: each row prints the other's
  // appealable decisions. Dorset (838): 2018 is the county council area (835), as the rows for 2018
  // give Bournemouth; 2024 the new council, as they give Bournemouth, Christchurch and Poole.
  const file = fixture('tribunal/swapped-pair.csv')
  const corrected: TribunalSpec = {
    format: 'tribunal-table',
    uncodedAreas: { Bournemouth: '837' },
    codeCorrections: {},
    formerAreaYears: { Dorset: { number: '835' } },
    swappedCells: [{ year: '2024', measure: 'appealable_decisions', labels: ['Cambridgeshire', 'Central Bedfordshire'] }],
  }
  const { observations, account } = readTribunalTable(inputFor(file), corrected)
  const get = (area: string, year: string, measure: string) =>
    observations.find((o) => o.areaCode === area && o.period === year && o.measure === measure)
  const CENTRAL_BEDFORDSHIRE = 'E06000056'
  const CAMBRIDGESHIRE = 'E10000003'

  it('puts a swapped pair back, tracing each figure to the row it is printed in, and reads neither rate', () => {
    expect(get(CENTRAL_BEDFORDSHIRE, '2024', 'appealable_decisions')).toMatchObject({ value: 4410, line: 7 })
    expect(get(CAMBRIDGESHIRE, '2024', 'appealable_decisions')).toMatchObject({ value: 8246, line: 6 })
    // Appeals stay where they are printed; 169 / 8,246 = 2.05% and 140 / 4,410 = 3.17% from the counts.
    expect(get(CENTRAL_BEDFORDSHIRE, '2024', 'appeals_registered')).toMatchObject({ value: 140, line: 6 })
    expect(get(CAMBRIDGESHIRE, '2024', 'appeals_registered')).toMatchObject({ value: 169, line: 7 })
    expect(get(CENTRAL_BEDFORDSHIRE, '2024', 'appeal_rate')).toBeUndefined()
    expect(get(CAMBRIDGESHIRE, '2024', 'appeal_rate')).toBeUndefined()
    expect(get(CAMBRIDGESHIRE, '2018', 'appeal_rate')?.value).toBe(1.6)
    expect(account.checks).toEqual([
      "2024 appealable decisions: Cambridgeshire's row gives 4,410 and Central Bedfordshire's 8,246, each the other's figure; they are swapped back, and the two rates DfE computed from them are not used.",
    ])
  })

  it('reads the table as printed without the correction', () => {
    const printed = readTribunalTable(inputFor(file), { ...corrected, swappedCells: [] }).observations
    const at = (area: string) => printed.find((o) => o.areaCode === area && o.period === '2024' && o.measure === 'appealable_decisions')
    expect(at(CENTRAL_BEDFORDSHIRE)?.value).toBe(8246)
    expect(at(CAMBRIDGESHIRE)?.value).toBe(4410)
  })

  it("files a row's years under the former LA or the new one by the councils each year's rows give", () => {
    expect(get('E10000009', '2018', 'appealable_decisions')).toMatchObject({ value: 2592, areaType: 'former_la', line: 11 })
    expect(get('E06000059', '2024', 'appealable_decisions')).toMatchObject({ value: 4622, areaType: 'la', line: 11 })
    expect(get('E06000059', '2018', 'appealable_decisions')).toBeUndefined()
    expect(get('E10000009', '2024', 'appealable_decisions')).toBeUndefined()
    expect(account.recoded).toEqual({
      '"Dorset" in 2018 counted as Dorset (county council area before April 2019) (E10000009): the rows for those years name Bournemouth': 1,
    })
    // Without the entry, the whole row is the new council's.
    const whole = readTribunalTable(inputFor(file), { ...corrected, formerAreaYears: {} }).observations
    expect(whole.find((o) => o.areaCode === 'E06000059' && o.period === '2018' && o.measure === 'appeals_registered')?.value).toBe(44)
  })

  it('stops when a correction does not fit the table or the geography', () => {
    const read = (spec: Partial<TribunalSpec>) => () => readTribunalTable(inputFor(file), { ...corrected, ...spec })
    expect(read({ swappedCells: [{ year: '2024', measure: 'appealable_decisions', labels: ['Cambridgeshire', 'Luton'] }] })).toThrow(
      /swappedCells lists "Luton" for 2024, but the table has no such row or year/,
    )
    expect(read({ formerAreaYears: { Dorset: { number: '836' } } })).toThrow(
      /row 11, column "LA code": formerAreaYears gives "Dorset" the number 836, which is not a former LA replaced by Dorset/,
    )
    // A year whose rows give neither Bournemouth nor Bournemouth, Christchurch and Poole cannot be placed.
    const neither = tempFile('neither.csv', readFileSync(file, 'utf8').replace('Bournemouth5,,20,"1,078",1.90%', 'Bournemouth5,,..,..,..'))
    expect(() => readTribunalTable(inputFor(neither), corrected)).toThrow(
      /row 11, column "LA code": cannot tell whether "Dorset" in 2018 is Dorset \(county council area before April 2019\) or Dorset: the year's rows name both or neither side/,
    )
    // Bournemouth with figures in 2024 too: the rows name both sides that year.
    const both = tempFile(
      'both.csv',
      readFileSync(file, 'utf8').replace('Bournemouth5,,20,"1,078",1.90%, .. , .. ,..', 'Bournemouth5,,20,"1,078",1.90%,1,10,10.00%'),
    )
    expect(() => readTribunalTable(inputFor(both), corrected)).toThrow(/cannot tell whether "Dorset" in 2024/)
  })
})
