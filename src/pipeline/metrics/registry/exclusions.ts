// The registry's "Suspensions, exclusions and absence" theme: by SEN status (for all schools and by
// type of school), for all pupils (LAIT), and for children in need and looked after (LAIT). Absence
// by SEN status comes from DfE's own table (the autumn and spring terms, with England and the
// regions) and a derived extract for LAs (whole years, and the autumn and spring terms of 2024/25).
import { defineMetric, type MetricDefinition, type Segment } from '../definition.ts'
import { laitMeasure } from './outcome-series.ts'
import {
  ABSENCE_EXTRACT_LATER,
  ABSENCE_PART_YEAR_2024_25,
  ABSENCE_SOURCES_DIFFER,
  ABSENCE_WHOLE_YEAR_FROM_2023,
  LAIT_PERCENTAGES,
  NO_ABSENCE_2019_20,
  PREPARED_ABSENCE_SOURCE,
} from './outcome-wording.ts'
import {
  absence,
  extractRate,
  official,
  preparedAbsence,
  type AbsencePhase,
  type ExclusionPhase,
  type PreparedAbsenceGroup,
  type SenGroup,
} from './series.ts'
import { COVID_FLAGGED_TERMS, COVID_FLAGGED_YEAR, COVID_TERMS, DERIVED_ABSENCE, DERIVED_EXCLUSIONS } from './wording.ts'

const GROUP_WORDS = {
  'EHC plan': { id: 'ehcp', who: 'pupils with an EHC plan' },
  'SEN support': { id: 'sen_support', who: 'pupils on SEN support' },
  'No SEN': { id: 'no_sen', who: 'pupils with no identified SEN' },
} as const satisfies Record<SenGroup, { id: string; who: string }>
const GROUPS = ['EHC plan', 'SEN support', 'No SEN'] as const satisfies readonly SenGroup[]
type GroupId<G extends SenGroup> = (typeof GROUP_WORDS)[G]['id']

const EXCLUSION_IDS = { suspension: 'suspension_rate', one_plus: 'one_plus_suspension_rate', perm: 'perm_exclusion_rate' } as const
type ExclusionKind = keyof typeof EXCLUSION_IDS

/** The phases shown on their own, with the words for them. */
const SCHOOL_PHASES = {
  primary: { exclusions: 'State-funded primary', absence: 'State-funded primary', where: 'state-funded primary schools' },
  secondary: { exclusions: 'State-funded secondary', absence: 'State-funded secondary', where: 'state-funded secondary schools' },
  special: { exclusions: 'State-funded special', absence: 'Special', where: 'special schools' },
} as const satisfies Record<string, { exclusions: ExclusionPhase; absence: AbsencePhase; where: string }>
type SchoolPhase = keyof typeof SCHOOL_PHASES
/** "_primary" after a phase's measure id; nothing for all schools. */
type PhaseSuffix<P extends SchoolPhase | undefined> = P extends SchoolPhase ? `_${P}` : ''

function exclusionMetric<K extends ExclusionKind, G extends SenGroup, P extends SchoolPhase | undefined = undefined>(
  kind: K,
  group: G,
  phase?: P,
): MetricDefinition<`${(typeof EXCLUSION_IDS)[K]}_${GroupId<G>}${PhaseSuffix<P>}`> {
  const at = phase ? SCHOOL_PHASES[phase] : undefined
  const g = { ...GROUP_WORDS[group], who: at ? `${GROUP_WORDS[group].who} in ${at.where}` : GROUP_WORDS[group].who }
  const filePhase: ExclusionPhase = at?.exclusions ?? 'Total'
  const spec = {
    suspension: {
      counts: ['suspension', 'headcount'],
      rate: 'susp_rate',
      unit: 'per_100_pupils' as const,
      title: `Suspensions per 100 ${g.who}`,
      q: `How many suspensions were there for every 100 ${g.who} in a term?`,
      sentence: `there were {number} suspensions for every 100 ${g.who} in the term`,
    },
    one_plus: {
      counts: ['one_plus_susp', 'headcount'],
      rate: 'one_plus_susp_rate',
      unit: 'percent' as const,
      title: `% of ${g.who} suspended at least once`,
      q: `What share of ${g.who} were suspended at least once in a term?`,
      sentence: `{value} of ${g.who} were suspended at least once in the term`,
    },
    perm: {
      counts: ['perm_excl', 'headcount'],
      rate: 'perm_excl_rate',
      unit: 'per_100_pupils' as const,
      title: `Permanent exclusions per 100 ${g.who}`,
      q: `How many ${g.who} were permanently excluded in a term, for every 100?`,
      sentence: `there were {number} permanent exclusions for every 100 ${g.who} in the term`,
    },
  }[kind]
  return {
    id: `${EXCLUSION_IDS[kind]}_${g.id}${phase ? `_${phase}` : ''}` as `${(typeof EXCLUSION_IDS)[K]}_${GroupId<G>}${PhaseSuffix<P>}`,
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
        ? {
            kind: 'rate',
            numerator: official(spec.counts[0]!, group, filePhase),
            denominator: official(spec.counts[1]!, group, filePhase),
            per: 100,
          }
        : {
            kind: 'proportion',
            numerator: official(spec.counts[0]!, group, filePhase),
            denominator: official(spec.counts[1]!, group, filePhase),
          },
      { kind: 'published', value: extractRate(spec.rate, group, filePhase) },
    ],
    caveats: [
      `Rates are for one term, in ${at?.where ?? 'state-funded primary, secondary and special schools'}. A pupil can be suspended more than once.`,
      "For very small groups DfE's rates can exceed 100, because pupils suspended during the term need not have been on the census.",
      DERIVED_EXCLUSIONS,
    ],
    breaks: [COVID_TERMS],
    flaggedPeriods: COVID_FLAGGED_TERMS,
    decimals: kind === 'perm' ? 2 : 1,
    sentence: spec.sentence,
  }
}

/** Absence by SEN status; "All SEN" is DfE's own figure for pupils with an EHC plan or SEN support together. */
type AbsenceGroup = SenGroup | 'All SEN'
const ABSENCE_GROUPS = {
  ...GROUP_WORDS,
  'All SEN': { id: 'all_sen', who: 'pupils with any SEN (an EHC plan or SEN support)' },
} as const satisfies Record<AbsenceGroup, { id: string; who: string }>
type AbsenceGroupId<G extends AbsenceGroup> = (typeof ABSENCE_GROUPS)[G]['id']
/** The groups as DfE's Inclusion Dashboard table names them (plans and statements together). */
const PREPARED_GROUP = {
  'EHC plan': 'EHCP or Statement',
  'SEN support': 'SEN support',
  'No SEN': 'No SEN',
  'All SEN': 'All SEN',
} as const satisfies Record<AbsenceGroup, PreparedAbsenceGroup>

const ABSENCE_MEASURES = {
  overall: {
    title: (who: string) => `% of sessions missed by ${who}`,
    question: (who: string) => `What share of their school sessions (half-days) do ${who} miss, for any reason?`,
    numerator: () => 'sessions missed (authorised and unauthorised)',
    denominator: (who: string) => `possible sessions of ${who}`,
    sentence: (who: string) => `${who} missed {value} of their sessions`,
  },
  unauthorised: {
    title: (who: string) => `% of sessions missed by ${who} without permission`,
    question: (who: string) => `What share of their school sessions (half-days) do ${who} miss without their school's permission?`,
    numerator: () => 'sessions missed without permission (unauthorised absence)',
    denominator: (who: string) => `possible sessions of ${who}`,
    sentence: (who: string) => `${who} missed {value} of their sessions without permission`,
  },
  persistent: {
    title: (who: string) => `% of ${who} persistently absent`,
    question: (who: string) => `What share of ${who} miss 10% or more of their school sessions?`,
    numerator: (who: string) => `${who} missing 10% or more of sessions`,
    denominator: (who: string) => `${who} (enrolments)`,
    sentence: (who: string) => `{value} of ${who} are persistently absent`,
  },
  severe: {
    title: (who: string) => `% of ${who} severely absent`,
    question: (who: string) => `What share of ${who} miss half or more of their school sessions?`,
    numerator: () => 'enrolments missing 50% or more of sessions',
    denominator: (who: string) => `${who} (enrolments)`,
    sentence: (who: string) => `{value} of ${who} were severely absent (missing half or more of their sessions)`,
  },
} as const
type AbsenceKind = keyof typeof ABSENCE_MEASURES
/** The extract's measure for each kind it has (DfE's table has overall and unauthorised absence only). */
const EXTRACT_MEASURE = {
  overall: 'sess_overall_percent',
  persistent: 'enrolments_pa_10_exact_percent',
  severe: 'enrolments_pa_50_exact_percent',
} as const satisfies Partial<Record<AbsenceKind, string>>
/** The school year from which the extract's overall absence follows DfE's own table, which ends in 2022/23. */
const EXTRACT_AFTER_TABLE = 2023

/**
 * Where each kind's figures come from: overall absence from DfE's own table (the autumn and spring
 * terms, to 2022/23, with England and the regions) and then the extract; unauthorised absence from
 * DfE's table alone; persistent and severe absence from the extract alone (it has no "All SEN").
 */
function absenceSources(kind: AbsenceKind, group: AbsenceGroup, phase: AbsencePhase) {
  const fromTable: Segment[] =
    kind === 'overall' || kind === 'unauthorised'
      ? [{ kind: 'published', value: preparedAbsence(kind === 'overall' ? 'Overall' : 'Unauthorised', PREPARED_GROUP[group]) }]
      : []
  const extract = kind === 'unauthorised' || group === 'All SEN' ? undefined : EXTRACT_MEASURE[kind]
  const fromExtract: Segment[] = extract
    ? [{ kind: 'published', value: absence(extract, group as SenGroup, phase, kind === 'overall' ? EXTRACT_AFTER_TABLE : 0) }]
    : []
  const segments = [...fromTable, ...fromExtract]
  const caveats = [
    ...(fromTable.length > 0 ? [PREPARED_ABSENCE_SOURCE] : []),
    ...(group === 'All SEN' ? ['DfE adds up the sessions of pupils with an EHC plan or statement and of pupils on SEN support.'] : []),
    ...(kind === 'unauthorised'
      ? ["Unauthorised absence: sessions missed without the school's permission, such as holidays the school did not agree to."]
      : []),
    ...(fromTable.length > 0 && fromExtract.length > 0 ? [ABSENCE_EXTRACT_LATER, ABSENCE_SOURCES_DIFFER] : []),
    ...(fromTable.length === 0 ? [DERIVED_ABSENCE] : []),
  ]
  const breaks = [
    NO_ABSENCE_2019_20,
    ...(fromTable.length > 0 && fromExtract.length > 0 ? [ABSENCE_WHOLE_YEAR_FROM_2023] : []),
    ...(fromExtract.length > 0 ? [ABSENCE_PART_YEAR_2024_25] : []),
  ]
  return { segments, caveats, breaks }
}

function absenceMetric<K extends AbsenceKind, G extends AbsenceGroup, P extends SchoolPhase | undefined = undefined>(
  kind: K,
  group: G,
  phase?: P,
): MetricDefinition<`${K}_absence_${AbsenceGroupId<G>}${PhaseSuffix<P>}`> {
  const m = ABSENCE_MEASURES[kind]
  const at = phase ? SCHOOL_PHASES[phase] : undefined
  const who = at ? `${ABSENCE_GROUPS[group].who} in ${at.where}` : ABSENCE_GROUPS[group].who
  const { segments, caveats, breaks } = absenceSources(kind, group, at?.absence ?? 'Total')
  return {
    id: `${kind}_absence_${ABSENCE_GROUPS[group].id}${phase ? `_${phase}` : ''}` as `${K}_absence_${AbsenceGroupId<G>}${PhaseSuffix<P>}`,
    title: m.title(who),
    question: m.question(who),
    theme: 'exclusions',
    unit: 'percent',
    direction: 'lower_is_better',
    ageBand: 'school age',
    numeratorLabel: m.numerator(who),
    denominatorLabel: m.denominator(who),
    segments,
    caveats,
    breaks,
    flaggedPeriods: COVID_FLAGGED_YEAR,
    decimals: 1,
    sentence: m.sentence(who),
  }
}

const PHASES = {
  all: { lait: 'Tot', pupils: 'Total_ Pup_FixedEx', where: 'state-funded schools' },
  primary: { lait: 'Pri', pupils: 'Pri_ Pup_FixedEx', where: 'state-funded primary schools' },
  secondary: { lait: 'Sec', pupils: 'Sec_ Pup_FixedEx', where: 'state-funded secondary schools' },
  special: { lait: 'Spec', pupils: 'Spec_ Pup_FixedEx', where: 'special schools' },
} as const
type Phase = keyof typeof PHASES
const ALL_PUPILS_CAVEATS = [
  'All pupils, whatever their SEN status, over the whole academic year: these rates are not comparable with the termly rates by SEN status above.',
  `From ${LAIT_PERCENTAGES}`,
]
const YEARLY_COVID = {
  from: '202122',
  note: 'Schools were closed to most pupils for parts of 2019/20 and 2020/21 (COVID-19), which lowered suspensions and exclusions.',
}

const ALL_PUPIL_IDS = { suspension: 'suspension_rate', perm: 'perm_exclusion_rate', one_plus: 'one_plus_suspension_pct' } as const
type AllPupilKind = keyof typeof ALL_PUPIL_IDS

function allPupilExclusion<K extends AllPupilKind, P extends Phase>(
  kind: K,
  phase: P,
): MetricDefinition<`${(typeof ALL_PUPIL_IDS)[K]}_all_pupils_${P}`> {
  const { lait, pupils, where } = PHASES[phase]
  const spec = {
    suspension: {
      measure: `${lait}FixedEx`,
      unit: 'per_100_pupils' as const,
      title: `Suspensions per 100 pupils in ${where}`,
      q: `How many suspensions were there in a year for every 100 pupils in ${where}?`,
      num: 'suspensions',
      sentence: `there were {number} suspensions for every 100 pupils in ${where} in the year`,
    },
    perm: {
      measure: `${lait}PermEx`,
      unit: 'per_100_pupils' as const,
      title: `Permanent exclusions per 100 pupils in ${where}`,
      q: `How many pupils in ${where} were permanently excluded in a year, for every 100?`,
      num: 'permanent exclusions',
      sentence: `there were {number} permanent exclusions for every 100 pupils in ${where} in the year`,
    },
    one_plus: {
      measure: pupils,
      unit: 'percent' as const,
      title: `% of pupils in ${where} suspended at least once`,
      q: `What share of pupils in ${where} were suspended at least once in a year?`,
      num: 'pupils with one or more suspensions',
      sentence: `{value} of pupils in ${where} were suspended at least once in the year`,
    },
  }[kind]
  return {
    id: `${ALL_PUPIL_IDS[kind]}_all_pupils_${phase}` as `${(typeof ALL_PUPIL_IDS)[K]}_all_pupils_${P}`,
    title: spec.title,
    question: spec.q,
    theme: 'exclusions',
    unit: spec.unit,
    direction: 'lower_is_better',
    ageBand: 'school age',
    numeratorLabel: spec.num,
    denominatorLabel: `pupils in ${where}`,
    segments: [{ kind: 'published', value: laitMeasure(spec.measure) }],
    caveats: ALL_PUPILS_CAVEATS,
    breaks: [YEARLY_COVID],
    decimals: kind === 'perm' ? 2 : 1,
    sentence: spec.sentence,
  }
}

const CARE_GROUPS = {
  cin: { who: 'children in need', counted: 'children in need of school age, matched to their school records' },
  cla: {
    who: 'children looked after',
    counted: 'children looked after continuously for at least 12 months, matched to their school records',
  },
} as const

/** The share of children in need, or looked after, suspended or permanently excluded in a school year (LAIT). */
function careExclusion<const Id extends string>(
  id: Id,
  measure: string,
  group: keyof typeof CARE_GROUPS,
  kind: 'suspended' | 'perm',
): MetricDefinition<Id> {
  const { who, counted } = CARE_GROUPS[group]
  const what = kind === 'suspended' ? 'suspended at least once' : 'permanently excluded'
  return {
    id,
    title: `% of ${who} ${what}`,
    question: `What share of ${who} were ${what} in a school year?`,
    theme: 'exclusions',
    unit: 'percent',
    direction: 'lower_is_better',
    ageBand: 'school age',
    numeratorLabel: `${who} ${kind === 'suspended' ? 'with at least one suspension' : 'with a permanent exclusion'}`,
    denominatorLabel: counted,
    segments: [{ kind: 'published', value: laitMeasure(measure) }],
    caveats: [
      `All ${who}, whatever their SEN status: DfE publishes these figures for the whole group only. The year is the school year of the ${kind === 'suspended' ? 'suspensions' : 'exclusions'}.`,
      'DfE counts these children from their school records, not as it counts all pupils, so the figures are not directly comparable with the rates for all pupils.',
      `From ${LAIT_PERCENTAGES}`,
    ],
    breaks: [YEARLY_COVID],
    decimals: kind === 'perm' ? 2 : 1,
    sentence: `{value} of ${who} were ${what} in the school year`,
  }
}

export const EXCLUSIONS_METRICS = [
  ...GROUPS.flatMap((g) => (['suspension', 'one_plus', 'perm'] as const).map((k) => exclusionMetric(k, g))),
  defineMetric({
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
    flaggedPeriods: COVID_FLAGGED_TERMS,
    decimals: 1,
    sentence: 'pupils with an EHC plan are suspended {number} times as often as pupils with no identified SEN',
  }),
  ...GROUPS.map((g) => absenceMetric('persistent', g)),
  // Absence by SEN status beyond persistent absence, and all-pupil exclusions by phase (LAIT).
  ...GROUPS.flatMap((g) => [absenceMetric('overall', g), absenceMetric('severe', g)]),
  ...(['all', 'primary', 'secondary', 'special'] as const).flatMap((p) => [
    allPupilExclusion('suspension', p),
    allPupilExclusion('perm', p),
  ]),
  allPupilExclusion('one_plus', 'all'),
  allPupilExclusion('one_plus', 'special'),
  // DfE's own absence of all pupils with SEN, and unauthorised absence, from its Inclusion Dashboard's table.
  absenceMetric('overall', 'All SEN'),
  ...([...GROUPS, 'All SEN'] as const).map((g) => absenceMetric('unauthorised', g)),
  // Suspensions and persistent absence by type of school. In special schools only pupils with an
  // EHC plan are many enough for a figure in most areas.
  ...(['primary', 'secondary'] as const).flatMap((p) => GROUPS.map((g) => exclusionMetric('suspension', g, p))),
  exclusionMetric('suspension', 'EHC plan', 'special'),
  ...(['primary', 'secondary'] as const).flatMap((p) => GROUPS.map((g) => absenceMetric('persistent', g, p))),
  absenceMetric('persistent', 'EHC plan', 'special'),
  // Children in need and children looked after (LAIT: not by SEN status).
  careExclusion('cin_suspended_pct', 'CINFixedExclusion', 'cin', 'suspended'),
  careExclusion('cin_perm_excluded_pct', 'CINPermExclusion', 'cin', 'perm'),
  careExclusion('looked_after_suspended_pct', 'LAC_Fixed_ Ex', 'cla', 'suspended'),
]
