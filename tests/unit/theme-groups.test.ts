// The sub-sections of each theme's page: every grouped id is a measure of that theme and is placed
// once, a measure no group names still appears (under "More measures"), and the comparison count
// says only what was compared.
import { describe, expect, it } from 'vitest'
import { METRICS } from '../../src/pipeline/metrics/registry.ts'
import type { MetricInfo } from '../../src/pipeline/site-data/types.ts'
import { THEME_GROUPS, comparisonTally, groupMeasures } from '../../src/site/theme-groups.ts'

const info = (id: string): MetricInfo => METRICS.find((m) => m.id === id) as unknown as MetricInfo

describe('THEME_GROUPS', () => {
  it("places each measure once, in its own theme's page", () => {
    const seen = new Map<string, string>()
    for (const [theme, groups] of Object.entries(THEME_GROUPS)) {
      expect(new Set(groups.map((g) => g.id)).size, `${theme}: group ids are unique`).toBe(groups.length)
      for (const g of groups)
        for (const id of g.metrics) {
          expect(seen.get(id), `${id} is in ${seen.get(id)} and ${theme}/${g.id}`).toBeUndefined()
          seen.set(id, `${theme}/${g.id}`)
          expect(METRICS.find((m) => m.id === id)?.theme, `${id} in ${theme}/${g.id}`).toBe(theme)
        }
    }
  })

  it('opens the first group of every theme', () => {
    for (const groups of Object.values(THEME_GROUPS)) expect(groups[0]?.folded).toBe(false)
  })
})

describe('groupMeasures', () => {
  const who = THEME_GROUPS.who!
  it("keeps the table's order, leaves out empty groups and shows unplaced measures last, open", () => {
    const first = info(who[0]!.metrics[0]!)
    const folded = who.find((g) => g.folded)!
    const inFolded = info(folded.metrics[0]!)
    const stranger = { ...first, id: 'a_new_measure', title: 'A new measure' } as MetricInfo
    const groups = groupMeasures('who', [stranger, inFolded, first])
    expect(groups.map((g) => g.id)).toEqual([who[0]!.id, folded.id, 'more'])
    expect(groups.map((g) => g.metrics.map((m) => m.id))).toEqual([[first.id], [inFolded.id], ['a_new_measure']])
    expect(groups.map((g) => g.folded)).toEqual([false, true, false])
  })

  it('puts every measure of a theme without a table under "More measures"', () => {
    const m = info(who[0]!.metrics[0]!)
    expect(groupMeasures('health', [m])).toEqual([{ id: 'more', title: 'More measures', folded: false, metrics: [m] }])
  })
})

describe('comparisonTally', () => {
  it('counts the comparisons made and those not made', () => {
    expect(comparisonTally(['higher', 'similar', null, 'higher', 'lower'])).toBe(
      'Compared with England: 2 higher, 1 similar, 1 lower; 1 not compared.',
    )
    expect(comparisonTally(['similar', 'similar'])).toBe('Compared with England: 2 similar.')
    expect(comparisonTally([null, null])).toBeNull()
  })
})
