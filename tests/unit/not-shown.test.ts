// The list of what the files cannot show: each entry names registered sources and, where it points
// at a measure, one the registry has.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isMetricId } from '../../src/pipeline/metrics/registry.ts'
import { NOT_SHOWN } from '../../src/pipeline/metrics/registry/not-shown.ts'
import { parseRegistry } from '../../src/pipeline/sources/registry.ts'

describe('what the files cannot show', () => {
  const sources = new Set(parseRegistry(readFileSync('data/sources.json', 'utf8'), 'data/sources.json').map((s) => s.id))

  it('names registered sources, and measures of the registry', () => {
    expect(NOT_SHOWN.flatMap((e) => e.sources).filter((id) => !sources.has(id))).toEqual([])
    expect(NOT_SHOWN.flatMap((e) => (e.instead === null || isMetricId(e.instead) ? [] : [e.instead]))).toEqual([])
    expect(NOT_SHOWN.every((e) => e.sources.length > 0 && e.why.endsWith('.'))).toBe(true)
  })

  it('lists each thing once', () => {
    expect(new Set(NOT_SHOWN.map((e) => e.what)).size).toBe(NOT_SHOWN.length)
  })
})
