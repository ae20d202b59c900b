// The registry's "Where children and young people with plans learn" theme: placements of
// everyone with a plan, and of young people aged 16-25.
import { defineMetric, type MetricDefinition } from '../definition.ts'
import { caseload, caseloadAgeBand, plansInBreakdown } from './series.ts'
import { AGES_FROM_2024, BREAKDOWN_WITHHELD, PLACEMENT_CAVEAT, SEN2_BREAK } from './wording.ts'

function placement<const Id extends string>(
  id: Id,
  measure: string,
  title: string,
  question: string,
  sentence: string,
  extra: string[] = [],
): MetricDefinition<Id> {
  return {
    id,
    title,
    question,
    theme: 'where',
    unit: 'percent',
    direction: 'neutral',
    ageBand: '0-25',
    numeratorLabel: title.replace(/^% of /, ''),
    denominatorLabel: 'children and young people with an EHC plan',
    segments: [{ kind: 'proportion', numerator: caseload(measure), denominator: plansInBreakdown }],
    caveats: [PLACEMENT_CAVEAT, BREAKDOWN_WITHHELD, ...extra],
    breaks: [SEN2_BREAK],
    decimals: 1,
    sentence,
  }
}

export const WHERE_METRICS = [
  placement(
    'ehcp_mainstream_pct',
    'mainstream_total',
    '% of children and young people with an EHC plan in mainstream schools',
    'What share of children and young people with an EHC plan go to a mainstream school (including resourced provision and SEN units)?',
    '{value} of children and young people with an EHC plan are in mainstream schools',
  ),
  placement(
    'ehcp_special_pct',
    'special_total',
    '% of children and young people with an EHC plan in special schools',
    'What share of children and young people with an EHC plan go to a special school (state, non-maintained or independent)?',
    '{value} of children and young people with an EHC plan are in special schools',
  ),
  placement(
    'ehcp_independent_special_pct',
    'special_independent',
    '% of children and young people with an EHC plan in independent special schools',
    'What share of children and young people with an EHC plan go to an independent special school?',
    '{value} of children and young people with an EHC plan are in independent special schools',
  ),
  placement(
    'ehcp_ap_pct',
    'ap_pru_total',
    '% of children and young people with an EHC plan in alternative provision',
    'What share of children and young people with an EHC plan are in alternative provision or a pupil referral unit?',
    '{value} of children and young people with an EHC plan are in alternative provision or a pupil referral unit',
  ),
  placement(
    'ehcp_home_education_pct',
    'elective_home_education',
    '% of children and young people with an EHC plan electively home educated',
    "What share of children and young people with an EHC plan are educated at home by their parents' choice?",
    '{value} of children and young people with an EHC plan are electively home educated',
    ['Elective home education is not available for January 2019.'],
  ),
  placement(
    'ehcp_placement_unknown_pct',
    'placement_unknown',
    '% of children and young people with an EHC plan whose placement is not recorded',
    'For what share of children and young people with an EHC plan does the local authority not record where they are educated?',
    'no placement is recorded for {value} of children and young people with an EHC plan',
    ['"Placement unknown" was first collected in January 2023.'],
  ),
  defineMetric({
    id: 'ehcp_16_25_fe_pct',
    title: '% of 16-25 year olds with an EHC plan in further education',
    question:
      'What share of young people aged 16-25 with an EHC plan are at a further education college or specialist post-16 institution?',
    theme: 'where',
    unit: 'percent',
    direction: 'neutral',
    ageBand: '16-25',
    numeratorLabel: 'young people aged 16-25 with an EHC plan in further education',
    denominatorLabel: 'young people aged 16-25 with an EHC plan',
    segments: [{ kind: 'proportion', numerator: caseloadAgeBand('fe_total', 16, 25), denominator: caseloadAgeBand('ehcplans', 16, 25) }],
    caveats: [
      PLACEMENT_CAVEAT,
      'Further education includes general FE and tertiary colleges, specialist post-16 institutions and other registered providers.',
      AGES_FROM_2024,
    ],
    breaks: [SEN2_BREAK],
    decimals: 1,
    sentence: '{value} of young people aged 16-25 with an EHC plan are in further education',
  }),
  defineMetric({
    id: 'ehcp_16_25_neet_pct',
    title: '% of 16-25 year olds with an EHC plan not in education, employment or training',
    question: 'What share of young people aged 16-25 with an EHC plan are not in education, employment or training (NEET)?',
    theme: 'where',
    unit: 'percent',
    direction: 'lower_is_better',
    ageBand: '16-25',
    numeratorLabel: 'young people aged 16-25 with an EHC plan recorded as NEET',
    denominatorLabel: 'young people aged 16-25 with an EHC plan',
    segments: [{ kind: 'proportion', numerator: caseloadAgeBand('neet', 16, 25), denominator: caseloadAgeBand('ehcplans', 16, 25) }],
    caveats: [PLACEMENT_CAVEAT, AGES_FROM_2024],
    breaks: [SEN2_BREAK],
    decimals: 1,
    sentence: '{value} of young people aged 16-25 with an EHC plan are not in education, employment or training',
  }),
]
