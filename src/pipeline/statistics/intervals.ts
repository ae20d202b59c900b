// Confidence intervals for the dashboard's proportions and rates, following the methods in the
// Public Health England "Technical Guide: confidence intervals": Wilson score intervals for
// proportions; exact Poisson limits for small counts and Byar's approximation otherwise.
//
// Counts must be whole numbers. Every count in the sources is a number of pupils, plans or
// appeals, so a fraction means a percentage or rate was passed by mistake; the exact Poisson
// limits are not even defined for fractions.

/** Standard normal quantile for a two-sided 95% interval. */
export const Z95 = 1.959963984540054
/** Standard normal quantile for a two-sided 99.8% interval (funnel-plot outer limits). */
export const Z998 = 3.090232306167813

export interface Interval {
  lower: number
  upper: number
}

export interface ValueWithInterval {
  value: number
  lower: number
  upper: number
}

/** Wilson score interval for a proportion count/n, returned as proportions in [0, 1]. */
export function wilsonInterval(count: number, n: number, z: number): Interval {
  checkZ(z)
  checkCount(count, 'count')
  checkCount(n, 'n')
  if (n === 0) throw new RangeError('n must be positive')
  if (count > n) throw new RangeError(`count (${count}) must not exceed n (${n})`)
  // Written with counts rather than p so that the square root never sees a rounding-negative p(1-p).
  const z2 = z * z
  const centre = 2 * count + z2
  const spread = z * Math.sqrt(z2 + (4 * count * (n - count)) / n)
  const denominator = 2 * (n + z2)
  // At the edges the limits are exactly 0 and 1 mathematically; don't let rounding say otherwise.
  return {
    lower: count === 0 ? 0 : clamp((centre - spread) / denominator, 0, 1),
    upper: count === n ? 1 : clamp((centre + spread) / denominator, 0, 1),
  }
}

/**
 * Confidence interval for a Poisson count (the numerator of a rate per population):
 * exact limits (from the chi-square / gamma relationship, i.e. the Poisson CDF) when count < 10,
 * Byar's approximation when count >= 10. Returned as counts; divide by the population for a rate.
 */
export function poissonCountInterval(count: number, z: number): Interval {
  // PHE's threshold: below 10 Byar's approximation is noticeably off.
  return count < 10 ? exactPoissonInterval(count, z) : byarInterval(count, z)
}

/** Byar's approximation to the exact Poisson limits for a count. */
export function byarInterval(count: number, z: number): Interval {
  checkZ(z)
  checkCount(count, 'count')
  const o = count
  const o1 = count + 1
  // The lower formula is 0 * (-Infinity) at O = 0, and can dip below 0 for tiny counts with a large z.
  const lower = o === 0 ? 0 : Math.max(0, o * (1 - 1 / (9 * o) - z / (3 * Math.sqrt(o))) ** 3)
  const upper = o1 * (1 - 1 / (9 * o1) + z / (3 * Math.sqrt(o1))) ** 3
  return { lower, upper }
}

/**
 * Exact Poisson limits: lower is the mean λ with P(X ≥ O | λ) = α/2 (0 when O = 0), upper the λ with
 * P(X ≤ O | λ) = α/2, where α = 2(1 − Φ(z)). Solved by bisection on the Poisson tail probabilities
 * (equivalent to the chi-square quantiles χ²(α/2; 2O)/2 and χ²(1 − α/2; 2O + 2)/2).
 */
export function exactPoissonInterval(count: number, z: number): Interval {
  checkZ(z)
  checkCount(count, 'count')
  const tail = normalUpperTail(z) // α/2
  const lower = count === 0 ? 0 : bisectIncreasing((lambda) => poissonUpperTail(count, lambda), tail, 0, count)
  // P(X ≤ O | λ = O) ≥ 0.5 > α/2, so the upper limit lies above O; double until it is bracketed.
  let hi = 2 * count + 4
  while (poissonCdf(count, hi) > tail) hi *= 2
  const upper = bisectIncreasing((lambda) => -poissonCdf(count, lambda), -tail, count, hi)
  return { lower, upper }
}

/** Rate per `per` population (e.g. per 1,000) with its interval. */
export function rateWithInterval(count: number, population: number, per: number, z: number): ValueWithInterval {
  if (!Number.isFinite(population) || population <= 0) throw new RangeError(`population must be positive, not ${population}`)
  if (!Number.isFinite(per) || per <= 0) throw new RangeError(`per must be positive, not ${per}`)
  const { lower, upper } = poissonCountInterval(count, z)
  const scale = per / population
  return { value: count * scale, lower: lower * scale, upper: upper * scale }
}

/** Proportion as a percentage with its Wilson interval in percent. */
export function percentWithInterval(count: number, n: number, z: number): ValueWithInterval {
  const { lower, upper } = wilsonInterval(count, n, z)
  return { value: (100 * count) / n, lower: 100 * lower, upper: 100 * upper }
}

/** A figure with the two intervals the site publishes: 95% (the likely range) and 99.8% (funnel limits, jumps). */
export interface Estimate {
  value: number
  ci95: Interval
  ci998: Interval
}

/** A percentage of a count out of n (Wilson), or a rate of a count per `per` of a population n (Poisson), with both intervals. */
export function estimate(kind: 'percent' | 'rate', count: number, n: number, per = 100): Estimate {
  const at = (z: number) => (kind === 'percent' ? percentWithInterval(count, n, z) : rateWithInterval(count, n, per, z))
  const [a, b] = [at(Z95), at(Z998)]
  return { value: a.value, ci95: { lower: a.lower, upper: a.upper }, ci998: { lower: b.lower, upper: b.upper } }
}

/** Standard normal CDF Φ(x), accurate to about 1e-15 absolute and 1e-13 relative in either tail. */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN
  return x >= 0 ? 1 - normalUpperTail(x) : normalUpperTail(-x)
}

/** 1 − Φ(x), computed directly so that small tail probabilities keep their relative accuracy. */
export function normalUpperTail(x: number): number {
  if (Number.isNaN(x)) return Number.NaN
  if (x < 0) return 1 - normalUpperTail(-x)
  if (x === Infinity) return 0
  const density = Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI)
  if (x < 3) {
    // Marsaglia (2004, J. Stat. Softw. 11(4)): Φ(x) = 1/2 + φ(x)(x + x³/3 + x⁵/(3·5) + ...).
    // All terms are positive, so no cancellation inside the sum; at x < 3 the final
    // subtraction costs at most a few digits of a value ≥ 0.00135.
    let term = x
    let sum = x
    for (let k = 3; sum + term !== sum; k += 2) {
      term *= (x * x) / k
      sum += term
    }
    return 0.5 - density * sum
  }
  // Laplace's continued fraction (Abramowitz & Stegun 26.2.14), 1 − Φ(x) = φ(x) / (x + 1/(x + 2/(x + 3/(x + ...)))),
  // converges quickly for x ≥ 3. Evaluated by the modified Lentz method.
  const tiny = 1e-300
  let f = x
  let c = x
  let d = 0
  for (let j = 1; j < 10_000; j++) {
    d = x + j * d
    if (d === 0) d = tiny
    c = x + j / c
    if (c === 0) c = tiny
    d = 1 / d
    const delta = c * d
    f *= delta
    if (Math.abs(delta - 1) < 1e-16) break
  }
  return density / f
}

/** P(X ≤ k) for X ~ Poisson(λ); a sum of positive terms, so accurate when it is small. */
function poissonCdf(k: number, lambda: number): number {
  if (lambda === 0) return 1
  // Each term from its logarithm: e^{-λ} alone underflows for λ > 745.
  const logLambda = Math.log(lambda)
  let logFactorial = 0
  let sum = 0
  for (let i = 0; i <= k; i++) {
    if (i > 0) logFactorial += Math.log(i)
    sum += Math.exp(-lambda + i * logLambda - logFactorial)
  }
  return Math.min(sum, 1)
}

/** P(X ≥ k) for X ~ Poisson(λ), summed upwards from k, so accurate when it is small (λ below k). */
function poissonUpperTail(k: number, lambda: number): number {
  if (k === 0) return 1
  if (lambda === 0) return 0
  let logFactorial = 0
  for (let i = 2; i <= k; i++) logFactorial += Math.log(i)
  let term = Math.exp(-lambda + k * Math.log(lambda) - logFactorial)
  let sum = term
  for (let i = k + 1; i < k + 100_000; i++) {
    term *= lambda / i
    if (sum + term === sum && i > lambda) break
    sum += term
  }
  return Math.min(sum, 1)
}

/** The x in [lo, hi] where the increasing function f(x) = target, to about 1e-13 relative. */
function bisectIncreasing(f: (x: number) => number, target: number, lo: number, hi: number): number {
  let a = lo
  let b = hi
  for (let i = 0; i < 200 && b - a > 1e-13 * b; i++) {
    const mid = (a + b) / 2
    if (mid === a || mid === b) break
    if (f(mid) < target) a = mid
    else b = mid
  }
  return (a + b) / 2
}

function checkCount(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0, not ${value}`)
}

function checkZ(z: number): void {
  // z ≤ 0 would mean a confidence level of 0% or less.
  if (!Number.isFinite(z) || z <= 0) throw new RangeError(`z must be a positive number, not ${z}`)
}

function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x))
}
