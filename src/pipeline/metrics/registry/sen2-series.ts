// Series builders for the SEN2 measures of issue 27: the 2025 release's plans by ethnicity, years
// held and age at the start of the plan, its direct payments, and the old SEN2 return's moves
// between schools, education elsewhere and plans ended because the needs were met.
import { breakdownOf } from '../../read/observation.ts'
import type { PeriodMap, Series, SeriesPart } from '../definition.ts'
import { calendarYear, januaryAfterCalendarYear, januaryOfAcademicYear, years } from '../period-maps.ts'
import { SEN2_MI } from './series.ts'

const CHARACTERISTICS = 'ehcp-2025-caseload-characteristics'

/** DfE's categories of each breakdown of the caseload by who holds the plan (every row, for the denominator). */
export const ETHNICITIES = {
  White: [
    'White - White British',
    'White - Irish',
    'White - Traveller of Irish heritage',
    'White - Gypsy/Roma',
    'White - Any other White background',
  ],
  Mixed: [
    'Mixed - White and Black Caribbean',
    'Mixed - White and Black African',
    'Mixed - White and Asian',
    'Mixed - Any other Mixed background',
  ],
  Asian: ['Asian - Indian', 'Asian - Pakistani', 'Asian - Bangladeshi', 'Asian - Chinese', 'Asian - Any other Asian background'],
  Black: ['Black - Black Caribbean', 'Black - Black African', 'Black - Any other Black background'],
  Other: ['Any other ethnic group'],
  Unclassified: ['Unclassified'],
} as const
export const YEARS_HELD = ['Less than a year', ...Array.from({ length: 11 }, (_, i) => String(i + 1)), '12 or more'] as const
export const AGES_AT_START = [
  'age 2 and under',
  ...Array.from({ length: 17 }, (_, i) => `age ${i + 3}`),
  'age 20 and over',
  'unknown',
] as const
export type CharacteristicTopic = 'Ethnicity' | 'Years EHC plan in place' | 'Age when plan started'

/**
 * Plans in January in some of a breakdown's categories. DfE leaves out a category in which an LA
 * has no plans, so an LA with rows for the breakdown but none of these has none.
 */
export const plansIn = (topic: CharacteristicTopic, categories: readonly string[]): Series => ({
  parts: categories.map((c) => ({
    source: CHARACTERISTICS,
    measure: 'ehcplans',
    breakdown: breakdownOf({ breakdown_topic: topic, breakdown: c }),
  })),
  periods: januaryOfAcademicYear,
  absentMeansZero: true,
})

/** The 2025 release's personal budgets (January 2020 onwards: its 2020 to 2022 are the old return's 2019 to 2021). */
const personalBudgets = (measure: string): Series => ({
  parts: [
    {
      source: 'ehcp-2025-personal-budgets',
      measure,
      breakdown: breakdownOf({ breakdown_topic: 'All personal budgets', breakdown: 'All personal budgets' }),
    },
  ],
  periods: januaryOfAcademicYear,
})
/** The old return's personal budgets in 2014 to 2018, against the January that follows, as DfE's 2025 release shows 2019 onwards. */
const oldPersonalBudgets = (measure: string): Series => SEN2_MI(measure, years(2014, 2018, januaryAfterCalendarYear))
export const DIRECT_PAYMENTS = {
  education: ['pb_education', 'direct_pay_education'],
  health: ['pb_health', 'direct_pay_health'],
  social_care: ['pb_social', 'direct_pay_socialcare'],
  integrated: ['pb_integrated', 'direct_pay_integrated'],
} as const
export type DirectPayment = keyof typeof DIRECT_PAYMENTS
export const directPayments = (service: DirectPayment) => ({
  recent: personalBudgets(DIRECT_PAYMENTS[service][0]),
  old: oldPersonalBudgets(DIRECT_PAYMENTS[service][1]),
})
export const ALL_PERSONAL_BUDGETS = { recent: personalBudgets('personal_budget'), old: oldPersonalBudgets('personal_budgets') }

/** Statements and EHC plans in a group of the old SEN2 establishment types, in January, as the stock at the start of that year. */
export const oldCaseloadAtStartOfYear = (group: string, type: string, first: number, last: number): Series => ({
  parts: [
    {
      source: 'ehcp-2022-estab-caseload',
      measure: 'Total_all',
      breakdown: breakdownOf({ establishment_group: group, establishment_type: type }),
    },
  ],
  periods: years(first, last, calendarYear),
})

/** The SEN2 management information's yearly counts (of statements and of EHC plans, each where the file has them), summed. */
export const sen2MiSum = (measures: readonly string[], first: number, last: number): Series => ({
  parts: measures.map((measure): SeriesPart => ({ source: 'ehcp-2023-sen2-mi', measure, breakdown: '' })),
  periods: years(first, last, calendarYear),
})

/** Statements and EHC plans of children aged 5 to 15 in January, from the 2022 release, as the stock at the start of the year. */
export const schoolAgePlansAtStartOfYear = (first: number, last: number): Series => ({
  parts: ['Age 5 to 10', 'Age 11 to 15'].map((band) => ({
    source: 'ehcp-2022-age-caseload',
    measure: 'Total_all',
    breakdown: breakdownOf({ characteristic_age: band }),
  })),
  periods: years(first, last, calendarYear),
})

/** The SEN2 management information's calendar years first..last. */
export const sen2Mi = (measure: string, first: number, last: number, periods: PeriodMap = calendarYear): Series =>
  SEN2_MI(measure, years(first, last, periods))
