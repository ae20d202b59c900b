// The registry's "Alternative provision" theme. LA-funded AP (placements the council arranges and
// pays for, from the AP census) and school-arranged AP (from the school census) are different
// things and never added together; state-funded AP schools are a third.
import { breakdownOf } from '../../read/observation.ts'
import type { MetricDefinition, Series } from '../definition.ts'
import { calendarYear, januaryOfAcademicYear } from '../period-maps.ts'
import { autumnAndSpring, MAINSTREAM_PUPILS, prepared, preparedSum } from './outcome-series.ts'
import { DERIVED_PREPARED, NO_ABSENCE_2019_20 } from './outcome-wording.ts'

const ees = (source: string, measure: string, filters: Record<string, string> | null, periods = januaryOfAcademicYear): Series => ({
  parts: [{ source, measure, breakdown: filters ? breakdownOf(filters) : '' }],
  periods,
})

/** Settings without a URN: not registered schools (the census's own grouping of setting types). */
const UNREGISTERED_SETTINGS = [
  'One on one tuition',
  'Other unregistered provider',
  'Non-maintained further education college',
  'Registered provider with UKPRN',
  'Work based placement',
  'Unknown',
] as const

const LA_FUNDED = ees('ap-census-placements', 'number_of_pupils', null)
const schoolArranged = (grouping: string, characteristic: string, setting = 'Total') =>
  ees('school-arranged-ap', 'pupils', { setting_type: setting, characteristic_grouping: grouping, pupil_characteristic: characteristic })
const SCHOOL_ARRANGED = schoolArranged('Total', 'Total')
const AP_SCHOOL_PUPILS = prepared('prepared-ap-counts', 'total', { prov_type: 'State-funded AP school' }, januaryOfAcademicYear)

const PER_10000_CAVEAT =
  "Per 10,000 pupils in state-funded mainstream schools at the January census (the denominator is from DfE's Inclusion Dashboard tables, a derived source)."
const CENSUS_2023 = 'The school census recorded school-arranged AP for the first time in January 2023.'

function apShareWithSen<const Id extends string>(
  id: Id,
  where: 'school-arranged AP' | 'state-funded AP schools',
  provision: 'EHC plan' | 'SEN Support',
): MetricDefinition<Id> {
  const who = provision === 'EHC plan' ? 'an EHC plan' : 'SEN support'
  const schoolArrangedAp = where === 'school-arranged AP'
  return {
    id,
    title: `% of pupils in ${where} with ${who}`,
    question: `What share of pupils in ${where} have ${provision === 'EHC plan' ? 'an EHC plan' : 'SEN support'}?`,
    theme: 'ap',
    unit: 'percent',
    direction: 'neutral',
    ageBand: 'school age',
    numeratorLabel: `pupils in ${where} with ${who}`,
    denominatorLabel: `pupils in ${where}`,
    segments: [
      schoolArrangedAp
        ? {
            kind: 'proportion',
            // The file leaves out a group with no pupils (Hartlepool: 20 with no SEN and 12 on SEN
            // support make its 32, and no EHC plan row), so a missing row is zero, as in AP schools.
            numerator: { ...schoolArranged('SEN on entry', provision), absentMeansZero: true },
            denominator: SCHOOL_ARRANGED,
          }
        : {
            kind: 'proportion',
            // The table leaves out a characteristic with no pupils (Bexley, January 2023: SEN support
            // 17 + no SEN 4 = its 21 pupils, and no EHC plan row), so a missing row is zero.
            numerator: {
              ...prepared(
                'prepared-ap-characteristics',
                'pupils_dv',
                { prov_type: 'State-funded AP school', pupil_characteristic: 'SEN status', char_dv: provision },
                januaryOfAcademicYear,
              ),
              absentMeansZero: true,
            },
            denominator: AP_SCHOOL_PUPILS,
          },
    ],
    caveats: schoolArrangedAp
      ? ['SEN status when the placement began, for pupils in AP arranged by their school, at the January census.', CENSUS_2023]
      : [
          'Pupils on the roll of state-funded AP schools (including pupil referral units) at the January census.',
          `From ${DERIVED_PREPARED}.`,
        ],
    breaks: [],
    decimals: 1,
    sentence: `{value} of pupils in ${where} have ${who}`,
  }
}

function unregisteredShare<const Id extends string>(id: Id, laFunded: boolean): MetricDefinition<Id> {
  const what = laFunded ? 'LA-funded AP placements' : 'pupils in school-arranged AP'
  const settings = (setting: string) =>
    laFunded ? ees('ap-census-settings', 'placements', { setting_type: setting }) : schoolArranged('Total', 'Total', setting)
  // The school census (school-arranged AP) records no "Unknown" setting; the AP census does.
  const unregistered = laFunded ? UNREGISTERED_SETTINGS : UNREGISTERED_SETTINGS.filter((s) => s !== 'Unknown')
  const parts = unregistered.flatMap((s) => settings(s).parts)
  return {
    id,
    title: `% of ${what} in unregistered provision`,
    question: `What share of ${what} are with providers that are not registered schools (tuition, unregistered providers, work placements)?`,
    theme: 'ap',
    unit: 'percent',
    direction: 'lower_is_better',
    ageBand: 'school age',
    numeratorLabel: `${what} in settings without a school URN`,
    denominatorLabel: laFunded ? 'LA-funded AP placements' : 'pupils in school-arranged AP',
    segments: [
      {
        kind: 'proportion',
        numerator: { parts, periods: januaryOfAcademicYear, absentMeansZero: true },
        denominator: settings('Total'),
      },
    ],
    caveats: [
      'Unregistered provision: one-to-one tuition, other unregistered providers, further education colleges that are not maintained, providers with a UKPRN only, work-based placements and unknown settings.',
      laFunded ? 'From the January 2023 AP census.' : CENSUS_2023,
      'Government guidance expects unregistered provision to be used only alongside a registered setting and for short periods; the reforms aim to reduce it.',
    ],
    breaks: [],
    decimals: 1,
    sentence: `{value} of ${what} were in unregistered provision`,
  }
}

const AP_ABSENCE = (measure: string) => ees('ap-school-absence', measure, null, autumnAndSpring)
const AUTUMN_SPRING =
  'Autumn and spring terms only, as published part-way through each year: each year is compared with the same two terms of other years, never with a whole year.'
const OFSTED_JUDGEMENTS = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'] as const

function goodOrOutstanding<const Id extends string>(id: Id, schoolType: string, what: string): MetricDefinition<Id> {
  const judged = (judgements: readonly string[]) =>
    preparedSum(
      'prepared-ap-ofsted',
      'Value',
      judgements.map((j) => ({ school_type: schoolType, 'Overall effectiveness': j })),
      calendarYear,
      true,
    )
  return {
    id,
    title: `% of ${what} judged good or outstanding by Ofsted`,
    question: `What share of ${what} in the area were judged good or outstanding at their latest Ofsted inspection?`,
    theme: 'ap',
    unit: 'percent',
    direction: 'higher_is_better',
    ageBand: 'school age',
    numeratorLabel: `${what} judged good or outstanding`,
    denominatorLabel: `${what} with an overall effectiveness judgement`,
    segments: [{ kind: 'proportion', numerator: judged(['Outstanding', 'Good']), denominator: judged(OFSTED_JUDGEMENTS) }],
    caveats: [
      'Overall effectiveness at the latest inspection, of schools open in the year; schools not yet inspected are not counted.',
      `From ${DERIVED_PREPARED}.`,
    ],
    breaks: [],
    decimals: 1,
    sentence: `{value} of ${what} were judged good or outstanding`,
  }
}

export const AP_METRICS = [
  {
    id: 'la_funded_ap_per_10000',
    title: 'Pupils in LA-funded alternative provision per 10,000 pupils',
    question: 'How many pupils are in alternative provision arranged and paid for by the council, for every 10,000 pupils?',
    theme: 'ap',
    unit: 'per_10000',
    direction: 'neutral',
    ageBand: 'school age',
    numeratorLabel: 'pupils in LA-funded AP placements (AP census)',
    denominatorLabel: 'pupils in state-funded mainstream schools',
    segments: [{ kind: 'rate', numerator: LA_FUNDED, denominator: MAINSTREAM_PUPILS, per: 10000 }],
    caveats: [
      'LA-funded AP: placements the council arranges and pays for (for example after a permanent exclusion, or for illness), counted at the January AP census. Pupils in AP arranged by their own school are counted separately.',
      PER_10000_CAVEAT,
    ],
    breaks: [],
    decimals: 1,
    sentence: 'there were {number} pupils in LA-funded alternative provision for every 10,000 pupils',
  } as const satisfies MetricDefinition<'la_funded_ap_per_10000'>,
  unregisteredShare('la_funded_ap_unregistered_pct', true),
  {
    id: 'school_arranged_ap_per_10000',
    title: 'Pupils in school-arranged alternative provision per 10,000 pupils',
    question: 'How many pupils are sent by their own school to alternative provision, for every 10,000 pupils?',
    theme: 'ap',
    unit: 'per_10000',
    direction: 'neutral',
    ageBand: 'school age',
    numeratorLabel: 'pupils in school-arranged AP (school census)',
    denominatorLabel: 'pupils in state-funded mainstream schools',
    segments: [{ kind: 'rate', numerator: SCHOOL_ARRANGED, denominator: MAINSTREAM_PUPILS, per: 10000 }],
    caveats: [
      "School-arranged AP: pupils who stay on their school's roll but are taught elsewhere for part or all of the week, arranged by the school. Not the same as LA-funded AP.",
      CENSUS_2023,
      PER_10000_CAVEAT,
    ],
    breaks: [],
    decimals: 1,
    sentence: 'there were {number} pupils in school-arranged alternative provision for every 10,000 pupils',
  } as const satisfies MetricDefinition<'school_arranged_ap_per_10000'>,
  unregisteredShare('school_arranged_ap_unregistered_pct', false),
  apShareWithSen('school_arranged_ap_ehcp_pct', 'school-arranged AP', 'EHC plan'),
  apShareWithSen('school_arranged_ap_sen_support_pct', 'school-arranged AP', 'SEN Support'),
  apShareWithSen('ap_school_ehcp_pct', 'state-funded AP schools', 'EHC plan'),
  apShareWithSen('ap_school_sen_support_pct', 'state-funded AP schools', 'SEN Support'),
  {
    id: 'ap_school_overall_absence_pct',
    title: '% of sessions missed in pupil referral units and AP schools',
    question: 'What share of school sessions do pupils in pupil referral units and state-funded AP schools miss?',
    theme: 'ap',
    unit: 'percent',
    direction: 'lower_is_better',
    ageBand: 'school age',
    numeratorLabel: 'sessions missed (authorised and unauthorised)',
    denominatorLabel: 'possible sessions',
    segments: [{ kind: 'published', value: AP_ABSENCE('sess_overall_percent') }],
    caveats: [`${AUTUMN_SPRING} Sessions are half-days; they are not independent, so no interval is given.`],
    breaks: [NO_ABSENCE_2019_20],
    decimals: 1,
    sentence: 'pupils in pupil referral units and AP schools missed {value} of their sessions',
  } as const satisfies MetricDefinition<'ap_school_overall_absence_pct'>,
  {
    id: 'ap_school_persistent_absence_pct',
    title: '% of pupils in pupil referral units and AP schools persistently absent',
    question: 'What share of pupils in pupil referral units and state-funded AP schools miss 10% or more of their sessions?',
    theme: 'ap',
    unit: 'percent',
    direction: 'lower_is_better',
    ageBand: 'school age',
    numeratorLabel: 'enrolments missing 10% or more of sessions',
    denominatorLabel: 'enrolments in pupil referral units and AP schools',
    segments: [{ kind: 'proportion', numerator: AP_ABSENCE('enrolments_pa_10_exact'), denominator: AP_ABSENCE('enrolments') }],
    caveats: [`${AUTUMN_SPRING} Counted by enrolment: a pupil enrolled twice counts twice.`],
    breaks: [NO_ABSENCE_2019_20],
    decimals: 1,
    sentence: '{value} of pupils in pupil referral units and AP schools were persistently absent',
  } as const satisfies MetricDefinition<'ap_school_persistent_absence_pct'>,
  goodOrOutstanding('ap_schools_good_or_outstanding_pct', 'State-funded AP school', 'state-funded AP schools'),
  goodOrOutstanding('special_schools_good_or_outstanding_pct', 'State-funded special school', 'state-funded special schools'),
]
