// The registry's "Where children and young people with plans learn" theme: placements of
// everyone with a plan (from January 2010 where the old SEN2 return has them), of school-age
// children and of young people aged 16-25, and residential placements; and, from the school
// census as DfE's Inclusion Dashboard shows it, pupils with SEN in mainstream schools and pupils
// with plans in special and independent schools and AP.
import { defineMetric, type MetricDefinition, type Segment } from '../definition.ts'
import { januaryOfAcademicYear } from '../period-maps.ts'
import { prepared, preparedSum } from './outcome-series.ts'
import { DERIVED_PREPARED } from './outcome-wording.ts'
import {
  ALL_ESTABLISHMENTS,
  caseload,
  caseloadAgeBand,
  oldCaseloadIn,
  plansInBreakdown,
  RESIDENTIAL,
  type Establishment,
} from './series.ts'
import {
  AGES_FROM_2024,
  BREAKDOWN_WITHHELD,
  NO_PLACEMENTS_2025,
  NO_PLACEMENTS_2025_NOTES,
  OLD_SEN2_JANUARY,
  PLACEMENT_CAVEAT,
  SEN2_BREAK,
  STATEMENTS_TO_PLANS,
} from './wording.ts'

function placement<const Id extends string>(
  id: Id,
  measure: string,
  title: string,
  question: string,
  sentence: string,
  extra: string[] = [],
  /** The same placements in the old SEN2 return, to extend the series back to January 2010. */
  old?: readonly Establishment[],
): MetricDefinition<Id> {
  const history: Segment[] = old
    ? [{ kind: 'proportion', numerator: oldCaseloadIn(...old), denominator: oldCaseloadIn(ALL_ESTABLISHMENTS) }]
    : []
  // To January 2018 the old SEN2 return counts statements of SEN and EHC plans together.
  const withPlan = old ? 'with an EHC plan (or, to January 2018, a statement)' : 'with an EHC plan'
  return {
    id,
    title: old ? `${title} (with statements, to January 2018)` : title,
    question: question.replace('with an EHC plan', withPlan),
    theme: 'where',
    unit: 'percent',
    direction: 'neutral',
    ageBand: '0-25',
    numeratorLabel: title.replace(/^% of /, '').replace('with an EHC plan', withPlan),
    denominatorLabel: `children and young people ${withPlan}`,
    segments: [{ kind: 'proportion', numerator: caseload(measure), denominator: plansInBreakdown }, ...history],
    caveats: [PLACEMENT_CAVEAT, BREAKDOWN_WITHHELD, NO_PLACEMENTS_2025, ...extra, ...(old ? [OLD_SEN2_JANUARY] : [])],
    areaNotes: NO_PLACEMENTS_2025_NOTES,
    breaks: old ? [STATEMENTS_TO_PLANS, SEN2_BREAK] : [SEN2_BREAK],
    decimals: 1,
    sentence,
  }
}

/** Placements of children of compulsory school age (5 to 15 at 31 August), by single year of age. */
function schoolAge<const Id extends string>(id: Id, measure: string, where: string, described: string): MetricDefinition<Id> {
  return {
    id,
    title: `% of school-age children with an EHC plan (ages 5-15) in ${where}`,
    question: `What share of children aged 5 to 15 with an EHC plan go to ${described}?`,
    theme: 'where',
    unit: 'percent',
    direction: 'neutral',
    ageBand: '5-15',
    numeratorLabel: `children aged 5-15 with an EHC plan in ${where}`,
    denominatorLabel: 'children aged 5-15 with an EHC plan',
    segments: [{ kind: 'proportion', numerator: caseloadAgeBand(measure, 5, 15), denominator: caseloadAgeBand('ehcplans', 5, 15) }],
    caveats: [
      PLACEMENT_CAVEAT,
      'The share for all ages (0-25) includes young people in further education and children in early years settings; this one compares areas on the school years only, where the choice between mainstream and special schools is made.',
      AGES_FROM_2024,
      NO_PLACEMENTS_2025,
    ],
    areaNotes: NO_PLACEMENTS_2025_NOTES,
    breaks: [],
    decimals: 1,
    sentence: `{value} of children aged 5-15 with an EHC plan are in ${where}`,
  }
}

/** DfE's groups of pupils with SEN in mainstream schools (the school census). */
const MAINSTREAM = {
  ehcp: { provision: 'EHC plan', who: 'with an EHC plan', has: 'have an EHC plan' },
  sen_support: { provision: 'SEN support', who: 'on SEN support', has: 'are on SEN support' },
  all_sen: { provision: 'All SEN', who: 'with SEN (an EHC plan or SEN support)', has: 'have SEN (an EHC plan or SEN support)' },
} as const

const CENSUS = 'Pupils on the roll at the January school census.'
const FROM_SEN_IN_ENGLAND = `From ${DERIVED_PREPARED}, from DfE's "Special educational needs in England" (whose own file was not available here): percentages only, so no interval.`

function mainstream<G extends keyof typeof MAINSTREAM>(g: G): MetricDefinition<`mainstream_pupils_${G}_pct`> {
  const { provision, who, has } = MAINSTREAM[g]
  return {
    id: `mainstream_pupils_${g}_pct`,
    title: `% of pupils in mainstream schools ${who}`,
    question: `What share of pupils in the area's state-funded mainstream schools (nursery, primary and secondary) ${has}?`,
    theme: 'where',
    unit: 'percent',
    direction: 'neutral',
    ageBand: 'all pupils',
    numeratorLabel: `pupils in state-funded nursery, primary and secondary schools ${who}`,
    denominatorLabel: 'pupils in state-funded nursery, primary and secondary schools',
    segments: [
      {
        kind: 'published',
        value: prepared('prepared-mainstream-pupils', '% of pupils', { 'SEN provision': provision }, januaryOfAcademicYear),
      },
    ],
    caveats: [
      `${CENSUS} Mainstream schools are state-funded nursery, primary and secondary schools, including academies and free schools and their resourced provision and SEN units.`,
      ...(g === 'all_sen' ? ["All SEN is the two groups together, as DfE's Inclusion Dashboard shows it."] : []),
      FROM_SEN_IN_ENGLAND,
    ],
    breaks: [],
    decimals: 1,
    sentence: `{value} of pupils in mainstream schools ${has}`,
  }
}

/** The types of school DfE's Inclusion Dashboard counts as specialist settings. */
const SPECIALIST = ['State-funded special school', 'Non-maintained special school', 'Independent school', 'State-funded AP school']

export const WHERE_METRICS = [
  placement(
    'ehcp_mainstream_pct',
    'mainstream_total',
    '% of children and young people with an EHC plan in mainstream schools',
    'What share of children and young people with an EHC plan go to a mainstream school (including resourced provision and SEN units)?',
    '{value} of children and young people with an EHC plan are in mainstream schools',
    [],
    [['Mainstream school', 'Total']],
  ),
  placement(
    'ehcp_special_pct',
    'special_total',
    '% of children and young people with an EHC plan in special schools',
    'What share of children and young people with an EHC plan go to a special school (state, non-maintained or independent)?',
    '{value} of children and young people with an EHC plan are in special schools',
    ['Special schools include hospital schools.'],
    [['Special school', 'Total']],
  ),
  placement(
    'ehcp_independent_special_pct',
    'special_independent',
    '% of children and young people with an EHC plan in independent special schools',
    'What share of children and young people with an EHC plan go to an independent special school?',
    '{value} of children and young people with an EHC plan are in independent special schools',
    [],
    [['Special school', 'Special - Independent']],
  ),
  placement(
    'ehcp_ap_pct',
    'ap_pru_total',
    '% of children and young people with an EHC plan in alternative provision',
    'What share of children and young people with an EHC plan are in alternative provision or a pupil referral unit?',
    '{value} of children and young people with an EHC plan are in alternative provision or a pupil referral unit',
    [],
    [['Alternative provision/Pupil referral unit', 'Total']],
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
      NO_PLACEMENTS_2025,
    ],
    areaNotes: NO_PLACEMENTS_2025_NOTES,
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
    caveats: [PLACEMENT_CAVEAT, AGES_FROM_2024, NO_PLACEMENTS_2025],
    areaNotes: NO_PLACEMENTS_2025_NOTES,
    breaks: [SEN2_BREAK],
    decimals: 1,
    sentence: '{value} of young people aged 16-25 with an EHC plan are not in education, employment or training',
  }),
  schoolAge(
    'ehcp_school_age_mainstream_pct',
    'mainstream_total',
    'mainstream schools',
    'a mainstream school (including resourced provision and SEN units)',
  ),
  schoolAge('ehcp_school_age_special_pct', 'special_total', 'special schools', 'a special school (state, non-maintained or independent)'),
  defineMetric({
    id: 'ehcp_residential_per_1000',
    title: 'Residential placements per 1,000 EHC plans',
    question:
      'For every 1,000 children and young people with an EHC plan, how many have a residential placement (living at their school or college for 38 weeks a year or more)?',
    theme: 'where',
    unit: 'per_1000',
    direction: 'neutral',
    ageBand: '0-25',
    numeratorLabel: 'residential placements of 38 to 51 weeks and of 52 weeks a year',
    denominatorLabel: 'EHC plans (January census)',
    segments: [{ kind: 'rate', numerator: RESIDENTIAL, denominator: caseload('ehcplans'), per: 1000 }],
    caveats: [
      "Residential placements for 38 to 51 weeks and for 52 weeks a year, added together: in January 2023 DfE's England and regional totals do not equal the sum of the two (the local authority rows do), so the site adds them.",
      "The series starts in January 2019 with the 2025 release (whose January 2019 to 2022 figures are the old SEN2 return's); the old return has only one earlier year, January 2018, counting statements and plans together, which is not shown.",
    ],
    breaks: [SEN2_BREAK],
    decimals: 1,
    sentence: 'there are {number} residential placements for every 1,000 EHC plans',
  }),
  ...(['ehcp', 'sen_support', 'all_sen'] as const).map(mainstream),
  defineMetric({
    id: 'ehcp_pupils_specialist_settings_pct',
    title: '% of pupils with an EHC plan in special schools, independent schools or alternative provision',
    question:
      'Of the pupils with an EHC plan at school in the area, what share are in a state or non-maintained special school, an independent school or an AP school, rather than a mainstream school?',
    theme: 'where',
    unit: 'percent',
    direction: 'neutral',
    ageBand: 'all pupils',
    numeratorLabel:
      'pupils with an EHC plan in state-funded special schools, non-maintained special schools, independent schools and state-funded AP schools',
    denominatorLabel: 'pupils with an EHC plan in all schools',
    segments: [
      {
        kind: 'published',
        value: preparedSum(
          'prepared-provider-types',
          '% of pupils (with SEN provision type)',
          SPECIALIST.map((type) => ({ phase_type_grouping: type, 'Provision type': 'pupils with EHC plans' })),
          januaryOfAcademicYear,
        ),
      },
    ],
    caveats: [
      `${CENSUS} Pupils counted by the school they attend, in the area of the school: independent schools include independent special schools and mainstream independent schools.`,
      "DfE's Inclusion Dashboard's measure: the sum of its shares for the four types of school, each rounded to 2 decimals. Where an area has no non-maintained special school, its share is 0.",
      'Unlike the placements of all plans above (from the EHC plan return, ages 0 to 25, by the council that maintains the plan), this counts pupils at school only.',
      FROM_SEN_IN_ENGLAND,
    ],
    breaks: [],
    decimals: 1,
    sentence: '{value} of pupils with an EHC plan are in special schools, independent schools or alternative provision',
  }),
]
