// The life of an EHC plan (theme "The EHC plan process"): annual reviews, personal budgets and
// their direct payments, when plans in place started and how long they have lasted, and plans that
// end, because the needs were met or for other reasons.
import { defineMetric, type MetricDefinition } from '../definition.ts'
import { januaryAfterCalendarYear, januaryOfCalendarYear, years } from '../period-maps.ts'
import { ANNUAL_REVIEWS, caseload, CEASED, oldCaseloadAged, PERSONAL_BUDGETS, plansAtStartOfYear, SEN2_MI } from './series.ts'
import {
  AGES_AT_START,
  ALL_PERSONAL_BUDGETS,
  directPayments,
  plansIn,
  schoolAgePlansAtStartOfYear,
  sen2MiSum,
  YEARS_HELD,
  type DirectPayment,
} from './sen2-series.ts'
import { SEN2_BREAK, SEN2_BREAK_ACTIVITY } from './wording.ts'
import { FORMED_IN_YEAR, FORMED_IN_YEAR_NOTES } from './sen2-wording.ts'

const ANNUAL_REVIEW_GAPS =
  'Blackpool and Reading did not return annual reviews in 2025, and DfE withheld the figures of Waltham Forest, Surrey, Redbridge, Hertfordshire and Plymouth pending checks.'
const CEASED_FIRST_YEAR =
  'Plans ceased and their reasons come from the person-level SEN2 return, from 2022. The old return before it recorded discontinued plans differently (plans ending after compulsory school age were counted as leaving school), so the old series is not joined and not shown.'
const PER_PLANS_AT_START = 'Per 1,000 EHC plans in January of the same year.'

const SERVICES: Readonly<Record<DirectPayment, string>> = {
  education: 'education',
  health: 'health care',
  social_care: 'social care',
  integrated: 'more than one service together (an integrated payment)',
}

/** Of the plans with a personal budget, the share with a direct payment for one service, from January 2015. */
function directPayment<const S extends DirectPayment>(service: S): MetricDefinition<`personal_budget_direct_payment_${S}_pct`> {
  const what = SERVICES[service]
  const counts = directPayments(service)
  return {
    id: `personal_budget_direct_payment_${service}_pct`,
    title: `% of personal budgets with a direct payment for ${service === 'integrated' ? 'more than one service' : what}`,
    question: `Of the EHC plans with a personal budget, what share include a direct payment (money paid to the family or young person to arrange support themselves) for ${what}?`,
    theme: 'process',
    unit: 'percent',
    direction: 'neutral',
    ageBand: '0-25',
    numeratorLabel: `personal budgets in place with a direct payment for ${what}`,
    denominatorLabel: 'EHC plans with a personal budget in place',
    segments: [
      { kind: 'proportion', numerator: counts.recent, denominator: ALL_PERSONAL_BUDGETS.recent },
      { kind: 'proportion', numerator: counts.old, denominator: ALL_PERSONAL_BUDGETS.old },
    ],
    caveats: [
      'A personal budget can include direct payments for more than one service, and some of it can be arranged by the council or a provider instead (organised arrangements), so the shares for education, health care, social care and integrated payments do not add up to 100%.',
      "January 2015 to January 2019 come from DfE's SEN2 management information (2023 release), whose yearly figures are shown against the January that follows, as DfE's 2025 release shows the old return's 2019 to 2021; January 2020 onwards from the 2025 release. The two give the same figures for the years both have.",
      'Personal budgets began with EHC plans in September 2014, so January 2015 counts only the first few.',
    ],
    breaks: [SEN2_BREAK],
    decimals: 1,
    sentence: `{value} of personal budgets include a direct payment for ${what}`,
  }
}

/** The share of plans in January that started when the child or young person was of some ages. */
function ageAtStart<const Id extends string>(id: Id, label: string, ages: readonly string[]): MetricDefinition<Id> {
  return {
    id,
    title: `% of EHC plans that started ${label}`,
    question: `Of the EHC plans in place, what share started ${label}?`,
    theme: 'process',
    unit: 'percent',
    direction: 'neutral',
    ageBand: '0-25',
    numeratorLabel: `EHC plans in January that started ${label}`,
    denominatorLabel: "EHC plans in January, in DfE's breakdown by age when the plan started (including age unknown)",
    segments: [
      {
        kind: 'proportion',
        numerator: plansIn('Age when plan started', ages),
        denominator: plansIn('Age when plan started', AGES_AT_START),
      },
    ],
    caveats: [
      'Age when the plan started, worked out by DfE from the start date the local authority recorded for the plan. Plans held now, not new plans: a plan that started at 4 and is still in place at 12 counts here as starting before 5.',
      'DfE publishes plans by age when the plan started from the person-level collection, from January 2024.',
      "Hackney and Peterborough returned only their total number of plans in January 2024 (3,525 and 2,625), but DfE's rows by age when the plan started hold 339 and 2,166 of them, so they are not used: those two have no figure for that year. DfE's England and regional figures for January 2024 include those rows.",
    ],
    breaks: [],
    decimals: 1,
    sentence: `{value} of EHC plans started ${label}`,
  }
}

const agesFrom = (from: number, to: number) =>
  AGES_AT_START.filter((a) => {
    const n = Number(a.replace(/\D+/g, ''))
    return a !== 'unknown' && n >= from && n <= to
  })

const SCHOOL_AGE_PLANS = schoolAgePlansAtStartOfYear(2014, 2022)

const YEARS_HELD_CAVEATS = [
  'Years in place are counted from the start date the local authority recorded for the plan, in the whole years DfE publishes ("less than a year", 1, 2 and so on to "12 or more").',
  'DfE publishes plans by years held from the person-level collection, from January 2024.',
  'Hackney and Peterborough returned only their total number of plans in January 2024, so they have no figure for that year and are not in the England total.',
]

/** The share of plans in January that had been in place for some of DfE's whole years. */
function yearsHeld<const Id extends string>(id: Id, label: string, categories: readonly string[]): MetricDefinition<Id> {
  return {
    id,
    title: `% of EHC plans held for ${label}`,
    question: `What share of EHC plans have been in place for ${label}?`,
    theme: 'process',
    unit: 'percent',
    direction: 'neutral',
    ageBand: '0-25',
    numeratorLabel: `EHC plans in January that had been in place for ${label}`,
    denominatorLabel: "EHC plans in January, in DfE's breakdown by years held",
    segments: [
      {
        kind: 'proportion',
        numerator: plansIn('Years EHC plan in place', categories),
        denominator: plansIn('Years EHC plan in place', YEARS_HELD),
      },
    ],
    caveats: YEARS_HELD_CAVEATS,
    breaks: [],
    decimals: 1,
    sentence: `{value} of EHC plans have been held for ${label}`,
  }
}

export const PLAN_LIFE_METRICS = [
  defineMetric({
    id: 'annual_review_meeting_pct',
    title: '% of EHC plans due an annual review with a review meeting in 2024 or January 2025',
    question: 'Of the EHC plans due an annual review, how many had a review meeting recorded in the past year?',
    theme: 'process',
    unit: 'percent',
    direction: 'higher_is_better',
    ageBand: '0-25',
    numeratorLabel: 'plans due a review whose latest review meeting was in 2024 or January 2025',
    denominatorLabel: 'EHC plans in January 2025 for which an annual review was expected',
    segments: [
      {
        kind: 'proportion',
        numerator: ANNUAL_REVIEWS('review_meeting_24', 'review_meeting_25'),
        denominator: ANNUAL_REVIEWS('review_expected'),
      },
    ],
    caveats: [
      'A plan must be reviewed at least every 12 months. DfE records the date of the latest review meeting for each plan active in January 2025; a latest meeting before 2024, or none, means no review meeting was recorded in 2024.',
      ANNUAL_REVIEW_GAPS,
      'First published for 2024, from the person-level SEN2 return.',
    ],
    breaks: [],
    decimals: 1,
    sentence: '{value} of EHC plans due an annual review had a review meeting in 2024 or January 2025',
  }),
  defineMetric({
    id: 'annual_review_decision_4_weeks_pct',
    title: '% of annual review decisions sent within 4 weeks of the meeting',
    question: 'After an annual review meeting, how often did the local authority send its decision within the legal limit of 4 weeks?',
    theme: 'process',
    unit: 'percent',
    direction: 'higher_is_better',
    ageBand: '0-25',
    numeratorLabel: 'annual review decisions sent within 4 weeks',
    denominatorLabel: 'annual review decisions sent (within or after 4 weeks)',
    segments: [
      {
        kind: 'proportion',
        numerator: ANNUAL_REVIEWS('number_decsion_4weeks'),
        denominator: ANNUAL_REVIEWS('number_decsion_4weeks', 'number_decision_gt_4weeks'),
      },
    ],
    caveats: [
      'The decision is whether to keep the plan as it is, change it or end it.',
      ANNUAL_REVIEW_GAPS,
      'First published for 2024, from the person-level SEN2 return.',
    ],
    breaks: [],
    decimals: 1,
    sentence: 'the local authority sent {value} of its annual review decisions within 4 weeks',
  }),
  defineMetric({
    id: 'personal_budget_pct',
    title: '% of EHC plans with a personal budget',
    question:
      'What share of EHC plans have a personal budget (money the family or young person can direct to arrange some of the support)?',
    theme: 'process',
    unit: 'percent',
    direction: 'neutral',
    ageBand: '0-25',
    numeratorLabel: 'EHC plans with a personal budget in place',
    denominatorLabel: 'EHC plans (January census)',
    segments: [
      { kind: 'proportion', numerator: PERSONAL_BUDGETS, denominator: caseload('ehcplans') },
      {
        kind: 'proportion',
        numerator: SEN2_MI('personal_budgets', years(2014, 2018, januaryAfterCalendarYear)),
        denominator: oldCaseloadAged('Total_ehc', 'Total', years(2015, 2019, januaryOfCalendarYear)),
      },
    ],
    caveats: [
      "DfE's 2025 release shows the old SEN2 return's yearly figures (2019 to 2021) against the January that follows; the site does the same for 2014 to 2018 from the 2023 release, dividing by the EHC plans (not statements) of that January.",
      'Personal budgets began with EHC plans in September 2014, so January 2015 counts only the first few.',
    ],
    breaks: [SEN2_BREAK],
    decimals: 1,
    sentence: '{value} of EHC plans have a personal budget',
  }),
  defineMetric({
    id: 'ceased_needs_met_per_1000',
    title: 'EHC plans ended because the needs were met, per 1,000 plans',
    question: 'For every 1,000 EHC plans, how many ended in the year because the child or young person no longer needed one?',
    theme: 'process',
    unit: 'per_1000',
    direction: 'neutral',
    ageBand: '0-25',
    numeratorLabel: 'EHC plans ceased in the calendar year because the educational or training needs were met without a plan',
    denominatorLabel: 'EHC plans in January of the same year',
    segments: [{ kind: 'rate', numerator: CEASED('needs_met'), denominator: plansAtStartOfYear, per: 1000 }],
    caveats: [PER_PLANS_AT_START, CEASED_FIRST_YEAR],
    breaks: [],
    decimals: 1,
    sentence: '{number} in every 1,000 EHC plans ended in the year because the needs were met without a plan',
  }),
  defineMetric({
    id: 'ceased_other_reasons_per_1000',
    title: 'EHC plans ended for other reasons, per 1,000 plans',
    question:
      'For every 1,000 EHC plans, how many ended in the year for reasons other than the needs being met or a move to another area (reaching the age limit, higher education, employment, the young person choosing to leave education, and others)?',
    theme: 'process',
    unit: 'per_1000',
    direction: 'neutral',
    ageBand: '0-25',
    numeratorLabel:
      'EHC plans ceased in the calendar year because the young person reached the maximum age, moved to higher education or employment, no longer wished to engage in education or training, died, for other reasons or for no recorded reason',
    denominatorLabel: 'EHC plans in January of the same year',
    segments: [
      {
        kind: 'rate',
        numerator: CEASED('max_age', 'he', 'employ', 'no_engage', 'deceased', 'not_rec', 'other'),
        denominator: plansAtStartOfYear,
        per: 1000,
      },
    ],
    caveats: [
      PER_PLANS_AT_START,
      'Plans transferred to another local authority or ended because the young person moved out of England are not counted: the support goes on, or the plan ends for a move rather than a decision about the plan.',
      CEASED_FIRST_YEAR,
    ],
    breaks: [],
    decimals: 1,
    sentence: '{number} in every 1,000 EHC plans ended in the year for reasons other than the needs being met or a move',
  }),
  directPayment('education'),
  directPayment('health'),
  directPayment('social_care'),
  directPayment('integrated'),
  yearsHeld('ehcp_held_under_2_years_pct', 'less than 2 years', ['Less than a year', '1']),
  yearsHeld('ehcp_held_2_4_years_pct', '2 to 4 years', ['2', '3', '4']),
  yearsHeld('ehcp_held_5_years_or_more_pct', '5 years or more', YEARS_HELD.slice(YEARS_HELD.indexOf('5'))),
  ageAtStart('ehcp_started_under_5_pct', 'before age 5', agesFrom(0, 4)),
  ageAtStart('ehcp_started_5_10_pct', 'at ages 5 to 10', agesFrom(5, 10)),
  ageAtStart('ehcp_started_11_15_pct', 'at ages 11 to 15', agesFrom(11, 15)),
  ageAtStart('ehcp_started_16_plus_pct', 'at age 16 or older', agesFrom(16, 99)),
  defineMetric({
    id: 'discontinued_needs_met_school_age_per_1000',
    title: 'EHC plans (and, to 2018, statements) of school-age children ended because the needs were met, per 1,000',
    question:
      'For every 1,000 children of school age with an EHC plan (or, to 2018, a statement of SEN), how many plans ended in the year because the child no longer needed one?',
    theme: 'process',
    unit: 'per_1000',
    direction: 'neutral',
    ageBand: '5-15',
    numeratorLabel:
      'EHC plans and statements of SEN discontinued in the calendar year because the special educational needs were being met without one (school age)',
    denominatorLabel: 'EHC plans and statements of SEN of children aged 5 to 15 in January of the same year',
    // Each year's counts where the file has them: statements only in 2014 (plans began that
    // September), both in 2015 to 2018, plans only from 2019 (no statements were left).
    segments: [
      { kind: 'rate', numerator: sen2MiSum(['discontinued_met_ehc'], 2019, 2022), denominator: SCHOOL_AGE_PLANS, per: 1000 },
      {
        kind: 'rate',
        numerator: sen2MiSum(['discontinued_met', 'discontinued_met_ehc'], 2015, 2018),
        denominator: SCHOOL_AGE_PLANS,
        per: 1000,
      },
      { kind: 'rate', numerator: sen2MiSum(['discontinued_met'], 2014, 2014), denominator: SCHOOL_AGE_PLANS, per: 1000 },
    ],
    caveats: [
      "Plans and statements ended, from DfE's SEN2 management information (2023 release): 2014 to 2021 from the old return, which counted those that ended when a young person left school at or after the end of compulsory schooling as leaving school, not as needs met; 2022 from the person-level return, which counts the plans of children of compulsory school age apart from those of older young people (not counted here).",
      'To 2018 statements of SEN and EHC plans are counted together above and below the line, as statements were turned into plans (2014: statements only, as EHC plans began that September).',
      "DfE's SEND and AP Inclusion Dashboard shows the EHC plans alone, 2017 to 2022, as plans of school-age children ended because the needs were met.",
      "Per 1,000 statements and EHC plans of children aged 5 to 15 (age at 31 August) in January of the same year, from DfE's 2022 release.",
      'For all ages from 2022, see the measure of EHC plans ended because the needs were met, per 1,000 plans, from the 2025 release.',
      FORMED_IN_YEAR,
    ],
    areaNotes: FORMED_IN_YEAR_NOTES,
    breaks: [SEN2_BREAK_ACTIVITY],
    decimals: 1,
    sentence: '{number} in every 1,000 EHC plans of school-age children ended in the year because the needs were met',
  }),
]
