// How each theme's page is laid out, in one place beside the registry: its groups of measures (a
// theme with 45 measures reads as five short groups, the most asked-about open and the rest
// folded) and the one measure that answers the theme's question on an area's summary. Typed by
// the registry's ids: a mistyped id fails the type check. A measure no group names is never
// hidden: it is shown, open, under "More measures".
import type { ThemeLayout } from '../../contract/schemas.ts'
import { THEMES, type Theme } from '../../contract/vocabulary.ts'
import type { MetricDefinition } from './definition.ts'
import type { MetricId } from './registry.ts'

export interface MeasureGroup {
  /** Unique within its theme; the group's anchor on the page is `group-<id>`. */
  id: string
  title: string
  /** Folded groups show their heading and how many measures they hold; the reader opens them. */
  folded: boolean
  metrics: readonly MetricId[]
}

const group = (id: string, title: string, folded: boolean, metrics: readonly MetricId[]): MeasureGroup => ({
  id,
  title,
  folded,
  metrics,
})

const NEEDS = ['autism', 'slcn', 'semh', 'mld', 'sld', 'physical', 'spld', 'hearing', 'pmld', 'other', 'visual', 'multisensory'] as const
const SEN_GROUPS = ['ehcp', 'sen_support', 'no_sen'] as const
const KS4_GROUPS = ['ehcp', 'sen_support', 'all_sen', 'no_sen'] as const
const KS4_TYPES = ['school_sixth_form', 'sixth_form_college', 'further_education', 'apprenticeship', 'employment', 'unknown'] as const

export const THEME_GROUPS: Readonly<Partial<Record<Theme, readonly MeasureGroup[]>>> = {
  who: [
    group('how-many', 'How many have a plan or SEN support', false, ['ehcp_per_1000_0_25', 'pupils_ehcp_pct', 'pupils_sen_support_pct']),
    group('ages', 'Ages and sex', true, [
      'ehcp_age_under_5_pct',
      'ehcp_age_5_10_pct',
      'ehcp_age_11_15_pct',
      'ehcp_age_16_19_pct',
      'ehcp_age_20_25_pct',
      'ehcp_male_pct',
      'ehcp_female_pct',
    ]),
    group('needs', 'Primary need of all plans', true, [
      ...NEEDS.map((n) => `ehcp_need_${n}_pct` as const),
      'ehcp_need_not_recorded_pct',
      'ehcp_need_autism_per_1000_0_25',
      'ehcp_need_slcn_per_1000_0_25',
      'ehcp_need_semh_per_1000_0_25',
    ]),
    group('new-needs', 'Primary need of new plans', true, [
      ...NEEDS.map((n) => `new_ehcp_need_${n}_pct` as const),
      'new_ehcp_need_not_recorded_pct',
    ]),
    group('care', 'Children in need, on a protection plan or looked after', true, [
      'children_in_need_ehcp_pct',
      'children_in_need_sen_support_pct',
      'child_protection_plan_ehcp_pct',
      'child_protection_plan_sen_support_pct',
      'looked_after_ehcp_pct',
      'looked_after_sen_support_pct',
      'children_in_need_all_sen_pct',
    ]),
    group('ethnicity', 'Ethnicity', true, ['ehcp_minority_ethnic_pct', 'ehcp_ethnicity_not_recorded_pct']),
  ],
  where: [
    group('all-plans', 'All plans, ages 0 to 25', false, [
      'ehcp_mainstream_pct',
      'ehcp_special_pct',
      'ehcp_independent_special_pct',
      'ehcp_ap_pct',
      'ehcp_home_education_pct',
      'ehcp_placement_unknown_pct',
    ]),
    group('school-age', 'Children of school age (5 to 15)', false, ['ehcp_school_age_mainstream_pct', 'ehcp_school_age_special_pct']),
    group('post-16', 'Young people aged 16 to 25', true, ['ehcp_16_25_fe_pct', 'ehcp_16_25_neet_pct']),
    group('new-plans', 'New plans, and residential placements', true, [
      'new_ehcp_mainstream_pct',
      'new_ehcp_special_pct',
      'new_ehcp_independent_special_pct',
      'ehcp_residential_per_1000',
    ]),
    group('school-census', 'Pupils at school: SEN in mainstream schools, plans in special schools', true, [
      'mainstream_pupils_ehcp_pct',
      'mainstream_pupils_sen_support_pct',
      'mainstream_pupils_all_sen_pct',
      'ehcp_pupils_specialist_settings_pct',
    ]),
    group('elsewhere', 'Educated elsewhere, or waiting for a place', true, [
      'ehcp_educated_elsewhere_pct',
      'ehcp_other_arrangements_la_pct',
      'ehcp_awaiting_provision_pct',
    ]),
    group('moves', 'Moves between mainstream and special schools', true, [
      'moves_mainstream_to_special_per_1000',
      'moves_special_to_mainstream_per_1000',
    ]),
  ],
  process: [
    group('timeliness', 'How long plans take', false, [
      'ehcp_issued_20_weeks_pct',
      'ehcp_issued_20_weeks_incl_exceptions_pct',
      'ehcp_issued_over_1_year_pct',
      'request_decided_6_weeks_pct',
      'no_plan_decision_16_weeks_pct',
    ]),
    group('requests', 'Requests, assessments and new plans', false, [
      'requests_per_10000_0_25',
      'request_refused_pct',
      'assessment_no_plan_pct',
      'new_ehcp_per_10000_0_25',
    ]),
    group('disagreements', 'Mediation and appeals', true, [
      'tribunal_appeal_rate',
      'mediation_per_1000_appealable',
      'mediation_followed_by_appeal_pct',
    ]),
    group('plan-life', 'Reviews, personal budgets and plans that end', true, [
      'annual_review_meeting_pct',
      'annual_review_decision_4_weeks_pct',
      'personal_budget_pct',
      'ceased_needs_met_per_1000',
      'ceased_other_reasons_per_1000',
      'discontinued_needs_met_school_age_per_1000',
    ]),
    group('direct-payments', 'Direct payments from personal budgets', true, [
      'personal_budget_direct_payment_education_pct',
      'personal_budget_direct_payment_health_pct',
      'personal_budget_direct_payment_social_care_pct',
      'personal_budget_direct_payment_integrated_pct',
    ]),
    group('plan-start', 'When plans started, and how long they have lasted', true, [
      'ehcp_started_under_5_pct',
      'ehcp_started_5_10_pct',
      'ehcp_started_11_15_pct',
      'ehcp_started_16_plus_pct',
      'ehcp_held_under_2_years_pct',
      'ehcp_held_2_4_years_pct',
      'ehcp_held_5_years_or_more_pct',
    ]),
  ],
  learning: [
    group('key-stage-2', 'Age 11: reading, writing and maths', false, [
      ...SEN_GROUPS.map((g) => `ks2_rwm_expected_${g}` as const),
      'ks2_rwm_gap_ehcp',
      'ks2_rwm_gap_sen_support',
      'ks2_rwm_expected_all_sen',
    ]),
    group('key-stage-4', 'Age 16: GCSEs (Attainment 8 and Progress 8)', false, [
      ...SEN_GROUPS.map((g) => `attainment8_${g}` as const),
      'attainment8_gap_ehcp',
      'attainment8_gap_sen_support',
      'progress8_any_sen',
      ...SEN_GROUPS.map((g) => `progress8_${g}` as const),
      'attainment8_any_sen',
    ]),
    group('early-years', 'Early years and phonics', true, [
      ...SEN_GROUPS.map((g) => `eyfs_good_development_${g}` as const),
      ...SEN_GROUPS.map((g) => `phonics_expected_${g}` as const),
      'phonics_gap_ehcp',
      'phonics_gap_sen_support',
      'eyfs_good_development_all_sen',
      'phonics_expected_all_sen',
    ]),
    group('age-19', 'Qualifications at 19', true, [
      ...SEN_GROUPS.map((g) => `level2_at_19_${g}` as const),
      ...SEN_GROUPS.map((g) => `level3_at_19_${g}` as const),
      ...SEN_GROUPS.map((g) => `level2_em_at_19_${g}` as const),
    ]),
    group('ks2-progress', 'Age 11: progress in reading, writing and maths', true, [
      ...SEN_GROUPS.map((g) => `ks2_progress_reading_${g}` as const),
      ...SEN_GROUPS.map((g) => `ks2_progress_writing_${g}` as const),
      ...SEN_GROUPS.map((g) => `ks2_progress_maths_${g}` as const),
    ]),
    group('times-tables', 'Age 9: multiplication tables check', true, [
      'mtc_full_marks_ehcp',
      'mtc_full_marks_sen_support',
      'mtc_full_marks_all_sen',
    ]),
    group('ebacc', 'Age 16: English Baccalaureate', true, [
      ...SEN_GROUPS.map((g) => `ebacc_entry_${g}` as const),
      ...SEN_GROUPS.map((g) => `ebacc_points_${g}` as const),
    ]),
  ],
  health: [
    group('waiting-lists', 'Waiting for community health services', false, [
      'community_wait_speech_language_over_18_weeks_pct',
      'community_wait_speech_language_over_52_weeks_pct',
      'community_wait_community_paediatrics_over_18_weeks_pct',
      'community_wait_community_paediatrics_over_52_weeks_pct',
      'community_wait_occupational_therapy_over_18_weeks_pct',
      'community_wait_occupational_therapy_over_52_weeks_pct',
      'community_wait_audiology_over_18_weeks_pct',
      'community_wait_audiology_over_52_weeks_pct',
    ]),
    group('autism', 'Waiting for an autism assessment', false, [
      'autism_referral_wait_over_13_weeks_under_10',
      'autism_referral_wait_over_13_weeks_10_to_17',
      'autism_referral_wait_over_13_weeks_18_to_24',
    ]),
    group('mental-health', 'Mental health support', true, ['cyp_mental_health_supported_per_1000']),
  ],
  post16: [
    group('destinations', 'After year 11, and at 16 and 17', false, [
      ...SEN_GROUPS.map((g) => `ks4_sustained_destination_${g}` as const),
      'sen_16_17_in_education_training',
      'ks4_sustained_destination_all_sen',
    ]),
    group('work', 'Supported internships and apprenticeships', false, ['supported_internship_pct', 'apprenticeship_pct']),
    group('neet', 'Not in education, employment or training at 16 and 17', true, [
      'neet_16_17_ehcp_pct',
      'neet_16_17_sen_support_pct',
      'neet_16_17_no_sen_pct',
      'neet_16_17_ehcp_gap_pp',
    ]),
    group('after-18', 'After 16 to 18 study', true, ['destination_16_18_sustained_sen', 'destination_16_18_sustained_no_sen']),
    group('ks4-not-sustained', 'After year 11: places not kept for two terms', true, [
      ...KS4_GROUPS.map((g) => `ks4_not_sustained_${g}` as const),
    ]),
    group('ks4-types-ehcp', 'After year 11: where pupils with an EHC plan went', true, [
      ...KS4_TYPES.map((t) => `ks4_destination_${t}_ehcp` as const),
    ]),
    group('ks4-types-all-sen', 'After year 11: where pupils with SEN went', true, [
      ...KS4_TYPES.map((t) => `ks4_destination_${t}_all_sen` as const),
    ]),
    group('after-18-lldd', 'After 16 to 18 study: students with a learning difficulty or disability', true, [
      'destination_16_18_sustained_lldd',
      'destination_16_18_sustained_no_lldd',
      'destination_16_18_not_sustained_lldd',
      'destination_16_18_not_sustained_no_lldd',
      'destination_16_18_higher_education_lldd',
      'destination_16_18_further_education_lldd',
      'destination_16_18_apprenticeship_lldd',
      'destination_16_18_employment_lldd',
    ]),
    group('care-leavers', 'Care leavers', true, ['care_leavers_neet_pct']),
  ],
  exclusions: [
    group('suspensions', 'Suspensions and exclusions of pupils with SEN', false, [
      'suspension_rate_ehcp',
      'one_plus_suspension_rate_ehcp',
      'perm_exclusion_rate_ehcp',
      'suspension_rate_sen_support',
      'one_plus_suspension_rate_sen_support',
      'perm_exclusion_rate_sen_support',
      'suspension_rate_no_sen',
      'one_plus_suspension_rate_no_sen',
      'perm_exclusion_rate_no_sen',
      'suspension_ratio_ehcp_no_sen',
    ]),
    group('absence', 'Absence', true, [
      'persistent_absence_ehcp',
      'overall_absence_ehcp',
      'severe_absence_ehcp',
      'persistent_absence_sen_support',
      'overall_absence_sen_support',
      'severe_absence_sen_support',
      'persistent_absence_no_sen',
      'overall_absence_no_sen',
      'severe_absence_no_sen',
      'overall_absence_all_sen',
      ...SEN_GROUPS.map((g) => `unauthorised_absence_${g}` as const),
      'unauthorised_absence_all_sen',
    ]),
    group('all-pupils', 'All pupils, by type of school', true, [
      'suspension_rate_all_pupils_all',
      'perm_exclusion_rate_all_pupils_all',
      'one_plus_suspension_pct_all_pupils_all',
      'suspension_rate_all_pupils_primary',
      'perm_exclusion_rate_all_pupils_primary',
      'suspension_rate_all_pupils_secondary',
      'perm_exclusion_rate_all_pupils_secondary',
      'suspension_rate_all_pupils_special',
      'perm_exclusion_rate_all_pupils_special',
      'one_plus_suspension_pct_all_pupils_special',
    ]),
    group('by-phase', 'Pupils with SEN, by type of school', true, [
      ...(['primary', 'secondary'] as const).flatMap((p) => SEN_GROUPS.map((g) => `suspension_rate_${g}_${p}` as const)),
      'suspension_rate_ehcp_special',
      ...(['primary', 'secondary'] as const).flatMap((p) => SEN_GROUPS.map((g) => `persistent_absence_${g}_${p}` as const)),
      'persistent_absence_ehcp_special',
    ]),
    group('care', 'Children in need and looked after', true, ['cin_suspended_pct', 'cin_perm_excluded_pct', 'looked_after_suspended_pct']),
  ],
  ap: [
    group('la-funded', 'Alternative provision arranged by the council', false, ['la_funded_ap_per_10000', 'la_funded_ap_unregistered_pct']),
    group('school-arranged', 'Alternative provision arranged by schools', false, [
      'school_arranged_ap_per_10000',
      'school_arranged_ap_unregistered_pct',
      'school_arranged_ap_ehcp_pct',
      'school_arranged_ap_sen_support_pct',
    ]),
    group('ap-schools', 'Pupils in AP schools and pupil referral units', true, [
      'ap_school_ehcp_pct',
      'ap_school_sen_support_pct',
      'ap_school_overall_absence_pct',
      'ap_school_persistent_absence_pct',
    ]),
    group('ofsted', 'Ofsted judgements of AP and special schools', true, [
      'ap_schools_good_or_outstanding_pct',
      'special_schools_good_or_outstanding_pct',
    ]),
    group('ap-school-pupils', 'How many pupils are in AP schools, and who they are', true, [
      'ap_school_pupils_per_10000',
      'ap_school_age_11_13_pct',
      'ap_school_age_14_15_pct',
      'ap_school_boys_pct',
      'ap_school_fsm_pct',
      'ap_school_any_sen_pct',
    ]),
  ],
  money: [
    group('funding', 'Funding and spending', false, [
      'high_needs_block_per_head',
      'specialist_place_spend_per_head',
      'sen_services_weekly_cost_per_plan',
      'dsg_deficit_pct_of_income',
    ]),
    group('spending-by-sector', 'Spending on special school and AP places, state and independent', true, [
      'specialist_place_spend_state_per_head',
      'specialist_place_spend_independent_per_head',
    ]),
  ],
}

/**
 * The one measure that answers each theme's question on the summary. Where they learn: all ages
 * (0 to 25), the measure the theme's page opens with and the home page shows, so that the question
 * has one answer everywhere (the school-age share follows it on the theme's page). Learning: pupils on SEN
 * support, most of the children with SEND in mainstream schools. Health: the NHS figure parents
 * most often ask about.
 */
export const SUMMARY_HEADLINES: Readonly<Partial<Record<Theme, MetricId>>> = {
  who: 'ehcp_per_1000_0_25',
  where: 'ehcp_mainstream_pct',
  process: 'ehcp_issued_20_weeks_pct',
  learning: 'ks2_rwm_expected_sen_support',
  health: 'community_wait_speech_language_over_18_weeks_pct',
  post16: 'ks4_sustained_destination_ehcp',
  exclusions: 'suspension_rate_ehcp',
  ap: 'la_funded_ap_per_10000',
  money: 'high_needs_block_per_head',
}

/**
 * Facts a theme's pages show beside its measures: what inspectors found sits with money; whether
 * the area has designated medical, clinical and social care officers, with health.
 */
const THEME_FACTS: Readonly<Partial<Record<Theme, ThemeLayout['facts']>>> = {
  money: ['area_send_inspections'],
  health: ['designated_officers'],
}

/** The group that collects measures the table does not place: open, last. */
const MORE_MEASURES = { id: 'more', title: 'More measures', folded: false } as const

/**
 * Every theme's layout for the given measures, in the order of THEMES: groups with none of the
 * measures are left out, and measures no group names follow in "More measures".
 */
export function themeLayouts(measures: ReadonlyArray<Pick<MetricDefinition, 'id' | 'theme'>>): ThemeLayout[] {
  return THEMES.map(({ id: theme }) => {
    const own = measures.filter((m) => m.theme === theme).map((m) => m.id)
    const placed = new Set<string>()
    const groups: ThemeLayout['groups'] = []
    for (const g of THEME_GROUPS[theme] ?? []) {
      const found = g.metrics.filter((id) => own.includes(id) && !placed.has(id))
      for (const id of found) placed.add(id)
      if (found.length > 0) groups.push({ id: g.id, title: g.title, folded: g.folded, metrics: found })
    }
    const rest = own.filter((id) => !placed.has(id))
    if (rest.length > 0) groups.push({ ...MORE_MEASURES, metrics: rest })
    const headline = SUMMARY_HEADLINES[theme] ?? null
    return { theme, facts: THEME_FACTS[theme] ?? [], headline: headline !== null && own.includes(headline) ? headline : null, groups }
  })
}

/** The group each measure is shown in, by id. */
export function groupOf(layouts: readonly ThemeLayout[]): Map<string, string> {
  return new Map(layouts.flatMap((l) => l.groups.flatMap((g) => g.metrics.map((id) => [id, g.id] as const))))
}
