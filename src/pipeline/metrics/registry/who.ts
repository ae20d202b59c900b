// The registry's "Who has an EHC plan" theme: how many children and young people have a plan or
// SEN support, and their ages.
import { defineMetric, type MetricDefinition, type Series } from '../definition.ts'
import { januaryOfCalendarYear } from '../period-maps.ts'
import {
  caseload,
  caseloadAgeBand,
  caseloadSex,
  lait,
  oldCaseloadAged,
  plansInBreakdown,
  population0to25,
  preparedAgeBand,
  preparedAllAges,
} from './series.ts'
import { BREAKDOWN_WITHHELD, SEN2_BREAK, STATEMENTS_TO_PLANS } from './wording.ts'
import { AGES_AT_START, ETHNICITIES, plansIn } from './sen2-series.ts'

const OLD_AGE_BANDS: Readonly<Record<string, 'Under 5' | 'Age 5 to 10' | 'Age 11 to 15' | 'Age 16 to 19' | 'Age 20 to 25'>> = {
  '0-4': 'Under 5',
  '5-10': 'Age 5 to 10',
  '11-15': 'Age 11 to 15',
  '16-19': 'Age 16 to 19',
  '20-25': 'Age 20 to 25',
}
// Statements and plans together: from January 2019 there were no statements left, so the 2022
// release's totals then equal its EHC plan counts.
const oldCaseload = (band: string): Series => oldCaseloadAged('Total_all', band, januaryOfCalendarYear)

function ageMix<const Id extends string>(id: Id, from: number, to: number, label: string): MetricDefinition<Id> {
  const band = OLD_AGE_BANDS[`${from}-${to}`]!
  return {
    id,
    // To January 2018 the old SEN2 return counts statements of SEN and EHC plans together.
    title: `% of EHC plans (and, to January 2018, statements) held by ${label}`,
    question: `What share of children and young people with an EHC plan (or, to January 2018, a statement) are ${label}?`,
    theme: 'who',
    unit: 'percent',
    direction: 'neutral',
    ageBand: `${from}-${to}`,
    numeratorLabel: `EHC plans (and, to January 2018, statements of SEN) held by ${label}`,
    denominatorLabel: 'all EHC plans (and, to January 2018, statements of SEN), ages 0-25',
    segments: [
      { kind: 'proportion', numerator: oldCaseload(band), denominator: oldCaseload('Total') },
      // January 2023: the Inclusion Dashboard's table, the only file here with ages that month.
      { kind: 'proportion', numerator: preparedAgeBand(band), denominator: preparedAllAges },
      { kind: 'proportion', numerator: caseloadAgeBand('ehcplans', from, to), denominator: plansInBreakdown },
    ],
    caveats: [
      'Age is the age at 31 August before the January census.',
      "January 2010 to January 2022 come from the 2022 release (old SEN2 collection: statements of SEN and EHC plans together until January 2018); January 2023 from the table of ages DfE's SEND and AP Inclusion Dashboard prepared from its releases (a derived source, whose totals equal the 2025 release's for every area except Bradford, one plan more); January 2024 and 2025 from the 2025 release, which gives ages by local authority only from January 2024.",
      ...(from >= 20 ? ['Statements of SEN did not extend past age 19, so this share starts in January 2015.'] : []),
      BREAKDOWN_WITHHELD,
    ],
    breaks: [
      STATEMENTS_TO_PLANS,
      {
        from: '202324',
        note: 'January 2024 onwards come from the person-level SEN2 collection; earlier years from local authority totals.',
      },
    ],
    decimals: 1,
    sentence: `{value} of EHC plans are held by ${label}`,
  }
}

function sexShare<const Id extends string>(id: Id, sex: 'Male' | 'Female', who: string): MetricDefinition<Id> {
  return {
    id,
    title: `% of EHC plans held by ${who}`,
    question: `What share of children and young people with an EHC plan are ${who}?`,
    theme: 'who',
    unit: 'percent',
    direction: 'neutral',
    ageBand: '0-25',
    numeratorLabel: `EHC plans held by ${who}`,
    denominatorLabel: 'EHC plans with a record of sex (female, male or unknown)',
    segments: [{ kind: 'proportion', numerator: caseloadSex(sex), denominator: caseloadSex('Female', 'Male', 'Unknown') }],
    caveats: [
      'DfE publishes plans by sex from the person-level collection, from January 2024.',
      'Hackney and Peterborough gave only their total number of plans in January 2024, so they have no figure for that year and are not in the England total.',
    ],
    breaks: [],
    decimals: 1,
    sentence: `{value} of EHC plans are held by ${who}`,
  }
}

const HACKNEY_PETERBOROUGH_2024 =
  'Hackney and Peterborough returned only their total number of plans in January 2024, so they have no figure for that year and are not in the England total.'

/** The share of plans held by children and young people of one of the five main ethnic groups. */
function ethnicGroup<const Id extends string>(
  id: Id,
  group: Exclude<keyof typeof ETHNICITIES, 'Unclassified'>,
  words: string,
): MetricDefinition<Id> {
  return {
    id,
    title: `% of EHC plans held by children and young people from ${words}`,
    question: `What share of children and young people with an EHC plan are from ${words}?`,
    theme: 'who',
    unit: 'percent',
    direction: 'neutral',
    ageBand: '0-25',
    numeratorLabel: `EHC plans held by children and young people from ${words} (${ETHNICITIES[group].join('; ')})`,
    denominatorLabel: "EHC plans in January, in DfE's breakdown by ethnicity (including those with no ethnicity recorded)",
    segments: [
      {
        kind: 'proportion',
        numerator: plansIn('Ethnicity', ETHNICITIES[group]),
        denominator: plansIn('Ethnicity', Object.values(ETHNICITIES).flat()),
      },
    ],
    caveats: [
      'Ethnicity as the local authority records it, in the 18 groups DfE publishes, gathered here into five. Plans with no ethnicity recorded ("unclassified") are counted below the line, so the five shares add up to less than 100%; the rest are unclassified.',
      'Areas differ in the ethnic make-up of their children and young people; this site has no population by ethnicity to set these shares against, so a higher or lower share is not by itself a sign that plans are more or less often given to one group.',
      'DfE publishes plans by ethnicity from the person-level collection, from January 2024.',
      HACKNEY_PETERBOROUGH_2024,
    ],
    breaks: [],
    decimals: 1,
    sentence: `{value} of EHC plans are held by children and young people from ${words}`,
  }
}

/** The share of plans in January that started when the child or young person was of some ages. */
function ageAtStart<const Id extends string>(id: Id, label: string, ages: readonly string[]): MetricDefinition<Id> {
  return {
    id,
    title: `% of EHC plans that started ${label}`,
    question: `Of the EHC plans in place, what share started ${label}?`,
    theme: 'who',
    unit: 'percent',
    direction: 'neutral',
    ageBand: '0-25',
    numeratorLabel: `EHC plans in January that started ${label}`,
    denominatorLabel: "EHC plans in January, in DfE's breakdown by age when the plan started (including age unknown)",
    segments: [
      {
        kind: 'proportion',
        numerator: plansIn('Age when plan started', ages),
        denominator: plansIn('Age when plan started', AGES_AT_START),
      },
    ],
    caveats: [
      'Age when the plan started, worked out by DfE from the start date the local authority recorded for the plan. Plans held now, not new plans: a plan that started at 4 and is still in place at 12 counts here as starting before 5.',
      'DfE publishes plans by age when the plan started from the person-level collection, from January 2024.',
      "Hackney and Peterborough returned only their total number of plans in January 2024 (3,525 and 2,625), but DfE's rows by age when the plan started hold 339 and 2,166 of them, so they are not used: those two have no figure for that year. DfE's England and regional figures for January 2024 include those rows.",
    ],
    breaks: [],
    decimals: 1,
    sentence: `{value} of EHC plans started ${label}`,
  }
}

const agesFrom = (from: number, to: number) =>
  AGES_AT_START.filter((a) => {
    const n = Number(a.replace(/\D+/g, ''))
    return a !== 'unknown' && n >= from && n <= to
  })

export const WHO_METRICS = [
  defineMetric({
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
      "ONS's mid-2022 estimates are on the April 2023 geography, so Cumbria's population for January 2023 is the sum of Cumberland's and Westmorland and Furness's, which cover exactly the same area.",
    ],
    breaks: [SEN2_BREAK],
    decimals: 1,
    sentence: 'there are {number} EHC plans for every 1,000 children and young people aged 0-25',
  }),
  ageMix('ehcp_age_under_5_pct', 0, 4, 'children under 5'),
  ageMix('ehcp_age_5_10_pct', 5, 10, 'children aged 5-10'),
  ageMix('ehcp_age_11_15_pct', 11, 15, 'young people aged 11-15'),
  ageMix('ehcp_age_16_19_pct', 16, 19, 'young people aged 16-19'),
  ageMix('ehcp_age_20_25_pct', 20, 25, 'young people aged 20-25'),
  sexShare('ehcp_male_pct', 'Male', 'boys and young men'),
  sexShare('ehcp_female_pct', 'Female', 'girls and young women'),
  defineMetric({
    id: 'pupils_ehcp_pct',
    title: '% of pupils with an EHC plan (or, to 2017/18, a statement)',
    question: 'What share of pupils in schools have an EHC plan (or, to 2017/18, a statement of SEN)?',
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
  }),
  defineMetric({
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
  }),
  ethnicGroup('ehcp_ethnicity_white_pct', 'White', 'White ethnic groups'),
  ethnicGroup('ehcp_ethnicity_mixed_pct', 'Mixed', 'mixed or multiple ethnic groups'),
  ethnicGroup('ehcp_ethnicity_asian_pct', 'Asian', 'Asian ethnic groups'),
  ethnicGroup('ehcp_ethnicity_black_pct', 'Black', 'Black ethnic groups'),
  ethnicGroup('ehcp_ethnicity_other_pct', 'Other', 'any other ethnic group'),
  ageAtStart('ehcp_started_under_5_pct', 'before age 5', agesFrom(0, 4)),
  ageAtStart('ehcp_started_5_10_pct', 'at ages 5 to 10', agesFrom(5, 10)),
  ageAtStart('ehcp_started_11_15_pct', 'at ages 11 to 15', agesFrom(11, 15)),
  ageAtStart('ehcp_started_16_plus_pct', 'at age 16 or older', agesFrom(16, 99)),
]
