// The registry's "Money and inspection" theme: the high needs funding each council is allocated,
// what it spends on special school and AP places, and its dedicated schools grant deficit.
// (Inspection outcomes are facts, not ranked metrics: see src/pipeline/inspections/.)
import type { MetricDefinition, Series } from '../definition.ts'
import { financialYear, laitByFinancialYear, populationByFinancialYear, prepared } from './outcome-series.ts'
import { DERIVED_PREPARED, LAIT_PERCENTAGES } from './outcome-wording.ts'

const CITY_OF_LONDON = 'E09000001'
const ISLES_OF_SCILLY = 'E06000053'

type SpendCategory = 'Total' | 'State' | 'Independent or non-maintained'
const spend = (source: string, measure: string, category: SpendCategory) => prepared(source, measure, { category }, financialYear)
const SPEND_SOURCES = ['prepared-specialist-spend', 'prepared-specialist-spend-regions', 'prepared-specialist-spend-england'] as const
/** A measure of DfE's spending table, for LAs, regions and England alike. */
const allSpend = (measure: string, category: SpendCategory = 'Total'): Series => ({
  parts: SPEND_SOURCES.flatMap((source) => spend(source, measure, category).parts),
  periods: financialYear,
})

const SPEND_CAVEATS = {
  source: `From ${DERIVED_PREPARED}, from section 251 outturn returns and ONS population estimates.`,
  zeros: 'Where a council did not return a figure the table gives 0; such zeros are shown as not available.',
}

/** High needs allocations, in the files that give them (each holds its financial year). */
const highNeeds = (...years: readonly string[]): Series => ({
  parts: years.map((year) => ({ source: `dsg-allocations-${year}`, measure: 'high_needs_block', breakdown: '' })),
  periods: financialYear,
})

export const MONEY_METRICS = [
  {
    id: 'high_needs_block_per_head',
    title: 'High needs funding allocated per head of the population aged 2 to 18',
    question:
      'How much high needs funding (for children and young people with SEND and in AP) is the area allocated, per child aged 2 to 18?',
    theme: 'money',
    unit: 'gbp_per_head',
    direction: 'neutral',
    ageBand: '2-18',
    numeratorLabel: 'high needs block of the dedicated schools grant (£, before deductions for directly funded places)',
    denominatorLabel: 'population aged 2 to 18 (ONS mid-year estimate)',
    segments: [
      {
        kind: 'rate',
        numerator: highNeeds('2022-23', '2023-24'),
        denominator: populationByFinancialYear(2, 18),
        per: 1,
        amounts: true,
        // Not in the allocation files, so left out of England's and the regions' populations too.
        leftOut: { areas: [CITY_OF_LONDON, ISLES_OF_SCILLY] },
      },
      {
        kind: 'rate',
        numerator: highNeeds('2020-21', '2021-22'),
        denominator: allSpend('pop_est'),
        per: 1,
        amounts: true,
        leftOut: { areas: [CITY_OF_LONDON, ISLES_OF_SCILLY] },
      },
    ],
    caveats: [
      "The allocation as published by the Education and Skills Funding Agency after the year (the high needs block before deductions for places it funds directly). Councils' actual spending differs.",
      "From 2022-23 the population is the ONS mid-year estimate at the start of the financial year (mid-2022 for 2022-23). For 2020-21 and 2021-22, for which no ONS estimate by single year of age is available here, it is the population aged 2 to 18 that DfE's table of spending on special school and AP places per head uses for those years (a derived source; its figures are not whole numbers, so they are modelled, not ONS's published estimates).",
      "City of London and the Isles of Scilly are not in the allocation files, so England's, London's and the South West's figures are their other local authorities' allocations over those authorities' population (the published totals' population would count them).",
      "For 2020-21 and 2021-22 DfE's table gives no population for Dorset, so Dorset has no figure, and England's and the South West's cannot be totalled.",
    ],
    breaks: [
      {
        from: '202223',
        note: "From 2022-23 the population is ONS's mid-year estimate, based on the 2021 census; before, it is the modelled population in DfE's spending table, which for some councils differs by several per cent. No change is given across the two.",
      },
    ],
    decimals: 0,
    sentence: 'the area was allocated £{number} of high needs funding per child aged 2 to 18',
  } as const satisfies MetricDefinition<'high_needs_block_per_head'>,
  {
    id: 'specialist_place_spend_per_head',
    title: 'Spending on special school and AP places per head of the population aged 2 to 18',
    question:
      'How much does the council spend on places in special schools (state, independent and non-maintained) and alternative provision, per child aged 2 to 18?',
    theme: 'money',
    unit: 'gbp_per_head',
    direction: 'neutral',
    ageBand: '2-18',
    numeratorLabel: 'spending on state, independent and non-maintained special school and AP places (£, section 251 outturn)',
    denominatorLabel: 'population aged 2 to 18 (ONS mid-year estimate)',
    segments: [{ kind: 'rate', numerator: allSpend('total_spend'), denominator: allSpend('pop_est'), per: 1, amounts: true }],
    caveats: [
      SPEND_CAVEATS.source,
      SPEND_CAVEATS.zeros,
      "A council's total is not used, as an incomplete return, where one of its two parts (state special schools; independent or non-maintained special schools) is given as 0 or not at all, since every council places children in both, or where its spending per head is below a tenth of the median council's that year (Barking and Dagenham 2018-19: £3.82 per head, against £234 a year later). England's and the regions' figures are DfE's totals, which include such returns as made.",
    ],
    breaks: [],
    decimals: 0,
    sentence: 'the council spent £{number} per child aged 2 to 18 on special school and AP places',
  } as const satisfies MetricDefinition<'specialist_place_spend_per_head'>,
  {
    id: 'dsg_deficit_pct_of_income',
    title: 'Dedicated schools grant deficit (or surplus) as a % of income',
    question: "How large is the council's cumulative dedicated schools grant deficit, compared with its income from the grant?",
    theme: 'money',
    unit: 'percent',
    direction: 'neutral',
    ageBand: 'all ages',
    numeratorLabel: 'cumulative DSG deficit at the end of the year (a surplus is negative)',
    denominatorLabel: 'total DSG income in the year',
    segments: [{ kind: 'published', value: prepared('prepared-dsg-deficit', 'deficit', {}, financialYear) }],
    caveats: [
      'A positive figure is a deficit (spending above the grant, built up over the years), a negative one a surplus. Deficits mostly come from high needs spending.',
      `From ${DERIVED_PREPARED}, from councils' DSG outturn returns.`,
    ],
    breaks: [],
    decimals: 1,
    sentence: "the council's cumulative dedicated schools grant deficit was {value} of its income from the grant",
    negativeSentence: "the council's dedicated schools grant had a cumulative surplus of {value} of its income from the grant",
  } as const satisfies MetricDefinition<'dsg_deficit_pct_of_income'>,
  {
    id: 'sen_services_weekly_cost_per_plan',
    title: 'Spending on SEN services per child with an EHC plan, per week',
    question:
      'How much does the council spend on SEN services (support services, transport, assessment and administration) for each child with an EHC plan, per week?',
    theme: 'money',
    unit: 'gbp_per_plan_per_week',
    direction: 'neutral',
    ageBand: 'school age',
    numeratorLabel: 'spending on SEN services (section 251 outturn), per week',
    denominatorLabel: 'children with an EHC plan or statement at the January census',
    segments: [{ kind: 'published', value: laitByFinancialYear('SENFinance') }],
    caveats: [
      "LAIT's approximate weekly unit cost: yearly spending on SEN support services, direct payments, SEN transport and SEN administration, divided by the children with a plan, per day (÷ 365) times 7. Rounded by DfE to the nearest £5.",
      `From ${LAIT_PERCENTAGES.replace('percentages only', 'rounded figures only')}`,
    ],
    breaks: [],
    decimals: 0,
    sentence: 'the council spent about £{number} a week on SEN services for each child with an EHC plan',
  } as const satisfies MetricDefinition<'sen_services_weekly_cost_per_plan'>,
  // The two parts of the spending above, as DfE's Inclusion Dashboard shows them.
  spendPart('state', 'State', 'state special school and AP', 'state-funded special schools and alternative provision'),
  spendPart(
    'independent',
    'Independent or non-maintained',
    'independent and non-maintained special school and AP',
    'independent or non-maintained special schools and alternative provision',
  ),
]

function spendPart<const P extends string>(
  part: P,
  category: SpendCategory,
  places: string,
  described: string,
): MetricDefinition<`specialist_place_spend_${P}_per_head`> {
  return {
    id: `specialist_place_spend_${part}_per_head`,
    title: `Spending on ${places} places per head of the population aged 2 to 18`,
    question: `How much does the council spend on places in ${described}, per child aged 2 to 18?`,
    theme: 'money',
    unit: 'gbp_per_head',
    direction: 'neutral',
    ageBand: '2-18',
    numeratorLabel: `spending on places in ${described} (£, section 251 outturn)`,
    denominatorLabel: 'population aged 2 to 18 (ONS mid-year estimate)',
    segments: [
      { kind: 'rate', numerator: allSpend('total_spend', category), denominator: allSpend('pop_est', category), per: 1, amounts: true },
    ],
    caveats: [
      'One of the two parts of the spending on special school and AP places: state-funded places, and places in independent or non-maintained schools.',
      SPEND_CAVEATS.source,
      SPEND_CAVEATS.zeros,
      "Where a council's total is not used as an incomplete return because its spending per head is below a tenth of the median council's, its parts are not used either; where one part was not returned, the other part is shown as returned. England's and the regions' figures are DfE's totals.",
    ],
    breaks: [],
    decimals: 0,
    sentence: `the council spent £{number} per child aged 2 to 18 on ${places} places`,
  }
}
