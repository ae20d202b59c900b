// The "Growing up" theme's destinations by SEN status: where pupils go after key stage 4 and after
// 16-18 study, and the participation of 16 and 17 year olds with SEN in education or training.
import type { MetricDefinition } from '../definition.ts'
import { laitByCalendarYear, laitMeasure, prepared } from './outcome-series.ts'
import { DERIVED_PREPARED, LAIT_PERCENTAGES } from './outcome-wording.ts'

const KS4_LAIT = {
  ehcp: { measure: 'SusEdOverall_SEN_Stat_incSpec', who: 'pupils with an EHC plan' },
  sen_support: { measure: 'SusEdOverall_SEN_NoStat_incSpec', who: 'pupils on SEN support' },
  no_sen: { measure: 'SusEdOverall_NoSEN_incSpec', who: 'pupils with no identified SEN' },
} as const

const SUSTAINED =
  'A sustained destination is education, an apprenticeship or employment for at least the first two terms (October to March) of the year after the stage ended.'

function ks4Destination<G extends keyof typeof KS4_LAIT>(g: G): MetricDefinition<`ks4_sustained_destination_${G}`> {
  const { measure, who } = KS4_LAIT[g]
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
    segments: [{ kind: 'published', value: laitMeasure(measure) }],
    caveats: [
      SUSTAINED,
      'The year shown is the destination year: the year after the pupils finished key stage 4 (year 11), in state-funded mainstream and special schools.',
      `From ${LAIT_PERCENTAGES} These LAIT figures differ from those of DfE's Inclusion Dashboard table for most local authorities, so the two are not combined.`,
    ],
    breaks: [],
    decimals: 1,
    sentence: `{value} of ${who} were in a sustained destination in the year after key stage 4`,
  }
}

const POST_16_18 = {
  sen: { characteristic: 'Identified SEN (mainstream)', who: 'students with identified SEN' },
  no_sen: { characteristic: 'No identified SEN', who: 'students with no identified SEN' },
} as const

function destination1618<G extends keyof typeof POST_16_18>(g: G): MetricDefinition<`destination_16_18_sustained_${G}`> {
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
    caveats: [
      SUSTAINED,
      'Students in state-funded mainstream schools and colleges; the year shown is the destination year.',
      `From ${DERIVED_PREPARED}: percentages for local authorities and regions only, so no England figure and no interval.`,
    ],
    breaks: [],
    decimals: 1,
    sentence: `{value} of ${who} were in a sustained destination after 16-18 study`,
  }
}

export const DESTINATIONS_METRICS = [
  ...(['ehcp', 'sen_support', 'no_sen'] as const).map(ks4Destination),
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
]
