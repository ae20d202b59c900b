// The metric registry: one declarative entry per metric. A new metric is one new entry here.
// Ids are stable: pages, downloads and embed URLs use them.
import { EXCLUSIONS_OFFICIAL } from '../read/specs.ts'
import type { MetricDefinition, Series, SeriesPart } from './definition.ts'
import {
  academicYear,
  calendarYear,
  januaryFromMidYear,
  januaryOfAcademicYear,
  januaryOfCalendarYear,
  januaryOfCalendarYearFrom,
  neetYear,
  term,
} from './period-maps.ts'

// ---- Series builders -------------------------------------------------------------------------

const CASELOAD = 'ehcp-2025-caseload'
const ALL_PLANS = 'breakdown_topic=All EHC plans|breakdown=All EHC plans'
const ageBreakdown = (age: number) => `breakdown_topic=Child or young persons age|breakdown=${age < 3 ? 'under 3' : `age ${age}`}`
/** The caseload file's age rows: "under 3", then single years 3 to 25. */
function caseloadAges(measure: string, from: number, to: number): SeriesPart[] {
  const parts: SeriesPart[] = []
  for (let age = Math.max(from, 2); age <= to; age++) parts.push({ source: CASELOAD, measure, breakdown: ageBreakdown(age) })
  return parts
}
const caseload = (measure: string): Series => ({
  parts: [{ source: CASELOAD, measure, breakdown: ALL_PLANS }],
  periods: januaryOfAcademicYear,
})
const caseloadAgeBand = (measure: string, from: number, to: number): Series => ({
  parts: caseloadAges(measure, from, to),
  periods: januaryOfAcademicYear,
  absentMeansZero: true,
})

const population0to25: Series = {
  parts: ['ons-mye-2022', 'ons-mye-2023'].flatMap((source) =>
    Array.from({ length: 26 }, (_, age) => ({ source, measure: 'population', breakdown: `age=${age}` })),
  ),
  periods: januaryFromMidYear,
}

const ehcpActivity = (source: string, topic: string, measure: string): Series => ({
  parts: [{ source, measure, breakdown: `breakdown_topic=${topic}|breakdown=${topic}` }],
  periods: calendarYear,
})
const TIMELINESS = (m: string) => ehcpActivity('ehcp-2025-timeliness', 'All EHC plans issued', m)
const REQUESTS = (m: string) => ehcpActivity('ehcp-2025-requests', 'All requests for EHC needs assessments', m)
const ASSESSMENTS = (m: string) => ehcpActivity('ehcp-2025-assessments', 'All EHC needs assessments', m)
const TRIBUNAL = (m: string): Series => ({ parts: [{ source: 'ehcp-2025-tribunal', measure: m, breakdown: '' }], periods: calendarYear })

const WBP_2025 = (m: string): Series => ({
  parts: [
    {
      source: 'ehcp-2025-work-based-placements',
      measure: m,
      breakdown: 'breakdown_topic=All work based placements|breakdown=All work based placements',
    },
  ],
  periods: januaryOfAcademicYear,
})
const WBP_2022 = (m: string): Series => ({
  parts: [{ source: 'ehcp-2022-work-based-placements', measure: m, breakdown: '' }],
  periods: januaryOfCalendarYear,
})
const PLANS_16_25_2022: Series = {
  parts: ['Age 16 to 19', 'Age 20 to 25'].map((band) => ({
    source: 'ehcp-2022-age-caseload',
    measure: 'Total_ehc',
    breakdown: `characteristic_age=${band}`,
  })),
  periods: januaryOfCalendarYear,
}

// The 2021 file (not registered) has no SEN breakdown for regions or LAs, and its England SEN
// figures repeat the 2022 file's digit for digit, so they are not 2021 figures.
const NEET_SOURCES = ['neet-2022', 'neet-2023', 'neet-2025']
const neet = (measure: string): Series => ({ parts: NEET_SOURCES.map((source) => ({ source, measure, breakdown: '' })), periods: neetYear })

type SenGroup = 'EHC plan' | 'SEN support' | 'No SEN'
const EXCLUSIONS_EXTRACT = 'd2i-exclusions-by-sen'
const officialBreakdown = (group: SenGroup) => `education_phase=Total|characteristic_group=SEN provision|characteristic=${group}`
const official = (measure: string, group: SenGroup): Series => ({
  parts: [{ source: EXCLUSIONS_OFFICIAL, measure, breakdown: officialBreakdown(group) }],
  periods: term,
})
const extractRate = (measure: string, group: SenGroup): Series => ({
  parts: [{ source: EXCLUSIONS_EXTRACT, measure, breakdown: `education_phase=Total|send_category=${group}` }],
  periods: term,
})
const absence = (measure: string, group: SenGroup): Series => ({
  parts: [{ source: 'd2i-absence-by-sen', measure, breakdown: `education_phase=Total|send_category=${group}` }],
  periods: academicYear,
})
const lait = (measure: string): Series => ({ parts: [{ source: 'lait-send', measure, breakdown: '' }], periods: januaryOfAcademicYear })

// ---- Shared wording ----------------------------------------------------------------------------

const SEN2_BREAK = {
  from: '202223',
  note: 'From January 2023 the SEN2 return holds a record for each child or young person instead of local authority totals, so figures before and after are not fully comparable.',
}
const SEN2_BREAK_ACTIVITY = {
  from: '2022',
  note: 'Figures for 2022 onwards come from the person-level SEN2 return first collected in 2023; earlier years from local authority totals, so they are not fully comparable.',
}
const COVID_TERMS = {
  from: '202122-autumn',
  note: 'Schools were closed to most pupils for parts of 2019/20 and 2020/21 (COVID-19), which lowered suspensions and exclusions; compare later terms with care.',
}
const DERIVED_EXCLUSIONS =
  'From a derived extract (Data to Insight) of DfE\'s "Suspensions and permanent exclusions in England" figures: rates per term only, for local authorities only. The extract has no pupil counts, so no confidence interval can be computed, and no England or regional figure is available from it.'
const DERIVED_ABSENCE =
  'From a derived extract (Data to Insight) of DfE\'s "Pupil absence in schools in England" figures: percentages only, for local authorities only, so no confidence interval and no England or regional figure can be given. The 2024/25 figures cover the autumn and spring terms.'
const AGES_FROM_2024 = 'DfE publishes placements by age for each local authority from January 2024 only.'
const PLACEMENT_CAVEAT = 'Placement is where the child or young person was on the January census day, as recorded by the local authority.'

function placement(id: string, measure: string, title: string, question: string, sentence: string, extra: string[] = []): MetricDefinition {
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
    segments: [{ kind: 'proportion', numerator: caseload(measure), denominator: caseload('ehcplans') }],
    caveats: [PLACEMENT_CAVEAT, ...extra],
    breaks: [SEN2_BREAK],
    decimals: 1,
    sentence,
  }
}

const OLD_AGE_BANDS: Record<string, string> = {
  '0-4': 'Under 5',
  '5-10': 'Age 5 to 10',
  '11-15': 'Age 11 to 15',
  '16-19': 'Age 16 to 19',
  '20-25': 'Age 20 to 25',
}
const oldCaseload = (band: string): Series => ({
  parts: [{ source: 'ehcp-2022-age-caseload', measure: 'Total_ehc', breakdown: `characteristic_age=${band}` }],
  periods: januaryOfCalendarYearFrom(2019),
})

function ageMix(id: string, from: number, to: number, label: string): MetricDefinition {
  return {
    id,
    title: `% of EHC plans held by ${label}`,
    question: `What share of children and young people with an EHC plan are ${label}?`,
    theme: 'who',
    unit: 'percent',
    direction: 'neutral',
    ageBand: `${from}-${to}`,
    numeratorLabel: `EHC plans held by ${label}`,
    denominatorLabel: 'all EHC plans (ages 0-25)',
    segments: [
      { kind: 'proportion', numerator: oldCaseload(OLD_AGE_BANDS[`${from}-${to}`]!), denominator: oldCaseload('Total') },
      { kind: 'proportion', numerator: caseloadAgeBand('ehcplans', from, to), denominator: caseload('ehcplans') },
    ],
    caveats: [
      'Age is the age at 31 August before the January census.',
      'January 2019 to January 2022 come from the 2022 release (old SEN2 collection); January 2024 and 2025 from the 2025 release, which gives ages by local authority only from January 2024. January 2023 is not available by age.',
    ],
    breaks: [
      {
        from: '202324',
        note: 'January 2024 onwards come from the person-level SEN2 collection; earlier years from local authority totals.',
      },
    ],
    decimals: 1,
    sentence: `{value} of EHC plans are held by ${label}`,
  }
}

/** Young people with a plan in a kind of work-based placement: the old SEN2 series and the new one. */
function workBasedPlacement(
  id: string,
  what: string,
  verb: string,
  [measure2022, measure2025]: [string, string],
  direction: MetricDefinition['direction'],
  question: string,
): MetricDefinition {
  return {
    id,
    title: `% of 16-25 year olds with an EHC plan in ${what}`,
    question,
    theme: 'post16',
    unit: 'percent',
    direction,
    ageBand: '16-25',
    numeratorLabel: `young people with an EHC plan in ${what}`,
    denominatorLabel: 'young people aged 16-25 with an EHC plan',
    segments: [
      { kind: 'proportion', numerator: WBP_2022(measure2022), denominator: PLANS_16_25_2022 },
      { kind: 'proportion', numerator: WBP_2025(measure2025), denominator: caseloadAgeBand('ehcplans', 16, 25) },
    ],
    caveats: [
      'January 2017 to January 2022 come from the old SEN2 collection (2022 release); January 2025 from the person-level collection (2025 release). January 2023 and 2024 are not in the files available to this site.',
    ],
    breaks: [
      {
        from: '202425',
        note: 'January 2025 comes from the new person-level SEN2 collection; earlier years from the old aggregate collection. The two are not fully comparable.',
      },
    ],
    decimals: 1,
    sentence: `{value} of young people aged 16-25 with an EHC plan ${verb}`,
  }
}

const GROUP_WORDS: Record<SenGroup, { id: string; who: string }> = {
  'EHC plan': { id: 'ehcp', who: 'pupils with an EHC plan' },
  'SEN support': { id: 'sen_support', who: 'pupils on SEN support' },
  'No SEN': { id: 'no_sen', who: 'pupils with no identified SEN' },
}
const GROUPS: SenGroup[] = ['EHC plan', 'SEN support', 'No SEN']

function exclusionMetric(kind: 'suspension' | 'one_plus' | 'perm', group: SenGroup): MetricDefinition {
  const g = GROUP_WORDS[group]
  const spec = {
    suspension: {
      id: 'suspension_rate',
      counts: ['suspension', 'headcount'],
      rate: 'susp_rate',
      unit: 'per_100_pupils' as const,
      title: `Suspensions per 100 ${g.who}`,
      q: `How many suspensions were there for every 100 ${g.who} in a term?`,
      sentence: `there were {number} suspensions for every 100 ${g.who} in the term`,
    },
    one_plus: {
      id: 'one_plus_suspension_rate',
      counts: ['one_plus_susp', 'headcount'],
      rate: 'one_plus_susp_rate',
      unit: 'percent' as const,
      title: `% of ${g.who} suspended at least once`,
      q: `What share of ${g.who} were suspended at least once in a term?`,
      sentence: `{value} of ${g.who} were suspended at least once in the term`,
    },
    perm: {
      id: 'perm_exclusion_rate',
      counts: ['perm_excl', 'headcount'],
      rate: 'perm_excl_rate',
      unit: 'per_100_pupils' as const,
      title: `Permanent exclusions per 100 ${g.who}`,
      q: `How many ${g.who} were permanently excluded in a term, for every 100?`,
      sentence: `there were {number} permanent exclusions for every 100 ${g.who} in the term`,
    },
  }[kind]
  return {
    id: `${spec.id}_${g.id}`,
    title: spec.title,
    question: spec.q,
    theme: 'exclusions',
    unit: spec.unit,
    direction: 'lower_is_better',
    ageBand: 'school age',
    numeratorLabel:
      kind === 'suspension' ? 'suspensions' : kind === 'one_plus' ? 'pupils with one or more suspensions' : 'permanent exclusions',
    denominatorLabel: `${g.who} (census headcount)`,
    segments: [
      // Suspensions are events (a pupil can have several): a rate with a Poisson interval.
      kind === 'suspension'
        ? { kind: 'rate', numerator: official(spec.counts[0]!, group), denominator: official(spec.counts[1]!, group), per: 100 }
        : { kind: 'proportion', numerator: official(spec.counts[0]!, group), denominator: official(spec.counts[1]!, group) },
      { kind: 'published', value: extractRate(spec.rate, group) },
    ],
    caveats: [
      'Rates are for one term, in state-funded primary, secondary and special schools. A pupil can be suspended more than once.',
      "For very small groups DfE's rates can exceed 100, because pupils suspended during the term need not have been on the census.",
      DERIVED_EXCLUSIONS,
    ],
    breaks: [COVID_TERMS],
    decimals: kind === 'perm' ? 2 : 1,
    sentence: spec.sentence,
  }
}

// ---- The registry ------------------------------------------------------------------------------

export const METRICS: readonly MetricDefinition[] = [
  {
    id: 'ehcp_per_1000_0_25',
    title: 'EHC plans per 1,000 children and young people aged 0-25',
    question: 'How many children and young people have an EHC plan, for every 1,000 living in the area?',
    theme: 'who',
    unit: 'per_1000',
    direction: 'neutral',
    ageBand: '0-25',
    numeratorLabel: 'EHC plans (January census)',
    denominatorLabel: 'population aged 0-25 (ONS mid-year estimate)',
    segments: [{ kind: 'rate', numerator: caseload('ehcplans'), denominator: population0to25, per: 1000 }],
    caveats: [
      'January 2023 uses ONS mid-2022 estimates; January 2024 and January 2025 use mid-2023 estimates, the latest single-year-of-age estimates available to this site.',
      'Plans are counted by the local authority that maintains them, population by where people live; a few young people live in one area and have a plan from another.',
    ],
    breaks: [SEN2_BREAK],
    decimals: 1,
    sentence: 'there are {number} EHC plans for every 1,000 children and young people aged 0-25',
  },
  ageMix('ehcp_age_under_5_pct', 0, 4, 'children under 5'),
  ageMix('ehcp_age_5_10_pct', 5, 10, 'children aged 5-10'),
  ageMix('ehcp_age_11_15_pct', 11, 15, 'young people aged 11-15'),
  ageMix('ehcp_age_16_19_pct', 16, 19, 'young people aged 16-19'),
  ageMix('ehcp_age_20_25_pct', 20, 25, 'young people aged 20-25'),
  {
    id: 'pupils_ehcp_pct',
    title: '% of pupils with an EHC plan',
    question: 'What share of pupils in schools have an EHC plan?',
    theme: 'who',
    unit: 'percent',
    direction: 'neutral',
    ageBand: 'school age',
    numeratorLabel: 'pupils with an EHC plan or statement',
    denominatorLabel: 'all pupils (school census)',
    segments: [{ kind: 'published', value: lait('SEN_TotStat') }],
    caveats: [
      "From DfE's Local Authority Interactive Tool (a derived row subset): percentages rounded to one decimal place, no pupil counts, so no confidence interval can be computed. Pupils are counted where they go to school.",
    ],
    breaks: [],
    decimals: 1,
    sentence: '{value} of pupils have an EHC plan',
  },
  {
    id: 'pupils_sen_support_pct',
    title: '% of pupils on SEN support',
    question: 'What share of pupils in schools get SEN support (help without an EHC plan)?',
    theme: 'who',
    unit: 'percent',
    direction: 'neutral',
    ageBand: 'school age',
    numeratorLabel: 'pupils on SEN support',
    denominatorLabel: 'all pupils (school census)',
    segments: [{ kind: 'published', value: lait('SEN_TotSENSuP') }],
    caveats: [
      "From DfE's Local Authority Interactive Tool (a derived row subset): percentages rounded to one decimal place, no pupil counts, so no confidence interval can be computed. Pupils are counted where they go to school.",
    ],
    breaks: [],
    decimals: 1,
    sentence: '{value} of pupils are on SEN support',
  },
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
  {
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
  },
  {
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
  },
  {
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
  },
  {
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
  },
  {
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
  },
  {
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
  },
  workBasedPlacement(
    'supported_internship_pct',
    'a supported internship',
    'are in a supported internship',
    ['MSuppIntEHC', 'open_supp_intern'],
    'higher_is_better',
    'What share of young people aged 16-25 with an EHC plan are on a supported internship (a study programme based mainly at an employer)?',
  ),
  workBasedPlacement(
    'apprenticeship_pct',
    'an apprenticeship',
    'are apprentices',
    ['MApprenEHC', 'open_apprentice'],
    'neutral',
    'What share of young people aged 16-25 with an EHC plan are apprentices?',
  ),
  ...(
    [
      ['NEET_NK_EHCP_percent', 'neet_16_17_ehcp_pct', 'with an EHC plan'],
      ['NEET_NK_SENDsupport_percent', 'neet_16_17_sen_support_pct', 'on SEN support'],
      ['NEET_NK_noSEN_percent', 'neet_16_17_no_sen_pct', 'with no SEN'],
    ] as const
  ).map(([measure, id, who]): MetricDefinition => ({
    id,
    title: `% of 16-17 year olds ${who} not in education, employment or training, or not known`,
    question: `What share of 16 and 17 year olds ${who} are not in education, employment or training, or their activity is not known?`,
    theme: 'post16',
    unit: 'percent',
    direction: 'lower_is_better',
    ageBand: '16-17',
    numeratorLabel: `16-17 year olds ${who} who are NEET or whose activity is not known`,
    denominatorLabel: `16-17 year olds ${who} known to the local authority`,
    segments: [{ kind: 'published', value: neet(measure) }],
    caveats: [
      "Average of December, January and February, from the local authorities' records (NCCIS). DfE publishes percentages only, so no confidence interval can be computed.",
      'The 2021 file has no SEN breakdown for local authorities, and no 2024 file was published in this series.',
    ],
    breaks: [],
    decimals: 1,
    sentence: `{value} of 16-17 year olds ${who} are not in education, employment or training, or not known`,
  })),
  {
    id: 'neet_16_17_ehcp_gap_pp',
    title: 'Gap in NEET or not known between 16-17 year olds with an EHC plan and those with no SEN',
    question:
      'How much more likely are 16-17 year olds with an EHC plan than those with no SEN to be NEET or not known (in percentage points)?',
    theme: 'post16',
    unit: 'percentage_points',
    direction: 'lower_is_better',
    ageBand: '16-17',
    numeratorLabel: '% NEET or not known, EHC plan',
    denominatorLabel: '% NEET or not known, no SEN',
    segments: [{ kind: 'difference', minuend: neet('NEET_NK_EHCP_percent'), subtrahend: neet('NEET_NK_noSEN_percent') }],
    caveats: ['The difference of two published percentages (each rounded to one decimal place); no confidence interval can be computed.'],
    breaks: [],
    decimals: 1,
    sentence:
      'the share NEET or not known is {number} percentage points higher for 16-17 year olds with an EHC plan than for those with no SEN',
  },
  ...GROUPS.flatMap((g) => (['suspension', 'one_plus', 'perm'] as const).map((k) => exclusionMetric(k, g))),
  {
    id: 'suspension_ratio_ehcp_no_sen',
    title: 'Suspension rate of pupils with an EHC plan compared with pupils with no SEN',
    question: 'How many times higher is the suspension rate for pupils with an EHC plan than for pupils with no identified SEN?',
    theme: 'exclusions',
    unit: 'ratio',
    direction: 'lower_is_better',
    ageBand: 'school age',
    numeratorLabel: 'suspensions per 100 pupils with an EHC plan',
    denominatorLabel: 'suspensions per 100 pupils with no identified SEN',
    segments: [
      { kind: 'quotient', numerator: official('susp_rate', 'EHC plan'), denominator: official('susp_rate', 'No SEN') },
      { kind: 'quotient', numerator: extractRate('susp_rate', 'EHC plan'), denominator: extractRate('susp_rate', 'No SEN') },
    ],
    caveats: [DERIVED_EXCLUSIONS],
    breaks: [COVID_TERMS],
    decimals: 1,
    sentence: 'pupils with an EHC plan are suspended {number} times as often as pupils with no identified SEN',
  },
  ...GROUPS.map((g): MetricDefinition => ({
    id: `persistent_absence_${GROUP_WORDS[g].id}`,
    title: `% of ${GROUP_WORDS[g].who} persistently absent`,
    question: `What share of ${GROUP_WORDS[g].who} miss 10% or more of their school sessions?`,
    theme: 'exclusions',
    unit: 'percent',
    direction: 'lower_is_better',
    ageBand: 'school age',
    numeratorLabel: `${GROUP_WORDS[g].who} missing 10% or more of sessions`,
    denominatorLabel: `${GROUP_WORDS[g].who} (enrolments)`,
    segments: [{ kind: 'published', value: absence('enrolments_pa_10_exact_percent', g) }],
    caveats: [DERIVED_ABSENCE],
    breaks: [{ from: '202021', note: 'No absence figures were published for 2019/20 (COVID-19).' }],
    decimals: 1,
    sentence: `{value} of ${GROUP_WORDS[g].who} are persistently absent`,
  })),
]

export function metricById(id: string): MetricDefinition | undefined {
  return METRICS.find((m) => m.id === id)
}
