import { randomLcg, randomNormal } from 'd3'
import { describe, expect, it } from 'vitest'
import type { ContrastSample } from '../../src/pipeline/programme/contrasts.ts'
import { infer, minimumDetectableEffect } from '../../src/pipeline/programme/inference.ts'

/** A real contrast t0 and 9,999 redraws from a standard normal, with u as given. */
function sample(t0: number, u: (b: number) => number): ContrastSample {
  const normal = randomNormal.source(randomLcg(3))(0, 1)
  const t = Float64Array.from({ length: 10_000 }, (_, b) => (b === 0 ? t0 : normal()))
  return { t, u: Float64Array.from({ length: 10_000 }, (_, b) => (b === 0 ? 1 : u(b))), nPilot: 32, nComparison: 117 }
}

describe('randomisation inference', () => {
  it('p-value: the share of redraws at least as far from zero (the real one included)', () => {
    const s = sample(1.96, () => 0)
    const beyond = [...s.t.subarray(1)].filter((x) => Math.abs(x) >= 1.96).length
    expect(infer(s)!.p).toBe((1 + beyond) / 10_000)
    expect(infer(s)!.p).toBeCloseTo(0.05, 2)
  })
  it('range: the effects a 5% test does not reject; with u = 0 that is the estimate plus or minus the 95th percentile of |t|', () => {
    const r = infer(sample(0.7, () => 0))!
    expect(r.estimate).toBe(0.7)
    expect(r.low).toBeCloseTo(0.7 - 1.96, 1)
    expect(r.high).toBeCloseTo(0.7 + 1.96, 1)
  })
  it('range: where redraws hold real pilots (u > 0), an effect tau shifts them too, so the range is wider', () => {
    // Each redraw compares |t_b - 0.3 tau| with |t0 - tau|.
    const s = sample(0.7, () => 0.3)
    const r = infer(s)!
    const plain = infer(sample(0.7, () => 0))!
    expect(r.high - r.low).toBeGreaterThan(plain.high - plain.low)
  })
  it('no spread when nothing varies: a constant effect of 2 is recovered exactly', () => {
    const t = Float64Array.from({ length: 1000 }, (_, b) => (b === 0 ? 2 : 2 * Math.cos(b)))
    const u = Float64Array.from({ length: 1000 }, (_, b) => (b === 0 ? 1 : Math.cos(b)))
    const r = infer({ t, u, nPilot: 32, nComparison: 117 })!
    expect(r.low).toBeCloseTo(2, 4)
    expect(r.high).toBeCloseTo(2, 4)
  })
  it('minimum detectable effect at 80% power and 5%: (1.96 + 0.84) standard deviations for a normal spread', () => {
    expect(minimumDetectableEffect(sample(0, () => 0))).toBeCloseTo(2.8, 1)
  })
  it('nothing to infer when the real contrast is undefined', () => {
    expect(infer(sample(NaN, () => 0))).toBeNull()
  })
})
