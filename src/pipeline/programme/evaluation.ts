// The whole evaluation in one call, for the pipeline and for anyone rebuilding it from the
// downloads: every outcome the claims name, on one set of redraws, with the verdicts.
import type { Geography } from '../geography/areas.ts'
import type { ComputedMetric } from '../metrics/compute.ts'
import type { Neighbour } from '../read/statistical-neighbours.ts'
import { CLAIMS, PROGRAMME_OUTCOMES } from './claims.ts'
import { designFromGeography, SMALL_NUMBER_LAS, type Design } from './design.ts'
import { evaluateOutcome, prepareEngine, type EngineOptions, type OutcomeResult } from './engine.ts'
import { outcomeFromComputed, type Outcome } from './panel.ts'
import { claimVerdict, type ClaimVerdict } from './verdict.ts'

export interface ProgrammeEvaluation {
  seed: number
  draws: number
  /** LAs left out of every comparison. */
  excluded: string[]
  outcomes: OutcomeResult[]
  verdicts: ClaimVerdict[]
  /** Tests of an effect made (rows of tests.csv): the number of comparisons the page states. */
  comparisons: number
}

export function evaluateProgramme(outcomes: readonly Outcome[], design: Design, options: EngineOptions = {}): ProgrammeEvaluation {
  const engine = prepareEngine(design, options)
  const results = outcomes.map((o) => evaluateOutcome(engine, o))
  const byMetric = new Map(results.map((r) => [r.metric, r]))
  return {
    seed: engine.seed,
    draws: engine.draws,
    excluded: [...(design.excluded ?? SMALL_NUMBER_LAS)].sort(),
    outcomes: results,
    verdicts: CLAIMS.map((c) => claimVerdict(c, byMetric)),
    comparisons: comparisonCount(results),
  }
}

/** Tests of an effect: every comparison's effect, with and without the first programme year, where it could be estimated. */
export function comparisonCount(results: readonly OutcomeResult[]): number {
  return results.reduce((n, r) => n + r.comparisons.reduce((k, c) => k + (c.effect ? 1 : 0) + (c.effectWithoutFirstYear ? 1 : 0), 0), 0)
}

/** The claims' outcomes from the computed metrics (an outcome the pipeline did not compute is an error). */
export function programmeOutcomes(computed: readonly ComputedMetric[]): Outcome[] {
  return PROGRAMME_OUTCOMES.map((id) => {
    const m = computed.find((c) => c.definition.id === id)
    if (!m) throw new RangeError(`the Change Programme outcome ${id} was not computed`)
    return outcomeFromComputed(m)
  })
}

/** The evaluation the pipeline publishes: the computed metrics on the project's geography, pilots and neighbours. */
export function evaluateFromComputed(
  computed: readonly ComputedMetric[],
  g: Geography,
  partnerships: ReadonlyMap<string, string>,
  neighbours: ReadonlyMap<string, readonly Neighbour[]>,
): ProgrammeEvaluation {
  return evaluateProgramme(programmeOutcomes(computed), designFromGeography(g, partnerships, neighbours))
}
