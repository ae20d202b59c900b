// The registry's "Suspensions, exclusions and absence" theme, by SEN status.
import { defineMetric, type MetricDefinition } from '../definition.ts'
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
]
