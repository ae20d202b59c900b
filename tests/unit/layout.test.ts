// The theme pages' layout, declared beside the registry: every grouped id is a measure of that
// theme and is placed once, a measure no group names still appears (under "More measures"), each
// theme's headline is one of its measures, and a group's comparison count says only what was
// compared.
import { describe, expect, it } from 'vitest'
import { MEASURES } from '../../src/pipeline/metrics/registry.ts'
import { SUMMARY_HEADLINES, THEME_GROUPS, groupOf, themeLayouts } from '../../src/pipeline/metrics/layout.ts'
import { comparisonTally } from '../../src/site/theme-page.ts'

describe('THEME_GROUPS', () => {
  it("places each measure once, in its own theme's page", () => {
    const seen = new Map<string, string>()
    for (const [theme, groups] of Object.entries(THEME_GROUPS)) {
      expect(new Set(groups.map((g) => g.id)).size, `${theme}: group ids are unique`).toBe(groups.length)
      for (const g of groups)
        for (const id of g.metrics) {
          expect(seen.get(id), `${id} is in ${seen.get(id)} and ${theme}/${g.id}`).toBeUndefined()
          seen.set(id, `${theme}/${g.id}`)
          expect(MEASURES.find((m) => m.id === id)?.theme, `${id} in ${theme}/${g.id}`).toBe(theme)
        }
    }
  })

  it('opens the first group of every theme, and heads each theme with one of its measures', () => {
    for (const groups of Object.values(THEME_GROUPS)) expect(groups[0]?.folded).toBe(false)
    for (const [theme, id] of Object.entries(SUMMARY_HEADLINES)) expect(MEASURES.find((m) => m.id === id)?.theme).toBe(theme)
  })
})

describe('themeLayouts', () => {
  const who = THEME_GROUPS.who!
  it("keeps the table's order, leaves out empty groups and shows unplaced measures last, open", () => {
    const first = who[0]!.metrics[1]!
    const folded = who.find((g) => g.folded)!
    const inFolded = folded.metrics[0]!
    const layout = themeLayouts([
      { id: 'a_new_measure', theme: 'who' },
      { id: inFolded, theme: 'who' },
      { id: first, theme: 'who' },
    ]).find((l) => l.theme === 'who')!
    expect(layout.groups.map((g) => g.id)).toEqual([who[0]!.id, folded.id, 'more'])
    expect(layout.groups.map((g) => g.metrics)).toEqual([[first], [inFolded], ['a_new_measure']])
    expect(layout.groups.map((g) => g.folded)).toEqual([false, true, false])
    // The headline is left out when the site has no such measure.
    expect(layout.headline).toBeNull()
    expect(groupOf([layout]).get('a_new_measure')).toBe('more')
  })

  it('lays out every registry measure exactly once, with a headline for every theme that has one', () => {
    const layouts = themeLayouts(MEASURES)
    const placed = layouts.flatMap((l) => l.groups.flatMap((g) => g.metrics))
    expect(placed.toSorted()).toEqual(MEASURES.map((m) => m.id).toSorted())
    for (const l of layouts) expect(l.headline).toBe(SUMMARY_HEADLINES[l.theme] ?? null)
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
