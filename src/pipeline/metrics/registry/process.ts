// The registry's "EHC plan process" theme: requests, assessments, timeliness and appeals.
import { defineMetric } from '../definition.ts'
import { ASSESSMENTS, REQUESTS, TIMELINESS, TRIBUNAL } from './series.ts'
import { SEN2_BREAK_ACTIVITY } from './wording.ts'

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
    segments: [{ kind: 'proportion', numerator: TIMELINESS('plans_issued_20_weeks_ex'), denominator: TIMELINESS('plans_issued_den_ex') }],
    caveats: [
      "Exceptions are the cases where the law allows more than 20 weeks (for example, school holidays or a family's circumstances).",
    ],
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
    ],
    caveats: ['Requests received late in the year may still be awaiting a decision, so the share refused can rise in later releases.'],
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
    caveats: ['DfE published the number of assessments in the year from 2022, so this share starts in 2022.'],
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
    ],
    breaks: [SEN2_BREAK_ACTIVITY],
    decimals: 1,
    sentence: 'families appealed {value} of the decisions they could appeal against',
  }),
]
