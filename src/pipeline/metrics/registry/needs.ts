// The registry's primary-need metrics (theme "Who has an EHC plan"): the main type of special
// educational need recorded in each plan, for all plans in January and for the year's new plans,
// and the prevalence of the three largest needs in the population aged 0-25.
import type { PrimaryNeed } from '../../read/specs/ehcp.ts'
import type { MetricDefinition } from '../definition.ts'
import { needsOfAllPlans, needsOfNewPlans, population0to25 } from './series.ts'

interface Need<Slug extends string> {
  code: PrimaryNeed | 'need_unknown'
  slug: Slug
  /** As in "autism is the primary need in ...". */
  name: string
}

const need = <const Slug extends string>(code: Need<Slug>['code'], slug: Slug, name: string): Need<Slug> => ({ code, slug, name })

/** DfE's primary needs, largest first, and "not recorded" last. */
const NEEDS = [
  need('asd', 'autism', 'autism'),
  need('slcn', 'slcn', 'speech, language and communication needs'),
  need('semh', 'semh', 'social, emotional and mental health needs'),
  need('mld', 'mld', 'a moderate learning difficulty'),
  need('sld', 'sld', 'a severe learning difficulty'),
  need('pd', 'physical', 'a physical disability'),
  need('spld', 'spld', 'a specific learning difficulty (such as dyslexia)'),
  need('hi', 'hearing', 'a hearing impairment'),
  need('pmld', 'pmld', 'a profound and multiple learning difficulty'),
  need('oth', 'other', 'another difficulty or disability'),
  need('vi', 'visual', 'a visual impairment'),
  need('msi', 'multisensory', 'a multi-sensory impairment'),
] as const

const countOf = (code: Need<string>['code']) => `number_${code}`

const PRIMARY_NEED =
  'The primary need is the main type of special educational need the local authority records in the plan; many children and young people have other needs too.'
const DOWN_SYNDROME = 'DfE counts plans whose primary need is Down syndrome under "other difficulty or disability".'
const SURREY =
  "Surrey amended its January 2025 primary needs after the collection. Its own row still gives the counts from before (595 plans with a severe and 665 with a specific learning difficulty), while its percentages (7.8% and 0.1%) and DfE's South East and England totals include the amendment, which moved 656 plans from specific to severe learning difficulty (1,251 and 9 plans). The site does not show the superseded counts, so Surrey has no figure for these two needs in January 2025; the South East and England figures are DfE's, with the amendment."
const SURREY_NOTE = [{ areas: ['E10000030'], periods: ['202425'], note: SURREY }]
const SURREY_NEW_PLANS = 'Surrey gave no primary needs for its new plans ("x", not available).'
const POPULATION =
  'January 2025 uses ONS mid-2023 estimates, the latest single-year-of-age estimates available to this site. Plans are counted by the local authority that maintains them, population by where people live.'
const FIRST_YEAR = "DfE's 2025 release gives primary need by local authority for this year only."

function caveatsFor(code: Need<string>['code'], more: readonly string[]): string[] {
  return [PRIMARY_NEED, ...(code === 'oth' ? [DOWN_SYNDROME] : []), ...more, FIRST_YEAR]
}
const surreyAmendment = (code: Need<string>['code']) => (code === 'sld' || code === 'spld' ? [SURREY] : [])

function shareOfPlans<const Slug extends string>(n: Need<Slug>): MetricDefinition<`ehcp_need_${Slug}_pct`> {
  return {
    id: `ehcp_need_${n.slug}_pct`,
    title: `% of EHC plans with ${n.name} as the primary need`,
    question: `What share of children and young people with an EHC plan have ${n.name} as their primary type of need?`,
    theme: 'who',
    unit: 'percent',
    direction: 'neutral',
    ageBand: '0-25',
    numeratorLabel: `EHC plans whose primary need is ${n.name}`,
    denominatorLabel: 'all EHC plans (January census)',
    segments: [{ kind: 'proportion', numerator: needsOfAllPlans(countOf(n.code)), denominator: needsOfAllPlans('ehc_plans') }],
    caveats: caveatsFor(n.code, surreyAmendment(n.code)),
    ...(surreyAmendment(n.code).length > 0 ? { areaNotes: SURREY_NOTE } : {}),
    breaks: [],
    decimals: 1,
    sentence: `${n.name} is the primary need in {value} of EHC plans`,
  }
}

function shareOfNewPlans<const Slug extends string>(n: Need<Slug>): MetricDefinition<`new_ehcp_need_${Slug}_pct`> {
  return {
    id: `new_ehcp_need_${n.slug}_pct`,
    title: `% of new EHC plans with ${n.name} as the primary need`,
    question: `Of the EHC plans made in the year, what share have ${n.name} as the primary type of need?`,
    theme: 'who',
    unit: 'percent',
    direction: 'neutral',
    ageBand: '0-25',
    numeratorLabel: `new EHC plans whose primary need is ${n.name}`,
    denominatorLabel: 'all new EHC plans in the calendar year',
    segments: [{ kind: 'proportion', numerator: needsOfNewPlans(countOf(n.code)), denominator: needsOfNewPlans('ehc_plans') }],
    caveats: caveatsFor(n.code, [SURREY_NEW_PLANS]),
    breaks: [],
    decimals: 1,
    sentence: `${n.name} is the primary need in {value} of new EHC plans`,
  }
}

function prevalence<const Slug extends string>(n: Need<Slug>): MetricDefinition<`ehcp_need_${Slug}_per_1000_0_25`> {
  return {
    id: `ehcp_need_${n.slug}_per_1000_0_25`,
    title: `EHC plans for ${n.name} per 1,000 children and young people aged 0-25`,
    question: `How many children and young people have an EHC plan whose primary need is ${n.name}, for every 1,000 living in the area?`,
    theme: 'who',
    unit: 'per_1000',
    direction: 'neutral',
    ageBand: '0-25',
    numeratorLabel: `EHC plans whose primary need is ${n.name} (January census)`,
    denominatorLabel: 'population aged 0-25 (ONS mid-year estimate)',
    segments: [{ kind: 'rate', numerator: needsOfAllPlans(countOf(n.code)), denominator: population0to25, per: 1000 }],
    caveats: caveatsFor(n.code, [...surreyAmendment(n.code), POPULATION]),
    breaks: [],
    decimals: 1,
    sentence: `there are {number} EHC plans for ${n.name} for every 1,000 children and young people aged 0-25`,
  }
}

const NOT_RECORDED = need('need_unknown', 'not_recorded', 'no primary need recorded')
const [AUTISM, SLCN, SEMH] = NEEDS

export const NEEDS_METRICS = [
  ...NEEDS.map((n) => shareOfPlans(n)),
  {
    ...shareOfPlans(NOT_RECORDED),
    title: '% of EHC plans with no primary need recorded',
    question: 'For what share of EHC plans does the local authority record no primary type of need?',
    numeratorLabel: 'EHC plans with no primary need recorded',
    sentence: 'no primary need is recorded in {value} of EHC plans',
  },
  ...NEEDS.map((n) => shareOfNewPlans(n)),
  {
    ...shareOfNewPlans(NOT_RECORDED),
    title: '% of new EHC plans with no primary need recorded',
    question: 'For what share of the EHC plans made in the year does the local authority record no primary type of need?',
    numeratorLabel: 'new EHC plans with no primary need recorded',
    sentence: 'no primary need is recorded in {value} of new EHC plans',
  },
  prevalence(AUTISM),
  prevalence(SLCN),
  prevalence(SEMH),
]
