// The funnel plot of a measure's page: control limits around England's proportion for the latest
// period, for measures whose LA values are proportions of known denominators.
import type { Funnel } from '../../contract/schemas.ts'
import type { Geography } from '../geography/areas.ts'
import type { ComputedMetric } from '../metrics/compute.ts'
import { funnelLimits } from '../statistics/funnel.ts'
import { Z95, Z998 } from '../statistics/intervals.ts'

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
