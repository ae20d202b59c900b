// Health: figures the NHS publishes for its own areas (sub-ICB locations and integrated care
// boards), not for councils. Each is a measure of NHS areas with their NHS regions and England, over
// every month or year the tables hold; an LA's page shows the figure of the NHS area the LA is
// placed in, named as that area's (src/pipeline/health/). Titles are short: a parent reads them as
// headings on a phone; the question says it in full.
import { defineNhsMeasure } from '../definition.ts'

const PREPARED = "Figures as DfE's SEND and AP Inclusion Dashboard prepared them (a derived source)."

const AUTISM_AGES = [
  ['under_10', 'under 10', 'children under 10', 'under 10s'],
  ['10_to_17', '10 to 17', 'children aged 10 to 17', 'ages 10 to 17'],
  ['18_to_24', '18 to 24', 'young people aged 18 to 24', 'ages 18 to 24'],
] as const

const autism = AUTISM_AGES.map(([id, breakdown, words, short]) =>
  defineNhsMeasure({
    id: `autism_referral_wait_over_13_weeks_${id}`,
    title: `Suspected autism, ${short}: % waiting over 13 weeks`,
    question: `Of ${words} whose suspected autism referral had been open for 13 weeks or more, what share had waited more than 13 weeks for a first appointment?`,
    sentence: `{value} of ${words} with a suspected autism referral open for 13 weeks or more had waited more than 13 weeks for a first appointment`,
    theme: 'health',
    unit: 'percent',
    direction: 'neutral',
    ageBand: breakdown,
    numeratorLabel: `${words} waiting more than 13 weeks for a first appointment`,
    denominatorLabel: `${words} with a suspected autism referral open for 13 weeks or more`,
    decimals: 0,
    caveats: [
      'NHS England Autism Statistics, by the sub-ICB location of the GP practice or residence, each month. The NICE guideline is a first appointment within 13 weeks of referral.',
      `${PREPARED} Rounded by NHS England, without counts.`,
    ],
    breaks: [],
    areaLevel: 'nhs_sub_icb',
    nhs: { table: 'nhs-autism-waits', breakdown, figure: 'published_percent' },
    sources: ['nhs-autism-waits', 'nhs-la-lookup'],
  }),
)

const mentalHealth = defineNhsMeasure({
  id: 'cyp_mental_health_supported_per_1000',
  title: 'Under-18s supported by NHS mental health services, per 1,000',
  question:
    'How many children and young people under 18 had at least one contact with NHS-funded mental health services in the last 12 months, for every 1,000 under-18s?',
  sentence: '{value} children and young people under 18 were supported by NHS-funded mental health services',
  theme: 'health',
  unit: 'per_1000',
  direction: 'neutral',
  ageBand: 'under 18',
  numeratorLabel: 'children and young people supported',
  denominatorLabel: 'children and young people under 18 (mid-2022)',
  decimals: 1,
  caveats: [
    'NHS Mental Health Services Data Set (measure MHS95): children and young people with at least one contact in the 12 months to each month, by the sub-ICB location where the child lives; counts rounded by NHS England.',
    'Per 1,000 of the ONS mid-2022 population aged 0 to 17, for every period, and only for areas whose boundaries follow local authority boundaries.',
    PREPARED,
  ],
  breaks: [],
  areaLevel: 'nhs_sub_icb',
  nhs: { table: 'nhs-cyp-mental-health', breakdown: 'under 18', figure: 'per_1000_under_18' },
  sources: ['nhs-cyp-mental-health', 'nhs-la-lookup', 'ons-mye-2022'],
})

const SERVICES = [
  ['speech_language', 'Speech And Language', 'speech and language therapy', 'Speech and language therapy'],
  ['community_paediatrics', 'Community Paediatric Service', 'community paediatrics', 'Community paediatrics'],
  ['occupational_therapy', 'Occupational Therapy', 'occupational therapy', 'Occupational therapy'],
  ['audiology', 'Audiology', 'audiology', 'Audiology'],
] as const

const communityWaits = SERVICES.flatMap(([id, breakdown, words, heading]) =>
  ([18, 52] as const).map((weeks) =>
    defineNhsMeasure({
      id: `community_wait_${id}_over_${weeks}_weeks_pct`,
      title: `${heading}: % waiting over ${weeks} weeks`,
      question: `Of the children and young people on the waiting list for ${words}, what share had been waiting more than ${weeks} weeks?`,
      sentence: `{value} of children and young people on the waiting list for ${words} had waited more than ${weeks} weeks`,
      theme: 'health',
      unit: 'percent',
      direction: 'neutral',
      ageBand: '0-17',
      numeratorLabel: `children and young people waiting more than ${weeks} weeks`,
      denominatorLabel: 'children and young people on the waiting list',
      decimals: 1,
      caveats: [
        'NHS England Community Health Services waiting lists for children and young people, by integrated care board (ICB): everyone waiting at the end of each month.',
        PREPARED,
      ],
      breaks: [],
      areaLevel: 'nhs_icb',
      nhs: { table: 'nhs-community-waits', breakdown, figure: weeks === 18 ? 'waiting_over_18_weeks' : 'waiting_over_52_weeks' },
      sources: ['nhs-community-waits', 'nhs-community-waits-england', 'nhs-la-lookup'],
    }),
  ),
)

export const HEALTH_MEASURES = [...communityWaits, ...autism, mentalHealth] as const
