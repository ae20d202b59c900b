// The registry's "Growing up" theme: supported internships, apprenticeships and young people not
// in education, employment or training.
import { defineMetric, type MetricDefinition } from '../definition.ts'
import { caseloadAgeBand, neet, PLANS_16_25_2022, WBP_2022, WBP_2025 } from './series.ts'

/** Young people with a plan in a kind of work-based placement: the old SEN2 series and the new one. */
function workBasedPlacement<const Id extends string>(
  id: Id,
  what: string,
  verb: string,
  [measure2022, measure2025]: [string, string],
  direction: MetricDefinition['direction'],
  question: string,
): MetricDefinition<Id> {
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

export const POST16_METRICS = [
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
  ).map(([measure, id, who]) =>
    defineMetric({
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
    }),
  ),
  defineMetric({
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
  }),
]
