// The registry's "Money and inspection" theme: the high needs funding each council is allocated,
// what it spends on special school and AP places, and its dedicated schools grant deficit.
// (Inspection outcomes are facts, not ranked metrics: see src/pipeline/inspections/.)
import type { MetricDefinition } from '../definition.ts'
import { financialYear, laitByFinancialYear, populationByFinancialYear, prepared } from './outcome-series.ts'
import { DERIVED_PREPARED, LAIT_PERCENTAGES } from './outcome-wording.ts'

const CITY_OF_LONDON = 'E09000001'
const ISLES_OF_SCILLY = 'E06000053'

const spend = (source: string, measure: string) => prepared(source, measure, { category: 'Total' }, financialYear)
const SPEND_SOURCES = ['prepared-specialist-spend', 'prepared-specialist-spend-regions', 'prepared-specialist-spend-england'] as const
const allSpend = (measure: string) => ({
  parts: SPEND_SOURCES.flatMap((source) => spend(source, measure).parts),
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
        numerator: {
          parts: ['dsg-allocations-2022-23', 'dsg-allocations-2023-24'].map((source) => ({
            source,
            measure: 'high_needs_block',
            breakdown: '',
          })),
          periods: financialYear,
        },
        denominator: populationByFinancialYear(2, 18),
        per: 1,
        amounts: true,
        // Not in the allocation files, so left out of England's and the regions' populations too.
        leftOut: { areas: [CITY_OF_LONDON, ISLES_OF_SCILLY] },
      },
    ],
    caveats: [
      "The allocation as published by the Education and Skills Funding Agency in the July after the year (the high needs block before deductions for places it funds directly). Councils' actual spending differs.",
      'The population is the ONS mid-year estimate at the start of the financial year (mid-2022 for 2022-23). Earlier allocation files are not used because no population estimate for those years is available here.',
      "City of London and the Isles of Scilly are not in the allocation files, so England's, London's and the South West's figures are their other local authorities' allocations over those authorities' population (the published totals' population would count them).",
    ],
    breaks: [],
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
      `From ${DERIVED_PREPARED}, from section 251 outturn returns and ONS population estimates.`,
      'Where a council did not return a figure the table gives 0; such zeros are shown as not available.',
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
]
