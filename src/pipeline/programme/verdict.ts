// Claim by claim: what the published figures show, by one stated rule applied to the claim's
// primary outcome and the all-other-LAs comparison, in this order:
//   1. no figures after the start, no base figure, or no figures before the base to check the
//      trends                                              -> cannot tell yet (saying which);
//   2. the claim gives no direction for the outcome        -> cannot tell (saying so);
//   3. the placebo start before the programme differs at p < 0.05 (a pre-trend)
//                                                          -> cannot tell yet: already moving apart;
//   4. the effect differs at p < 0.05 in the claimed direction -> supported;
//      in the other direction                              -> not supported;
//   5. otherwise: only the first (transition) year is published -> cannot tell yet: too few periods;
//      the minimum detectable effect is larger than a plausible effect (a tenth of the average
//      level)                                              -> cannot tell yet: too little power;
//      else (no difference beyond chance, though one of a plausible size would have been seen)
//                                                          -> not supported.
// The words describe groups of LAs and figures, never a council's performance.
import type { Claim, ClaimOutcome } from './claims.ts'
import type { OutcomeResult } from './engine.ts'
import { ALPHA } from './inference.ts'

export type Verdict = 'supported' | 'not_supported' | 'cannot_tell'

export type Reason =
  | 'effect_in_claimed_direction'
  | 'effect_opposite'
  | 'no_difference'
  | 'no_figures_after'
  | 'no_base'
  | 'no_figures_before'
  | 'no_direction'
  | 'pre_trend'
  | 'too_few_periods'
  | 'too_little_power'

/** The one number a verdict rests on. */
export interface VerdictNumber {
  name: 'effect' | 'pre_trend' | 'minimum_detectable_effect'
  value: number
  low?: number
  high?: number
  p?: number
}

export interface OutcomeVerdict {
  metric: string
  verdict: Verdict
  reason: Reason
  /** One plain sentence, completing "Supported" / "Not supported" / "Cannot tell yet, because". */
  words: string
  number: VerdictNumber | null
}

export interface ClaimVerdict extends OutcomeVerdict {
  id: string
  claim: string
  /** The way the claim says the primary outcome should move. */
  direction: Claim['outcomes'][number]['direction']
  /** Verdicts on the secondary outcomes, by the same rule. */
  secondary: OutcomeVerdict[]
}

/** An effect of a tenth of the average level: about the largest one could expect within two years. */
export const PLAUSIBLE_SHARE_OF_MEAN = 0.1
/** Programme years needed beyond the first (transition) year before a non-significant result is read as none. */
const MIN_PROGRAMME_YEARS = 2

/** Two decimals for numbers from 1 up, two significant figures below (rates of rare events). */
const fmt = (x: number) => {
  const a = Math.abs(x)
  const text = a >= 100 ? x.toFixed(0) : a >= 10 ? x.toFixed(1) : a >= 1 || a === 0 ? x.toFixed(2) : String(Number(x.toPrecision(2)))
  return text.replace('-', '−')
}
const pText = (p: number) => (p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`)

export function outcomeVerdict(outcome: ClaimOutcome, result: OutcomeResult | undefined): OutcomeVerdict {
  const metric = outcome.metric
  const say = (verdict: Verdict, reason: Reason, words: string, number: VerdictNumber | null): OutcomeVerdict => ({
    metric,
    verdict,
    reason,
    words,
    number,
  })
  const main = result?.comparisons.find((c) => c.comparison === 'all_other_las')
  if (!result || !main || result.programmeYears === 0) {
    return say(
      'cannot_tell',
      'no_figures_after',
      'the published figures do not yet reach past the programme’s start in September 2023',
      null,
    )
  }
  const effect = main.effect
  if (!effect)
    return say(
      'cannot_tell',
      'no_base',
      `there is no figure for ${result.basePeriods.join(', ') || 'the last period before the start'} to measure change from`,
      null,
    )
  const effectNumber: VerdictNumber = { name: 'effect', value: effect.estimate, low: effect.low, high: effect.high, p: effect.p }
  const effectWords = `pilots changed by ${fmt(effect.estimate)} relative to other LAs (likely range ${fmt(effect.low)} to ${fmt(effect.high)}, ${pText(effect.p)})`
  if (!main.preTrend) {
    return say(
      'cannot_tell',
      'no_figures_before',
      `there are no figures from before the base period to check that pilots and other LAs moved alike beforehand; ${effectWords}`,
      effectNumber,
    )
  }
  if (outcome.direction === 'none') {
    return say(
      'cannot_tell',
      'no_direction',
      `the claim is about consistency, which a change in the average level cannot show; ${effectWords}`,
      effectNumber,
    )
  }
  const pre = main.preTrend
  if (pre.p < ALPHA) {
    return say(
      'cannot_tell',
      'pre_trend',
      `pilots and other LAs were already moving apart before the programme: a pretend start in ${pre.start.slice(0, 4)} gives ${fmt(pre.estimate)} (${pText(pre.p)})`,
      { name: 'pre_trend', value: pre.estimate, low: pre.low, high: pre.high, p: pre.p },
    )
  }
  if (effect.p < ALPHA) {
    const claimed = outcome.direction === 'lower' ? effect.estimate < 0 : effect.estimate > 0
    return claimed
      ? say('supported', 'effect_in_claimed_direction', effectWords, effectNumber)
      : say('not_supported', 'effect_opposite', `${effectWords}, the opposite of the claim`, effectNumber)
  }
  if (result.programmeYears < MIN_PROGRAMME_YEARS) {
    return say(
      'cannot_tell',
      'too_few_periods',
      `only the first programme year, a transition year, is published; ${effectWords}`,
      effectNumber,
    )
  }
  const plausible = PLAUSIBLE_SHARE_OF_MEAN * Math.abs(result.baseMean ?? 0)
  if (effect.minimumDetectableEffect > plausible) {
    return say(
      'cannot_tell',
      'too_little_power',
      `the comparison could only detect a change of ${fmt(effect.minimumDetectableEffect)}${plausible > 0 ? ` (${Math.round((1000 * effect.minimumDetectableEffect) / Math.abs(result.baseMean!)) / 10}% of the average level)` : ''}; ${effectWords}`,
      { name: 'minimum_detectable_effect', value: effect.minimumDetectableEffect },
    )
  }
  return say(
    'not_supported',
    'no_difference',
    `no difference beyond chance: ${effectWords}; a change of ${fmt(effect.minimumDetectableEffect)} would have been seen`,
    effectNumber,
  )
}

export function claimVerdict(claim: Claim, results: ReadonlyMap<string, OutcomeResult>): ClaimVerdict {
  const [primary, ...secondary] = claim.outcomes.map((o) => outcomeVerdict(o, results.get(o.metric)))
  return { id: claim.id, claim: claim.claim, direction: claim.outcomes[0]!.direction, ...primary!, secondary }
}
