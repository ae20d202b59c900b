// The tracker's estimates reproduced from the metrics output by a plain, separate calculation.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadGeography } from '../../src/pipeline/geography/areas.ts'
import { loadChangeProgramme } from '../../src/pipeline/geography/change-programme.ts'
import { computeMetric, type ComputedMetric } from '../../src/pipeline/metrics/compute.ts'
import { metricById } from '../../src/pipeline/metrics/registry.ts'
import { ObservationIndex } from '../../src/pipeline/metrics/series.ts'
import { TRACKED_METRICS, trackMetric } from '../../src/pipeline/programme/change-programme.ts'
import { readRealSources } from '../helpers/real-data.ts'

const g = loadGeography()
const partnerships = loadChangeProgramme(g)
let computed: Map<string, ComputedMetric>
beforeAll(async () => {
  const index = new ObservationIndex((await readRealSources()).observations)
  computed = new Map(TRACKED_METRICS.map((id) => [id, computeMetric(metricById(id)!, index, g)]))
})

/** Mean over LAs of (mean of the LA's "after" values - mean of its "before" values). */
function groupChange(m: ComputedMetric, las: string[], before: string[], after: string[]): { change: number; n: number } {
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length
  const changes: number[] = []
  for (const la of las) {
    const vals = (ps: string[]) => m.values.filter((v) => v.area === la && ps.includes(v.period) && v.value !== null).map((v) => v.value!)
    const b = vals(before)
    const a = vals(after)
    if (b.length > 0 && a.length > 0) changes.push(mean(a) - mean(b))
  }
  return { change: mean(changes), n: changes.length }
}

describe('Change Programme tracker on the real data', () => {
  it.each([
    ['ehcp_mainstream_pct', ['202223'], ['202324', '202425']],
    ['ehcp_special_pct', ['202223'], ['202324', '202425']],
    ['ehcp_per_1000_0_25', ['202223'], ['202324', '202425']],
    ['ehcp_issued_20_weeks_pct', ['2022'], ['2023', '2024']],
  ])("%s: the estimate is the pilot LAs' mean change minus the other LAs'", (id, before, after) => {
    const m = computed.get(id)!
    const included = g.las.filter((la) => !la.smallNumbers).map((la) => la.code)
    const pilot = groupChange(
      m,
      included.filter((c) => partnerships.has(c)),
      before,
      after,
    )
    const other = groupChange(
      m,
      included.filter((c) => !partnerships.has(c)),
      before,
      after,
    )
    const t = trackMetric(m, g, partnerships)
    expect(t.did).not.toBeNull()
    expect(t.did!.pilotLas).toBe(pilot.n)
    expect(t.did!.comparisonLas).toBe(other.n)
    expect(t.did!.estimate).toBeCloseTo(pilot.change - other.change, 10)
    expect(t.did!.lower).toBeLessThan(t.did!.estimate)
    expect(t.did!.upper).toBeGreaterThan(t.did!.estimate)
  })
})
