// The Change Programme evaluation for one outcome: an event study (each period's pilot-minus-
// comparison difference in changes from the base period), the programme's effect with and without
// its first (transition) year, placebo starts before the programme, per-partnership effects and
// each LA's change, for two comparison groups (all other LAs; each pilot's own non-pilot
// statistical neighbours). Every range, p-value and minimum detectable effect comes from the same
// seeded redraws of the pilots (see assignments.ts, inference.ts), so the output is the same for
// the same input.
import { mean } from 'd3'
import type { PeriodLike, MetricPeriodKind } from '../../contract/periods.ts'
import { periodOrder } from '../../contract/periods.ts'
import { drawAssignments, type Assignments } from './assignments.ts'
import { changeFromBase, meanChange, windowChange } from './changes.ts'
import { allOthersContrasts, neighboursContrasts, type ContrastSample } from './contrasts.ts'
import { indexDesign, type Design, type IndexedDesign } from './design.ts'
import { infer, minimumDetectableEffect, test, type Estimate, type Inferred, type Tested } from './inference.ts'
import { panelMatrix, type Outcome } from './panel.ts'
import { basePeriod, programmeYear } from './timing.ts'

export const DEFAULT_SEED = 20230901
export const DEFAULT_DRAWS = 4999
/** Fewest LAs with figures on each side for a national comparison to be reported. */
const MIN_LAS = 2

export const COMPARISONS = ['all_other_las', 'neighbours'] as const
export type Comparison = (typeof COMPARISONS)[number]

export interface PeriodEstimate extends Estimate {
  period: string
  programmeYear: number
  /** The period each LA's change is measured from. */
  base: string
  /** The publisher advises comparing this period with care (COVID-19). */
  flagged: boolean
}

export interface Placebo extends Inferred {
  /** How many years before the real start the pretend programme starts. */
  yearsBefore: number
  /** Its start date. */
  start: string
  /** The periods averaged before and after the pretend start (flagged periods left out). */
  before: string[]
  after: string[]
}

export interface ComparisonResult {
  comparison: Comparison
  periods: PeriodEstimate[]
  /** Mean over each LA's post-start periods of its change from base, pilots minus comparison. */
  effect: Tested | null
  /** The same, leaving out the first programme year (a transition year). */
  effectWithoutFirstYear: Tested | null
  /**
   * The placebo the pre-trend test reports: the pretend start as many years early as the figures
   * reach after the real one (so its windows are as long as the effect's), or the latest before it.
   */
  preTrend: Placebo | null
  /** Every placebo start the data allow, latest first. */
  placebos: Placebo[]
}

export interface PartnershipEffect extends Tested {
  partnership: string
  region: string
}

export interface LaChange {
  la: string
  partnership: string | null
  region: string
  /** Mean over the LA's post-start periods of its value minus its base value; null without both. */
  change: number | null
  changeWithoutFirstYear: number | null
  /** Post-start periods behind `change`. */
  periods: number
}

export interface OutcomeResult {
  metric: string
  kind: MetricPeriodKind
  /** Programme years the figures reach (0: none after the start). */
  programmeYears: number
  basePeriods: string[]
  /** Mean of the included LAs' base values: the scale for reading an effect. */
  baseMean: number | null
  comparisons: ComparisonResult[]
  /** Each partnership against all other LAs (the all_other_las effect, one region's pilots at a time). */
  partnerships: PartnershipEffect[]
  laChanges: LaChange[]
}

export interface EngineOptions {
  seed?: number
  draws?: number
}

/** The indexed design and its redraws, shared by every outcome. */
export interface Engine {
  design: IndexedDesign
  assignments: Assignments
  seed: number
  draws: number
}

export function prepareEngine(design: Design, options: EngineOptions = {}): Engine {
  const seed = options.seed ?? DEFAULT_SEED
  const draws = options.draws ?? DEFAULT_DRAWS
  const indexed = indexDesign(design)
  return { design: indexed, assignments: drawAssignments(indexed, draws, seed), seed, draws }
}

/** Inference on several LA number vectors in one comparison (null where too few LAs have figures). */
function inferAll(
  e: Engine,
  comparison: Comparison,
  xs: ReadonlyArray<Float64Array | null>,
): Array<{ sample: ContrastSample; result: Inferred } | null> {
  const present = xs.filter((x): x is Float64Array => x !== null)
  const samples: ContrastSample[] =
    comparison === 'all_other_las'
      ? allOthersContrasts(e.assignments, present, e.design.pilot)
      : neighboursContrasts(e.assignments, present, e.design.pilot)
  let next = 0
  return xs.map((x) => {
    if (x === null) return null
    const sample = samples[next++]!
    const result = sample.nPilot < MIN_LAS || sample.nComparison < MIN_LAS ? null : infer(sample)
    return result && { sample, result }
  })
}

const withPower = (r: { sample: ContrastSample; result: Inferred } | null | undefined): Tested | null =>
  r ? { ...r.result, minimumDetectableEffect: minimumDetectableEffect(r.sample) } : null

const numberOrNull = (x: number) => (Number.isNaN(x) ? null : x)

export function evaluateOutcome(e: Engine, o: Outcome): OutcomeResult {
  const d = e.design
  const las = d.codes.length
  const matrix = panelMatrix(d, o)
  const flagged = new Set(o.flagged ?? [])
  const periods: PeriodLike[] = [...matrix.keys()].map((id) => ({ id, kind: o.kind })).sort((a, b) => periodOrder(a) - periodOrder(b))
  const yearOf = new Map(periods.map((p) => [p.id, programmeYear(p)]))
  const programmeYears = Math.max(0, ...yearOf.values())

  const after = periods.filter((p) => yearOf.get(p.id)! >= 1)
  const changes = new Map(after.map((p) => [p.id, changeFromBase(matrix, p)]))
  const post = (fromYear: number) =>
    meanChange(
      after.filter((p) => yearOf.get(p.id)! >= fromYear).flatMap((p) => changes.get(p.id) ?? []),
      las,
    )
  const all = post(1)
  const withoutFirst = post(2)

  const basePeriods = [...new Set(periods.map((p) => basePeriod(p).id))].filter((id) => matrix.has(id))
  const baseMean = mean(basePeriods.flatMap((id) => [...matrix.get(id)!].filter((v) => !Number.isNaN(v)))) ?? null

  // Placebos: pretend the programme started s years early. Its "after" window is its first
  // min(s, programmeYears) years, all before the real start; its "before" window the same number
  // of years before the pretend start. Flagged (COVID) periods are left out of both.
  const yearsIn = (from: number, to: number) =>
    periods.filter((p) => yearOf.get(p.id)! >= from && yearOf.get(p.id)! <= to && !flagged.has(p.id))
  const placeboWindows = (s: number) => {
    const w = Math.min(s, programmeYears)
    return { before: yearsIn(1 - s - w, -s), after: yearsIn(1 - s, w - s) }
  }
  const earliest = Math.min(0, ...yearOf.values())
  const placeboVectors =
    programmeYears === 0
      ? []
      : Array.from({ length: -earliest }, (_, k) => {
          const { before, after } = placeboWindows(k + 1)
          return { s: k + 1, before, after, x: windowChange(matrix, before, after, las) }
        })

  // A base period's own row is its LAs' zero change: the reference point of the chart.
  const periodVectors = periods.map((p) => changeFromBase(matrix, p))
  const comparisons = COMPARISONS.map((comparison): ComparisonResult => {
    const effects = [programmeYears >= 1 ? all.mean : null, programmeYears >= 2 ? withoutFirst.mean : null]
    const results = inferAll(e, comparison, [...effects, ...placeboVectors.map((pl) => pl.x), ...periodVectors])
    const placebos = placeboVectors.flatMap(({ s, before, after }, k): Placebo[] => {
      const r = results[2 + k]
      const ids = (ps: readonly PeriodLike[]) => ps.map((p) => p.id)
      return r ? [{ yearsBefore: s, start: `${2023 - s}-09-01`, before: ids(before), after: ids(after), ...r.result }] : []
    })
    const periodRows = periods.flatMap((p, k): PeriodEstimate[] => {
      const r = results[2 + placeboVectors.length + k]
      if (!r) return []
      const { p: _p, ...estimate } = r.result
      return [{ period: p.id, programmeYear: yearOf.get(p.id)!, base: basePeriod(p).id, flagged: flagged.has(p.id), ...estimate }]
    })
    return {
      comparison,
      periods: periodRows,
      effect: withPower(results[0]),
      effectWithoutFirstYear: withPower(results[1]),
      preTrend: placebos.filter((pl) => pl.yearsBefore <= programmeYears).at(-1) ?? null,
      placebos,
    }
  })

  const partnerships = programmeYears === 0 ? [] : partnershipEffects(e, all.mean)
  const laChanges = d.codes.map((la, i): LaChange => ({
    la,
    partnership: d.pilot[i] === 1 ? d.strata[d.stratumOf[i]!]!.partnership : null,
    region: d.strata[d.stratumOf[i]!]!.region,
    change: numberOrNull(all.mean[i]!),
    changeWithoutFirstYear: numberOrNull(withoutFirst.mean[i]!),
    periods: all.periods[i]!,
  }))
  return { metric: o.metric, kind: o.kind, programmeYears, basePeriods, baseMean, comparisons, partnerships, laChanges }
}

function partnershipEffects(e: Engine, x: Float64Array): PartnershipEffect[] {
  return e.design.strata.flatMap((s, k): PartnershipEffect[] => {
    if (!s.partnership) return []
    const [c] = allOthersContrasts(e.assignments, [x], e.design.pilot, e.assignments.slots[k])
    const r = c!.nPilot >= 1 && c!.nComparison >= MIN_LAS ? test(c!) : null
    return r ? [{ partnership: s.partnership, region: s.region, ...r }] : []
  })
}
