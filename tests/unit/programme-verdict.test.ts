// The claim-by-claim rule, branch by branch, on hand-made test results.
import { describe, expect, it } from 'vitest'
import { METRICS } from '../../src/pipeline/metrics/registry.ts'
import { CLAIMS, PROGRAMME_OUTCOMES, type ClaimOutcome } from '../../src/pipeline/programme/claims.ts'
import type { OutcomeResult, Placebo } from '../../src/pipeline/programme/engine.ts'
import type { Tested } from '../../src/pipeline/programme/inference.ts'
import { claimVerdict, outcomeVerdict } from '../../src/pipeline/programme/verdict.ts'

const tested = (estimate: number, p: number, minimumDetectableEffect = 1): Tested => ({
  estimate,
  low: estimate - 1,
  high: estimate + 1,
  nPilot: 32,
  nComparison: 117,
  p,
  minimumDetectableEffect,
})
const placebo = (estimate: number, p: number): Placebo => ({
  ...tested(estimate, p),
  yearsBefore: 2,
  start: '2021-09-01',
  before: ['201920', '202021'],
  after: ['202122', '202223'],
})

function result(o: { effect?: Tested | null; preTrend?: Placebo | null; years?: number; baseMean?: number }): OutcomeResult {
  return {
    metric: 'ehcp_mainstream_pct',
    kind: 'january',
    programmeYears: o.years ?? 2,
    basePeriods: ['202223'],
    baseMean: o.baseMean ?? 40,
    comparisons: [
      {
        comparison: 'all_other_las',
        periods: [],
        effect: o.effect === undefined ? tested(0.1, 0.6) : o.effect,
        effectWithoutFirstYear: null,
        preTrend: o.preTrend === undefined ? placebo(0.1, 0.7) : o.preTrend,
        placebos: [],
      },
    ],
    partnerships: [],
    laChanges: [],
  }
}
const higher: ClaimOutcome = { metric: 'ehcp_mainstream_pct', direction: 'higher' }
const verdict = (r: OutcomeResult | undefined, o: ClaimOutcome = higher) => outcomeVerdict(o, r)

describe('the verdict rule', () => {
  it('supported: significant in the claimed direction, with no pre-trend', () => {
    const v = verdict(result({ effect: tested(1.5, 0.01) }))
    expect(v).toMatchObject({
      verdict: 'supported',
      reason: 'effect_in_claimed_direction',
      number: { name: 'effect', value: 1.5, p: 0.01 },
    })
    expect(v.words).toContain('pilots changed by 1.50 relative to other LAs')
  })
  it('not supported: significant the other way', () => {
    expect(verdict(result({ effect: tested(-1.5, 0.01) }))).toMatchObject({ verdict: 'not_supported', reason: 'effect_opposite' })
    expect(verdict(result({ effect: tested(1.5, 0.01) }), { metric: 'suspension_rate_ehcp', direction: 'lower' })).toMatchObject({
      verdict: 'not_supported',
    })
  })
  it('cannot tell: a significant pre-trend comes first, whatever the effect', () => {
    const v = verdict(result({ effect: tested(1.5, 0.01), preTrend: placebo(-1.55, 0.02) }))
    expect(v).toMatchObject({ verdict: 'cannot_tell', reason: 'pre_trend', number: { name: 'pre_trend', value: -1.55, p: 0.02 } })
    expect(v.words).toContain('a pretend start in 2021 gives −1.55 (p = 0.020)')
  })
  it('cannot tell: only the transition year is published', () => {
    expect(verdict(result({ years: 1 }))).toMatchObject({ verdict: 'cannot_tell', reason: 'too_few_periods' })
  })
  it('cannot tell: the comparison could not detect a plausible effect (a tenth of the average level)', () => {
    const v = verdict(result({ effect: tested(0.1, 0.6, 4.4), baseMean: 40 }))
    expect(v).toMatchObject({
      verdict: 'cannot_tell',
      reason: 'too_little_power',
      number: { name: 'minimum_detectable_effect', value: 4.4 },
    })
    expect(v.words).toContain('(11% of the average level)')
  })
  it('not supported: no difference beyond chance, where a plausible effect would have been seen', () => {
    expect(verdict(result({ effect: tested(0.1, 0.6, 3.9), baseMean: 40 }))).toMatchObject({
      verdict: 'not_supported',
      reason: 'no_difference',
    })
  })
  it('cannot tell: no figures after the start, no base, no figures before the base, or no direction in the claim', () => {
    expect(verdict(undefined)).toMatchObject({ verdict: 'cannot_tell', reason: 'no_figures_after', number: null })
    expect(verdict(result({ years: 0 }))).toMatchObject({ reason: 'no_figures_after' })
    expect(verdict(result({ effect: null }))).toMatchObject({ reason: 'no_base' })
    expect(verdict(result({ preTrend: null }))).toMatchObject({ reason: 'no_figures_before' })
    expect(verdict(result({}), { metric: 'request_refused_pct', direction: 'none' })).toMatchObject({ reason: 'no_direction' })
  })
  it('never uses words that judge a council', () => {
    const words = [
      verdict(result({ effect: tested(1.5, 0.01) })),
      verdict(result({ effect: tested(-1.5, 0.01) })),
      verdict(result({ preTrend: placebo(2, 0.001) })),
      verdict(result({ effect: tested(0.1, 0.6, 9) })),
      verdict(result({ effect: tested(0.1, 0.6, 0.5) })),
    ].map((v) => v.words)
    for (const w of words) expect(w).not.toMatch(/\b(better|worse|best|worst|fail|good|poor|success)/i)
  })
})

describe('the claims', () => {
  it('name registered metrics, each claim with a primary outcome first', () => {
    const ids = new Set<string>(METRICS.map((m) => m.id))
    expect(CLAIMS.map((c) => c.id)).toEqual([
      'fewer_exclusions',
      'more_in_mainstream',
      'reintegration_from_ap',
      'consistent_decisions',
      'stronger_mediation',
      'less_specialist_demand',
    ])
    for (const c of CLAIMS) {
      expect(c.outcomes.length).toBeGreaterThan(0)
      for (const o of c.outcomes) expect(ids.has(o.metric)).toBe(true)
    }
  })
  it('list every outcome once, the primary outcomes first', () => {
    expect(new Set(PROGRAMME_OUTCOMES).size).toBe(PROGRAMME_OUTCOMES.length)
    expect(PROGRAMME_OUTCOMES.slice(0, CLAIMS.length)).toEqual(CLAIMS.map((c) => c.outcomes[0]!.metric))
  })
  it('give one verdict per claim on its primary outcome, and the secondary ones by the same rule', () => {
    const c = CLAIMS.find((x) => x.id === 'more_in_mainstream')!
    const v = claimVerdict(c, new Map([['ehcp_mainstream_pct', result({ preTrend: placebo(-1.55, 0.02) })]]))
    expect(v).toMatchObject({ claim: c.claim, metric: 'ehcp_mainstream_pct', verdict: 'cannot_tell', reason: 'pre_trend' })
    expect(v.secondary.map((s) => [s.metric, s.reason])).toEqual(c.outcomes.slice(1).map((o) => [o.metric, 'no_figures_after']))
  })
})

describe('the numbers in the words', () => {
  it('keep two significant figures for rates of rare events', () => {
    const v = outcomeVerdict(
      { metric: 'perm_exclusion_rate_ehcp', direction: 'lower' },
      result({ effect: tested(-0.009777, 0.4, 0.035119), baseMean: 0.0635 }),
    )
    expect(v.words).toContain('could only detect a change of 0.035 (55.3% of the average level)')
    expect(v.words).toContain('pilots changed by −0.0098 relative to other LAs')
  })
})
