// The registry, as the pages and URLs rely on it: one entry per id, ids fit for a URL, every
// metric in a known theme, and every sentence says where its figure goes.
import { describe, expect, it } from 'vitest'
import { isMetricId, metricById, METRICS } from '../../src/pipeline/metrics/registry.ts'
import { THEMES } from '../../src/contract/vocabulary.ts'

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

  it('gives every metric a sentence with a place for its figure', () => {
    for (const m of METRICS) expect(m.sentence, m.id).toMatch(/\{value\}|\{number\}/)
  })
})
