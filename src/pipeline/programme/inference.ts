// Randomisation inference from a contrast's values over the real assignment and its redraws.
//   p-value: two-sided, (1 + #{redraws with |t_b| >= |t_0|}) / (1 + redraws).
//   range:   the effects tau not rejected at 5% when every pilot's number is shifted by tau, that
//            is {tau : p(tau) > 0.05} with p(tau) the p-value of t - tau * u (test inversion under
//            a constant additive effect); found by stepping out from the estimate and bisecting.
//   minimum detectable effect (80% power, 5% two-sided): if an effect tau shifts the estimate to
//            t_0 + tau, the test rejects when |t_0 + tau| exceeds c, the 95th percentile of
//            |t_b|; it does so in 80% of redraws when tau = c - q20(t_b) (or, for a fall,
//            c + q80(t_b)). The larger of the two; for a normal spread s this is (1.96 + 0.84) s.
import { deviation, quantileSorted } from 'd3'
import type { ContrastSample } from './contrasts.ts'

export const ALPHA = 0.05
export const POWER = 0.8

export interface Estimate {
  estimate: number
  low: number
  high: number
  nPilot: number
  nComparison: number
}

export interface Inferred extends Estimate {
  p: number
}

export interface Tested extends Inferred {
  minimumDetectableEffect: number
}

/** Redraws with a defined contrast (a redraw can leave a group with no LA that has a figure). */
function validRedraws(s: ContrastSample): { t: Float64Array; u: Float64Array } {
  let n = 0
  for (let b = 1; b < s.t.length; b++) if (!Number.isNaN(s.t[b]!)) n++
  const t = new Float64Array(n)
  const u = new Float64Array(n)
  n = 0
  for (let b = 1; b < s.t.length; b++) {
    if (Number.isNaN(s.t[b]!)) continue
    t[n] = s.t[b]!
    u[n++] = s.u[b]!
  }
  return { t, u }
}

function pValue(t0: number, u0: number, t: Float64Array, u: Float64Array, tau: number): number {
  const observed = Math.abs(t0 - tau * u0)
  // Ties count as extreme; a relative tolerance keeps sums taken in another order tied.
  const bar = observed - 1e-9 * Math.max(observed, Math.abs(t0), 1e-12)
  let extreme = 1
  for (let b = 0; b < t.length; b++) if (Math.abs(t[b]! - tau * u[b]!) >= bar) extreme++
  return extreme / (t.length + 1)
}

/** The end of the range on one side (direction -1 or +1) of the estimate. */
function rangeEnd(s: ContrastSample, t: Float64Array, u: Float64Array, estimate: number, scale: number, direction: number): number {
  const p = (tau: number) => pValue(s.t[0]!, s.u[0]!, t, u, tau)
  let inside = estimate
  let step = scale
  let outside = estimate + direction * step
  for (let k = 0; p(outside) > ALPHA; k++) {
    if (k === 60) return direction * Infinity
    inside = outside
    step *= 2
    outside = estimate + direction * step
  }
  for (let k = 0; k < 60 && Math.abs(outside - inside) > 1e-5 * scale; k++) {
    const mid = (inside + outside) / 2
    if (p(mid) > ALPHA) inside = mid
    else outside = mid
  }
  return inside
}

/** Estimate, range and p-value; null when the real contrast is undefined. */
export function infer(s: ContrastSample): Inferred | null {
  const t0 = s.t[0]!
  if (Number.isNaN(t0)) return null
  const { t, u } = validRedraws(s)
  const estimate = t0 / s.u[0]!
  const spread = t.length > 1 ? deviation(t)! : 0
  const scale = spread > 0 ? spread : Math.max(Math.abs(estimate), 1) * 1e-6
  return {
    estimate,
    low: rangeEnd(s, t, u, estimate, scale, -1),
    high: rangeEnd(s, t, u, estimate, scale, 1),
    nPilot: s.nPilot,
    nComparison: s.nComparison,
    p: pValue(t0, s.u[0]!, t, u, 0),
  }
}

/** The effect the test would detect with 80% power at 5% (two-sided), in either direction. */
export function minimumDetectableEffect(s: ContrastSample): number {
  const { t } = validRedraws(s)
  if (t.length === 0) return NaN
  const sorted = Array.from(t.slice().sort())
  const critical = quantileSorted(Array.from(t.map(Math.abs).sort()), 1 - ALPHA)!
  return Math.max(critical - quantileSorted(sorted, 1 - POWER)!, critical + quantileSorted(sorted, POWER)!)
}

/** infer() and the minimum detectable effect. */
export function test(s: ContrastSample): Tested | null {
  const r = infer(s)
  return r && { ...r, minimumDetectableEffect: minimumDetectableEffect(s) }
}
