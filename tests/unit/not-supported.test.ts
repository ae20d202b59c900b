// The list of what the files cannot support: each entry valid for the site data, naming only
// registered sources, and none of them a measure the registry shows.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { NotSupportedSchema } from '../../src/contract/schemas.ts'
import { METRICS } from '../../src/pipeline/metrics/registry.ts'
import { NOT_SUPPORTED } from '../../src/pipeline/metrics/registry/not-supported.ts'
import { parseRegistry } from '../../src/pipeline/sources/registry.ts'

describe('measures the files cannot support', () => {
  const registered = new Set(parseRegistry(readFileSync('data/sources.json', 'utf8'), 'data/sources.json').map((s) => s.id))

  it('says what and why, naming registered sources only', () => {
    expect(NOT_SUPPORTED.length).toBeGreaterThan(0)
    for (const n of NOT_SUPPORTED) {
      expect(NotSupportedSchema.safeParse(n).success, n.what).toBe(true)
      for (const s of n.sources) expect(registered.has(s), `${n.what}: ${s}`).toBe(true)
      expect(n.reason.length, n.what).toBeGreaterThan(40)
    }
  })

  it('lists nothing the registry shows under the same title', () => {
    const titles = new Set(METRICS.map((m) => m.title.toLowerCase()))
    for (const n of NOT_SUPPORTED) expect(titles.has(n.what.toLowerCase()), n.what).toBe(false)
  })
})
