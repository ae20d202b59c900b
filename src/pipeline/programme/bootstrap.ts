// A seeded random number generator and a bootstrap percentile interval, so that the same data give
// the same interval on every build.

/** mulberry32: small, fast and good enough for resampling; deterministic for a given seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function mean(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length
}

/**
 * Difference in differences of two groups' per-LA changes (after minus before), with a 95%
 * percentile interval from resampling LAs with replacement within each group.
 */
export function differenceInDifferences(
  pilot: readonly number[],
  comparison: readonly number[],
  replicates = 2000,
  seed = 2023,
): { estimate: number; lower: number; upper: number } {
  if (pilot.length < 2 || comparison.length < 2) throw new RangeError('need at least two LAs in each group')
  const estimate = mean(pilot) - mean(comparison)
  const random = seededRandom(seed)
  const resampleMean = (xs: readonly number[]) => {
    let s = 0
    for (let i = 0; i < xs.length; i++) s += xs[Math.floor(random() * xs.length)]!
    return s / xs.length
  }
  const draws = Array.from({ length: replicates }, () => resampleMean(pilot) - resampleMean(comparison)).sort((a, b) => a - b)
  const at = (q: number) => draws[Math.min(draws.length - 1, Math.max(0, Math.round(q * (draws.length - 1))))]!
  return { estimate, lower: at(0.025), upper: at(0.975) }
}
