// change-programme.json: the evaluation of the SEND and AP Change Programme, as the page and the
// downloads need it. For each outcome the claims name: its event study for each comparison (every
// period's pilot-minus-comparison difference in changes from the base period, with its likely
// range), the effect with and without the first (transition) programme year, the placebo starts
// before the programme (the pre-trend test), the smallest effect each test could detect, each
// partnership's effect and each LA's own change; and for each claim its verdict on its primary
// outcome. Numbers the method could not bound or compute are null, never zero.
import { z } from 'zod'
import { MetricPeriodKindSchema, PeriodIdSchema } from './periods.ts'

const code = z.string().regex(/^E\d{8}$/, 'an ONS area code, such as E08000035')
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date, YYYY-MM-DD')
const count = z.number().int().min(0)
const probability = z.number().min(0).max(1)
/** An end of a likely range; null when no shift of the pilots' figures is ruled out on that side (the range is open). */
const rangeEnd = z.number().nullable()

/** all_other_las: the 32 pilots against every other LA; neighbours: each pilot against its own non-pilot statistical neighbours. */
const PROGRAMME_COMPARISONS = ['all_other_las', 'neighbours'] as const
export const ProgrammeComparisonSchema = z.enum(PROGRAMME_COMPARISONS)
export type ProgrammeComparison = z.infer<typeof ProgrammeComparisonSchema>

const EstimateSchema = z.strictObject({
  estimate: z.number(),
  low: rangeEnd,
  high: rangeEnd,
  /** LAs behind the estimate: pilots, and distinct comparison LAs. */
  nPilot: count,
  nComparison: count,
})

/** One period of the event study. */
export const PeriodEstimateSchema = EstimateSchema.extend({
  period: PeriodIdSchema,
  /** 1 for September 2023 to August 2024, 0 for the year before the start (the base year), -1 before it. */
  programmeYear: z.number().int(),
  /** The period each LA's change is measured from (the same term for termly figures). */
  base: PeriodIdSchema,
  /** The publisher advises comparing this period with care (COVID-19). */
  flagged: z.boolean(),
})
export type PeriodEstimate = z.infer<typeof PeriodEstimateSchema>

/** An effect with its permutation p-value and the smallest effect its test could detect (80% power, 5%). */
export const TestedSchema = EstimateSchema.extend({ p: probability, minimumDetectableEffect: z.number().nullable() })
export type Tested = z.infer<typeof TestedSchema>

/** A pretend programme start before the real one: its "effect" should be nothing. */
export const PlaceboSchema = EstimateSchema.extend({
  p: probability,
  yearsBefore: z.number().int().min(1),
  start: date,
  /** The periods averaged before and after the pretend start. */
  before: z.array(PeriodIdSchema),
  after: z.array(PeriodIdSchema),
})
export type Placebo = z.infer<typeof PlaceboSchema>

export const ComparisonResultSchema = z.strictObject({
  comparison: ProgrammeComparisonSchema,
  periods: z.array(PeriodEstimateSchema),
  /** Mean over each LA's programme-year periods of its change from base, pilots minus comparison. */
  effect: TestedSchema.nullable(),
  /** The same without the first programme year (a transition year). */
  effectWithoutFirstYear: TestedSchema.nullable(),
  /** The placebo the pre-trend test reports. */
  preTrend: PlaceboSchema.nullable(),
  placebos: z.array(PlaceboSchema),
})
export type ComparisonResult = z.infer<typeof ComparisonResultSchema>

export const PartnershipEffectSchema = TestedSchema.extend({ partnership: z.string().min(1), region: code })
export type PartnershipEffect = z.infer<typeof PartnershipEffectSchema>

const LaChangeSchema = z.strictObject({
  la: code,
  name: z.string().min(1),
  /** Null for an LA outside the programme. */
  partnership: z.string().nullable(),
  region: code,
  /** Mean over the LA's programme-year periods of its value minus its base value; null without both. */
  change: z.number().nullable(),
  changeWithoutFirstYear: z.number().nullable(),
  /** Programme-year periods behind `change`. */
  periods: count,
})

export const OutcomeResultSchema = z.strictObject({
  metric: z.string().regex(/^[a-z0-9_]+$/),
  kind: MetricPeriodKindSchema,
  /** primary: the outcome a claim's verdict rests on; secondary: the others the claims name. */
  role: z.enum(['primary', 'secondary']),
  /** Ids of the claims that name the outcome. */
  claims: z.array(z.string()).min(1),
  /** Programme years the figures reach (0: none after the start). */
  programmeYears: count,
  basePeriods: z.array(PeriodIdSchema),
  /** Mean of the included LAs' base values: the scale for reading an effect. */
  baseMean: z.number().nullable(),
  comparisons: z.array(ComparisonResultSchema),
  partnerships: z.array(PartnershipEffectSchema),
  laChanges: z.array(LaChangeSchema),
})
export type OutcomeResult = z.infer<typeof OutcomeResultSchema>

const VERDICTS = ['supported', 'not_supported', 'cannot_tell'] as const
const VERDICT_REASONS = [
  'effect_in_claimed_direction',
  'effect_opposite',
  'no_difference',
  'no_figures_after',
  'no_base',
  'no_figures_before',
  'no_direction',
  'pre_trend',
  'too_few_periods',
  'too_little_power',
] as const

const OutcomeVerdictSchema = z.strictObject({
  metric: z.string(),
  verdict: z.enum(VERDICTS),
  reason: z.enum(VERDICT_REASONS),
  /** The one number the verdict rests on. */
  number: z
    .strictObject({
      name: z.enum(['effect', 'pre_trend', 'minimum_detectable_effect']),
      value: z.number(),
      low: rangeEnd.optional(),
      high: rangeEnd.optional(),
      p: probability.optional(),
    })
    .nullable(),
})
export type OutcomeVerdict = z.infer<typeof OutcomeVerdictSchema>

export const ClaimVerdictSchema = OutcomeVerdictSchema.extend({
  id: z.string().regex(/^[a-z_]+$/),
  /** The claim in the words it was reported in. */
  claim: z.string().min(1),
  /** The way the claim says the primary outcome should move in pilot LAs. */
  direction: z.enum(['lower', 'higher', 'none']),
  secondary: z.array(OutcomeVerdictSchema),
  /** Outcomes the claim needs that no published file gives yet, and where they would come from. */
  missing: z.array(z.strictObject({ outcome: z.string(), source: z.string() })),
})
export type ClaimVerdict = z.infer<typeof ClaimVerdictSchema>

export const ChangeProgrammeSchema = z.strictObject({
  /** The programme's start: programme year 1 begins here. */
  start: date,
  /** Seed and number of redraws of the randomisation inference. */
  seed: z.number().int(),
  draws: z.number().int().min(1),
  /** Level of the tests and ranges (0.05) and power of the minimum detectable effect (0.8). */
  alpha: probability,
  power: probability,
  /** Share of an outcome's average level taken as the largest plausible effect (the verdict rule). */
  plausibleShare: probability,
  /** Tests of an effect made (rows of tests.csv): the number of comparisons the page states. */
  tests: count,
  /** LAs left out of every comparison (very small numbers). */
  excluded: z.array(code),
  claims: z.array(ClaimVerdictSchema),
  /** Primary outcomes first, then secondary ones. */
  outcomes: z.array(OutcomeResultSchema),
})
export type ChangeProgramme = z.infer<typeof ChangeProgrammeSchema>
export type ChangeProgrammeInput = z.input<typeof ChangeProgrammeSchema>
