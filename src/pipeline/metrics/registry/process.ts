// The registry's "EHC plan process" theme: requests, assessments, timeliness, mediation and
// appeals, with the SEN2 management information back to 2014 where its definitions match.
import { defineMetric, type Series } from '../definition.ts'
import { calendarYear, years } from '../period-maps.ts'
import { ASSESSMENTS, NEW_PLANS, population0to25ForYear, REQUESTS, SEN2_MI, TIMELINESS, TRIBUNAL } from './series.ts'
import { SEN2_BREAK_ACTIVITY, TRIBUNAL_SWAP_2024, TRIBUNAL_SWAP_2024_NOTES, YORKSHIRE_2022 } from './wording.ts'
import { sen2Mi } from './sen2-series.ts'

/** SEN2 management information for the years before the 2025 release's series begins (2019). */
const before2019 = (measure: string, from: number): Series => SEN2_MI(measure, years(from, 2018, calendarYear))
const SEN2_MI_JOIN =
  "Years before 2019 come from DfE's SEN2 management information (2023 release); 2019 onwards from the 2025 release. The two give the same figures for 2019 to 2021, which is why the series are joined."
const EXCEPTIONS =
  "Exceptions are the cases where the law allows more than 20 weeks (for example, school holidays or a family's circumstances)."
const FIRST_PLANS =
  'EHC plans began in September 2014, so 2014 covers only the first plans (statements, which had a 26-week limit, are not included).'
const COVID_TIME_LIMITS = 'During part of 2020 the law on the time limits for assessments and plans was relaxed because of COVID-19.'
const POPULATION_FOR_YEAR =
  "2022 uses ONS mid-2022 population estimates; 2023 and 2024 use mid-2023 estimates, the latest single-year-of-age estimates available to this site, so earlier years have no rate. ONS's mid-2022 estimates are on the April 2023 geography, so Cumbria's population for 2022 is the sum of Cumberland's and Westmorland and Furness's, which cover exactly the same area."

export const PROCESS_METRICS = [
  defineMetric({
    id: 'ehcp_issued_20_weeks_pct',
    title: '% of new EHC plans issued within 20 weeks',
    question: 'What share of new EHC plans were issued within the legal time limit of 20 weeks (not counting allowed exceptions)?',
    theme: 'process',
    unit: 'percent',
    direction: 'higher_is_better',
    ageBand: '0-25',
    numeratorLabel: 'new EHC plans issued within 20 weeks, excluding exceptions',
    denominatorLabel: 'new EHC plans issued, excluding exceptions',
    segments: [
      { kind: 'proportion', numerator: TIMELINESS('plans_issued_20_weeks_ex'), denominator: TIMELINESS('plans_issued_den_ex') },
      { kind: 'proportion', numerator: before2019('no_exc_20week_ehc', 2014), denominator: before2019('tot_no_exc_ehc', 2014) },
    ],
    caveats: [EXCEPTIONS, FIRST_PLANS, COVID_TIME_LIMITS, SEN2_MI_JOIN],
    breaks: [SEN2_BREAK_ACTIVITY],
    decimals: 1,
    sentence: '{value} of new EHC plans were issued within 20 weeks',
  }),
  defineMetric({
    id: 'request_refused_pct',
    title: '% of requests for an EHC needs assessment refused',
    question: 'What share of requests for an EHC needs assessment did the local authority decide not to assess?',
    theme: 'process',
    unit: 'percent',
    direction: 'neutral',
    ageBand: '0-25',
    numeratorLabel: 'requests where the LA decided not to assess',
    denominatorLabel: 'requests for an EHC needs assessment received in the year',
    segments: [
      { kind: 'proportion', numerator: REQUESTS('requests_decided_not_to_assess'), denominator: REQUESTS('requests_received_in_year') },
      { kind: 'proportion', numerator: before2019('ass_refused_ehc', 2016), denominator: before2019('inreq_ehc', 2016) },
    ],
    caveats: [
      'Requests received late in the year may still be awaiting a decision, so the share refused can rise in later releases.',
      'The number of requests was first collected for 2016, so the share starts in 2016.',
      SEN2_MI_JOIN,
    ],
    breaks: [SEN2_BREAK_ACTIVITY],
    decimals: 1,
    sentence: 'the local authority decided not to assess {value} of requests',
  }),
  defineMetric({
    id: 'assessment_no_plan_pct',
    title: '% of EHC needs assessments that did not lead to a plan',
    question: 'After an EHC needs assessment, how often did the local authority decide not to issue a plan?',
    theme: 'process',
    unit: 'percent',
    direction: 'neutral',
    ageBand: '0-25',
    numeratorLabel: 'assessments where a plan was not issued',
    denominatorLabel: 'EHC needs assessments in the year',
    segments: [{ kind: 'proportion', numerator: ASSESSMENTS('assess_not_issued'), denominator: ASSESSMENTS('assess_in_year') }],
    caveats: [
      'DfE published the number of assessments in the year from 2022, so this share starts in 2022.',
      'The SEN2 management information before 2022 gives a share with a different denominator (plans issued plus decisions not to issue), so it is not joined to this series and not shown.',
    ],
    breaks: [SEN2_BREAK_ACTIVITY],
    decimals: 1,
    sentence: '{value} of EHC needs assessments did not lead to a plan',
  }),
  defineMetric({
    id: 'tribunal_appeal_rate',
    title: 'SEND Tribunal appeal rate',
    question: 'How often did families appeal to the SEND Tribunal, as a share of the decisions they could appeal against?',
    theme: 'process',
    unit: 'percent',
    direction: 'neutral',
    ageBand: '0-25',
    numeratorLabel: 'appeals registered with the SEND Tribunal',
    denominatorLabel:
      'appealable decisions (refusals to assess, decisions not to issue a plan, plans maintained in January, plans ceased because needs were met)',
    segments: [{ kind: 'proportion', numerator: TRIBUNAL('appeals_registered'), denominator: TRIBUNAL('appealable_decisions') }],
    caveats: [
      'Appeals from HM Courts and Tribunals Service; appealable decisions from SEN2. Published by DfE as a supporting file.',
      'DfE advises caution when comparing appealable decisions from 2023 with earlier years (new data collection).',
      TRIBUNAL_SWAP_2024,
      "The table leaves the Isles of Scilly's 2023 appeals cell blank, though its rate column says 0.00%, so the site has no 2023 rate for it.",
    ],
    areaNotes: TRIBUNAL_SWAP_2024_NOTES,
    breaks: [SEN2_BREAK_ACTIVITY],
    decimals: 1,
    sentence: 'families appealed {value} of the decisions they could appeal against',
  }),
  defineMetric({
    id: 'ehcp_issued_20_weeks_incl_exceptions_pct',
    title: '% of new EHC plans issued within 20 weeks, including exceptions',
    question: 'What share of all new EHC plans, including those where the law allows more time, were issued within 20 weeks?',
    theme: 'process',
    unit: 'percent',
    direction: 'higher_is_better',
    ageBand: '0-25',
    numeratorLabel: 'new EHC plans issued within 20 weeks, including exceptions',
    denominatorLabel: 'new EHC plans issued, including exceptions',
    segments: [
      { kind: 'proportion', numerator: TIMELINESS('plans_issued_within_20_weeks'), denominator: TIMELINESS('plans_issued_den') },
      { kind: 'proportion', numerator: before2019('inc_exc_20week_ehc', 2014), denominator: before2019('tot_inc_exc_ehc', 2014) },
    ],
    caveats: [
      EXCEPTIONS,
      'Shown beside the share excluding exceptions, the measure DfE leads with.',
      FIRST_PLANS,
      COVID_TIME_LIMITS,
      SEN2_MI_JOIN,
    ],
    breaks: [SEN2_BREAK_ACTIVITY],
    decimals: 1,
    sentence: '{value} of all new EHC plans, including exceptions, were issued within 20 weeks',
  }),
  defineMetric({
    id: 'ehcp_issued_over_1_year_pct',
    title: '% of new EHC plans issued after more than a year',
    question: 'What share of new EHC plans took more than 52 weeks to issue?',
    theme: 'process',
    unit: 'percent',
    direction: 'lower_is_better',
    ageBand: '0-25',
    numeratorLabel: 'new EHC plans issued after more than 52 weeks, including exceptions',
    denominatorLabel: 'new EHC plans issued, including exceptions',
    segments: [{ kind: 'proportion', numerator: TIMELINESS('plans_issued_gt_1_year'), denominator: TIMELINESS('plans_issued_den') }],
    caveats: ['First published for 2023, from the person-level SEN2 return.', EXCEPTIONS],
    breaks: [],
    decimals: 1,
    sentence: '{value} of new EHC plans took more than a year to issue',
  }),
  defineMetric({
    id: 'requests_per_10000_0_25',
    title: 'Requests for an EHC needs assessment per 10,000 children and young people aged 0-25',
    question:
      'How many requests for an EHC needs assessment did the local authority receive in the year, for every 10,000 children and young people living in the area?',
    theme: 'process',
    unit: 'per_10000',
    direction: 'neutral',
    ageBand: '0-25',
    numeratorLabel: 'requests for an EHC needs assessment received in the calendar year',
    denominatorLabel: 'population aged 0-25 (ONS mid-year estimate)',
    segments: [{ kind: 'rate', numerator: REQUESTS('requests_received_in_year'), denominator: population0to25ForYear, per: 10000 }],
    caveats: [POPULATION_FOR_YEAR, 'Requests are counted by the local authority that received them, population by where people live.'],
    breaks: [SEN2_BREAK_ACTIVITY],
    decimals: 1,
    sentence:
      'the local authority received {number} requests for an EHC needs assessment for every 10,000 children and young people aged 0-25',
  }),
  defineMetric({
    id: 'request_decided_6_weeks_pct',
    title: '% of requests for an EHC needs assessment decided within 6 weeks',
    question:
      'When a family or school asked for an EHC needs assessment, how often did the local authority decide whether to assess within the legal limit of 6 weeks?',
    theme: 'process',
    unit: 'percent',
    direction: 'higher_is_better',
    ageBand: '0-25',
    numeratorLabel: 'requests decided within 6 weeks',
    denominatorLabel: 'requests decided in the year, including those whose timing was not recorded',
    // DfE's own percentage: its denominator counts decisions whose timing was not recorded, a
    // count the file does not give (Wokingham 2023: 269 within and 163 after 6 weeks, 58.6%).
    segments: [{ kind: 'published', value: REQUESTS('request_outcome_six_weeks_pc') }],
    caveats: [
      'First published for 2023, from the person-level SEN2 return. Requests still awaiting a decision are not counted.',
      "DfE's own percentage, to one decimal place: DfE divides the requests decided within 6 weeks by all requests decided in the year, including those whose timing was not recorded. The file does not give that count, so no interval can be computed.",
    ],
    breaks: [],
    decimals: 1,
    sentence: 'the local authority decided {value} of requests for an assessment within 6 weeks',
  }),
  defineMetric({
    id: 'no_plan_decision_16_weeks_pct',
    title: '% of decisions not to issue an EHC plan made within 16 weeks',
    question:
      'When the local authority decided after an assessment not to issue a plan, how often did it decide within the legal limit of 16 weeks?',
    theme: 'process',
    unit: 'percent',
    direction: 'higher_is_better',
    ageBand: '0-25',
    numeratorLabel: 'decisions not to issue a plan made within 16 weeks of the request',
    denominatorLabel: 'decisions not to issue a plan (within or after 16 weeks)',
    segments: [
      {
        kind: 'proportion',
        numerator: ASSESSMENTS('outcome_decision_within_time'),
        denominator: ASSESSMENTS('outcome_decision_within_time', 'outcome_decision_over_time'),
      },
    ],
    caveats: ['First published for 2023, from the person-level SEN2 return.'],
    breaks: [],
    decimals: 1,
    sentence: 'the local authority made {value} of its decisions not to issue a plan within 16 weeks',
  }),
  defineMetric({
    id: 'new_ehcp_per_10000_0_25',
    title: 'New EHC plans per 10,000 children and young people aged 0-25',
    question:
      'How many new EHC plans did the local authority make in the year, for every 10,000 children and young people living in the area?',
    theme: 'process',
    unit: 'per_10000',
    direction: 'neutral',
    ageBand: '0-25',
    numeratorLabel: 'new EHC plans made in the calendar year',
    denominatorLabel: 'population aged 0-25 (ONS mid-year estimate)',
    segments: [
      { kind: 'rate', numerator: NEW_PLANS('new_ehc_plans'), denominator: population0to25ForYear, per: 10000 },
      // 2022 only: the earlier release's count where the 2025 release has none (Yorkshire and the Humber).
      { kind: 'rate', numerator: SEN2_MI('new_all_ehc', years(2022, 2022, calendarYear)), denominator: population0to25ForYear, per: 10000 },
    ],
    caveats: [
      POPULATION_FOR_YEAR,
      'Plans are counted by the local authority that made them, population by where people live.',
      YORKSHIRE_2022,
    ],
    breaks: [SEN2_BREAK_ACTIVITY],
    decimals: 1,
    sentence: 'the local authority made {number} new EHC plans for every 10,000 children and young people aged 0-25',
  }),
  defineMetric({
    id: 'mediation_per_1000_appealable',
    title: 'Mediation cases per 1,000 appealable decisions',
    question: 'How often did families go to mediation with the local authority, for every 1,000 decisions they could appeal against?',
    theme: 'process',
    unit: 'per_1000',
    direction: 'neutral',
    ageBand: '0-25',
    numeratorLabel: 'mediation cases held in the calendar year',
    denominatorLabel:
      'appealable decisions (refusals to assess, decisions not to issue a plan, plans maintained in January, plans ceased because needs were met)',
    segments: [
      { kind: 'rate', numerator: SEN2_MI('total_mediation', calendarYear), denominator: TRIBUNAL('appealable_decisions'), per: 1000 },
    ],
    caveats: [
      "Mediation cases from DfE's SEN2 management information (2023 release), 2014 to 2022; appealable decisions from DfE's SEN Tribunal appeal-rate table (2025 release). The table has no regional rows, so each region's figure adds up its local authorities' mediations and appealable decisions (the mediations add up to DfE's regional counts).",
      'Mediation about EHC plans began in September 2014, so 2014 counts only the first cases.',
      'The 2025 release counts mediations by stage (about a request, an assessment or other matters), which can overlap, and gives no total; so the series stops in 2022.',
    ],
    breaks: [SEN2_BREAK_ACTIVITY],
    decimals: 1,
    sentence: 'families went to mediation {number} times for every 1,000 decisions they could appeal against',
  }),
  defineMetric({
    id: 'mediation_followed_by_appeal_pct',
    title: '% of mediation cases followed by an appeal to the SEND Tribunal',
    question: 'After mediation with the local authority, how often did the family or young person go on to appeal to the SEND Tribunal?',
    theme: 'process',
    unit: 'percent',
    direction: 'neutral',
    ageBand: '0-25',
    numeratorLabel: 'mediation cases held in the calendar year that were followed by an appeal to the SEND Tribunal',
    denominatorLabel: 'mediation cases held in the calendar year',
    segments: [
      {
        kind: 'proportion',
        numerator: sen2Mi('total_tribunal_followed_mediation', 2014, 2021),
        denominator: sen2Mi('total_mediation', 2014, 2021),
      },
    ],
    caveats: [
      "From DfE's SEN2 management information (2023 release), 2014 to 2021, as DfE publishes it with its own percentage.",
      'Mediation about EHC plans began in September 2014, so 2014 counts only the first cases.',
      'The person-level return from 2022 counts mediations and appeals by what they were about (a request, an assessment or other matters) and does not say which appeals followed a mediation, so the series stops in 2021.',
    ],
    breaks: [],
    decimals: 1,
    sentence: '{value} of mediation cases were followed by an appeal to the SEND Tribunal',
  }),
]
