// The whole evaluation in one call, for the pipeline and for anyone rebuilding it from the
// downloads: every outcome the claims name, on one set of redraws, with the verdicts and the rows
// of the downloads.
import type { ComputedMetric } from '../metrics/compute.ts'
import { CLAIMS, PROGRAMME_OUTCOMES } from './claims.ts'
import type { Design } from './design.ts'
import {
  estimateRows,
  laChangeRows,
  partnershipRows,
  testRows,
  type EstimateRow,
  type LaChangeRow,
  type PartnershipRow,
  type TestRow,
} from './downloads.ts'
import { evaluateOutcome, prepareEngine, type EngineOptions, type OutcomeResult } from './engine.ts'
import { outcomeFromComputed, type Outcome } from './panel.ts'
import { claimVerdict, type ClaimVerdict } from './verdict.ts'

export interface ProgrammeEvaluation {
  seed: number
  draws: number
  outcomes: OutcomeResult[]
  verdicts: ClaimVerdict[]
  /** Tests made (rows of tests.csv): the number of comparisons the page states. */
  comparisons: number
  estimates: EstimateRow[]
  tests: TestRow[]
  laChanges: LaChangeRow[]
  partnerships: PartnershipRow[]
}

export function evaluateProgramme(outcomes: readonly Outcome[], design: Design, options: EngineOptions = {}): ProgrammeEvaluation {
  const engine = prepareEngine(design, options)
  const results = outcomes.map((o) => evaluateOutcome(engine, o))
  const byMetric = new Map(results.map((r) => [r.metric, r]))
  const tests = testRows(results)
  return {
    seed: engine.seed,
    draws: engine.draws,
    outcomes: results,
    verdicts: CLAIMS.map((c) => claimVerdict(c, byMetric)),
    comparisons: tests.length,
    estimates: estimateRows(results),
    tests,
    laChanges: laChangeRows(results),
    partnerships: partnershipRows(results),
  }
}

/** The claims' outcomes from the computed metrics (an outcome the pipeline did not compute is an error). */
export function programmeOutcomes(computed: readonly ComputedMetric[]): Outcome[] {
  return PROGRAMME_OUTCOMES.map((id) => {
    const m = computed.find((c) => c.definition.id === id)
    if (!m) throw new RangeError(`the Change Programme outcome ${id} was not computed`)
    return outcomeFromComputed(m)
  })
}
