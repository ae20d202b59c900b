// The list of what the site does not show: each entry valid for the site data, naming registered
// sources and, where it points at a measure, one the registry has; none of them a measure shown.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { NotShownEntrySchema } from '../../src/contract/schemas.ts'
import { isMetricId, METRICS } from '../../src/pipeline/metrics/registry.ts'
import { NOT_SHOWN } from '../../src/pipeline/metrics/registry/not-shown.ts'
import { parseRegistry } from '../../src/pipeline/sources/registry.ts'

describe('what the site does not show', () => {
  const sources = new Set(parseRegistry(readFileSync('data/sources.json', 'utf8'), 'data/sources.json').map((s) => s.id))

  it('says what and why, naming registered sources and measures of the registry', () => {
    expect(NOT_SHOWN.length).toBeGreaterThan(20)
    for (const e of NOT_SHOWN) expect(NotShownEntrySchema.safeParse(e).success, e.what).toBe(true)
    expect(NOT_SHOWN.flatMap((e) => e.sources).filter((id) => !sources.has(id))).toEqual([])
    expect(NOT_SHOWN.flatMap((e) => (e.instead === null || isMetricId(e.instead) ? [] : [e.instead]))).toEqual([])
    // A thing whose file is not here at all names no source; its reason says so.
    expect(NOT_SHOWN.filter((e) => !e.why.endsWith('.') || (e.sources.length === 0 && !/not here/.test(e.why))).map((e) => e.what)).toEqual(
      [],
    )
  })

  it('lists each thing once, and nothing the registry shows under the same title', () => {
    expect(new Set(NOT_SHOWN.map((e) => e.what)).size).toBe(NOT_SHOWN.length)
    const titles = new Set(METRICS.map((m) => m.title.toLowerCase()))
    expect(NOT_SHOWN.filter((e) => titles.has(e.what.toLowerCase())).map((e) => e.what)).toEqual([])
  })
})
