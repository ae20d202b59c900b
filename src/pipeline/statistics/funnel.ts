// Funnel plot control limits: where an area's proportion would fall by chance alone if its true
// value were England's, for each size of denominator. Normal approximation
// p ± z·√(p(1−p)/n) (Spiegelhalter 2005), clipped to [0, 1].

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
