// Changes in words: the size and direction, or why no change is given.
import { describe, expect, it } from 'vitest'
import { changePhrase } from '../../src/site/words.ts'
import { pid } from '../helpers/periods.ts'

describe('changePhrase', () => {
  const points = (x: number) => `${x.toFixed(1)} percentage points`

  it('says the direction and size of a change', () => {
    expect(changePhrase({ from: pid('2023'), change: -3.85, withheld: null }, '2023', points)).toBe(
      'down 3.9 percentage points compared with 2023',
    )
    expect(changePhrase({ from: pid('2023'), change: 0, withheld: null }, '2023', points)).toBe('unchanged compared with 2023')
    expect(changePhrase(null, '2023', points)).toBeNull()
  })

  it('says why a change is withheld, and gives no number', () => {
    expect(changePhrase({ from: pid('2019'), change: null, withheld: 'series_break' }, '2019', points)).toBe(
      'no change is given since 2019: a break in the series lies between the two periods, so their figures are not comparable',
    )
    expect(changePhrase({ from: pid('201920-spring'), change: null, withheld: 'flagged_period' }, 'Spring term 2019/20', points)).toBe(
      'no change is given since Spring term 2019/20: the publisher flags one of the two periods as not comparable with others (for example COVID-19 school closures)',
    )
  })
})
