// Children in need, on a child protection plan and looked after, and their special educational
// needs: the share of each social care group with an EHC plan, on SEN support, or either ("all
// SEN"). Shown with "Who has an EHC plan" because it answers who among these children has one.
import { breakdownOf } from '../../read/observation.ts'
import type { MetricDefinition, Segment } from '../definition.ts'
import { academicYear } from '../period-maps.ts'
import { laitMeasure } from './outcome-series.ts'
import { LAIT_PERCENTAGES } from './outcome-wording.ts'

type Provision = 'ehcp' | 'sen_support' | 'all_sen'
const PROVISION: Record<Provision, { what: string; has: string; percent: string }> = {
  ehcp: { what: 'an EHC plan (or statement)', has: 'have an EHC plan (or statement)', percent: 'pt_statement_or_EHC_plan' },
  sen_support: { what: 'SEN support', has: 'are on SEN support', percent: 'pt_SEN_support' },
  all_sen: { what: 'SEN (an EHC plan or SEN support)', has: 'have SEN (an EHC plan or SEN support)', percent: 'pt_all_SEN' },
}

function careMetric<const Id extends string>(
  id: Id,
  provision: Provision,
  group: Group,
  segment: Segment,
  caveat: string,
): MetricDefinition<Id> {
  const { has } = PROVISION[provision]
  return {
    id,
    title: `% of school-age ${group.who} with ${PROVISION[provision].what}`,
    question: `What share of school-age ${group.who} ${has}?`,
    theme: 'who',
    unit: 'percent',
    direction: 'neutral',
    ageBand: 'school age',
    numeratorLabel: `${group.who} with ${PROVISION[provision].what}`,
    denominatorLabel: `school-age ${group.who} ${group.when} matched to the school census`,
    segments: [segment],
    caveats: [`${group.who[0]!.toUpperCase()}${group.who.slice(1)} ${group.when}, matched to their school census records.`, caveat],
    breaks: [],
    decimals: 1,
    sentence: `{value} of school-age ${group.who} ${has}`,
  }
}

/** A social care group as DfE's file names it (children in need other than those on a plan or looked after: "CINO"). */
interface Group {
  who: string
  when: string
  socialCareGroup: string
}
const CIN: Group = { who: 'children in need', when: 'at 31 March', socialCareGroup: 'CINO at 31 March' }
const CLA: Group = {
  who: 'children looked after',
  when: 'continuously for 12 months at 31 March',
  socialCareGroup: 'CLA 12 months at 31 March',
}
const CPP: Group = { who: 'children on a child protection plan', when: 'at 31 March', socialCareGroup: 'CPPO at 31 March' }
const lait = (measure: string): Segment => ({ kind: 'published', value: laitMeasure(measure) })
/**
 * DfE's own percentage: computed from its unrounded counts, while the counts it publishes are
 * rounded (regions to the nearest 10), so a share of the published counts would differ from it.
 */
const cinSen = (provision: Provision, group: Group): Segment => ({
  kind: 'published',
  value: {
    parts: [
      { source: 'cin-sen', measure: PROVISION[provision].percent, breakdown: breakdownOf({ social_care_group: group.socialCareGroup }) },
    ],
    periods: academicYear,
  },
})
const ALL_SEN =
  "All SEN, as DfE's Inclusion Dashboard shows it: children with an EHC plan (or statement) and children on SEN support together."
const CINO = 'Children in need here are those neither on a child protection plan nor looked after (DfE\'s "CINO").'

const RAW_CIN =
  'From DfE\'s "Outcomes for children in need, including children looked after": DfE\'s own percentages, worked out before it rounded the counts it publishes, so no interval can be given. The year is the year ending 31 March.'

/** LAIT's figures for children in need and looked after, beside DfE's 2022 release of the same statistics. */
const LAIT_LATER = (example: string) =>
  `LAIT carries DfE's latest figures for each year. DfE's 2022 release of the same statistics (which this site reads for children on a child protection plan) gives somewhat different figures for the same years, as later releases revise them (England 2021/22: ${example}).`

export const CARE_METRICS = [
  careMetric(
    'children_in_need_ehcp_pct',
    'ehcp',
    CIN,
    lait('CINStatement'),
    `From ${LAIT_PERCENTAGES} ${LAIT_LATER('26.0% here, 26.9% in the 2022 release')}`,
  ),
  careMetric(
    'children_in_need_sen_support_pct',
    'sen_support',
    CIN,
    lait('CINSEN_SUP'),
    `From ${LAIT_PERCENTAGES} ${LAIT_LATER('21.2% here, 21.3% in the 2022 release')}`,
  ),
  careMetric('child_protection_plan_ehcp_pct', 'ehcp', CPP, cinSen('ehcp', CPP), RAW_CIN),
  careMetric('child_protection_plan_sen_support_pct', 'sen_support', CPP, cinSen('sen_support', CPP), RAW_CIN),
  careMetric(
    'looked_after_ehcp_pct',
    'ehcp',
    CLA,
    lait('LAC_SEN_Statement'),
    `From ${LAIT_PERCENTAGES} ${LAIT_LATER('29.8% here, 30.2% in the 2022 release')}`,
  ),
  careMetric(
    'looked_after_sen_support_pct',
    'sen_support',
    CLA,
    lait('LAC_SEN'),
    `From ${LAIT_PERCENTAGES} ${LAIT_LATER('27.1% here, 27.2% in the 2022 release')}`,
  ),
  // DfE's Inclusion Dashboard's "children in need with SEN", from DfE's 2022 release. For children
  // on a plan and looked after, all SEN is the sum of the two shares above (to DfE's rounding).
  careMetric('children_in_need_all_sen_pct', 'all_sen', CIN, cinSen('all_sen', CIN), `${ALL_SEN} ${CINO} ${RAW_CIN}`),
]
