// The words the pipeline and the pages share: themes, units, directions, area types, and the reasons
// a figure is missing or not compared. Both sides import them from here, so that a page can never
// name a unit or a reason the pipeline does not write.
import { z } from 'zod'

/** The themes of every area page, in the order a parent thinks (DESIGN.md). */
export const THEMES = [
  {
    id: 'who',
    title: 'Who has an EHC plan',
    short: 'Who has a plan',
    question: 'How many children and young people have an EHC plan here?',
  },
  {
    id: 'where',
    title: 'Where children and young people with plans learn',
    short: 'Where they learn',
    question: 'Where do they learn?',
  },
  { id: 'process', title: 'The EHC plan process', short: 'The plan process', question: 'How long do new plans take?' },
  { id: 'learning', title: 'Learning and attainment', short: 'Learning', question: 'How are they doing at school?' },
  { id: 'health', title: 'Health', short: 'Health', question: 'How long do children wait for NHS services?' },
  { id: 'post16', title: 'Growing up: post-16 and adulthood', short: 'After 16', question: 'What happens after 16?' },
  {
    id: 'exclusions',
    title: 'Suspensions, exclusions and absence',
    short: 'Exclusions, absence',
    question: 'How often are pupils with a plan suspended or absent?',
  },
  { id: 'ap', title: 'Alternative provision', short: 'Alternative provision', question: 'Who is in alternative provision?' },
  { id: 'money', title: 'Money and inspection', short: 'Money, inspection', question: 'What is spent, and what did inspectors find?' },
] as const
export type ThemeInfo = (typeof THEMES)[number]
export const ThemeSchema = z.enum(THEMES.map((t) => t.id) as [ThemeInfo['id'], ...Array<ThemeInfo['id']>])
export type Theme = z.infer<typeof ThemeSchema>

/**
 * percent, rates per 1,000 / 10,000 people or per 100 pupils, a ratio of two rates, a difference in
 * percentage points, a score on the publisher's own scale (Attainment 8, Progress 8), pounds per
 * head of population and pounds per child with a plan, per week.
 */
export const UnitSchema = z.enum([
  'percent',
  'per_1000',
  'per_10000',
  'per_100_pupils',
  'ratio',
  'percentage_points',
  'score',
  'gbp_per_head',
  'gbp_per_plan_per_week',
])
export type Unit = z.infer<typeof UnitSchema>

/** Units in words, as the CSV downloads and chart labels write them. */
export const UNIT_WORDS: Readonly<Record<Unit, string>> = {
  percent: 'percent',
  per_1000: 'per 1,000',
  per_10000: 'per 10,000',
  per_100_pupils: 'per 100 pupils',
  ratio: 'ratio (times as often)',
  percentage_points: 'percentage points',
  score: "score on the publisher's scale",
  gbp_per_head: 'pounds per head',
  gbp_per_plan_per_week: 'pounds per child with a plan, per week',
}

/** Where the reforms aim to move a figure; neutral where nobody agrees on a direction. */
export const DirectionSchema = z.enum(['higher_is_better', 'lower_is_better', 'neutral'])
export type Direction = z.infer<typeof DirectionSchema>

/**
 * England, DfE's regions and local authorities (and former LAs, shown on their successors' pages);
 * and the NHS's own areas, for which the NHS publishes its figures: sub-ICB locations (the former
 * clinical commissioning groups), integrated care boards and NHS regions.
 */
export const AreaTypeSchema = z.enum(['england', 'region', 'la', 'former_la', 'nhs_sub_icb', 'nhs_icb', 'nhs_region'])
export type AreaType = z.infer<typeof AreaTypeSchema>

/** The areas a measure is published for: LAs (with regions and England), or one level of NHS areas. */
export const AreaLevelSchema = z.enum(['la', 'nhs_sub_icb', 'nhs_icb'])

export const ENGLAND_CODE = 'E92000001'

/** Why a value is missing. A missing value is never a zero: it carries one of these to the page. */
export const MISSING_REASONS = {
  not_applicable: 'not applicable',
  not_available: 'not available from the publisher',
  suppressed: 'suppressed by the publisher to protect confidentiality',
  low_reliability: 'withheld by the publisher as unreliable',
  below_half: 'a positive value that rounds to zero (below 0.5)',
  not_published: 'not published for this area',
  not_collected: 'not collected in this period',
  no_denominator: 'cannot be calculated: nothing to divide by',
  no_population: "cannot be calculated: this NHS area's boundary does not follow council boundaries, so its population is not known",
  area_not_in_source: 'this area has no figure in the source file for this period',
  area_not_created: 'this council did not exist yet (see its predecessor)',
  not_aggregable: 'the source gives rates only, and rates cannot be averaged into a total',
  incomplete_coverage: "cannot be totalled: some local authorities' figures are missing",
  publisher_error: "not used: the publisher's figure contradicts its own other figures (see the caveats)",
  incomplete_return: 'not used: the return looks missing or incomplete, by the rule in the caveats',
  count_above_total: 'not used: the published count is larger than the total it is a share of, so the return contradicts itself',
} as const
export const MissingReasonSchema = z.enum(Object.keys(MISSING_REASONS) as [keyof typeof MISSING_REASONS])
export type MissingReason = z.infer<typeof MissingReasonSchema>

/** Why no comparison is made. */
export const NO_COMPARISON = {
  no_value: 'there is no figure for this area',
  no_reference: 'there is no figure to compare with',
  no_interval: 'only a rate is published, so no confidence interval can be computed and no test of the difference made',
  small_numbers: 'numbers are very small, so a comparison would mislead',
} as const
export const NoComparisonSchema = z.enum(Object.keys(NO_COMPARISON) as [keyof typeof NO_COMPARISON])

/** Why a change between two periods with figures is not given. */
export const WITHHELD_CHANGE = {
  series_break: 'a break in the series lies between the two periods, so their figures are not comparable',
  flagged_period: 'the publisher flags one of the two periods as not comparable with others (for example COVID-19 school closures)',
} as const
export const WithheldChangeSchema = z.enum(Object.keys(WITHHELD_CHANGE) as [keyof typeof WITHHELD_CHANGE])

/**
 * How a value was obtained: an LA's own row, the publisher's regional/England row, our sum of LA
 * rows, or (for a former LA) its own row for one count and its successors' sum for the other.
 */
export const BasisSchema = z.enum(['source', 'published', 'sum_of_las', 'sum_of_successors'])
