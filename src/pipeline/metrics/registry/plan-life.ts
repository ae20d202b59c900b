// The life of an EHC plan (theme "The EHC plan process"): annual reviews, personal budgets, and
// plans that end, because the needs were met or for other reasons.
import { defineMetric } from '../definition.ts'
import { januaryAfterCalendarYear, januaryOfCalendarYear, years } from '../period-maps.ts'
import { ANNUAL_REVIEWS, caseload, CEASED, oldCaseloadAged, PERSONAL_BUDGETS, plansAtStartOfYear, SEN2_MI } from './series.ts'
import { SEN2_BREAK } from './wording.ts'

const ANNUAL_REVIEW_GAPS =
  'Blackpool and Reading did not return annual reviews in 2025, and DfE withheld the figures of Waltham Forest, Surrey, Redbridge, Hertfordshire and Plymouth pending checks.'
const CEASED_FIRST_YEAR =
  'Plans ceased and their reasons come from the person-level SEN2 return, from 2022. The old return before it recorded discontinued plans differently (plans ending after compulsory school age were counted as leaving school), so the old series is not joined and not shown.'
const PER_PLANS_AT_START = 'Per 1,000 EHC plans in January of the same year.'

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
]
