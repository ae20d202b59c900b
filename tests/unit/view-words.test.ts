// The plain words of the pages (src/site/words.ts): ranks counted from the highest, quarters,
// comparisons that never judge, missing figures and dates, against hand-written answers and the
// benchmarks of the site-data fixture.
import { describe, expect, it } from 'vitest'
import { benchmarkOf, LA_MEASURES, LAS } from './view-fixture.ts'
import { pid } from '../helpers/periods.ts'
import {
  aimText,
  changePhrase,
  comparisonPhrase,
  listText,
  longDate,
  missingText,
  notComparedText,
  ordinal,
  quarterPhrase,
  rankPhrase,
} from '../../src/site/words.ts'

describe('ranks and quarters', () => {
  it('write ordinals as English does', () => {
    const cases: Array<[number, string]> = [
      [1, '1st'],
      [2, '2nd'],
      [3, '3rd'],
      [4, '4th'],
      [11, '11th'],
      [12, '12th'],
      [13, '13th'],
      [21, '21st'],
      [22, '22nd'],
      [101, '101st'],
      [111, '111th'],
      [112, '112th'],
      [150, '150th'],
    ]
    for (const [n, text] of cases) expect(ordinal(n)).toBe(text)
  })

  it("say each fixture LA's rank and quarter as its benchmark has them", () => {
    const quarters = ['lowest', 'second-lowest', 'second-highest', 'highest']
    let ranked = 0
    for (const la of LAS)
      for (const m of LA_MEASURES) {
        const b = benchmarkOf(la.code, m.id)
        if (!b) continue
        if (!b.rank) {
          expect(rankPhrase(b)).toBeNull()
          continue
        }
        ranked++
        const joint = b.rank.tiedWith > 0 ? 'joint ' : ''
        const place = b.rank.rank === 1 ? '' : `${ordinal(b.rank.rank)} `
        expect(rankPhrase(b)).toBe(`the ${joint}${place}highest of ${b.rank.of} local authorities`)
        expect(quarterPhrase(b)).toBe(b.quartile ? `in the ${quarters[b.quartile - 1]} quarter` : null)
      }
    expect(ranked).toBeGreaterThan(10)
  })
})

describe('comparisons', () => {
  it('say higher, lower or similar, never better or worse', () => {
    expect(comparisonPhrase('higher')).toBe('higher than')
    expect(comparisonPhrase('lower')).toBe('lower than')
    expect(comparisonPhrase('similar')).toBe('similar to')
    expect(aimText('higher_is_better')).toBe('The SEND reforms aim to raise this figure.')
    expect(aimText('lower_is_better')).toBe('The SEND reforms aim to lower this figure.')
    expect(aimText('neutral')).toBeNull()
  })

  it('say why no comparison was made', () => {
    expect(notComparedText({ result: null, reason: 'no_interval' })).toBe('Not compared: published without counts')
    expect(notComparedText({ result: 'higher', reason: null })).toBe('Not compared')
    expect(notComparedText(null)).toBe('Not compared')
  })
})

describe('missing figures, periods and lists', () => {
  it('say a missing figure in words', () => {
    expect(missingText('suppressed')).toBe('suppressed by the publisher to protect confidentiality')
    expect(missingText(null)).toBe('no figure')
    expect(missingText(undefined)).toBe('no figure')
  })

  it('write dates, NEET periods and lists as sentences need them', () => {
    expect(longDate('2019-04-01')).toBe('1 April 2019')
    expect(longDate('2023-12-31')).toBe('31 December 2023')
    const points = (x: number) => `${x} points`
    const neet = {
      periods: [{ id: pid('2023'), kind: 'neet_year' as const, label: 'End of 2022 to early 2023', short: '2023' }],
      breaks: [],
    }
    expect(changePhrase({ from: pid('2023'), change: 1, withheld: null }, neet, '2025', points)).toBe(
      'up 1 points compared with the end of 2022 to early 2023',
    )
    const plans = { periods: [{ id: pid('202324'), kind: 'january' as const, label: 'January 2024', short: 'Jan 24' }], breaks: [] }
    expect(changePhrase({ from: pid('202324'), change: -1, withheld: null }, plans, '202425', points)).toBe(
      'down 1 points compared with January 2024',
    )
    expect(listText([])).toBe('')
    expect(listText(['Leeds'])).toBe('Leeds')
    expect(listText(['Leeds', 'York'])).toBe('Leeds and York')
    expect(listText(['Leeds', 'York', 'Hull'])).toBe('Leeds, York and Hull')
  })
})
