// The Change Programme evaluation on the real published figures: each period's plain estimate
// reproduced from the computed metrics by a separate, plain calculation, and the findings the page
// reports (the mainstream share's pre-trend, no difference in suspensions) as they stand in the
// mirror's files.
import { beforeAll, describe, expect, it } from 'vitest'
import { ChangeProgrammeSchema, type ChangeProgramme } from '../../src/contract/change-programme.ts'
import { loadGeography } from '../../src/pipeline/geography/areas.ts'
import { loadChangeProgramme } from '../../src/pipeline/geography/change-programme.ts'
import { computeMetric, type ComputedMetric } from '../../src/pipeline/metrics/compute.ts'
import { metricById } from '../../src/pipeline/metrics/registry.ts'
import { ObservationIndex } from '../../src/pipeline/metrics/series.ts'
import { PROGRAMME_OUTCOMES } from '../../src/pipeline/programme/claims.ts'
import { evaluateFromComputed } from '../../src/pipeline/programme/evaluation.ts'
import { programmeSiteData } from '../../src/pipeline/programme/to-site-data.ts'
import { readRealSources } from '../helpers/real-data.ts'

const g = loadGeography()
const partnerships = loadChangeProgramme(g)
let computed: Map<string, ComputedMetric>
let data: ChangeProgramme
beforeAll(async () => {
  const read = await readRealSources()
  const index = new ObservationIndex(read.observations)
  computed = new Map(PROGRAMME_OUTCOMES.map((id) => [id, computeMetric(metricById(id)!, index, g)]))
  const evaluation = evaluateFromComputed([...computed.values()], g, partnerships, read.neighbours)
  data = ChangeProgrammeSchema.parse(programmeSiteData(evaluation, (code) => g.byCode.get(code)!.name))
})

/** Mean over LAs of (value in the period minus value in its base period), LAs with both. */
function groupChange(m: ComputedMetric, las: string[], period: string, base: string): { change: number; n: number } {
  const value = (la: string, p: string) => m.values.find((v) => v.area === la && v.period === p)?.value ?? null
  const changes = las.flatMap((la) => {
    const now = value(la, period)
    const then = value(la, base)
    return now === null || then === null ? [] : [now - then]
  })
  return { change: changes.reduce((s, x) => s + x, 0) / changes.length, n: changes.length }
}

describe('the Change Programme evaluation on the real data', () => {
  it.each([
    ['ehcp_mainstream_pct', (_: string) => '202223'],
    ['ehcp_special_pct', (_: string) => '202223'],
    ['suspension_rate_ehcp', (p: string) => `202223-${p.split('-')[1]}`],
    ['ehcp_issued_20_weeks_pct', (_: string) => '2023'],
  ])("%s: each period's estimate is the pilots' mean change from the base minus the other LAs'", (id, baseOf) => {
    const m = computed.get(id)!
    const included = g.las.filter((la) => !la.smallNumbers).map((la) => la.code)
    const main = data.outcomes.find((o) => o.metric === id)!.comparisons.find((c) => c.comparison === 'all_other_las')!
    expect(main.periods.length).toBeGreaterThan(3)
    for (const p of main.periods) {
      const pilot = groupChange(
        m,
        included.filter((c) => partnerships.has(c)),
        p.period,
        baseOf(p.period),
      )
      const other = groupChange(
        m,
        included.filter((c) => !partnerships.has(c)),
        p.period,
        baseOf(p.period),
      )
      expect(p.nPilot).toBe(pilot.n)
      expect(p.nComparison).toBe(other.n)
      expect(p.estimate).toBeCloseTo(pilot.change - other.change, 4)
    }
  })

  it('states its tests and its seed', () => {
    expect(data).toMatchObject({ seed: 20230901, draws: 4999, tests: 66 })
    expect(data.outcomes.slice(0, 6).map((o) => o.role)).toEqual(Array(6).fill('primary'))
  })

  it('finds the mainstream share already moving apart before the programme, and no difference in suspensions', () => {
    const main = (id: string) => data.outcomes.find((o) => o.metric === id)!.comparisons[0]!
    expect(main('ehcp_mainstream_pct').preTrend).toMatchObject({ start: '2021-09-01', estimate: expect.closeTo(-1.55, 2) })
    expect(main('ehcp_mainstream_pct').preTrend!.p).toBeLessThan(0.05)
    expect(data.claims.find((c) => c.id === 'more_in_mainstream')).toMatchObject({ verdict: 'cannot_tell', reason: 'pre_trend' })
    expect(main('suspension_rate_ehcp').effect!.p).toBeGreaterThan(0.5)
    expect(main('suspension_rate_ehcp').preTrend!.p).toBeGreaterThan(0.5)
  })
})
