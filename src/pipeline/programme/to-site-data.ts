// The evaluation as the site data contract has it (change-programme.json): the engine's results
// with what the page needs beside them (each outcome's role and claims, the claims' missing
// outcomes, LA names, the method's constants). A range the test inversion left open, or a number
// that could not be computed, becomes null: the contract never holds an infinity or NaN.
import type { ChangeProgrammeInput } from '../../contract/change-programme.ts'
import { CLAIMS } from './claims.ts'
import type { ComparisonResult, OutcomeResult } from './engine.ts'
import type { ProgrammeEvaluation } from './evaluation.ts'
import { ALPHA, POWER, type Estimate, type Tested } from './inference.ts'
import { PROGRAMME_START } from './timing.ts'
import { PLAUSIBLE_SHARE_OF_MEAN, type OutcomeVerdict } from './verdict.ts'

type Out = ChangeProgrammeInput
type OutcomeOut = Out['outcomes'][number]
type TestedOut = NonNullable<OutcomeOut['comparisons'][number]['effect']>

const finite = (x: number | null | undefined): number | null => (x !== null && x !== undefined && Number.isFinite(x) ? x : null)

const estimate = (e: Estimate) => ({
  estimate: e.estimate,
  low: finite(e.low),
  high: finite(e.high),
  nPilot: e.nPilot,
  nComparison: e.nComparison,
})
const tested = (t: Tested | null): TestedOut | null =>
  t && { ...estimate(t), p: t.p, minimumDetectableEffect: finite(t.minimumDetectableEffect) }

function comparison(c: ComparisonResult): OutcomeOut['comparisons'][number] {
  const placebo = (pl: NonNullable<ComparisonResult['preTrend']>) => ({
    ...estimate(pl),
    p: pl.p,
    yearsBefore: pl.yearsBefore,
    start: pl.start,
    before: pl.before,
    after: pl.after,
  })
  return {
    comparison: c.comparison,
    periods: c.periods.map((p) => ({
      ...estimate(p),
      period: p.period,
      programmeYear: p.programmeYear,
      base: p.base,
      flagged: p.flagged,
    })),
    effect: tested(c.effect),
    effectWithoutFirstYear: tested(c.effectWithoutFirstYear),
    preTrend: c.preTrend && placebo(c.preTrend),
    placebos: c.placebos.map(placebo),
  }
}

function outcome(r: OutcomeResult, name: (code: string) => string): OutcomeOut {
  const claims = CLAIMS.filter((c) => c.outcomes.some((o) => o.metric === r.metric))
  return {
    metric: r.metric,
    kind: r.kind,
    role: claims.some((c) => c.outcomes[0]!.metric === r.metric) ? 'primary' : 'secondary',
    claims: claims.map((c) => c.id),
    programmeYears: r.programmeYears,
    basePeriods: r.basePeriods,
    baseMean: finite(r.baseMean),
    comparisons: r.comparisons.map(comparison),
    partnerships: r.partnerships.map((p) => ({ ...tested(p)!, partnership: p.partnership, region: p.region })),
    laChanges: r.laChanges.map((la) => ({
      la: la.la,
      name: name(la.la),
      partnership: la.partnership,
      region: la.region,
      change: finite(la.change),
      changeWithoutFirstYear: finite(la.changeWithoutFirstYear),
      periods: la.periods,
    })),
  }
}

const verdict = (v: OutcomeVerdict) => ({
  metric: v.metric,
  verdict: v.verdict,
  reason: v.reason,
  number: v.number && {
    name: v.number.name,
    value: v.number.value,
    ...(v.number.low === undefined ? {} : { low: finite(v.number.low) }),
    ...(v.number.high === undefined ? {} : { high: finite(v.number.high) }),
    ...(v.number.p === undefined ? {} : { p: v.number.p }),
  },
})

/** Primary outcomes first (as the claims name them), then the secondary ones. */
export function programmeSiteData(e: ProgrammeEvaluation, name: (code: string) => string): Out {
  const outcomes = e.outcomes.map((r) => outcome(r, name))
  return {
    start: PROGRAMME_START,
    seed: e.seed,
    draws: e.draws,
    alpha: ALPHA,
    power: POWER,
    plausibleShare: PLAUSIBLE_SHARE_OF_MEAN,
    tests: e.comparisons,
    excluded: e.excluded,
    claims: e.verdicts.map((v) => ({
      ...verdict(v),
      id: v.id,
      claim: v.claim,
      direction: v.direction,
      secondary: v.secondary.map(verdict),
      missing: CLAIMS.find((c) => c.id === v.id)!.missing.map((m) => ({ ...m })),
    })),
    outcomes: [...outcomes.filter((o) => o.role === 'primary'), ...outcomes.filter((o) => o.role === 'secondary')],
  }
}
