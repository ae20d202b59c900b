// Funnel plot control limits: where an area's proportion would fall by chance alone if its true
// value were England's, for each size of denominator. Normal approximation
// p ± z·√(p(1−p)/n) (Spiegelhalter 2005), clipped to [0, 1]. metricFunnel
// applies them to a metric's latest LA figures, for the funnel plot on its page.
import type { Geography } from '../geography/areas.ts'
import type { ComputedMetric } from '../metrics/compute.ts'
import type { Funnel } from '../site-data/types.ts'
import { Z95, Z998 } from './intervals.ts'

export interface FunnelPoint {
  n: number
  lower95: number
  upper95: number
  lower998: number
  upper998: number
}

/** Limits, as proportions, at `steps` denominators spaced evenly on a log scale from minN to maxN. */
export function funnelLimits(p: number, minN: number, maxN: number, z95: number, z998: number, steps = 60): FunnelPoint[] {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be a proportion, not ${p}`)
  if (!(minN > 0 && maxN >= minN)) throw new RangeError(`need 0 < minN <= maxN, got ${minN} and ${maxN}`)
  const clip = (x: number) => Math.min(1, Math.max(0, x))
  const points: FunnelPoint[] = []
  for (let i = 0; i < steps; i++) {
    const n = steps === 1 ? minN : minN * (maxN / minN) ** (i / (steps - 1))
    const se = Math.sqrt((p * (1 - p)) / n)
    points.push({
      n,
      lower95: clip(p - z95 * se),
      upper95: clip(p + z95 * se),
      lower998: clip(p - z998 * se),
      upper998: clip(p + z998 * se),
    })
  }
  return points
}

/**
 * Control limits around England's proportion for the latest period, for metrics whose LA values
 * are proportions of known denominators.
 */
export function metricFunnel(m: ComputedMetric, g: Geography): Funnel | null {
  if (m.definition.unit !== 'percent') return null
  const withValue = m.values.filter((v) => v.value !== null)
  const latest = [...m.periods].reverse().find((p) => withValue.some((v) => v.period === p.id))
  if (!latest) return null
  const england = withValue.find((v) => v.period === latest.id && v.area === g.england.code)
  const las = withValue.filter(
    (v) => v.period === latest.id && g.byCode.get(v.area)?.type === 'la' && v.denominator !== null && v.ci95 !== null,
  )
  if (!england || las.length < 10) return null
  const ns = las.map((v) => v.denominator!)
  const limits = funnelLimits(england.value! / 100, Math.max(1, Math.min(...ns)), Math.max(...ns), Z95, Z998)
  return {
    period: latest.id,
    centre: england.value!,
    limits: limits.map((l) => ({
      n: l.n,
      lower95: l.lower95 * 100,
      upper95: l.upper95 * 100,
      lower998: l.lower998 * 100,
      upper998: l.upper998 * 100,
    })),
  }
}
