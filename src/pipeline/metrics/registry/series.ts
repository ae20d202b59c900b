// Series builders shared by the registry's theme modules: which published series (source,
// measure, breakdown) each metric reads, and on which metric periods.
import { EXCLUSIONS_OFFICIAL } from '../../read/specs.ts'
import { breakdownOf } from '../../read/observation.ts'
import type { PeriodMap, Series, SeriesPart } from '../definition.ts'
import { metricPeriod } from '../../../contract/periods.ts'
import {
  calendarYear,
  calendarYearFromMidYear,
  calendarYearOfJanuary,
  januaryFromMidYear,
  januaryOfAcademicYear,
  januaryOfCalendarYear,
  neetYear,
  term,
  years,
} from '../period-maps.ts'

const CASELOAD = 'ehcp-2025-caseload'
const ALL_PLANS = breakdownOf({ breakdown_topic: 'All EHC plans', breakdown: 'All EHC plans' })
const ageBreakdown = (age: number) =>
  breakdownOf({ breakdown_topic: 'Child or young persons age', breakdown: age < 3 ? 'under 3' : `age ${age}` })
/** The caseload file's age rows: "under 3", then single years 3 to 25. */
function caseloadAges(measure: string, from: number, to: number): SeriesPart[] {
  const parts: SeriesPart[] = []
  for (let age = Math.max(from, 2); age <= to; age++) parts.push({ source: CASELOAD, measure, breakdown: ageBreakdown(age) })
  return parts
}
export const caseload = (measure: string): Series => ({
  parts: [{ source: CASELOAD, measure, breakdown: ALL_PLANS }],
  periods: januaryOfAcademicYear,
})
export const caseloadAgeBand = (measure: string, from: number, to: number): Series => ({
  parts: caseloadAges(measure, from, to),
  periods: januaryOfAcademicYear,
  absentMeansZero: true,
})
/**
 * The plans in the caseload's breakdowns (the sum of its age rows), the denominator of a share of
 * plans by placement or age. DfE divides its own placement percentages by it. It equals the total
 * number of plans except where DfE withheld an LA's breakdown (Hackney and Peterborough, January
 * 2024): England's and the regions' rows then count all of those plans in the total but only some
 * in the breakdowns, so a share of the total would mix two counts. Before January 2024 the file
 * has no age rows, and the total is used.
 */
export const plansInBreakdown: Series = {
  parts: caseloadAges('ehcplans', 0, 25),
  periods: januaryOfAcademicYear,
  fallback: caseload('ehcplans'),
}

export const population0to25: Series = {
  parts: ['ons-mye-2022', 'ons-mye-2023'].flatMap((source) =>
    Array.from({ length: 26 }, (_, age) => ({ source, measure: 'population', breakdown: breakdownOf({ age: String(age) }) })),
  ),
  periods: januaryFromMidYear,
}

/** The sum of one or more measures of an EHC plan activity file (all rows of its breakdown topic). */
const ehcpActivity = (source: string, topic: string, measures: readonly string[]): Series => ({
  parts: measures.map((measure) => ({ source, measure, breakdown: breakdownOf({ breakdown_topic: topic, breakdown: topic }) })),
  periods: calendarYear,
})
export const TIMELINESS = (...m: string[]) => ehcpActivity('ehcp-2025-timeliness', 'All EHC plans issued', m)
export const REQUESTS = (...m: string[]) => ehcpActivity('ehcp-2025-requests', 'All requests for EHC needs assessments', m)
export const ASSESSMENTS = (...m: string[]) => ehcpActivity('ehcp-2025-assessments', 'All EHC needs assessments', m)
export const TRIBUNAL = (m: string): Series => ({
  parts: [{ source: 'ehcp-2025-tribunal', measure: m, breakdown: '' }],
  periods: calendarYear,
})

export const WBP_2025 = (m: string): Series => ({
  parts: [
    {
      source: 'ehcp-2025-work-based-placements',
      measure: m,
      breakdown: breakdownOf({ breakdown_topic: 'All work based placements', breakdown: 'All work based placements' }),
    },
  ],
  periods: januaryOfAcademicYear,
})
export const WBP_2022 = (m: string): Series => ({
  parts: [{ source: 'ehcp-2022-work-based-placements', measure: m, breakdown: '' }],
  periods: januaryOfCalendarYear,
})
export const PLANS_16_25_2022: Series = {
  parts: ['Age 16 to 19', 'Age 20 to 25'].map((band) => ({
    source: 'ehcp-2022-age-caseload',
    measure: 'Total_ehc',
    breakdown: breakdownOf({ characteristic_age: band }),
  })),
  periods: januaryOfCalendarYear,
}

// The 2021 file (not registered) has no SEN breakdown for regions or LAs, and its England SEN
// figures repeat the 2022 file's digit for digit, so they are not 2021 figures.
const NEET_SOURCES = ['neet-2022', 'neet-2023', 'neet-2025']
export const neet = (measure: string): Series => ({
  parts: NEET_SOURCES.map((source) => ({ source, measure, breakdown: '' })),
  periods: neetYear,
})

export type SenGroup = 'EHC plan' | 'SEN support' | 'No SEN'
/** The phases of the exclusions files ("Total": all state-funded schools). */
export type ExclusionPhase = 'Total' | 'State-funded primary' | 'State-funded secondary' | 'State-funded special'
const EXCLUSIONS_EXTRACT = 'd2i-exclusions-by-sen'
const officialBreakdown = (group: SenGroup, phase: ExclusionPhase) =>
  breakdownOf({ education_phase: phase, characteristic_group: 'SEN provision', characteristic: group })
export const official = (measure: string, group: SenGroup, phase: ExclusionPhase = 'Total'): Series => ({
  parts: [{ source: EXCLUSIONS_OFFICIAL, measure, breakdown: officialBreakdown(group, phase) }],
  periods: term,
})
export const extractRate = (measure: string, group: SenGroup, phase: ExclusionPhase = 'Total'): Series => ({
  parts: [{ source: EXCLUSIONS_EXTRACT, measure, breakdown: breakdownOf({ education_phase: phase, send_category: group }) }],
  periods: term,
})

/**
 * The absence extract's years are whole school years except its latest, 2024/25, which comes from
 * DfE's autumn-and-spring-terms release (the extract codes it as an academic year all the same):
 * that year is labelled as the two terms it covers, so that it is never taken for a whole year.
 */
const ABSENCE_EXTRACT_PART_YEAR = '202425'
const absenceExtractYears: PeriodMap = (p) =>
  p.periodKind === 'academic_year'
    ? [metricPeriod(p.period, p.period === ABSENCE_EXTRACT_PART_YEAR ? 'autumn_spring' : 'academic_year')]
    : []
/** The phases of the absence extract ("Total": all state-funded schools; "Special": special schools). */
export type AbsencePhase = 'Total' | 'State-funded primary' | 'State-funded secondary' | 'Special'
/** A measure of the absence extract, from the school year starting in `from` on. */
export const absence = (measure: string, group: SenGroup, phase: AbsencePhase = 'Total', from = 0): Series => ({
  parts: [{ source: 'd2i-absence-by-sen', measure, breakdown: breakdownOf({ education_phase: phase, send_category: group }) }],
  periods: years(from, 9999, absenceExtractYears),
})

/** The SEN groups of DfE's Inclusion Dashboard absence table, by its own names. */
export type PreparedAbsenceGroup = 'EHCP or Statement' | 'SEN support' | 'No SEN' | 'All SEN'
/**
 * DfE's own absence by SEN status, as its Inclusion Dashboard prepared it: LAs and England from one
 * table, the regions from the other. Its figures are the autumn and spring terms (the dashboard
 * reads DfE's file 6_absence_2term_characteristics), although it codes them as academic years.
 */
export const preparedAbsence = (measure: 'Overall' | 'Authorised' | 'Unauthorised', group: PreparedAbsenceGroup): Series => ({
  parts: ['prepared-absence', 'prepared-absence-regions'].map((source) => ({
    source,
    measure: 'Percentage',
    breakdown: breakdownOf({ characteristic: group, 'Absence measure': measure }),
  })),
  periods: (p) => (p.periodKind === 'academic_year' ? [metricPeriod(p.period, 'autumn_spring')] : []),
})
export const lait = (measure: string): Series => ({
  parts: [{ source: 'lait-send', measure, breakdown: '' }],
  periods: januaryOfAcademicYear,
})

// The rest of the EHC plan system: primary need, new plans, the life of a plan, and the old SEN2
// series before 2019 (2022 and 2023 releases).
const allRows = (topic: string) => breakdownOf({ breakdown_topic: topic, breakdown: topic })

export const caseloadSex = (...sexes: string[]): Series => ({
  parts: sexes.map((sex) => ({
    source: CASELOAD,
    measure: 'ehcplans',
    breakdown: breakdownOf({ breakdown_topic: 'Sex', breakdown: sex }),
  })),
  periods: januaryOfAcademicYear,
})
/** Plans in January as the stock at the start of that calendar year (for plans ceased in the year). */
export const plansAtStartOfYear: Series = { ...caseload('ehcplans'), periods: calendarYearOfJanuary }
/** Population aged 0-25 for a calendar year's activity (requests, new plans). */
export const population0to25ForYear: Series = { ...population0to25, periods: calendarYearFromMidYear }

export const needsOfAllPlans = (measure: string): Series => ({
  parts: [{ source: 'ehcp-2025-needs-all-plans', measure, breakdown: allRows('All EHC plans') }],
  periods: januaryOfAcademicYear,
})
export const needsOfNewPlans = (measure: string): Series => ({
  parts: [{ source: 'ehcp-2025-needs-new-plans', measure, breakdown: allRows('All EHC plans') }],
  periods: calendarYear,
})
export const NEW_PLANS = (...m: string[]) => ehcpActivity('ehcp-2025-new-plans', 'New EHC plans', m)
/**
 * New plans in the placement groups DfE's percentages divide by. From 2022 the groups (with
 * "placement unknown", first collected then) add up to all new plans in every row except where an
 * LA recorded no placements (Wakefield, 2022: its region's and England's groups leave out 350 of
 * their plans), so their sum is the denominator; before 2022 they do not cover every placement, and
 * DfE divides by all new plans.
 */
export const NEW_PLANS_PLACED: Series = {
  ...NEW_PLANS('mainstream_total', 'special_total', 'ap_pru_total', 'fe_total', 'ed_elsewhere', 'nm_early_years', 'placement_unknown'),
  periods: years(2022, 9999, calendarYear),
  fallback: NEW_PLANS('new_ehc_plans'),
}
export const CEASED = (...m: string[]) => ehcpActivity('ehcp-2025-ceased-plans', 'All ceased EHC plans', m)
export const ANNUAL_REVIEWS = (...m: string[]) => ehcpActivity('ehcp-2025-annual-reviews', 'All annual reviews', m)
export const PERSONAL_BUDGETS: Series = {
  parts: [{ source: 'ehcp-2025-personal-budgets', measure: 'personal_budget', breakdown: allRows('All personal budgets') }],
  periods: januaryOfAcademicYear,
}
export const RESIDENTIAL: Series = {
  parts: ['Res_3851', 'Res_52'].map((measure) => ({
    source: 'ehcp-2025-residential',
    measure,
    breakdown: allRows('All residential placements'),
  })),
  periods: januaryOfAcademicYear,
}

/** A group of the old SEN2 establishment types, or one type within it ("Total" for the whole group). */
export type Establishment = readonly [group: string, type: string]
const establishmentParts = (source: string, measure: string, establishments: readonly Establishment[]): SeriesPart[] =>
  establishments.map(([group, type]) => ({
    source,
    measure,
    breakdown: breakdownOf({ establishment_group: group, establishment_type: type }),
  }))
export const ALL_ESTABLISHMENTS: Establishment = ['Total', 'Total']
/** Statements and EHC plans by establishment in January 2010 to January 2018 (later years: 2025 release). */
export const oldCaseloadIn = (...establishments: Establishment[]): Series => ({
  parts: establishmentParts('ehcp-2022-estab-caseload', 'Total_all', establishments),
  periods: years(2010, 2018, januaryOfCalendarYear),
})
/** New statements and EHC plans by establishment in 2009 to 2018 (later years: 2025 release). */
export const oldNewPlansIn = (...establishments: Establishment[]): Series => ({
  parts: establishmentParts('ehcp-2022-estab-new-plans', 'Total_new_all', establishments),
  periods: years(2009, 2018, calendarYear),
})
/** Statements and EHC plans (or EHC plans only) by age band in January, old SEN2. */
export const oldCaseloadAged = (measure: 'Total_all' | 'Total_ehc', band: string, periods: PeriodMap): Series => ({
  parts: [{ source: 'ehcp-2022-age-caseload', measure, breakdown: breakdownOf({ characteristic_age: band }) }],
  periods,
})
/** DfE's Inclusion Dashboard table of plans by age band, for January 2023 (no raw file gives it by age). */
const AGE_BANDS_2023 = ['Under 5', 'Age 5 to 10', 'Age 11 to 15', 'Age 16 to 19', 'Age 20 to 25'] as const
export const preparedAgeBand = (...bands: ReadonlyArray<(typeof AGE_BANDS_2023)[number]>): Series => ({
  parts: bands.map((band) => ({
    source: 'prepared-ehcp-age-profile',
    measure: 'num_caseload',
    breakdown: breakdownOf({ characteristic_age: band }),
  })),
  periods: years(2023, 2023, januaryOfCalendarYear),
})
/** All plans in that table: the sum of its bands (it has no total row). */
export const preparedAllAges: Series = preparedAgeBand(...AGE_BANDS_2023)

/** SEN2 management information (2023 release): calendar years 2014 to 2022. */
export const SEN2_MI = (measure: string, periods: PeriodMap): Series => ({
  parts: [{ source: 'ehcp-2023-sen2-mi', measure, breakdown: '' }],
  periods,
})
