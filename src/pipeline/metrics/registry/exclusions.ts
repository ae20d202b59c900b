// The registry's "Suspensions, exclusions and absence" theme, by SEN status.
import { defineMetric, type MetricDefinition } from '../definition.ts'
import { laitMeasure } from './outcome-series.ts'
import { LAIT_PERCENTAGES, NO_ABSENCE_2019_20 } from './outcome-wording.ts'
import { absence, extractRate, official, type SenGroup } from './series.ts'
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

function exclusionMetric<K extends ExclusionKind, G extends SenGroup>(
  kind: K,
  group: G,
): MetricDefinition<`${(typeof EXCLUSION_IDS)[K]}_${GroupId<G>}`> {
  const g = GROUP_WORDS[group]
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
    id: `${EXCLUSION_IDS[kind]}_${g.id}` as `${(typeof EXCLUSION_IDS)[K]}_${GroupId<G>}`,
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
    flaggedPeriods: COVID_FLAGGED_TERMS,
    decimals: kind === 'perm' ? 2 : 1,
    sentence: spec.sentence,
  }
}

const ABSENCE_MEASURES = {
  overall: {
    measure: 'sess_overall_percent',
    title: (who: string) => `% of sessions missed by ${who}`,
    question: (who: string) => `What share of their school sessions (half-days) do ${who} miss, for any reason?`,
    numerator: 'sessions missed (authorised and unauthorised)',
    denominator: (who: string) => `possible sessions of ${who}`,
    sentence: (who: string) => `${who} missed {value} of their sessions`,
  },
  severe: {
    measure: 'enrolments_pa_50_exact_percent',
    title: (who: string) => `% of ${who} severely absent`,
    question: (who: string) => `What share of ${who} miss half or more of their school sessions?`,
    numerator: 'enrolments missing 50% or more of sessions',
    denominator: (who: string) => `${who} (enrolments)`,
    sentence: (who: string) => `{value} of ${who} were severely absent (missing half or more of their sessions)`,
  },
} as const

function absenceMetric<K extends keyof typeof ABSENCE_MEASURES, G extends SenGroup>(
  kind: K,
  group: G,
): MetricDefinition<`${K}_absence_${GroupId<G>}`> {
  const m = ABSENCE_MEASURES[kind]
  const who = GROUP_WORDS[group].who
  return {
    id: `${kind}_absence_${GROUP_WORDS[group].id}` as `${K}_absence_${GroupId<G>}`,
    title: m.title(who),
    question: m.question(who),
    theme: 'exclusions',
    unit: 'percent',
    direction: 'lower_is_better',
    ageBand: 'school age',
    numeratorLabel: m.numerator,
    denominatorLabel: m.denominator(who),
    segments: [{ kind: 'published', value: absence(m.measure, group) }],
    caveats: [DERIVED_ABSENCE],
    breaks: [NO_ABSENCE_2019_20],
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
  ...GROUPS.map((g) =>
    defineMetric({
      id: `persistent_absence_${GROUP_WORDS[g].id}` as `persistent_absence_${GroupId<typeof g>}`,
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
      flaggedPeriods: COVID_FLAGGED_YEAR,
      decimals: 1,
      sentence: `{value} of ${GROUP_WORDS[g].who} are persistently absent`,
    }),
  ),
  // Absence by SEN status beyond persistent absence, and all-pupil exclusions by phase (LAIT).
  ...GROUPS.flatMap((g) => [absenceMetric('overall', g), absenceMetric('severe', g)]),
  ...(['all', 'primary', 'secondary', 'special'] as const).flatMap((p) => [
    allPupilExclusion('suspension', p),
    allPupilExclusion('perm', p),
  ]),
  allPupilExclusion('one_plus', 'all'),
  allPupilExclusion('one_plus', 'special'),
]
