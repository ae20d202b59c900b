// The registry, as the pages and URLs rely on it: one entry per id, ids fit for a URL, every
// metric in a known theme, and every sentence says where its figure goes.
import { describe, expect, it } from 'vitest'
import type { MetricDefinition } from '../../src/pipeline/metrics/definition.ts'
import { isMetricId, metricById, METRICS } from '../../src/pipeline/metrics/registry.ts'
import { THEMES } from '../../src/contract/vocabulary.ts'
import { realGeography } from '../helpers/read-input.ts'

describe('the metric registry', () => {
  it('has each id once, in lower snake case', () => {
    const ids = METRICS.map((m) => m.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(_[a-z0-9]+)*$/)
  })

  it('finds every metric by its id and nothing else', () => {
    for (const m of METRICS) expect(metricById(m.id)).toBe(m)
    expect(isMetricId('ehcp_per_1000_0_25')).toBe(true)
    expect(isMetricId('ehcp_per_1000')).toBe(false)
  })

  it('puts every metric in a theme the pages know, and lists metrics theme by theme', () => {
    const order = THEMES.map((t) => t.id as string)
    const positions = METRICS.map((m) => order.indexOf(m.theme))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
  })

  it('gives every note for particular areas known area codes, periods and words', () => {
    const g = realGeography()
    const all: readonly MetricDefinition[] = METRICS
    const noted = all.filter((m) => (m.areaNotes?.length ?? 0) > 0)
    expect(noted.length).toBeGreaterThan(10)
    for (const m of noted) {
      for (const n of m.areaNotes!) {
        expect(n.areas.length, m.id).toBeGreaterThan(0)
        for (const a of n.areas) expect(g.byCode.has(a), `${m.id} ${a}`).toBe(true)
        expect(n.periods.length, m.id).toBeGreaterThan(0)
        for (const p of n.periods) expect(p, m.id).toMatch(/^\d{4}(\d{2})?(-(autumn|spring|summer))?$/)
        expect(n.note.length, m.id).toBeGreaterThan(40)
      }
    }
  })

  it('says "statement" in the title and the numerator label of every metric whose figures count statements of SEN', () => {
    // Series reaching back before 2018 count statements with plans: the old SEN2 return's ages and
    // placements (to January 2018) and new plans (to 2018), the prepared phonics table ("EHC plan or
    // Statement"), LAIT's pupils with a statement and qualifications at 19 of those with one at 15.
    const counting = [
      ...['under_5', '5_10', '11_15', '16_19', '20_25'].map((b) => `ehcp_age_${b}_pct`),
      ...['mainstream', 'special', 'independent_special', 'ap'].map((p) => `ehcp_${p}_pct`),
      ...['mainstream', 'special', 'independent_special'].map((p) => `new_ehcp_${p}_pct`),
      'phonics_expected_ehcp',
      'phonics_gap_ehcp',
      'pupils_ehcp_pct',
      'level2_at_19_ehcp',
      'level3_at_19_ehcp',
    ]
    for (const id of counting) {
      const m = metricById(id)!
      expect(m.title, id).toMatch(/statement/)
      expect(`${m.numeratorLabel} ${m.denominatorLabel}`, id).toMatch(/statement/)
    }
  })

  it('gives every metric a sentence with a place for its figure', () => {
    for (const m of METRICS) expect(m.sentence, m.id).toMatch(/\{value\}|\{number\}/)
  })
})
