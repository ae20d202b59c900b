// Changes in words: the size and direction, or why no change is given, said so that it never reads
// as "no change"; places counted from the highest; the ages a sentence covers.
import { describe, expect, it } from 'vitest'
import { changePhrase, placePhrase, plainReason, rankPhrase, similarAreasLead, withAges, type ChangeContext } from '../../src/site/words.ts'
import type { Benchmark } from '../../src/contract/schemas.ts'
import { METRICS } from '../../src/pipeline/metrics/registry.ts'
import type { MetricDefinition } from '../../src/pipeline/metrics/definition.ts'
import { pid } from '../helpers/periods.ts'

const points = (x: number) => `${x.toFixed(1)} percentage points`

/** A measure counted on the January census, whose series breaks when SEN2 became a record per child. */
const PLANS: ChangeContext = {
  periods: ['201920', '202021', '202122', '202223', '202324'].map((id) => ({
    id: pid(id),
    kind: 'january',
    label: `January ${Number(id.slice(0, 4)) + 1}`,
    short: `Jan ${id.slice(2, 4)}`,
  })),
  breaks: [
    {
      from: pid('202223'),
      note: 'From January 2023 the SEN2 return holds a record for each child or young person instead of local authority totals, so figures before and after are not fully comparable.',
    },
  ],
}

/** Termly suspensions, with the COVID-19 terms the publisher flags. */
const TERMS: ChangeContext = {
  periods: ['201819-summer', '201920-summer', '202021-summer'].map((id) => ({
    id: pid(id),
    kind: 'term',
    label: `Summer term ${id.slice(0, 4)}/${id.slice(4, 6)}`,
    short: id,
  })),
  breaks: [],
  flaggedPeriods: {
    periods: [pid('201920-summer')],
    note: 'Schools were closed to most pupils from 23 March 2020 (COVID-19). DfE advises care in comparing these terms with others.',
  },
}

describe('changePhrase', () => {
  it('says the direction and size of a change, from the period before', () => {
    expect(changePhrase({ from: pid('202223'), change: -3.85, withheld: null }, PLANS, '202324', points)).toBe(
      'down 3.9 percentage points compared with January 2023',
    )
    expect(changePhrase({ from: pid('202223'), change: 0, withheld: null }, PLANS, '202324', points)).toBe(
      'unchanged compared with January 2023',
    )
    expect(changePhrase(null, PLANS, '202324', points)).toBeNull()
  })

  it('says why a change across a series break cannot be given, in plain words, and gives no number', () => {
    const text = changePhrase({ from: pid('201920'), change: null, withheld: 'series_break' }, PLANS, '202324', points)
    expect(text).toBe('we cannot give a change since January 2020, because the way councils count EHC plans changed in 2023')
    // Never a sentence that could be read as "the figure has not changed".
    expect(text).not.toMatch(/no change|not changed|unchanged/)
  })

  it('says why a change from or to a period the publisher flags cannot be given', () => {
    expect(changePhrase({ from: pid('201920-summer'), change: null, withheld: 'flagged_period' }, TERMS, '202021-summer', points)).toBe(
      'we cannot give a change since Summer term 2019/20, because COVID-19 disrupted schools in 2020 and 2021',
    )
  })

  it('says a break of a kind it has no plain words for truthfully, naming where the new series starts', () => {
    const other: ChangeContext = { ...PLANS, breaks: [{ from: pid('202122'), note: 'The return was redesigned.' }] }
    expect(changePhrase({ from: pid('201920'), change: null, withheld: 'series_break' }, other, '202324', points)).toBe(
      'we cannot give a change since January 2020, because figures from January 2022 on are counted differently',
    )
  })

  it("has plain words for every series break and flagged period in the registry's measures", () => {
    const all: readonly MetricDefinition[] = METRICS
    const notes = new Set(all.flatMap((m) => [...m.breaks.map((b) => b.note), ...(m.flaggedPeriods ? [m.flaggedPeriods.note] : [])]))
    expect(notes.size).toBeGreaterThan(5)
    for (const note of notes) expect(plainReason(note), note).not.toBeNull()
  })
})

describe('places among similar areas', () => {
  it('say "the highest" for the first place, never "the 1st highest"', () => {
    expect(placePhrase(1)).toBe('the highest')
    expect(placePhrase(1, true)).toBe('the joint highest')
    expect(placePhrase(2)).toBe('the 2nd highest')
    expect(placePhrase(11)).toBe('the 11th highest')
    const ranked = (rank: number, tiedWith: number) => ({ rank: { rank, of: 150, tiedWith } }) as Benchmark
    expect(rankPhrase(ranked(1, 0))).toBe('the highest of 150 local authorities')
    expect(rankPhrase(ranked(1, 2))).toBe('the joint highest of 150 local authorities')
    expect(rankPhrase(ranked(139, 0))).toBe('the 139th highest of 150 local authorities')
  })

  it('lead the list so that its first name is not read as one of the neighbours', () => {
    expect(similarAreasLead('Leeds', 10, 'January 2025')).toBe(
      'Figures for Leeds and its 10 statistical neighbours (similar areas), January 2025, from the highest:',
    )
    expect(similarAreasLead('Rutland', 1, undefined)).toBe(
      'Figures for Rutland and its 1 statistical neighbour (similar areas), from the highest:',
    )
    expect(similarAreasLead('Leeds', 10, '2024/25', 'per 10,000 pupils')).toBe(
      'Figures for Leeds and its 10 statistical neighbours (similar areas), 2024/25, per 10,000 pupils, from the highest:',
    )
  })
})

describe('withAges', () => {
  it('names the ages of a sentence about children and young people that does not say them', () => {
    expect(withAges('{value} of children and young people with an EHC plan are in mainstream schools', '0-25')).toBe(
      '{value} of children and young people aged 0-25 with an EHC plan are in mainstream schools',
    )
  })

  it('leaves sentences that name their ages, or have no age range, as they are', () => {
    for (const [sentence, ages] of [
      ['there are {number} EHC plans for every 1,000 children and young people aged 0-25', '0-25'],
      ['{value} of children aged 5-15 with an EHC plan are in mainstream schools', '5-15'],
      ['{value} children and young people under 18 were supported by NHS-funded mental health services', 'under 18'],
      ['{value} of pupils have an EHC plan', 'school age'],
    ])
      expect(withAges(sentence!, ages!)).toBe(sentence)
  })
})
