// The engine on synthetic panels with the real LAs and pilots and a known model (see
// programme-synthetic.ts): a planted effect is recovered within its range, p-values are uniform
// when there is nothing to find, and a planted pre-trend is flagged.
import { describe, expect, it } from 'vitest'
import { evaluateOutcome, prepareEngine, type Comparison, type OutcomeResult } from '../../src/pipeline/programme/engine.ts'
import { outcomeVerdict } from '../../src/pipeline/programme/verdict.ts'
import { syntheticDesign, syntheticOutcome, type PanelOptions } from './programme-synthetic.ts'

const design = syntheticDesign()
const SEEDS = Array.from({ length: 100 }, (_, k) => k + 1)

function run(options: PanelOptions, draws = 999): OutcomeResult {
  return evaluateOutcome(prepareEngine(design, { draws, seed: options.seed }), syntheticOutcome(design, options))
}
const main = (r: OutcomeResult, c: Comparison = 'all_other_las') => r.comparisons.find((x) => x.comparison === c)!

/** Largest gap between the empirical distribution of ps and the uniform one (Kolmogorov-Smirnov D). */
function ksDistance(ps: readonly number[]): number {
  const sorted = [...ps].sort((a, b) => a - b)
  return Math.max(...sorted.map((p, i) => Math.max((i + 1) / sorted.length - p, p - i / sorted.length)))
}
/** Counts of ps in five equal bins. */
const bins = (ps: readonly number[]) => [0, 1, 2, 3, 4].map((b) => ps.filter((p) => Math.min(4, Math.floor(p * 5)) === b).length)

describe('a known +2 point effect in the 32 pilots from January 2024', () => {
  const r = run({ seed: 2023, effect: 2 }, 4999)
  it.each(['all_other_las', 'neighbours'] as const)('is recovered within its range (%s)', (c) => {
    const { effect, effectWithoutFirstYear, periods } = main(r, c)
    expect(effect!.low).toBeLessThan(2)
    expect(effect!.high).toBeGreaterThan(2)
    expect(Math.abs(effect!.estimate - 2)).toBeLessThan(0.5)
    expect(effect!.p).toBeLessThan(0.001)
    expect(effectWithoutFirstYear!.low).toBeLessThan(2)
    expect(effectWithoutFirstYear!.high).toBeGreaterThan(2)
    for (const p of periods.filter((x) => x.programmeYear >= 1)) {
      expect(p.low).toBeLessThan(2)
      expect(p.high).toBeGreaterThan(2)
    }
    // Before the start there is nothing: ranges cover 0.
    for (const p of periods.filter((x) => x.programmeYear < 0)) {
      expect(p.low).toBeLessThan(0)
      expect(p.high).toBeGreaterThan(0)
    }
    expect(main(r, c).preTrend!.p).toBeGreaterThan(0.05)
  })
  it('is detectable: the minimum detectable effect is well under 2 points', () => {
    expect(main(r).effect!.minimumDetectableEffect).toBeLessThan(1)
    expect(main(r).effect!.minimumDetectableEffect).toBeGreaterThan(0.1)
  })
  it('and the verdict on a claim of a rise is "supported"', () => {
    expect(outcomeVerdict({ metric: 'ehcp_mainstream_pct', direction: 'higher' }, r)).toMatchObject({ verdict: 'supported' })
    expect(outcomeVerdict({ metric: 'ehcp_mainstream_pct', direction: 'lower' }, r)).toMatchObject({ verdict: 'not_supported' })
  })
  it('ranges cover the true effect in about 95% of 100 panels', () => {
    const results = SEEDS.map((seed) => run({ seed, effect: 2 }, 499))
    for (const c of ['all_other_las', 'neighbours'] as const) {
      const effects = results.map((x) => main(x, c).effect!)
      const covered = effects.filter((e) => e.low <= 2 && e.high >= 2).length
      expect(covered).toBeGreaterThanOrEqual(88)
      expect(covered).toBeLessThanOrEqual(100)
      const meanEstimate = effects.reduce((s, e) => s + e.estimate, 0) / effects.length
      expect(Math.abs(meanEstimate - 2)).toBeLessThan(0.1)
    }
  })
})

describe('with no effect and no pre-trend', () => {
  const results = SEEDS.map((seed) => run({ seed }, 499))
  it.each(['all_other_las', 'neighbours'] as const)('permutation p-values are roughly uniform over 100 panels (%s)', (c) => {
    for (const ps of [results.map((r) => main(r, c).effect!.p), results.map((r) => main(r, c).preTrend!.p)]) {
      // A p that was always 0 or always 1 would give D near 1 and all 100 in one bin.
      expect(ksDistance(ps)).toBeLessThan(0.2)
      for (const n of bins(ps)) {
        expect(n).toBeGreaterThanOrEqual(8)
        expect(n).toBeLessThanOrEqual(32)
      }
    }
  })
  it('about 5% of panels reach p < 0.05', () => {
    const significant = results.filter((r) => main(r).effect!.p < 0.05).length
    expect(significant).toBeLessThanOrEqual(12)
  })
})

describe('a pre-trend planted in the pilots', () => {
  // Pilots drift apart from the others by 0.8 a year, before and after the start; no programme effect.
  const r = run({ seed: 11, trend: 0.8 }, 4999)
  it.each(['all_other_las', 'neighbours'] as const)('is flagged by the placebo start two years early (%s)', (c) => {
    const { preTrend } = main(r, c)
    expect(preTrend!.yearsBefore).toBe(2)
    expect(preTrend!.p).toBeLessThan(0.01)
    // Placebo: mean of Jan 2022-23 minus mean of Jan 2020-21, a drift of 2 years x 0.8.
    expect(preTrend!.low).toBeLessThan(1.6)
    expect(preTrend!.high).toBeGreaterThan(1.6)
  })
  it('and the verdict says the data cannot tell, because of the pre-trend, although the effect is significant', () => {
    expect(main(r).effect!.p).toBeLessThan(0.05)
    expect(outcomeVerdict({ metric: 'ehcp_mainstream_pct', direction: 'higher' }, r)).toMatchObject({
      verdict: 'cannot_tell',
      reason: 'pre_trend',
    })
  })
  it('of 0.5 a year is flagged in nearly every one of 100 panels', () => {
    const flagged = SEEDS.filter((seed) => main(run({ seed, trend: 0.5 }, 499)).preTrend!.p < 0.05).length
    expect(flagged).toBeGreaterThanOrEqual(95)
  })
})

describe('the same input', () => {
  it('gives the same output; another seed moves only the randomisation numbers', () => {
    const a = run({ seed: 5 }, 999)
    expect(run({ seed: 5 }, 999)).toEqual(a)
    const other = evaluateOutcome(prepareEngine(design, { draws: 999, seed: 6 }), syntheticOutcome(design, { seed: 5 }))
    expect(main(other).effect!.estimate).toBe(main(a).effect!.estimate)
    expect(main(other).effect!.p).not.toBe(main(a).effect!.p)
  })
})
