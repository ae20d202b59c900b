// The rule for implausible jumps on the real files: it flags North Yorkshire's NEET share for young
// people with an EHC plan in 2023 (4.3%, 23.1%, 2.8%, as DfE prints them), and it is not noisy: a
// few figures in the 200,000 the site shows, which a reader can check one by one.
import { beforeAll, describe, expect, it } from 'vitest'
import { benchmarkMetric, laBenchmarkAreas } from '../../src/pipeline/benchmarks/benchmarks.ts'
import { jumpNotes } from '../../src/pipeline/benchmarks/jump-notes.ts'
import { loadGeography } from '../../src/pipeline/geography/areas.ts'
import { computeMetric } from '../../src/pipeline/metrics/compute.ts'
import { METRICS, metricById } from '../../src/pipeline/metrics/registry.ts'
import type { MetricDefinition } from '../../src/pipeline/metrics/definition.ts'
import { ObservationIndex } from '../../src/pipeline/metrics/series.ts'
import { readRealSources } from '../helpers/real-data.ts'

const g = loadGeography()
const NORTH_YORKSHIRE = g.las.find((a) => a.name === 'North Yorkshire')!.code
let index: ObservationIndex
let neighbours: Awaited<ReturnType<typeof readRealSources>>['neighbours']
beforeAll(async () => {
  const read = await readRealSources()
  index = new ObservationIndex(read.observations)
  neighbours = read.neighbours
})

function cautionsOf(def: MetricDefinition) {
  const m = computeMetric(def, index, g)
  const { distributions } = benchmarkMetric(m, laBenchmarkAreas(g), neighbours)
  return { m, notes: jumpNotes(m, distributions, g.las) }
}

describe('implausible jumps in the real figures', () => {
  it("flag North Yorkshire's 2023 NEET share for 16-17 year olds with an EHC plan, and its gap to no SEN", () => {
    const { m, notes } = cautionsOf(metricById('neet_16_17_ehcp_pct')!)
    const ny = m.values.filter((v) => v.area === NORTH_YORKSHIRE).map((v) => [v.period, v.value])
    expect(ny).toEqual([
      ['2022', 4.3],
      ['2023', 23.1],
      ['2025', 2.8],
    ])
    expect(notes.filter((n) => n.areas.includes(NORTH_YORKSHIRE))).toEqual([
      { areas: [NORTH_YORKSHIRE], periods: ['2023'], note: expect.stringMatching(/far higher than the figures just before and after it/) },
    ])
    const gap = cautionsOf(metricById('neet_16_17_ehcp_gap_pp')!).notes
    expect(gap.filter((n) => n.areas.includes(NORTH_YORKSHIRE)).map((n) => n.periods)).toEqual([['2023']])
  })

  it('flag a few figures across every measure, each a spike that comes straight back', () => {
    const flagged = METRICS.flatMap((def) => {
      const { m, notes } = cautionsOf(def)
      return notes.map((n) => {
        const values = m.values.filter((v) => v.area === n.areas[0] && v.value !== null)
        const at = values.findIndex((v) => v.period === n.periods[0])
        return { metric: def.id, before: values[at - 1]!.value!, value: values[at]!.value!, after: values[at + 1]!.value! }
      })
    })
    // Checked by eye when the rule was set: 21 figures in 15 measures (a personal budget share of
    // 99.9% between 6.7% and 0.7%, ceased plans at 155 per 1,000 between 8 and 5, ...). The SEN2
    // history added about 40, 18 of them plans ended because the needs were met (Norfolk 2016: 646
    // of 3,637 plans, against 76 and 110 the years either side), each a one-year spike.
    expect(flagged.length).toBeGreaterThanOrEqual(10)
    expect(flagged.length).toBeLessThanOrEqual(80)
    for (const f of flagged) {
      const up = f.value > Math.max(f.before, f.after)
      expect(up || f.value < Math.min(f.before, f.after), JSON.stringify(f)).toBe(true)
    }
  })
})
