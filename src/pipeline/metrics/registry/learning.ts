// The registry's "Learning and attainment" theme, by SEN status: early years, phonics, key stage 2
// (with its progress scores and the multiplication tables check), key stage 4 (with the English
// Baccalaureate) and qualifications at 19, with the gap to pupils with no identified SEN, and pupils
// with any SEN where DfE gives them. DfE's Inclusion Dashboard tables give counts (so intervals) to
// 2022/23; LAIT gives percentages to 2025.
import { ConfigError } from '../../errors.ts'
import type { MetricDefinition, Segment, Series } from '../definition.ts'
import { laitMeasure, prepared } from './outcome-series.ts'
import { DERIVED_PREPARED, GCSE_GRADING, LAIT_PERCENTAGES, NO_EXAMS_2020_2021 } from './outcome-wording.ts'

type Group = 'ehcp' | 'sen_support' | 'no_sen' | 'all_sen'
const WHO: Record<Group, string> = {
  ehcp: 'pupils with an EHC plan',
  sen_support: 'pupils on SEN support',
  no_sen: 'pupils with no identified SEN',
  all_sen: 'pupils with any SEN (an EHC plan or SEN support)',
}
const GROUPS = ['ehcp', 'sen_support', 'no_sen'] as const
/** The three SEN statuses (LAIT's groups, without "any SEN"). */
type Status = (typeof GROUPS)[number]
/** DfE's Inclusion Dashboard tables give "All SEN" (both SEN groups together) for these stages; LAIT does not. */
const ALL_SEN_TABLES_ONLY = `From ${DERIVED_PREPARED} only: LAIT, which gives the later years of the other groups, has no figure for pupils with any SEN.`

interface Stage {
  /** Who a group is, where the source counts it differently (phonics to 2022/23: "EHC plan or statement"). */
  who?: Partial<Record<Group, string>>
  title: (who: string) => string
  question: (who: string) => string
  sentence: (who: string) => string
  numeratorLabel: (who: string) => string
  denominatorLabel: (who: string) => string
  ageBand: string
  /** Counts from a prepared table (first), then LAIT's percentages. */
  segments: (g: Group) => Segment[]
  caveats: readonly string[]
  /** The caveats instead, for pupils with any SEN (only DfE's tables give them). */
  allSenCaveats?: readonly string[]
  breaks: MetricDefinition['breaks']
}

function stageMetric<const Id extends string>(id: Id, group: Group, stage: Stage): MetricDefinition<Id> {
  const who = stage.who?.[group] ?? WHO[group]
  return {
    id,
    title: stage.title(who),
    question: stage.question(who),
    theme: 'learning',
    unit: 'percent',
    direction: 'higher_is_better',
    ageBand: stage.ageBand,
    numeratorLabel: stage.numeratorLabel(who),
    denominatorLabel: stage.denominatorLabel(who),
    segments: stage.segments(group),
    caveats: group === 'all_sen' ? (stage.allSenCaveats ?? stage.caveats) : stage.caveats,
    breaks: stage.breaks,
    decimals: 1,
    sentence: stage.sentence(who),
  }
}

/** The prepared tables' regional counts are rounded; DfE's own percentages are not worked out from them. */
const ROUNDED_REGIONS =
  "The tables give the regions' counts rounded to the nearest 10 and DfE's own percentages in whole numbers, worked out before rounding. The site's regional figures, from the rounded counts, can differ from DfE's by a little over half a point (London's phonics, no SEN, 2015/16: 88.5% against DfE's 88%; the South East's key stage 2, EHC plan, 2018/19: 9.6% against 9%)."

const counts = (source: string, met: string, of: string, filter: Record<string, string>): Segment => ({
  kind: 'proportion',
  numerator: prepared(source, met, filter),
  denominator: prepared(source, of, filter),
})
const published = (value: Series): Segment => ({ kind: 'published', value })
/** LAIT's percentages after the tables' counts, where LAIT has the group. */
const laitLevel = (measure: string | undefined): Segment[] => (measure ? [published(laitMeasure(measure))] : [])

const EYFS_GROUP: Record<Group, string> = {
  ehcp: 'EHC plan',
  sen_support: 'SEN support',
  no_sen: 'No identified SEN',
  all_sen: 'All SEN',
}
const EYFS_LAIT: Partial<Record<Group, string>> = { ehcp: 'FSP_Gooddev_With_SENSTATE', sen_support: 'FSP_Gooddev_Without_SENSTATE' }
const EYFS: Stage = {
  title: (who) => `% of reception-year ${who} reaching a good level of development`,
  question: (who) => `What share of ${who} reach a good level of development at the end of reception (age 5)?`,
  sentence: (who) => `{value} of reception-year ${who} reached a good level of development`,
  numeratorLabel: (who) => `${who} reaching a good level of development`,
  denominatorLabel: (who) => `${who} assessed at the end of reception`,
  ageBand: 'age 5',
  segments: (g) => [
    counts('prepared-eyfsp', 'gld_number', 'children_number', { characteristic_type: EYFS_GROUP[g] }),
    ...laitLevel(EYFS_LAIT[g]),
  ],
  caveats: [
    'The early years foundation stage profile was revised in 2021/22, so figures from then on are not comparable with earlier years.',
    `2021/22 from ${DERIVED_PREPARED}; later years from ${LAIT_PERCENTAGES} LAIT has no figure for pupils with no identified SEN.`,
  ],
  allSenCaveats: [
    'The early years foundation stage profile was revised in 2021/22, so figures from then on are not comparable with earlier years.',
    ALL_SEN_TABLES_ONLY,
  ],
  breaks: [
    {
      from: '202122',
      note: 'The profile was not collected in 2019/20 and 2020/21 (COVID-19) and was revised in 2021/22: later figures are not comparable with earlier ones.',
    },
  ],
}

const PHONICS_GROUP: Record<Group, string> = {
  ehcp: 'EHC plan or Statement',
  sen_support: 'SEN support',
  no_sen: 'No SEN',
  all_sen: 'All SEN',
}
const PHONICS_LAIT: Partial<Record<Group, string>> = { ehcp: 'KS1P_EHCP', sen_support: 'KS1P_SEND', no_sen: 'KS1P_NonSEND' }
const PHONICS: Stage = {
  // The prepared table counts statements with plans ("EHC plan or Statement").
  who: {
    ehcp: 'pupils with an EHC plan or statement',
    all_sen: 'pupils with any SEN (an EHC plan, statement or SEN support)',
  },
  title: (who) => `% of year 1 ${who} meeting the phonics standard`,
  question: (who) => `What share of ${who} meet the expected standard in the year 1 phonics screening check?`,
  sentence: (who) => `{value} of year 1 ${who} met the expected standard in phonics`,
  numeratorLabel: (who) => `${who} meeting the expected standard`,
  denominatorLabel: (who) => `year 1 ${who} eligible for the check`,
  ageBand: 'age 6',
  segments: (g) => [
    counts('prepared-ks1-phonics', 't_phonics_y1_met_expected_standard', 't_phonics_y1_eligible_pupils', {
      characteristic: PHONICS_GROUP[g],
    }),
    ...laitLevel(PHONICS_LAIT[g]),
  ],
  caveats: [
    `2015/16 to 2022/23 from ${DERIVED_PREPARED}; 2023/24 and 2024/25 from ${LAIT_PERCENTAGES} The 2024/25 figures are provisional.`,
    ROUNDED_REGIONS,
  ],
  allSenCaveats: [ALL_SEN_TABLES_ONLY, ROUNDED_REGIONS],
  breaks: [NO_EXAMS_2020_2021],
}

const KS2_GROUP: Record<Group, string> = { ehcp: 'EHC plan', sen_support: 'SEN support', no_sen: 'No SEN', all_sen: 'All SEN' }
const KS2_LAIT: Partial<Record<Group, string>> = {
  ehcp: 'NEW_KS2_RWM_Sen_Withsta',
  sen_support: 'NEW_KS2_RWM_Sen_W/Osta',
  no_sen: 'NoID_SEN_NEW_KS2_RWM',
}
const KS2: Stage = {
  title: (who) => `% of ${who} at the expected standard in reading, writing and maths at key stage 2`,
  question: (who) => `What share of ${who} reach the expected standard in reading, writing and maths at the end of primary school?`,
  sentence: (who) => `{value} of ${who} reached the expected standard in reading, writing and maths at age 11`,
  numeratorLabel: (who) => `${who} reaching the expected standard`,
  denominatorLabel: (who) => `${who} at the end of key stage 2`,
  ageBand: 'age 11',
  segments: (g) => [
    counts('prepared-ks2-attainment', 't_rwm_met_expected_standard', 't_rwm_eligible_pupils', { characteristic: KS2_GROUP[g] }),
    ...laitLevel(KS2_LAIT[g]),
  ],
  caveats: [
    `2018/19, 2021/22 and 2022/23 from ${DERIVED_PREPARED}; other years from ${LAIT_PERCENTAGES}`,
    ROUNDED_REGIONS,
    'Writing is assessed by teachers, reading and maths by tests.',
  ],
  allSenCaveats: [ALL_SEN_TABLES_ONLY, ROUNDED_REGIONS, 'Writing is assessed by teachers, reading and maths by tests.'],
  breaks: [NO_EXAMS_2020_2021],
}

/** Qualifications by 19: LAIT's measures by SEN status at 15, and the words for each level. */
const LEVELS_AT_19 = {
  '2': {
    lait: { ehcp: 'Age19_SEN-S', sen_support: 'Age19_SENwoS', no_sen: 'Age19_NoNSEN' },
    name: 'level 2',
    what: 'level 2 (5 GCSEs at grade 4 or above, or equivalent)',
  },
  '3': {
    lait: { ehcp: 'Age19_SEN-S_L3', sen_support: 'Age19_SENwoS_L3', no_sen: 'Age19_NoNSEN_L3' },
    name: 'level 3',
    what: 'level 3 (2 A levels, or equivalent)',
  },
  '2em': {
    lait: { ehcp: 'Age19_SEN-S_L2EM', sen_support: 'Age19_SENwoS_L2EM', no_sen: 'Age19_NoNSEN_L2EM' },
    name: 'level 2 with English and maths',
    what: 'level 2 including English and maths (GCSE grade 4 or above in both, or equivalent)',
  },
} as const satisfies Record<string, { lait: Record<Status, string>; name: string; what: string }>
function levelAt19(level: keyof typeof LEVELS_AT_19): Stage {
  const { lait, name, what } = LEVELS_AT_19[level]
  return {
    // LAIT's "SEN with statement": the cohorts shown were 15 between 2011/12 and 2019/20, mostly with statements.
    who: { ehcp: 'pupils with an EHC plan or statement' },
    title: (who) => `% of 19 year olds qualified to ${name}: ${who.replace('pupils', 'young people')} at 15`,
    question: (who) => `What share of young people who were ${who} at age 15 are qualified to ${what} by 19?`,
    sentence: (who) => `{value} of young people who were ${who} at 15 were qualified to ${name} by 19`,
    numeratorLabel: () => `young people qualified to ${name} by 19`,
    denominatorLabel: (who) => `young people who were ${who} at age 15`,
    ageBand: 'age 19',
    segments: (g) => laitLevel(g === 'all_sen' ? undefined : lait[g]),
    caveats: [
      `From ${LAIT_PERCENTAGES} SEN status is as recorded at age 15; the year is the year the young people turned 19.`,
      'Young people are counted for the council where they were at 15, so councils abolished since (Bournemouth, Poole, Northamptonshire, Cumbria) have figures for the years their cohorts turned 19.',
    ],
    breaks: [],
  }
}

/** A score on DfE's own scale (Attainment 8, Progress 8). */
function scoreMetric<const Id extends string>(
  id: Id,
  group: Group | 'any_sen',
  score: 'Attainment 8' | 'Progress 8',
  segments: Segment[],
  caveats: readonly string[],
): MetricDefinition<Id> {
  const who = group === 'any_sen' ? 'pupils with any SEN (an EHC plan or SEN support)' : WHO[group]
  const progress = score === 'Progress 8'
  return {
    id,
    title: `${score} score of ${who}`,
    question: progress
      ? `How much progress do ${who} make between the end of primary school and their GCSEs, compared with pupils across England who started from the same point?`
      : `What is the average Attainment 8 score (GCSE results in 8 subjects) of ${who} at the end of key stage 4?`,
    theme: 'learning',
    unit: 'score',
    direction: 'higher_is_better',
    ageBand: 'age 16',
    numeratorLabel: progress ? 'average Progress 8 score' : 'average Attainment 8 score',
    denominatorLabel: `${who} at the end of key stage 4`,
    segments,
    caveats: [
      ...(progress
        ? [
            'Progress 8 compares each pupil with pupils nationally who had similar results at the end of primary school: 0 is the national average, and −0.5 means half a grade lower in each of the 8 subjects.',
            'No Progress 8 scores were published for 2019/20 and 2020/21, when exams were cancelled (COVID-19).',
          ]
        : ['Attainment 8 adds up the grades of 8 GCSEs (English and maths count twice): the highest possible score is 90.']),
      ...caveats,
    ],
    // Progress 8 has no scores for the years without exams; Attainment 8 has teachers' grades for them.
    breaks: progress ? [NO_EXAMS_2020_2021] : GCSE_GRADING,
    decimals: progress ? 2 : 1,
    sentence: progress ? `${who} had an average Progress 8 score of {number}` : `${who} had an average Attainment 8 score of {number}`,
  }
}

const A8_LAIT: Record<Status, string> = {
  ehcp: 'SEN_Stat_AVG_Attain8_Score',
  sen_support: 'SEN_WoStat_AVG_Attain8_Score',
  no_sen: 'SEN_NoID_AVG_Attain8_Score',
}
const P8_LAIT: Record<Status, string> = {
  ehcp: 'SEN_Stat_AVG_Prog8_Score',
  sen_support: 'SEN_WoStat_AVG_Prog8_Score',
  no_sen: 'SEN_NoID_AVG_Prog8_Score',
}
/** DfE's Progress 8 score with its own 95% confidence interval, from the prepared KS4 table. */
const p8WithInterval = (characteristic: string): Segment => {
  const series = (m: string) => prepared('prepared-ks4-attainment', m, { characteristic_sen_description: characteristic })
  return { kind: 'published', value: series('avg_p8score'), interval: { lower: series('p8score_ci_low'), upper: series('p8score_ci_upp') } }
}

/**
 * The gap segments of a stage, segment by segment as its levels are worked out: the counts' shares
 * (each side 100 × met / eligible) and then the published percentages. So a gap is the difference
 * between the two levels the site shows beside it, from the same source for the same year.
 */
function gapSegments(stage: Stage, group: 'ehcp' | 'sen_support'): Segment[] {
  const noSen = stage.segments('no_sen')
  const other = stage.segments(group)
  return noSen.map((a, i): Segment => {
    const b = other[i]
    if (a.kind === 'proportion' && b?.kind === 'proportion')
      return {
        kind: 'difference',
        minuend: a.numerator,
        subtrahend: b.numerator,
        shareOf: { minuend: a.denominator, subtrahend: b.denominator },
      }
    if (a.kind === 'published' && b?.kind === 'published') return { kind: 'difference', minuend: a.value, subtrahend: b.value }
    throw new ConfigError(`learning registry: the ${group} and no-SEN levels of a stage differ in segment ${i}`)
  })
}

/** The gap between pupils with no identified SEN and a group: percentage points, or points of a score. */
function gapMetric<const Id extends string>(
  id: Id,
  group: 'ehcp' | 'sen_support',
  what: string,
  segments: Segment[],
  unit: 'percentage_points' | 'score',
  source: string,
  who = WHO[group],
  breaks: MetricDefinition['breaks'] = [NO_EXAMS_2020_2021],
): MetricDefinition<Id> {
  const points = unit === 'percentage_points'
  return {
    id,
    title: `Gap in ${what} between pupils with no identified SEN and ${who}`,
    question: `How far behind pupils with no identified SEN are ${who} in ${what}?`,
    theme: 'learning',
    unit,
    direction: 'neutral',
    ageBand: 'school age',
    numeratorLabel: `${what}: pupils with no identified SEN`,
    denominatorLabel: `${what}: ${who}`,
    segments,
    caveats: [
      `The figure for pupils with no identified SEN minus the figure for ${who}${points ? ', in percentage points' : ''}, both as shown on this site for the same year and from the same source. A gap can narrow because either group's results change.`,
      source,
    ],
    breaks,
    decimals: 1,
    sentence: `the ${what} of ${who} was {number}${points ? ' percentage points' : ' points'} below that of pupils with no identified SEN`,
  }
}
const laitGap = (noSen: string, other: string): Segment[] => [
  { kind: 'difference', minuend: laitMeasure(noSen), subtrahend: laitMeasure(other) },
]

/** A key stage 2 progress score (reading, writing or maths) of one SEN group, from LAIT. */
const KS2_PROGRESS_LAIT: Record<Status, string> = { ehcp: 'SEN', sen_support: 'SENSupport', no_sen: 'NonSEN' }
const SUBJECTS = { reading: 'Reading', writing: 'Writing', maths: 'Maths' } as const
function ks2Progress<S extends keyof typeof SUBJECTS, G extends Status>(subject: S, group: G): MetricDefinition<`ks2_progress_${S}_${G}`> {
  const who = group === 'ehcp' ? 'pupils with an EHC plan or statement' : WHO[group]
  return {
    id: `ks2_progress_${subject}_${group}`,
    title: `Key stage 2 progress score in ${subject} of ${who}`,
    question: `How much progress in ${subject} do ${who} make between the ages of 7 and 11, compared with pupils across England who started from the same point?`,
    theme: 'learning',
    unit: 'score',
    direction: 'higher_is_better',
    ageBand: 'age 11',
    numeratorLabel: `average ${subject} progress score`,
    denominatorLabel: `${who} at the end of key stage 2 with key stage 1 results`,
    segments: [published(laitMeasure(`KS2_${KS2_PROGRESS_LAIT[group]}_${SUBJECTS[subject]}_Progress`))],
    caveats: [
      `Each pupil's result at 11 is compared with those of pupils across England who had similar results at 7: 0 is the average of all pupils, and −3 means 3 points lower on the ${subject === 'writing' ? "teachers' assessment scale" : 'test scale'}, on average.`,
      'No progress scores exist for 2019/20 and 2020/21, when there were no assessments, or for 2023/24 and 2024/25, whose pupils had no assessments at 7 (COVID-19).',
      `From ${LAIT_PERCENTAGES} LAIT calls the first group "SEN with a statement or EHC plan".`,
    ],
    breaks: [NO_EXAMS_2020_2021],
    decimals: 1,
    sentence: `${who} had an average progress score in ${subject} of {number}`,
  }
}

/** LAIT's English Baccalaureate measures by SEN status. */
const EBACC_LAIT: Record<Status, string> = { ehcp: 'SEN', sen_support: 'SENSupport', no_sen: 'NonSEN' }
const EBACC = 'The English Baccalaureate (EBacc) is a set of GCSEs: English, maths, the sciences, a language, and history or geography.'
function ebacc<K extends 'entry' | 'points', G extends Status>(kind: K, group: G): MetricDefinition<`ebacc_${K}_${G}`> {
  const who = group === 'ehcp' ? 'pupils with an EHC plan or statement' : WHO[group]
  const entry = kind === 'entry'
  return {
    id: `ebacc_${kind}_${group}`,
    title: entry ? `% of ${who} entered for the English Baccalaureate` : `English Baccalaureate average point score of ${who}`,
    question: entry
      ? `What share of ${who} are entered for all the GCSEs of the English Baccalaureate at 16?`
      : `What is the average point score of ${who} across the English Baccalaureate subjects at 16?`,
    theme: 'learning',
    unit: entry ? 'percent' : 'score',
    // Entering every pupil for the EBacc is a policy aim, not a sign of good support for a child with SEN.
    direction: entry ? 'neutral' : 'higher_is_better',
    ageBand: 'age 16',
    numeratorLabel: entry ? `${who} entered for every EBacc subject` : 'average EBacc point score',
    denominatorLabel: `${who} at the end of key stage 4`,
    segments: [published(laitMeasure(`EngBac${entry ? 'Entries' : 'AvgPointScore'}${EBACC_LAIT[group]}`))],
    caveats: [
      EBACC,
      ...(entry
        ? []
        : [
            'The average of the grades (9 to 1, 0 for no entry) in the EBacc subjects, counting a pupil who did not take a subject as 0: most pupils with SEN are not entered for every subject, so their scores are low.',
          ]),
      `From ${LAIT_PERCENTAGES}`,
    ],
    // Entries do not depend on how GCSEs were graded; points do.
    breaks: entry ? [] : GCSE_GRADING,
    decimals: entry ? 1 : 2,
    sentence: entry
      ? `{value} of ${who} were entered for the English Baccalaureate`
      : `${who} had an average English Baccalaureate point score of {number}`,
  }
}

/** The multiplication tables check (year 4): LAIT has the two SEN groups and both together. */
const MTC_LAIT = { ehcp: 'Multiplication_EHCP', sen_support: 'Multiplication_SENDSupport', all_sen: 'Multiplication_AllSEND' } as const
function timesTables<G extends keyof typeof MTC_LAIT>(group: G): MetricDefinition<`mtc_full_marks_${G}`> {
  const who = WHO[group]
  return {
    id: `mtc_full_marks_${group}`,
    title: `% of year 4 ${who} scoring full marks in the multiplication tables check`,
    question: `What share of year 4 ${who} score full marks (25 out of 25) in the multiplication tables check?`,
    theme: 'learning',
    unit: 'percent',
    direction: 'higher_is_better',
    ageBand: 'age 9',
    numeratorLabel: `${who} scoring 25 out of 25`,
    denominatorLabel: `year 4 ${who} eligible for the check`,
    segments: [published(laitMeasure(MTC_LAIT[group]))],
    caveats: [
      'Every year 4 pupil has taken the check in June since 2021/22, its first year. Pupils working below the level of the check are eligible but need not take it.',
      'DfE publishes these shares in whole percentages.',
      `From ${LAIT_PERCENTAGES} LAIT gives no figure for pupils with no identified SEN.`,
    ],
    breaks: [],
    decimals: 0,
    sentence: `{value} of year 4 ${who} scored full marks in the multiplication tables check`,
  }
}

export const LEARNING_METRICS = [
  ...GROUPS.map((g) => stageMetric(`eyfs_good_development_${g}`, g, EYFS)),
  ...GROUPS.map((g) => stageMetric(`phonics_expected_${g}`, g, PHONICS)),
  gapMetric(
    'phonics_gap_ehcp',
    'ehcp',
    'the phonics check',
    gapSegments(PHONICS, 'ehcp'),
    'percentage_points',
    PHONICS.caveats[0]!,
    PHONICS.who!.ehcp,
  ),
  gapMetric(
    'phonics_gap_sen_support',
    'sen_support',
    'the phonics check',
    gapSegments(PHONICS, 'sen_support'),
    'percentage_points',
    PHONICS.caveats[0]!,
  ),
  ...GROUPS.map((g) => stageMetric(`ks2_rwm_expected_${g}`, g, KS2)),
  gapMetric(
    'ks2_rwm_gap_ehcp',
    'ehcp',
    'key stage 2 reading, writing and maths',
    gapSegments(KS2, 'ehcp'),
    'percentage_points',
    KS2.caveats[0]!,
  ),
  gapMetric(
    'ks2_rwm_gap_sen_support',
    'sen_support',
    'key stage 2 reading, writing and maths',
    gapSegments(KS2, 'sen_support'),
    'percentage_points',
    KS2.caveats[0]!,
  ),
  ...GROUPS.map((g) =>
    scoreMetric(`attainment8_${g}`, g, 'Attainment 8', [published(laitMeasure(A8_LAIT[g]))], [`From ${LAIT_PERCENTAGES}`]),
  ),
  gapMetric(
    'attainment8_gap_ehcp',
    'ehcp',
    'Attainment 8 score',
    laitGap('SEN_NoID_AVG_Attain8_Score', 'SEN_Stat_AVG_Attain8_Score'),
    'score',
    `From ${LAIT_PERCENTAGES}`,
    WHO.ehcp,
    GCSE_GRADING,
  ),
  gapMetric(
    'attainment8_gap_sen_support',
    'sen_support',
    'Attainment 8 score',
    laitGap('SEN_NoID_AVG_Attain8_Score', 'SEN_WoStat_AVG_Attain8_Score'),
    'score',
    `From ${LAIT_PERCENTAGES}`,
    WHO.sen_support,
    GCSE_GRADING,
  ),
  scoreMetric(
    'progress8_any_sen',
    'any_sen',
    'Progress 8',
    [p8WithInterval('Any SEN')],
    [`From ${DERIVED_PREPARED}, with DfE's own 95% confidence interval.`],
  ),
  ...(['ehcp', 'sen_support'] as const).map((g) =>
    scoreMetric(
      `progress8_${g}`,
      g,
      'Progress 8',
      [published(laitMeasure(P8_LAIT[g]))],
      [`From ${LAIT_PERCENTAGES} No interval is published with these.`],
    ),
  ),
  scoreMetric(
    'progress8_no_sen',
    'no_sen',
    'Progress 8',
    [p8WithInterval('No identified SEN'), published(laitMeasure(P8_LAIT.no_sen))],
    [`2018/19 to 2022/23 from ${DERIVED_PREPARED}, with DfE's own 95% confidence interval; other years from ${LAIT_PERCENTAGES}`],
  ),
  ...GROUPS.map((g) => stageMetric(`level2_at_19_${g}`, g, levelAt19('2'))),
  ...GROUPS.map((g) => stageMetric(`level3_at_19_${g}`, g, levelAt19('3'))),
  // Pupils with any SEN (an EHC plan or SEN support together), from DfE's Inclusion Dashboard tables.
  stageMetric('eyfs_good_development_all_sen', 'all_sen', EYFS),
  stageMetric('phonics_expected_all_sen', 'all_sen', PHONICS),
  stageMetric('ks2_rwm_expected_all_sen', 'all_sen', KS2),
  scoreMetric(
    'attainment8_any_sen',
    'any_sen',
    'Attainment 8',
    [published(prepared('prepared-ks4-attainment', 'avg_att8', { characteristic_sen_description: 'Any SEN' }))],
    [`From ${DERIVED_PREPARED}.`],
  ),
  // LAIT's other results by SEN status.
  ...(['reading', 'writing', 'maths'] as const).flatMap((subject) => GROUPS.map((g) => ks2Progress(subject, g))),
  ...GROUPS.map((g) => ebacc('entry', g)),
  ...GROUPS.map((g) => ebacc('points', g)),
  ...(['ehcp', 'sen_support', 'all_sen'] as const).map((g) => timesTables(g)),
  ...GROUPS.map((g) => stageMetric(`level2_em_at_19_${g}`, g, levelAt19('2em'))),
]
