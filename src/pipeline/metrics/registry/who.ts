// The registry's "Who has an EHC plan" theme: how many children and young people have a plan or
// SEN support, their ages, sex and ethnicity.
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
import { ETHNICITIES, plansIn } from './sen2-series.ts'

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
const ETHNICITY_CAVEATS = [
  'Ethnicity as the local authority records it. DfE publishes 18 ethnic groups; the site gives two shares, to keep the page short: the share from minority ethnic groups (every group other than White British, as DfE defines it) among the plans whose ethnicity is recorded, and the share with no ethnicity recorded ("unclassified").',
  'DfE publishes plans by ethnicity from the person-level collection, from January 2024.',
  HACKNEY_PETERBOROUGH_2024,
]
const EVERY_ETHNICITY = Object.values(ETHNICITIES).flat()
const RECORDED = EVERY_ETHNICITY.filter((e) => e !== 'Unclassified')

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
  defineMetric({
    id: 'ehcp_minority_ethnic_pct',
    title: '% of EHC plans held by children and young people from minority ethnic groups',
    question:
      'Of the children and young people with an EHC plan whose ethnicity is recorded, what share are from minority ethnic groups (any group other than White British)?',
    theme: 'who',
    unit: 'percent',
    direction: 'neutral',
    ageBand: '0-25',
    numeratorLabel: 'EHC plans held by children and young people from minority ethnic groups (every group other than White British)',
    denominatorLabel: 'EHC plans in January with an ethnicity recorded',
    segments: [
      {
        kind: 'proportion',
        numerator: plansIn(
          'Ethnicity',
          RECORDED.filter((e) => e !== 'White - White British'),
        ),
        denominator: plansIn('Ethnicity', RECORDED),
      },
    ],
    caveats: [
      ...ETHNICITY_CAVEATS,
      'Areas differ in the ethnic make-up of their children and young people; this site has no population by ethnicity to set this share against, so a higher or lower share is not by itself a sign that plans are more or less often given to one group.',
    ],
    breaks: [],
    decimals: 1,
    sentence: '{value} of EHC plans whose ethnicity is recorded are held by children and young people from minority ethnic groups',
  }),
  defineMetric({
    id: 'ehcp_ethnicity_not_recorded_pct',
    title: '% of EHC plans with no ethnicity recorded',
    question: 'For what share of children and young people with an EHC plan does the local authority record no ethnicity?',
    theme: 'who',
    unit: 'percent',
    direction: 'neutral',
    ageBand: '0-25',
    numeratorLabel: 'EHC plans with no ethnicity recorded ("unclassified")',
    denominatorLabel: "EHC plans in January, in DfE's breakdown by ethnicity",
    segments: [
      {
        kind: 'proportion',
        numerator: plansIn('Ethnicity', ETHNICITIES.Unclassified),
        denominator: plansIn('Ethnicity', EVERY_ETHNICITY),
      },
    ],
    caveats: ETHNICITY_CAVEATS,
    breaks: [],
    decimals: 1,
    sentence: 'no ethnicity is recorded for {value} of EHC plans',
  }),
]
