// Series builders shared by the registry's theme modules: which published series (source,
// measure, breakdown) each metric reads, and on which metric periods.
import { EXCLUSIONS_OFFICIAL } from '../../read/specs.ts'
import { breakdownOf } from '../../read/observation.ts'
import type { Series, SeriesPart } from '../definition.ts'
import {
  academicYear,
  calendarYear,
  januaryFromMidYear,
  januaryOfAcademicYear,
  januaryOfCalendarYear,
  neetYear,
  term,
} from '../period-maps.ts'

export const CASELOAD = 'ehcp-2025-caseload'
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

const ehcpActivity = (source: string, topic: string, measure: string): Series => ({
  parts: [{ source, measure, breakdown: breakdownOf({ breakdown_topic: topic, breakdown: topic }) }],
  periods: calendarYear,
})
export const TIMELINESS = (m: string) => ehcpActivity('ehcp-2025-timeliness', 'All EHC plans issued', m)
export const REQUESTS = (m: string) => ehcpActivity('ehcp-2025-requests', 'All requests for EHC needs assessments', m)
export const ASSESSMENTS = (m: string) => ehcpActivity('ehcp-2025-assessments', 'All EHC needs assessments', m)
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
const EXCLUSIONS_EXTRACT = 'd2i-exclusions-by-sen'
const officialBreakdown = (group: SenGroup) =>
  breakdownOf({ education_phase: 'Total', characteristic_group: 'SEN provision', characteristic: group })
export const official = (measure: string, group: SenGroup): Series => ({
  parts: [{ source: EXCLUSIONS_OFFICIAL, measure, breakdown: officialBreakdown(group) }],
  periods: term,
})
export const extractRate = (measure: string, group: SenGroup): Series => ({
  parts: [{ source: EXCLUSIONS_EXTRACT, measure, breakdown: breakdownOf({ education_phase: 'Total', send_category: group }) }],
  periods: term,
})
export const absence = (measure: string, group: SenGroup): Series => ({
  parts: [{ source: 'd2i-absence-by-sen', measure, breakdown: breakdownOf({ education_phase: 'Total', send_category: group }) }],
  periods: academicYear,
})
export const lait = (measure: string): Series => ({
  parts: [{ source: 'lait-send', measure, breakdown: '' }],
  periods: januaryOfAcademicYear,
})
