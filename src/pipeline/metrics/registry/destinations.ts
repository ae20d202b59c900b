// The "Growing up" theme's destinations by SEN status: where pupils go after key stage 4 and after
// 16-18 study (by type, and whether they stayed there), the participation of 16 and 17 year olds
// with SEN in education or training, and care leavers not in education, employment or training.
import type { MetricDefinition } from '../definition.ts'
import { laitByCalendarYear, laitMeasure, prepared } from './outcome-series.ts'
import { DERIVED_PREPARED, LAIT_PERCENTAGES } from './outcome-wording.ts'

/** DfE's SEN groups after key stage 4; "all SEN" is its "identified SEN", the two groups with SEN together. */
const KS4 = {
  ehcp: { lait: 'SusEdOverall_SEN_Stat_incSpec', characteristic: 'EHC plan or Statement', who: 'pupils with an EHC plan' },
  sen_support: { lait: 'SusEdOverall_SEN_NoStat_incSpec', characteristic: 'SEN support', who: 'pupils on SEN support' },
  all_sen: { lait: 'KS4_SEN_Des_incSpec', characteristic: 'Identified SEN', who: 'pupils with SEN (an EHC plan or SEN support)' },
  no_sen: { lait: 'SusEdOverall_NoSEN_incSpec', characteristic: 'No identified SEN', who: 'pupils with no identified SEN' },
} as const
type Ks4Group = keyof typeof KS4

const SUSTAINED =
  'A sustained destination is education, an apprenticeship or employment for at least the first two terms (October to March) of the year after the stage ended.'
const KS4_YEAR =
  'The year shown is the destination year: the year after the pupils finished key stage 4 (year 11), in state-funded mainstream and special schools.'
const ALL_SEN = 'All SEN is DfE\'s "identified SEN": pupils with an EHC plan (or statement) and pupils on SEN support together.'
const KS4_PREPARED = `From ${DERIVED_PREPARED}, from DfE's key stage 4 destination measures: percentages for local authorities and regions only (DfE's England file was not available), so no England figure and no interval. The 2021/22 figures are DfE's provisional ones.`
const groupNote = (g: Ks4Group) =>
  g === 'all_sen'
    ? [ALL_SEN]
    : g === 'ehcp'
      ? ['DfE\'s group is "EHC plan or statement": by 2018/19 statements had been replaced by plans.']
      : []

function ks4Sustained<G extends Ks4Group>(g: G): MetricDefinition<`ks4_sustained_destination_${G}`> {
  const { lait, who } = KS4[g]
  return {
    id: `ks4_sustained_destination_${g}`,
    title: `% of ${who} in a sustained destination after key stage 4`,
    question: `What share of ${who} go on to sustained education, an apprenticeship or employment in the year after their GCSEs?`,
    theme: 'post16',
    unit: 'percent',
    direction: 'higher_is_better',
    ageBand: '16-17',
    numeratorLabel: `${who} in a sustained destination`,
    denominatorLabel: `${who} who finished key stage 4 the year before`,
    segments: [{ kind: 'published', value: laitMeasure(lait) }],
    caveats: [
      SUSTAINED,
      KS4_YEAR,
      ...(g === 'all_sen' ? [ALL_SEN] : []),
      `From ${LAIT_PERCENTAGES} These LAIT figures differ from those of DfE's Inclusion Dashboard table for most local authorities, so the two are not combined.`,
    ],
    breaks: [],
    decimals: 1,
    sentence: `{value} of ${who} were in a sustained destination in the year after key stage 4`,
  }
}

function ks4NotSustained<G extends Ks4Group>(g: G): MetricDefinition<`ks4_not_sustained_${G}`> {
  const { characteristic, who } = KS4[g]
  return {
    id: `ks4_not_sustained_${g}`,
    title: `% of ${who} whose destination after key stage 4 was not sustained`,
    question: `What share of ${who} started education, an apprenticeship or a job after their GCSEs but did not stay in it for two terms?`,
    theme: 'post16',
    unit: 'percent',
    direction: 'lower_is_better',
    ageBand: '16-17',
    numeratorLabel: `${who} whose destination was not sustained`,
    denominatorLabel: `${who} who finished key stage 4 the year before`,
    segments: [
      {
        kind: 'published',
        value: prepared('prepared-ks4-destinations', '% of pupils', { characteristic, destination_raw: 'all_notsust' }),
      },
    ],
    caveats: [
      `${SUSTAINED} Not sustained: the pupil took part in education, an apprenticeship or employment at some point in the year, but not for two terms.`,
      KS4_YEAR,
      ...groupNote(g),
      KS4_PREPARED,
    ],
    breaks: [],
    decimals: 1,
    sentence: `{value} of ${who} did not stay in their destination for two terms in the year after key stage 4`,
  }
}

/** Destinations after key stage 4 by type, as DfE names them in its files. */
const KS4_TYPES = {
  school_sixth_form: { raw: 'ssf', what: 'a school sixth form' },
  sixth_form_college: { raw: 'sfc', what: 'a sixth form college' },
  further_education: { raw: 'fe', what: 'a further education college or other FE provider' },
  apprenticeship: { raw: 'appren', what: 'an apprenticeship' },
  employment: { raw: 'all_work', what: 'employment' },
} as const
type Ks4Type = keyof typeof KS4_TYPES

function ks4Type<T extends Ks4Type, G extends Ks4Group>(type: T, g: G): MetricDefinition<`ks4_destination_${T}_${G}`> {
  const { raw, what } = KS4_TYPES[type]
  const { characteristic, who } = KS4[g]
  return {
    id: `ks4_destination_${type}_${g}`,
    title: `% of ${who} whose sustained destination after key stage 4 was ${what}`,
    question: `What share of ${who} went on to ${what}, and stayed for two terms, in the year after their GCSEs?`,
    theme: 'post16',
    unit: 'percent',
    direction: 'neutral',
    ageBand: '16-17',
    numeratorLabel: `${who} with a sustained destination in ${what}`,
    denominatorLabel: `${who} who finished key stage 4 the year before`,
    segments: [
      { kind: 'published', value: prepared('prepared-ks4-destinations', '% of pupils', { characteristic, destination_raw: raw }) },
    ],
    caveats: [
      SUSTAINED,
      'The sustained destinations by type (school sixth form, sixth form college, further education, other education, apprenticeship, employment) add up to the share in a sustained destination; with the shares not sustained and not known they make 100%.',
      KS4_YEAR,
      ...groupNote(g),
      KS4_PREPARED,
    ],
    breaks: [],
    decimals: 1,
    sentence: `{value} of ${who} stayed in ${what} for two terms in the year after key stage 4`,
  }
}

function ks4Unknown<G extends Ks4Group>(g: G): MetricDefinition<`ks4_destination_unknown_${G}`> {
  const { characteristic, who } = KS4[g]
  return {
    id: `ks4_destination_unknown_${g}`,
    title: `% of ${who} whose activity after key stage 4 is not known`,
    question: `For what share of ${who} do the records not show any education, apprenticeship or employment in the year after their GCSEs?`,
    theme: 'post16',
    unit: 'percent',
    direction: 'neutral',
    ageBand: '16-17',
    numeratorLabel: `${who} with no activity captured in the data`,
    denominatorLabel: `${who} who finished key stage 4 the year before`,
    segments: [
      {
        kind: 'published',
        value: prepared('prepared-ks4-destinations', '% of pupils', { characteristic, destination_raw: 'all_unknown' }),
      },
    ],
    caveats: [
      'Activity not captured: no education, apprenticeship, employment or benefit record was found for the pupil in the year. They may be abroad, in work the records miss, or not in education, employment or training.',
      KS4_YEAR,
      ...groupNote(g),
      KS4_PREPARED,
    ],
    breaks: [],
    decimals: 1,
    sentence: `no activity was captured for {value} of ${who} in the year after key stage 4`,
  }
}

/** DfE's groups after 16-18 study in mainstream schools and colleges. */
const POST_16_18 = {
  sen: { characteristic: 'Identified SEN (mainstream)', who: 'students with identified SEN' },
  no_sen: { characteristic: 'No identified SEN', who: 'students with no identified SEN' },
  lldd: { characteristic: 'Identified LLDD (mainstream)', who: 'students with a learning difficulty or disability' },
  no_lldd: { characteristic: 'No identified LLDD', who: 'students with no learning difficulty or disability' },
} as const
type Group1618 = keyof typeof POST_16_18

const YEAR_1618 = 'Students in state-funded mainstream schools and colleges; the year shown is the destination year.'
const LLDD =
  'A learning difficulty or disability (LLDD) is one the student reported themselves, or that their school or college recorded: a wider group than pupils with SEN at school.'
const PREPARED_1618 = `From ${DERIVED_PREPARED}: percentages for local authorities and regions only, so no England figure and no interval.`
const notes1618 = (g: Group1618) => (g === 'lldd' || g === 'no_lldd' ? [LLDD] : [])

function destination1618<G extends Group1618>(g: G): MetricDefinition<`destination_16_18_sustained_${G}`> {
  const { characteristic, who } = POST_16_18[g]
  return {
    id: `destination_16_18_sustained_${g}`,
    title: `% of ${who} in a sustained destination after 16-18 study`,
    question: `What share of ${who} go on to sustained education, an apprenticeship or employment after finishing 16-18 study?`,
    theme: 'post16',
    unit: 'percent',
    direction: 'higher_is_better',
    ageBand: '18-19',
    numeratorLabel: `${who} in a sustained destination`,
    denominatorLabel: `${who} who finished 16-18 study in mainstream schools and colleges`,
    segments: [
      {
        kind: 'published',
        value: prepared('prepared-destinations-16-18', '% of pupils', { characteristic, destination_raw: 'overall' }),
      },
    ],
    caveats: [SUSTAINED, YEAR_1618, ...notes1618(g), PREPARED_1618],
    breaks: [],
    decimals: 1,
    sentence: `{value} of ${who} were in a sustained destination after 16-18 study`,
  }
}

function notSustained1618<G extends Group1618>(g: G): MetricDefinition<`destination_16_18_not_sustained_${G}`> {
  const { characteristic, who } = POST_16_18[g]
  return {
    id: `destination_16_18_not_sustained_${g}`,
    title: `% of ${who} whose destination after 16-18 study was not sustained`,
    question: `What share of ${who} started education, an apprenticeship or a job after 16-18 study but did not stay in it for two terms?`,
    theme: 'post16',
    unit: 'percent',
    direction: 'lower_is_better',
    ageBand: '18-19',
    numeratorLabel: `${who} whose destination was not sustained`,
    denominatorLabel: `${who} who finished 16-18 study in mainstream schools and colleges`,
    segments: [
      {
        kind: 'published',
        value: prepared('prepared-destinations-16-18', '% of pupils', { characteristic, destination_raw: 'all_notsust' }),
      },
    ],
    caveats: [
      `${SUSTAINED} Not sustained: the student took part in education, an apprenticeship or employment at some point in the year, but not for two terms.`,
      YEAR_1618,
      ...notes1618(g),
      PREPARED_1618,
    ],
    breaks: [],
    decimals: 1,
    sentence: `{value} of ${who} did not stay in their destination for two terms after 16-18 study`,
  }
}

/** Sustained destinations after 16-18 study by type. */
const TYPES_1618 = {
  higher_education: { raw: 'he', what: 'higher education' },
  further_education: { raw: 'fe', what: 'further education' },
  apprenticeship: { raw: 'appren', what: 'an apprenticeship' },
  employment: { raw: 'all_work', what: 'employment' },
} as const
type Type1618 = keyof typeof TYPES_1618

function type1618<T extends Type1618>(type: T): MetricDefinition<`destination_16_18_${T}_lldd`> {
  const { raw, what } = TYPES_1618[type]
  const { characteristic, who } = POST_16_18.lldd
  return {
    id: `destination_16_18_${type}_lldd`,
    title: `% of ${who} whose sustained destination after 16-18 study was ${what}`,
    question: `What share of ${who} went on to ${what}, and stayed for two terms, after 16-18 study?`,
    theme: 'post16',
    unit: 'percent',
    direction: 'neutral',
    ageBand: '18-19',
    numeratorLabel: `${who} with a sustained destination in ${what}`,
    denominatorLabel: `${who} who finished 16-18 study in mainstream schools and colleges`,
    segments: [
      { kind: 'published', value: prepared('prepared-destinations-16-18', '% of pupils', { characteristic, destination_raw: raw }) },
    ],
    caveats: [
      SUSTAINED,
      'The sustained destinations by type (higher education, further education, other education, apprenticeship, employment) add up to the share in a sustained destination.',
      YEAR_1618,
      LLDD,
      PREPARED_1618,
    ],
    breaks: [],
    decimals: 1,
    sentence: `{value} of ${who} stayed in ${what} for two terms after 16-18 study`,
  }
}

export const DESTINATIONS_METRICS = [
  ...(['ehcp', 'sen_support', 'no_sen'] as const).map(ks4Sustained),
  ...(['sen', 'no_sen'] as const).map(destination1618),
  {
    id: 'sen_16_17_in_education_training',
    title: '% of 16 and 17 year olds with SEND in education or training',
    question: 'What share of 16 and 17 year olds with special educational needs or disabilities are in education or training?',
    theme: 'post16',
    unit: 'percent',
    direction: 'higher_is_better',
    ageBand: '16-17',
    numeratorLabel: 'young people with SEND in education or training',
    denominatorLabel: 'young people aged 16 and 17 with SEND known to the local authority',
    segments: [{ kind: 'published', value: laitByCalendarYear('16-17YroldSEN_ET') }],
    caveats: [
      'As recorded by the local authority at 31 March of the year. SEND here means a statement or EHC plan, SEN identified at school after 16, or a learning difficulty assessment.',
      'Young people whose activity the local authority does not know are not counted as participating.',
      `From ${LAIT_PERCENTAGES}`,
    ],
    breaks: [],
    decimals: 1,
    sentence: '{value} of 16 and 17 year olds with SEND were in education or training',
  } as const satisfies MetricDefinition<'sen_16_17_in_education_training'>,
  // DfE's Inclusion Dashboard's own measures: "all SEN" beside each group, destinations by type and
  // the share not sustained (its headline), after key stage 4 and after 16-18 study.
  ks4Sustained('all_sen'),
  ...(['ehcp', 'sen_support', 'all_sen', 'no_sen'] as const).map(ks4NotSustained),
  ...(['ehcp', 'all_sen'] as const).flatMap((g) => [...(Object.keys(KS4_TYPES) as Ks4Type[]).map((t) => ks4Type(t, g)), ks4Unknown(g)]),
  ...(['lldd', 'no_lldd'] as const).map(destination1618),
  ...(['lldd', 'no_lldd'] as const).map(notSustained1618),
  ...(Object.keys(TYPES_1618) as Type1618[]).map(type1618),
  {
    id: 'care_leavers_neet_pct',
    title: '% of care leavers aged 19 to 21 not in education, employment or training',
    question:
      'What share of young people aged 19 to 21 who were looked after by the council are not in education, employment or training (NEET)?',
    theme: 'post16',
    unit: 'percent',
    direction: 'lower_is_better',
    ageBand: '19-21',
    numeratorLabel: 'care leavers aged 19 to 21 not in education, employment or training',
    denominatorLabel: 'care leavers aged 19 to 21 (looked after for 13 weeks or more after their 14th birthday)',
    segments: [{ kind: 'published', value: laitMeasure('CareLeaversNEET') }],
    caveats: [
      "Activity around the young person's 19th, 20th or 21st birthday in the year to 31 March, as the council recorded it in its children looked after return. All care leavers, not by SEN status: no file here gives care leavers' activity by SEN.",
      `From ${LAIT_PERCENTAGES} LAIT gives whole percentages.`,
    ],
    breaks: [],
    areaNotes: [
      {
        areas: ['E10000009', 'E06000059'],
        periods: ['201920'],
        note: "For the year to 31 March 2020 LAIT gives Dorset's figure (41%) under the number of the county council that Dorset Council replaced in April 2019, and none under the new council's: it is shown as the county's.",
      },
    ],
    decimals: 0,
    sentence: '{value} of care leavers aged 19 to 21 were not in education, employment or training',
  } as const satisfies MetricDefinition<'care_leavers_neet_pct'>,
]
