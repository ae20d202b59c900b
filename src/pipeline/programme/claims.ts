// The claims made for the SEND and AP Change Programme (as reported from its interim evaluation,
// early 2026) and the published outcomes that can test each, named before looking at any result:
// the primary outcome first (the one the verdict rests on), then secondary ones. Outcomes the
// claims need but the site does not have yet are listed with the file and columns that would give
// them.
import type { MetricId } from '../metrics/registry.ts'

/** The way the claim says the outcome should move in pilot LAs; 'none' when the claim gives no direction for it. */
export type ClaimedDirection = 'lower' | 'higher' | 'none'

export interface ClaimOutcome {
  metric: MetricId
  direction: ClaimedDirection
}

export interface MissingOutcome {
  outcome: string
  /** Where the figures would come from (file and columns), or why none exist. */
  source: string
}

export interface Claim {
  id: string
  /** The claim in the words it was reported in. */
  claim: string
  /** Primary outcome first. */
  outcomes: readonly ClaimOutcome[]
  missing: readonly MissingOutcome[]
}

export const CLAIMS: readonly Claim[] = [
  {
    id: 'fewer_exclusions',
    claim: 'Fewer exclusions',
    outcomes: [
      { metric: 'perm_exclusion_rate_ehcp', direction: 'lower' },
      { metric: 'perm_exclusion_rate_sen_support', direction: 'lower' },
      { metric: 'perm_exclusion_rate_all_pupils_all', direction: 'lower' },
      { metric: 'suspension_rate_ehcp', direction: 'lower' },
      { metric: 'suspension_rate_sen_support', direction: 'lower' },
      { metric: 'suspension_rate_all_pupils_all', direction: 'lower' },
      { metric: 'one_plus_suspension_rate_ehcp', direction: 'lower' },
      { metric: 'one_plus_suspension_rate_sen_support', direction: 'lower' },
      { metric: 'one_plus_suspension_pct_all_pupils_all', direction: 'lower' },
    ],
    missing: [
      {
        outcome: 'Suspensions and permanent exclusions of all pupils in 2024/25',
        source:
          'DfE "Suspensions and permanent exclusions in England" 2024/25 (not yet in the mirror): the LA-level file with time_period, new_la_code, headcount, suspension, perm_excl; the site has all-pupil figures to 2023/24.',
      },
    ],
  },
  {
    id: 'more_in_mainstream',
    claim: 'More children kept in mainstream education',
    outcomes: [
      { metric: 'ehcp_mainstream_pct', direction: 'higher' },
      { metric: 'new_ehcp_mainstream_pct', direction: 'higher' },
      { metric: 'ehcp_school_age_mainstream_pct', direction: 'higher' },
    ],
    missing: [
      {
        outcome: 'School-age (5-15) share with an EHC plan in mainstream schools in January 2023 (the base)',
        source:
          'The 2025 EHC plan release (caseload.csv, breakdown_topic "Child or young persons age", columns mainstream_total and ehcplans by age) gives LAs by age only from January 2024; January 2023 by age and placement would need the 2023 release (not in the mirror), so the school-age share has no base period yet.',
      },
    ],
  },
  {
    id: 'reintegration_from_ap',
    claim: 'Alternative provision taskforces supporting reintegration from AP and preventing exclusion',
    outcomes: [
      { metric: 'la_funded_ap_per_10000', direction: 'lower' },
      { metric: 'school_arranged_ap_per_10000', direction: 'lower' },
      { metric: 'ehcp_ap_pct', direction: 'lower' },
    ],
    missing: [
      {
        outcome: 'LA-funded and school-arranged AP after January 2023',
        source:
          'DfE "Schools, pupils and their characteristics" 2023/24 and 2024/25 releases (not in the mirror): the AP census placements by LA (as ap_placements_ap_census.csv, time_period and new_la_code with the placement counts) and the school-arranged AP tables (as spc_school_ap_placement.csv); the mirror stops at 2022/23.',
      },
      {
        outcome: 'Moves from AP back into school (reintegration itself)',
        source: 'Not published for LAs in any DfE file; only stocks of pupils in AP are.',
      },
    ],
  },
  {
    id: 'consistent_decisions',
    claim: 'A standardised EHC plan template giving more consistent decision-making',
    outcomes: [
      { metric: 'request_refused_pct', direction: 'none' },
      { metric: 'assessment_no_plan_pct', direction: 'none' },
      { metric: 'ehcp_issued_20_weeks_pct', direction: 'none' },
    ],
    missing: [
      {
        outcome: 'How consistent decisions are',
        source:
          'No published figure measures consistency between decisions; the refusal and timeliness rates give each LA level, not how alike similar cases are treated.',
      },
    ],
  },
  {
    id: 'stronger_mediation',
    claim: 'Stronger mediation',
    outcomes: [
      { metric: 'mediation_per_1000_appealable', direction: 'higher' },
      { metric: 'tribunal_appeal_rate', direction: 'lower' },
    ],
    missing: [
      {
        outcome: 'Mediation in 2023 and 2024',
        source:
          'The 2025 EHC plan release counts mediations by stage, overlapping and with no total: requests.csv (mediation_related_request, tribunal_after_mediation_request, 2019-2024) and assessments.csv (number_assess_mediation, number_other_mediation). Mediations about requests per 1,000 requests could be built from requests.csv and joined to request_mediation and inreq_ehc in sen2_mi.csv (2014-2022).',
      },
    ],
  },
  {
    id: 'less_specialist_demand',
    claim: 'Less demand for specialist places',
    outcomes: [
      { metric: 'ehcp_special_pct', direction: 'lower' },
      { metric: 'ehcp_independent_special_pct', direction: 'lower' },
      { metric: 'new_ehcp_special_pct', direction: 'lower' },
      { metric: 'new_ehcp_independent_special_pct', direction: 'lower' },
      { metric: 'ehcp_school_age_special_pct', direction: 'lower' },
      { metric: 'ehcp_per_1000_0_25', direction: 'lower' },
      { metric: 'requests_per_10000_0_25', direction: 'lower' },
    ],
    missing: [
      {
        outcome: 'EHC plans per 1,000 and requests per 10,000 before January 2023 and 2022 (the pre-trend test needs them)',
        source:
          'Numerators are published: ehcplans in the 2025 caseload.csv (from 201819) and inreq_ehc in sen2_mi.csv (2014-2022, in the mirror); the denominators need ONS population aged 0-25 by single year of age for mid-2013 to mid-2021, while the mirror has ages 0-17 only for those years (ons_mid-year_population_estimates_2012_to_2024_age0to17.csv).',
      },
      {
        outcome: 'Spending on specialist places after 2021-22',
        source:
          'specialist_place_spend_per_head stops in 2021-22: the LA section 251 outturn files for 2022-23 to 2024-25 (not in the mirror) would extend it.',
      },
    ],
  },
]

/** Every outcome the claims name, primary outcomes first: the outcomes the evaluation runs on. */
export const PROGRAMME_OUTCOMES: readonly MetricId[] = [
  ...new Set([...CLAIMS.map((c) => c.outcomes[0]!.metric), ...CLAIMS.flatMap((c) => c.outcomes.map((o) => o.metric))]),
]
