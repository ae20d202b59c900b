// The funnel plot's control limits on a measure's page: around England's proportion in the latest
// period with LA figures, from the smallest to the largest LA denominator, checked against limits
// worked out by hand from p ± z·√(p(1−p)/n).
import { describe, expect, it } from 'vitest'
import { loadGeography } from '../../src/pipeline/geography/areas.ts'
import type { ComputedMetric } from '../../src/pipeline/metrics/compute.ts'
import { metricById } from '../../src/pipeline/metrics/registry.ts'
import { metricFunnel } from '../../src/pipeline/benchmarks/funnel.ts'
import type { MetricValue } from '../../src/contract/schemas.ts'
import { periodsOf, pid } from '../helpers/periods.ts'

const g = loadGeography()
const percent = metricById('ehcp_mainstream_pct')!
const rate = metricById('ehcp_per_1000_0_25')!

function value(area: string, period: string, v: number | null, denominator: number | null, withInterval = true): MetricValue {
  return {
    metric: percent.id,
    area,
    period: pid(period),
    value: v,
    numerator: v === null || denominator === null ? null : (v / 100) * denominator,
    denominator,
    ci95: withInterval && v !== null ? { lower: v - 1, upper: v + 1 } : null,
    ci998: null,
    missing: v === null ? 'suppressed' : null,
    basis: null,
    coverage: null,
    segment: 0,
    sources: [],
  }
}

/** England at 40% in 2025; twelve LAs with denominators from 100 to 10,000; older and odd rows around them. */
function metric(over: Partial<ComputedMetric> = {}, las = 12): ComputedMetric {
  const codes = g.las.slice(0, las).map((a) => a.code)
  const sizes = codes.map((_, i) => (i === 0 ? 100 : i === codes.length - 1 ? 10_000 : 500 + 100 * i))
  return {
    definition: percent,
    periods: periodsOf('january', ['202324', '202425', '202526']),
    values: [
      value(g.england.code, '202324', 30, 500_000),
      ...codes.map((c) => value(c, '202324', 30, 50)),
      value(g.england.code, '202425', 40, 600_000),
      ...codes.map((c, i) => value(c, '202425', 35 + i, sizes[i]!)),
      // A region and an LA without an interval do not set the range of denominators.
      value(g.regions[0]!.code, '202425', 41, 60_000),
      value(g.las[las]!.code, '202425', 50, 20_000, false),
      // A later period with no figures at all is not "latest".
      value(g.england.code, '202526', null, null),
    ],
    ...over,
  }
}

describe('metricFunnel', () => {
  it("draws limits around England's latest proportion, from the smallest to the largest LA denominator", () => {
    const f = metricFunnel(metric(), g)!
    expect(f.period).toBe('202425')
    expect(f.centre).toBe(40)
    expect(f.limits).toHaveLength(60)
    const [first, last] = [f.limits[0]!, f.limits.at(-1)!]
    // n = 100: √(0.4 × 0.6 / 100) = 0.0489898; 1.959964 × that = 0.0960182; 3.090232 × that = 0.1513899.
    expect(first.n).toBeCloseTo(100, 9)
    expect(first.lower95).toBeCloseTo(30.39818, 4)
    expect(first.upper95).toBeCloseTo(49.60182, 4)
    expect(first.lower998).toBeCloseTo(24.86101, 4)
    expect(first.upper998).toBeCloseTo(55.13899, 4)
    // n = 10,000: a tenth of the spread.
    expect(last.n).toBeCloseTo(10_000, 6)
    expect(last.lower95).toBeCloseTo(39.039818, 5)
    expect(last.upper95).toBeCloseTo(40.960182, 5)
    expect(last.lower998).toBeCloseTo(38.486101, 5)
    expect(last.upper998).toBeCloseTo(41.513899, 5)
    // Evenly spaced on a log scale: the middle step is the geometric middle of 100 and 10,000.
    expect(Math.sqrt(f.limits[29]!.n * f.limits[30]!.n)).toBeCloseTo(1000, 6)
  })

  it('draws no funnel for rates, without an England figure, or with fewer than ten LAs', () => {
    expect(metricFunnel(metric({ definition: rate }), g)).toBeNull()
    const noEngland = metric()
    noEngland.values = noEngland.values.filter((v) => !(v.area === g.england.code && v.period === '202425'))
    expect(metricFunnel(noEngland, g)).toBeNull()
    expect(metricFunnel(metric({}, 9), g)).toBeNull()
  })
})
