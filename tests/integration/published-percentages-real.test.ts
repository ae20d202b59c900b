// Every percentage DfE publishes in every file the site reads, against the site's own figures.
// Each file's header is searched for percentage columns (_pc, pt_, percent, rate, %, per head);
// every column found must be listed below, either with the metric(s) that show the same figure or
// with the reason the site does not show it. For each listed column, every published value (at
// England, regional and LA level, every period the metric takes from the file) must equal the
// site's figure to the decimals DfE prints, or be an exception listed with its reason, and that
// reason must be on the page: one of the metric's caveats, a note for that area and period, or the
// words of the site's missing-value reason. A new column, a new difference or a stale exception
// fails the test.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadGeography } from '../../src/pipeline/geography/areas.ts'
import { computeMetric } from '../../src/pipeline/metrics/compute.ts'
import { seriesOf, type MetricDefinition, type Series } from '../../src/pipeline/metrics/definition.ts'
import type { MetricValue } from '../../src/contract/schemas.ts'
import { METRICS, metricById, type MetricId } from '../../src/pipeline/metrics/registry.ts'
import { ObservationIndex } from '../../src/pipeline/metrics/series.ts'
import { readCsvFile } from '../../src/pipeline/files/csv-file.ts'
import { academicYearOfJanuary } from '../../src/contract/periods.ts'
import { readObservations, type ObservationSpec } from '../../src/pipeline/read/formats.ts'
import { MISSING_REASONS } from '../../src/contract/vocabulary.ts'
import type { Observation } from '../../src/pipeline/read/observation.ts'
import type { ReadAll } from '../../src/pipeline/read/read-sources.ts'
import { OBSERVATION_SPECS } from '../../src/pipeline/read/specs.ts'
import { loadRegistry } from '../../src/pipeline/sources/registry.ts'
import { readRealSources } from '../helpers/real-data.ts'

const g = loadGeography()
/** Columns that hold a percentage or a published rate, by name. */
const PERCENT_COLUMN = /(^|_)pc(_|$)|^pt_|percent|percentage|_rate$|%|per head/i

/** A column the site shows: the metric, and the rows (breakdown filter values) it shows it for. */
interface Shown {
  metric: MetricId
  rows?: Readonly<Record<string, string>>
  /** DfE leaves the column blank for these rows: nothing to compare, and the test checks that it is so. */
  blank?: string
  /** Source period -> area code (or "*") -> words on the page that explain the difference. */
  except?: Readonly<Record<string, Readonly<Record<string, string>>>>
}
/** A display copy of another column (sign -1: the same figure with its sign turned). */
type Column = Shown | readonly Shown[] | { notShown: string } | { copyOf: string; sign?: -1 }

const all = (topic: string) => ({ breakdown_topic: topic, breakdown: topic })
const PLACEMENT_GROUPS =
  'the site shows plans in mainstream and special schools, AP and placement unknown, and further education for 16-25 year olds'
const EXCEPTIONS_TOO =
  'the site shows the share with exceptions and the share without them within 20 weeks, and over a year with exceptions'
const OTHER_OUTCOMES = 'the site shows the share refused (requests) or not leading to a plan (assessments), not the other outcomes'
const NEEDS: Record<string, string> = {
  asd: 'autism',
  hi: 'hearing',
  mld: 'mld',
  msi: 'multisensory',
  oth: 'other',
  pd: 'physical',
  pmld: 'pmld',
  semh: 'semh',
  slcn: 'slcn',
  sld: 'sld',
  spld: 'spld',
  vi: 'visual',
  unknown: 'not_recorded',
}
/** Surrey's amended primary needs: its percentages include the amendment, its counts (withheld) do not. */
const SURREY = { '202425': { E10000030: 'Surrey amended its January 2025 primary needs' } }
const needColumns = (prefix: string) =>
  Object.fromEntries(
    Object.entries(NEEDS).map(([code, slug]) => [
      `${code}_pc`,
      {
        metric: `${prefix}_${slug}_pct` as MetricId,
        rows: all('All EHC plans'),
        ...(prefix === 'ehcp_need' && (code === 'sld' || code === 'spld') ? { except: SURREY } : {}),
      },
    ]),
  )
const NOT_BY_SEN = 'a figure for all young people, not by SEN status'
const OLD_AGE = { '0-4': 'Under 5', '5-10': 'Age 5 to 10', '11-15': 'Age 11 to 15', '16-19': 'Age 16 to 19', '20-25': 'Age 20 to 25' }
/** The five age-mix metrics, by the band rows of the old SEN2 file and DfE's age-profile table. */
const ageShares = (): Shown[] =>
  Object.entries(OLD_AGE).map(([band, label]) => ({
    metric: `ehcp_age_${band === '0-4' ? 'under_5' : band.replace('-', '_')}_pct` as MetricId,
    rows: { characteristic_age: label },
  }))
/** The SEN groups of DfE's Inclusion Dashboard absence table, by the site's ids. */
const PREPARED_ABSENCE_GROUPS = { ehcp: 'EHCP or Statement', sen_support: 'SEN support', no_sen: 'No SEN', all_sen: 'All SEN' }
const estab = (group: string, type = 'Total') => ({ establishment_group: group, establishment_type: type })
const GROUPS = { ehcp: 'EHC plan', sen_support: 'SEN support', no_sen: 'No SEN' } as const
const byGroup = (
  prefix: string,
  column: string,
  values: Record<keyof typeof GROUPS, string>,
  more: Partial<Record<keyof typeof GROUPS, Partial<Shown>>> = {},
): Shown[] =>
  (Object.keys(GROUPS) as Array<keyof typeof GROUPS>).map((k) => ({
    metric: `${prefix}_${k}` as MetricId,
    rows: { [column]: values[k] },
    ...more[k],
  }))
/** The 2025 release has no 2019 row for the Isles of Scilly (no new plans); the 2022 release prints 0%. */
const SCILLY_2019 = { '2019': { E06000053: 'has no 2019 row for the Isles of Scilly' } }
/** The prepared tables round the regions' counts; DfE's whole-number percentages are from the unrounded ones. */
const ROUNDED = "The tables give the regions' counts rounded to the nearest 10"
/** LAIT's later figures for children in need and looked after, beside the 2022 release: every year differs somewhere. */
const LAIT_LATER = Object.fromEntries(
  ['201617', '201718', '201819', '201920', '202021', '202122'].map((p) => [p, { '*': 'later releases revise them' }]),
)
/** Totals read as incomplete returns, by the rule in the caveats (see incomplete-returns.ts), and unreturned zeros. */
const INCOMPLETE = 'not used: the return looks missing or incomplete'
const RETURNS: Record<string, Record<string, string>> = {
  '201819': {
    E09000002: INCOMPLETE, // Barking and Dagenham: £3.82 per head
    E10000009: INCOMPLETE, // Dorset's county council area: £6.31
    E06000035: INCOMPLETE, // Medway: £7.99
    E09000009: INCOMPLETE, // Ealing: independent schools 0
    E09000028: INCOMPLETE, // Southwark
    E09000030: INCOMPLETE, // Tower Hamlets: state schools 0
    E10000032: INCOMPLETE, // West Sussex
    E06000019: INCOMPLETE, // Herefordshire
    E06000013: INCOMPLETE, // North Lincolnshire
  },
  '201920': {
    E09000009: INCOMPLETE,
    E09000028: INCOMPLETE,
    E10000032: INCOMPLETE,
    E06000019: INCOMPLETE,
    E06000013: INCOMPLETE,
    E06000058: 'the table gives 0', // Bournemouth, Christchurch and Poole: no return
  },
  '202021': { E10000012: INCOMPLETE, E06000045: INCOMPLETE, E10000032: INCOMPLETE },
  '202122': {
    E09000019: INCOMPLETE,
    E09000002: INCOMPLETE,
    E06000045: INCOMPLETE,
    E10000032: INCOMPLETE,
    E06000013: INCOMPLETE,
    E06000014: 'the table gives 0', // York: no return
  },
}

/** The site's measures of the Inclusion Dashboard's groups and destinations (registry/destinations.ts, care.ts). */
const KS4_GROUPS = { ehcp: 'EHC plan or Statement', sen_support: 'SEN support', all_sen: 'Identified SEN', no_sen: 'No identified SEN' }
const KS4_TYPES = {
  school_sixth_form: 'ssf',
  sixth_form_college: 'sfc',
  further_education: 'fe',
  apprenticeship: 'appren',
  employment: 'all_work',
  unknown: 'all_unknown',
} as const
/**
 * The parts of the same returns: those of the three short returns (Barking and Dagenham, Dorset's
 * county council area and Medway, 2018-19), withheld with their totals, and the parts not returned.
 */
const ZERO = 'the table gives 0'
const SHORT = { E09000002: INCOMPLETE, E10000009: INCOMPLETE, E06000035: INCOMPLETE }
const STATE_RETURNS: Record<string, Record<string, string>> = {
  '201819': { ...SHORT, E09000030: ZERO, E06000013: ZERO },
  '201920': { E06000058: ZERO, E06000013: ZERO },
  '202122': { E06000013: ZERO, E06000014: ZERO },
}
const INDEPENDENT_RETURNS: Record<string, Record<string, string>> = {
  '201819': { ...SHORT, E09000028: ZERO, E09000009: ZERO, E10000032: ZERO, E06000019: ZERO },
  '201920': { E09000028: ZERO, E09000009: ZERO, E10000032: ZERO, E06000058: ZERO, E06000019: ZERO },
  '202021': { E10000012: ZERO, E06000045: ZERO, E10000032: ZERO },
  '202122': { E09000019: ZERO, E09000002: ZERO, E06000045: ZERO, E10000032: ZERO, E06000014: ZERO },
}

const COLUMNS: Record<string, Record<string, Column>> = {
  'ehcp-2025-caseload': {
    mainstream_total_pc: { metric: 'ehcp_mainstream_pct', rows: all('All EHC plans') },
    special_total_pc: { metric: 'ehcp_special_pct', rows: all('All EHC plans') },
    AP_PRU_total_pc: { metric: 'ehcp_ap_pct', rows: all('All EHC plans') },
    placement_unknown_pc: { metric: 'ehcp_placement_unknown_pct', rows: all('All EHC plans') },
    fe_total_pc: { notShown: PLACEMENT_GROUPS },
    ed_elsewhere_pc: { metric: 'ehcp_educated_elsewhere_pct', rows: all('All EHC plans') },
    nm_early_years_pc: { notShown: PLACEMENT_GROUPS },
  },
  'ehcp-2025-timeliness': {
    pc_plans_issued_within_20_weeks: { metric: 'ehcp_issued_20_weeks_incl_exceptions_pct', rows: all('All EHC plans issued') },
    PC_plans_issued_20_weeks_ex: { metric: 'ehcp_issued_20_weeks_pct', rows: all('All EHC plans issued') },
    pc_plans_issued_gt_1_year: { metric: 'ehcp_issued_over_1_year_pct', rows: all('All EHC plans issued') },
    pc_plans_issued_gt20weeks_ltYear: { notShown: EXCEPTIONS_TOO },
    PC_plans_issued_gt20weeks_ltYear_ex: { notShown: EXCEPTIONS_TOO },
    PC_plans_issued_gt_1_year_ex: { notShown: EXCEPTIONS_TOO },
  },
  'ehcp-2025-requests': {
    request_not_assess_pc: { metric: 'request_refused_pct', rows: all('All requests for EHC needs assessments') },
    request_outcome_six_weeks_pc: { metric: 'request_decided_6_weeks_pct', rows: all('All requests for EHC needs assessments') },
    request_assess_pc: { notShown: OTHER_OUTCOMES },
    request_outstanding_pc: { notShown: OTHER_OUTCOMES },
    request_withdrawn_pc: { notShown: OTHER_OUTCOMES },
    request_outcome_over_6_weeks_pc: { notShown: 'the site shows the share decided within 6 weeks' },
  },
  'ehcp-2025-assessments': {
    assess_not_issued_pc: { metric: 'assessment_no_plan_pct', rows: all('All EHC needs assessments') },
    outcome_decision_within_time_pc: { metric: 'no_plan_decision_16_weeks_pct', rows: all('All EHC needs assessments') },
    assess_issued_pc: { notShown: OTHER_OUTCOMES },
    assess_not_made_pc: { notShown: OTHER_OUTCOMES },
    assess_withdrawn_pc: { notShown: OTHER_OUTCOMES },
    outcome_decision_over_time_pc: { notShown: 'the site shows the share decided within 16 weeks' },
  },
  'ehcp-2022-age-caseload': {
    Total_all_pc: ageShares(),
    Total_ehc_pc: { notShown: 'EHC plans without statements: the site shows statements and plans together (Total_all_pc)' },
    Total_st_pc: { notShown: 'statements alone: the site shows statements and plans together (Total_all_pc)' },
  },
  'prepared-ehcp-age-profile': {
    pc_caseload: ageShares(),
  },
  ...Object.fromEntries(
    ['neet-2022', 'neet-2023', 'neet-2025'].map((id) => [
      id,
      {
        NEET_NK_EHCP_percent: { metric: 'neet_16_17_ehcp_pct' },
        NEET_NK_SENDsupport_percent: { metric: 'neet_16_17_sen_support_pct' },
        NEET_NK_noSEN_percent: { metric: 'neet_16_17_no_sen_pct' },
        cohort_EHCP_percent: { notShown: 'the share of the cohort with a plan: the site shows EHC plans per 1,000 aged 0-25' },
        cohort_SENDsupport_percent: { notShown: 'the share of the cohort on SEN support' },
        cohort_noSEN_percent: { notShown: 'the share of the cohort with no SEN' },
        NEET_not_known_percent: { notShown: NOT_BY_SEN },
        NEET_percent: { notShown: NOT_BY_SEN },
        Notknown_percent: { notShown: NOT_BY_SEN },
        TOTAL_participating_in_education_and_training_percent: { notShown: NOT_BY_SEN },
        Full_time_education_percent: { notShown: NOT_BY_SEN },
        Apprenticeship_percent: { notShown: NOT_BY_SEN },
        Other_education_and_training_percent: { notShown: NOT_BY_SEN },
        September_guarantee_Offer_made_percent: { notShown: NOT_BY_SEN },
        VG_cohort_percentage: { notShown: 'vulnerable groups, not by SEN status' },
        VG_NEET_NK_percentage: { notShown: 'vulnerable groups, not by SEN status' },
        pt_l2basics_94: { notShown: 'GCSE results of all pupils, not by SEN status' },
        sess_overall_percent: { notShown: 'absence of all pupils: the site shows absence by SEN status from its own file' },
        ...(id === 'neet-2025'
          ? {
              enrolments_pa_10_exact_percent: {
                notShown: 'persistent absence of all pupils: the site shows it by SEN status from its own file',
              },
            }
          : {
              sess_overall_percent_pa_10_exact: {
                notShown: 'persistent absence of all pupils: the site shows it by SEN status from its own file',
              },
            }),
      },
    ]),
  ),
  'ehcp-2025-needs-all-plans': needColumns('ehcp_need'),
  'ehcp-2025-needs-new-plans': needColumns('new_ehcp_need'),
  'ehcp-2025-new-plans': {
    mainstream_total_pc: { metric: 'new_ehcp_mainstream_pct', rows: all('New EHC plans') },
    special_total_pc: { metric: 'new_ehcp_special_pct', rows: all('New EHC plans') },
    AP_PRU_total_pc: { notShown: 'the site shows new plans in mainstream, special and independent special schools' },
    fe_total_pc: { notShown: 'the site shows new plans in mainstream, special and independent special schools' },
    ed_elsewhere_pc: { notShown: 'the site shows new plans in mainstream, special and independent special schools' },
    nm_early_years_pc: { notShown: 'the site shows new plans in mainstream, special and independent special schools' },
    placement_unknown_pc: { notShown: 'the site shows new plans in mainstream, special and independent special schools' },
  },
  'ehcp-2025-annual-reviews': {
    pc_decsion_4weeks: { metric: 'annual_review_decision_4_weeks_pct', rows: all('All annual reviews') },
    pc_decision_gt_4weeks: { notShown: 'the site shows the share sent within 4 weeks' },
  },
  'ehcp-2022-estab-caseload': {
    Total_all_pc: [
      { metric: 'ehcp_mainstream_pct', rows: estab('Mainstream school') },
      { metric: 'ehcp_special_pct', rows: estab('Special school') },
      { metric: 'ehcp_independent_special_pct', rows: estab('Special school', 'Special - Independent') },
      { metric: 'ehcp_ap_pct', rows: estab('Alternative provision/Pupil referral unit') },
    ],
    Total_ehc_pc: { notShown: 'EHC plans without statements: the site shows statements and plans together (Total_all_pc)' },
    Total_st_pc: { notShown: 'statements alone: the site shows statements and plans together (Total_all_pc)' },
  },
  'ehcp-2022-estab-new-plans': {
    Total_new_all_pc: [
      { metric: 'new_ehcp_mainstream_pct', rows: estab('Mainstream school'), except: SCILLY_2019 },
      { metric: 'new_ehcp_special_pct', rows: estab('Special school'), except: SCILLY_2019 },
    ],
    Total_new_ehc_pc: { notShown: 'new EHC plans without new statements: the site shows both together (Total_new_all_pc)' },
    Total_new_st_pc: { notShown: 'new statements alone: the site shows both together (Total_new_all_pc)' },
  },
  'ehcp-2023-sen2-mi': {
    ass_refused_ehc_pc: { metric: 'request_refused_pct' },
    no_exc_20week_rate: { metric: 'ehcp_issued_20_weeks_pct' },
    inc_exc_20week_rate: { metric: 'ehcp_issued_20_weeks_incl_exceptions_pct' },
    ass_none_ehc_pc: {
      notShown:
        'a share of plans issued plus decisions not to issue, a different denominator from the 2025 release the site uses (see its caveats)',
    },
    new_all_ehc_pc: { notShown: 'the other side of ass_none_ehc_pc (plans issued as a share of the same total)' },
    total_tribunal_pc: { metric: 'mediation_followed_by_appeal_pct' },
  },
  'ehcp-2025-tribunal': {
    appeal_rate: {
      metric: 'tribunal_appeal_rate',
      except: { '2023': { E06000053: "leaves the Isles of Scilly's 2023 appeals cell blank" } },
    },
  },
  'prepared-eyfsp': {
    gld_percentage: [
      ...byGroup('eyfs_good_development', 'characteristic_type', {
        ehcp: 'EHC plan',
        sen_support: 'SEN support',
        no_sen: 'No identified SEN',
      }),
      { metric: 'eyfs_good_development_all_sen', rows: { characteristic_type: 'All SEN' } },
    ],
  },
  'prepared-ks1-phonics': {
    pt_phonics_y1_met_expected_standard: [
      ...byGroup(
        'phonics_expected',
        'characteristic',
        { ehcp: 'EHC plan or Statement', sen_support: 'SEN support', no_sen: 'No SEN' },
        {
          ehcp: { blank: 'the table gives counts but no percentage for pupils with an EHC plan or statement' },
          no_sen: { except: { '201516': { E12000007: ROUNDED } } },
        },
      ),
      {
        metric: 'phonics_expected_all_sen',
        rows: { characteristic: 'All SEN' },
        except: { '201718': { E12000004: ROUNDED }, '202122': { E12000004: ROUNDED, E12000001: ROUNDED } },
      },
    ],
    // DfE's dashboard's own percentage of the (rounded) counts, as the site works it out.
    'Percent meeting expected standards in Y1': [
      ...byGroup('phonics_expected', 'characteristic', {
        ehcp: 'EHC plan or Statement',
        sen_support: 'SEN support',
        no_sen: 'No SEN',
      }),
      { metric: 'phonics_expected_all_sen', rows: { characteristic: 'All SEN' } },
    ],
  },
  'prepared-ks2-attainment': {
    pt_rwm_met_expected_standard: [
      ...byGroup(
        'ks2_rwm_expected',
        'characteristic',
        { ehcp: 'EHC plan', sen_support: 'SEN support', no_sen: 'No SEN' },
        { ehcp: { except: { '201819': { E12000008: ROUNDED } } } },
      ),
      { metric: 'ks2_rwm_expected_all_sen', rows: { characteristic: 'All SEN' } },
    ],
    'Percent meeting expected standard': [
      ...byGroup('ks2_rwm_expected', 'characteristic', {
        ehcp: 'EHC plan',
        sen_support: 'SEN support',
        no_sen: 'No SEN',
      }),
      { metric: 'ks2_rwm_expected_all_sen', rows: { characteristic: 'All SEN' } },
    ],
  },
  'prepared-destinations-16-18': {
    '% of pupils': [
      { metric: 'destination_16_18_sustained_sen', rows: { characteristic: 'Identified SEN (mainstream)', destination_raw: 'overall' } },
      { metric: 'destination_16_18_sustained_no_sen', rows: { characteristic: 'No identified SEN', destination_raw: 'overall' } },
      ...(
        [
          ['destination_16_18_sustained_lldd', 'Identified LLDD (mainstream)', 'overall'],
          ['destination_16_18_sustained_no_lldd', 'No identified LLDD', 'overall'],
          ['destination_16_18_not_sustained_lldd', 'Identified LLDD (mainstream)', 'all_notsust'],
          ['destination_16_18_not_sustained_no_lldd', 'No identified LLDD', 'all_notsust'],
          ['destination_16_18_higher_education_lldd', 'Identified LLDD (mainstream)', 'he'],
          ['destination_16_18_further_education_lldd', 'Identified LLDD (mainstream)', 'fe'],
          ['destination_16_18_apprenticeship_lldd', 'Identified LLDD (mainstream)', 'appren'],
          ['destination_16_18_employment_lldd', 'Identified LLDD (mainstream)', 'all_work'],
        ] as const
      ).map(([metric, characteristic, destination_raw]) => ({ metric, rows: { characteristic, destination_raw } })),
    ],
  },
  'prepared-ap-characteristics': {
    '% of pupils': [
      {
        metric: 'ap_school_ehcp_pct',
        rows: { prov_type: 'State-funded AP school', pupil_characteristic: 'SEN status', char_dv: 'EHC plan' },
      },
      {
        metric: 'ap_school_sen_support_pct',
        rows: { prov_type: 'State-funded AP school', pupil_characteristic: 'SEN status', char_dv: 'SEN Support' },
      },
      // DfE's derived table against the raw school census file the site reads.
      {
        metric: 'school_arranged_ap_ehcp_pct',
        rows: { prov_type: 'School arranged AP', pupil_characteristic: 'SEN status', char_dv: 'EHC plan' },
      },
      {
        metric: 'school_arranged_ap_sen_support_pct',
        rows: { prov_type: 'School arranged AP', pupil_characteristic: 'SEN status', char_dv: 'SEN Support' },
      },
    ],
  },
  // The same file as ehcp-2025-caseload, read for its rows by ethnicity, years held and age at the start of the plan.
  'ehcp-2025-caseload-characteristics': Object.fromEntries(
    [
      'mainstream_total_pc',
      'special_total_pc',
      'AP_PRU_total_pc',
      'fe_total_pc',
      'ed_elsewhere_pc',
      'nm_early_years_pc',
      'placement_unknown_pc',
    ].map((c) => [
      c,
      { notShown: 'placements within each ethnic group, years held or age at the start: the site shows the shares of plans in each group' },
    ]),
  ),
  'prepared-ap-pupil-characteristics': {
    '% of pupils': [
      { metric: 'ap_school_age_11_13_pct', rows: { pupil_characteristic: 'Age breakdown', char_dv: 'Age 11 to 13' } },
      { metric: 'ap_school_age_14_15_pct', rows: { pupil_characteristic: 'Age breakdown', char_dv: 'Age 14 to 15' } },
      { metric: 'ap_school_boys_pct', rows: { pupil_characteristic: 'Gender', char_dv: 'Male' } },
      { metric: 'ap_school_fsm_pct', rows: { pupil_characteristic: 'Free school meal status', char_dv: 'FSM eligible' } },
      { metric: 'ap_school_any_sen_pct', rows: { pupil_characteristic: 'All SEN', char_dv: 'All SEN' } },
    ],
  },
  'prepared-dsg-deficit': {
    // The balance as a % of income: the site's deficit (the column it reads) with the sign turned.
    'DSG cumulative balance as a % of the total income': { copyOf: 'deficit', sign: -1 },
  },
  'prepared-mainstream-pupils': {
    '% of pupils': (['ehcp', 'sen_support', 'all_sen'] as const).map((g) => ({
      metric: `mainstream_pupils_${g}_pct` as const,
      rows: { 'SEN provision': { ehcp: 'EHC plan', sen_support: 'SEN support', all_sen: 'All SEN' }[g] },
    })),
  },
  ...Object.fromEntries(
    ['prepared-specialist-spend', 'prepared-specialist-spend-regions', 'prepared-specialist-spend-england'].map((id) => [
      id,
      {
        'Spend per head': [
          {
            metric: 'specialist_place_spend_per_head',
            rows: { category: 'Total' },
            ...(id === 'prepared-specialist-spend' ? { except: RETURNS } : {}),
          },
          {
            metric: 'specialist_place_spend_state_per_head',
            rows: { category: 'State' },
            ...(id === 'prepared-specialist-spend' ? { except: STATE_RETURNS } : {}),
          },
          {
            metric: 'specialist_place_spend_independent_per_head',
            rows: { category: 'Independent or non-maintained' },
            ...(id === 'prepared-specialist-spend' ? { except: INDEPENDENT_RETURNS } : {}),
          },
        ],
      },
    ]),
  ),
  'ap-school-absence': {
    sess_overall_percent: { metric: 'ap_school_overall_absence_pct' },
    enrolments_pa_10_exact_percent: { metric: 'ap_school_persistent_absence_pct' },
    sess_authorised_percent: { notShown: 'the site shows all absence, authorised and unauthorised together' },
    sess_unauthorised_percent: { notShown: 'the site shows all absence, authorised and unauthorised together' },
    enrolments_pa_50_exact_percent: { notShown: 'the site shows persistent absence (10% or more of sessions)' },
  },
  ...Object.fromEntries(
    ['prepared-absence', 'prepared-absence-regions'].map((id) => [
      id,
      {
        // Authorised absence is overall minus unauthorised absence: the site shows those two.
        Percentage: (['Overall', 'Unauthorised'] as const).flatMap((measure) =>
          Object.entries(PREPARED_ABSENCE_GROUPS).map(([group, characteristic]) => ({
            metric: `${measure === 'Overall' ? 'overall' : 'unauthorised'}_absence_${group}` as MetricId,
            rows: { characteristic, 'Absence measure': measure },
          })),
        ),
        ...(id === 'prepared-absence-regions'
          ? {
              pc_change: { notShown: "the dashboard's relative change since the year before: the site gives changes in percentage points" },
            }
          : {}),
      },
    ]),
  ),
  'cin-sen': {
    // Shown for children in need; for the other groups the sum of the two shares the site shows.
    pt_all_SEN: { metric: 'children_in_need_all_sen_pct', rows: { social_care_group: 'CINO at 31 March' } },
    pt_statement_or_EHC_plan: [
      { metric: 'child_protection_plan_ehcp_pct', rows: { social_care_group: 'CPPO at 31 March' } },
      // The site takes these two from LAIT: DfE's raw file checks them.
      { metric: 'children_in_need_ehcp_pct', rows: { social_care_group: 'CINO at 31 March' }, except: LAIT_LATER },
      { metric: 'looked_after_ehcp_pct', rows: { social_care_group: 'CLA 12 months at 31 March' }, except: LAIT_LATER },
    ],
    pt_SEN_support: [
      { metric: 'child_protection_plan_sen_support_pct', rows: { social_care_group: 'CPPO at 31 March' } },
      { metric: 'children_in_need_sen_support_pct', rows: { social_care_group: 'CINO at 31 March' }, except: LAIT_LATER },
      { metric: 'looked_after_sen_support_pct', rows: { social_care_group: 'CLA 12 months at 31 March' }, except: LAIT_LATER },
    ],
    ...Object.fromEntries(
      ['no_identified_SEN', 'ASD', 'HI', 'MLD', 'MSI', 'NSA', 'OTH', 'PD', 'PMLD', 'SEMH', 'SLCN', 'SLD', 'SPLD', 'VI'].map((c) => [
        `pt_${c}`,
        { notShown: 'the site shows the shares with an EHC plan and on SEN support, not other groups or primary needs' },
      ]),
    ),
  },
  'prepared-ks4-destinations': {
    '% of pupils': [
      ...(Object.keys(KS4_GROUPS) as Array<keyof typeof KS4_GROUPS>).map((g) => ({
        metric: `ks4_not_sustained_${g}` as const,
        rows: { characteristic: KS4_GROUPS[g], destination_raw: 'all_notsust' },
      })),
      ...(['ehcp', 'all_sen'] as const).flatMap((g) =>
        (Object.keys(KS4_TYPES) as Array<keyof typeof KS4_TYPES>).map((t) => ({
          metric: `ks4_destination_${t}_${g}` as const,
          rows: { characteristic: KS4_GROUPS[g], destination_raw: KS4_TYPES[t] },
        })),
      ),
    ],
  },
  'prepared-provider-types': {
    '% of pupils (with SEN provision type)': {
      notShown:
        "the site shows the sum of four of these shares (pupils with an EHC plan in special, independent and AP schools), as DfE's dashboard does: prototype-measures-real.test.ts checks it",
    },
  },
}

let data: ReadAll
let index: ObservationIndex
const sources = new Map(loadRegistry().map((s) => [s.id, s]))
beforeAll(async () => {
  data = await readRealSources()
  index = new ObservationIndex(data.observations)
})

/** The header's percentage columns of a source file the site reads (ZIPs and presentation tables included). */
function percentColumns(id: string): string[] {
  const path = data.paths.get(id)!
  const header = sources.get(id)!.format === 'tribunal-table' ? ['appeal_rate'] : readCsvFile(path).header
  return header.filter((c) => PERCENT_COLUMN.test(c))
}

/** The percentage columns read with the site's own spec for the file (its rows, areas and breakdowns). */
async function readPercentages(id: string, columns: readonly string[]): Promise<Observation[]> {
  if (sources.get(id)!.format === 'tribunal-table') return data.observations.filter((o) => o.source === id && o.measure === 'appeal_rate')
  const spec = OBSERVATION_SPECS[id]!
  const measures = Object.fromEntries(columns.map((c) => [c, 'score' as const]))
  const input = { sourceId: id, path: data.paths.get(id)!, displayName: id, geography: g }
  if (spec.format === 'ees-csv') {
    const { publisherErrors: _, ...rest } = spec
    return (await readObservations(input, { ...rest, measures })).observations
  }
  if (spec.format === 'dfe-prepared') {
    const { zeroIsMissing: _z, incompleteReturns: _i, ...rest } = spec
    return (await readObservations(input, { ...rest, measures } as ObservationSpec)).observations
  }
  throw new Error(`${id}: no percentage reader for format ${spec.format}`)
}

const filtersOf = (breakdown: string) =>
  new Map(breakdown === '' ? [] : breakdown.split('|').map((kv) => kv.split('=') as [string, string]))
const matches = (o: Observation, rows: Shown['rows']) => {
  const f = filtersOf(o.breakdown)
  return Object.entries(rows ?? {}).every(([k, v]) => f.get(k) === v)
}
/** Decimals of a value as read ("64.3000" is read as 64.3: one). */
const decimalsOf = (v: number) => (String(v).split('.')[1] ?? '').length
/**
 * Half a unit of the last decimal DfE prints, value by value: some files print to significant
 * figures (22.3254, 5.90621). A whole number in a column of decimals (12 for 12.0) is taken to the
 * column's usual decimals.
 */
function tolerances(values: readonly number[], shown: number): (v: number) => number {
  const counts = new Map<number, number>()
  for (const v of values) if (decimalsOf(v) > 0) counts.set(decimalsOf(v), (counts.get(decimalsOf(v)) ?? 0) + 1)
  const usual = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0
  // No finer than two decimals beyond those the page shows: a rate DfE prints to 15 significant
  // figures (spend per head) was worked out from amounts it then rounded to the pound.
  return (v) => 0.5 * 10 ** -Math.min(decimalsOf(v) || usual, shown + 2) + 1e-9
}

/** The series of a metric that reads this source, whose period map places the file's periods. */
function seriesFrom(def: MetricDefinition, source: string, rows: Shown['rows']): Series | undefined {
  const candidates = seriesOf(def).filter((s) => s.parts.some((p) => p.source === source))
  return (
    candidates.find((s) => s.parts.some((p) => p.source === source && matches({ breakdown: p.breakdown } as Observation, rows))) ??
    candidates[0]
  )
}

interface Outcome {
  compared: number
  /** Of those, rows of years the metric takes from another file (placed on the metric's period of the same name). */
  otherYears: number
  equal: number
  differences: Array<{ key: string; area: string; period: string; site: MetricValue | undefined; dfe: number }>
}

function compare(id: string, shown: Shown, observations: readonly Observation[]): Outcome {
  const def = metricById(shown.metric)!
  const values = new Map(computeMetric(def, index, g).values.map((v) => [`${v.area}|${v.period}`, v]))
  // A file the metric does not read (DfE's derived table beside the raw file, or the raw file beside LAIT) is placed on its periods like the metric's own.
  const series = seriesFrom(def, id, shown.rows) ?? seriesOf(def)[0]!
  const rows = observations.filter((o) => matches(o, shown.rows) && o.value !== null)
  const available = [...new Map(rows.map((o) => [`${o.periodKind}:${o.period}`, { period: o.period, periodKind: o.periodKind }])).values()]
  const tolerance = tolerances(
    rows.map((o) => o.value!),
    def.decimals,
  )
  const out: Outcome = { compared: 0, otherYears: 0, equal: 0, differences: [] }
  const metricPeriods = new Set<string>(values.values().map((v) => v.period))
  // Years the metric takes from another file (an older release joined to a newer one) are compared
  // too: the January of a calendar year's snapshot, or the period of the same name.
  const samePeriod = (o: Observation) => {
    const january = o.periodKind === 'calendar_year' ? academicYearOfJanuary(Number(o.period)) : undefined
    const id = metricPeriods.has(o.period) ? o.period : january
    return id !== undefined && metricPeriods.has(id) ? [{ id }] : []
  }
  for (const o of rows) {
    const mapped = series.periods(o, available)
    if (mapped.length === 0) out.otherYears += samePeriod(o).length
    for (const p of mapped.length > 0 ? mapped : samePeriod(o)) {
      out.compared++
      const v = values.get(`${o.areaCode}|${p.id}`)
      if (v?.value != null && Math.abs(v.value - o.value!) <= tolerance(o.value!)) out.equal++
      else out.differences.push({ key: `${o.areaCode}|${o.period}`, area: o.areaCode, period: p.id, site: v, dfe: o.value! })
    }
  }
  return out
}

/** Whether a listed reason is on the page for this figure: a caveat, a note for the area and period, or the missing reason's words. */
function onThePage(def: MetricDefinition, area: string, period: string, words: string, site: MetricValue | undefined): boolean {
  const notes = (def.areaNotes ?? []).filter((n) => n.areas.includes(area) && n.periods.includes(period)).map((n) => n.note)
  const missing = site?.missing ? [MISSING_REASONS[site.missing]] : []
  return [...def.caveats, ...notes, ...missing].some((text) => text.includes(words))
}

/** Comparisons made by the tests above, for the total. */
const totals = { columns: 0, compared: 0, otherYears: 0, equal: 0, excepted: 0, noShare: 0 }

const ENTRIES = Object.entries(COLUMNS).flatMap(([id, columns]) =>
  Object.entries(columns).flatMap(([column, entry]) =>
    (Array.isArray(entry) ? entry : [entry]).map((e: Column) => ({ id, column, entry: e })),
  ),
)

describe("DfE's published percentages, every column of every file the site reads", () => {
  it('lists every percentage column of every file read as observations, and nothing that is not there', () => {
    const read = loadRegistry().filter((s) => ['ees-csv', 'dfe-prepared', 'tribunal-table'].includes(s.format) && data.paths.has(s.id))
    const found: string[] = []
    for (const s of read) for (const c of percentColumns(s.id)) found.push(`${s.id} ${c}`)
    const listed = Object.entries(COLUMNS).flatMap(([id, columns]) => Object.keys(columns).map((c) => `${id} ${c}`))
    expect(listed.sort()).toEqual(found.sort())
    expect(found.length).toBeGreaterThan(120)
  })

  it('copies: the display columns repeat the columns they copy, row by row', async () => {
    let copies = 0
    for (const { id, column, entry } of ENTRIES) {
      if (!('copyOf' in entry)) continue
      copies++
      const byRow = new Map<number, Map<string, number | null>>()
      for (const o of await readPercentages(id, [column, entry.copyOf]))
        byRow.set(o.line, (byRow.get(o.line) ?? new Map()).set(o.measure, o.value))
      expect(byRow.size, `${id} ${column}`).toBeGreaterThan(100)
      for (const [line, values] of byRow) {
        const original = values.get(entry.copyOf) ?? null
        expect(values.get(column) ?? null, `${id} ${column} row ${line}`).toBe(original === null ? null : (entry.sign ?? 1) * original || 0)
      }
    }
    expect(copies).toBe(1)
  })

  const shownEntries = ENTRIES.filter((e) => !('notShown' in e.entry) && !('copyOf' in e.entry)) as Array<{
    id: string
    column: string
    entry: Shown
  }>
  it.each(
    shownEntries.map(
      (e) => [`${e.id} ${e.column} -> ${e.entry.metric}${e.entry.rows ? ` (${Object.values(e.entry.rows).join(', ')})` : ''}`, e] as const,
    ),
  )('%s', async (_, { id, column, entry }) => {
    const observations = await readPercentages(id, [column])
    if (entry.blank) {
      const rows = observations.filter((o) => matches(o, entry.rows))
      expect(rows.length, entry.blank).toBeGreaterThan(100)
      expect(
        rows.filter((o) => o.value !== null),
        entry.blank,
      ).toEqual([])
      return
    }
    const outcome = compare(id, entry, observations)
    expect(outcome.compared, `${id} ${column}`).toBeGreaterThan(0)
    totals.columns++
    totals.compared += outcome.compared
    totals.otherYears += outcome.otherYears
    totals.equal += outcome.equal
    const def = metricById(entry.metric)!
    const unexplained: string[] = []
    const used = new Set<string>()
    for (const d of outcome.differences) {
      const [area, period] = d.key.split('|') as [string, string]
      const listed = entry.except?.[period]?.[area] ?? entry.except?.[period]?.['*']
      const dfe0 = d.dfe === 0 && d.site?.missing === 'no_denominator' // DfE prints 0 for 0 of 0; the site, why there is no share
      if (dfe0) {
        totals.noShare++
        continue
      }
      if (listed === undefined) {
        unexplained.push(`${d.key}: DfE ${d.dfe}, site ${d.site?.value ?? d.site?.missing ?? 'no row'}`)
        continue
      }
      used.add(`${period}|${entry.except?.[period]?.[area] === undefined ? '*' : area}`)
      totals.excepted++
      expect(onThePage(def, d.area, d.period, listed, d.site), `${entry.metric} ${d.key}: "${listed}" is not on the page`).toBe(true)
    }
    expect(unexplained).toEqual([])
    const stale = Object.entries(entry.except ?? {})
      .flatMap(([p, byArea]) => Object.keys(byArea).map((a) => `${p}|${a}`))
      .filter((k) => !used.has(k))
    expect(stale, 'exceptions that no longer happen').toEqual([])
  })

  it("the long files (LAIT, Data to Insight's extracts): every percentage or rate read is shown as published, or from another file", () => {
    // Each measure is one "column": the site shows it unchanged in a published segment, unless an
    // earlier segment gives the figure from another file (DfE's counts), whose own percentage
    // columns are compared above.
    const every: readonly MetricDefinition[] = METRICS
    let compared = 0
    let fromOtherFile = 0
    const unread: string[] = []
    for (const id of ['lait-send', 'd2i-exclusions-by-sen', 'd2i-absence-by-sen']) {
      const spec = OBSERVATION_SPECS[id]!
      if (spec.format !== 'lait-long' && spec.format !== 'd2i-long') throw new Error(`${id}: not a long file`)
      const kinds = Object.entries(spec.measures).map(([m, k]) => [m, typeof k === 'string' ? k : k.kind] as const)
      for (const [measure, kind] of kinds.filter(([, k]) => k === 'percent' || k === 'rate')) {
        const observations = data.observations.filter((o) => o.source === id && o.measure === measure && o.value !== null)
        const showing = every.flatMap((def) =>
          def.segments.flatMap((seg) =>
            seg.kind === 'published' &&
            seg.value.parts.length === 1 &&
            seg.value.parts[0]!.source === id &&
            seg.value.parts[0]!.measure === measure
              ? [{ def, series: seg.value }]
              : [],
          ),
        )
        if (showing.length === 0) {
          unread.push(`${id} ${measure} (${kind})`)
          continue
        }
        for (const { def, series } of showing) {
          const values = new Map(computeMetric(def, index, g).values.map((v) => [`${v.area}|${v.period}`, v]))
          const rows = observations.filter((o) => o.breakdown === series.parts[0]!.breakdown)
          const available = [...new Map(rows.map((o) => [o.period, { period: o.period, periodKind: o.periodKind }])).values()]
          for (const o of rows) {
            for (const p of series.periods(o, available)) {
              const v = values.get(`${o.areaCode}|${p.id}`)
              if (v && !v.sources.includes(id)) {
                fromOtherFile++
                continue
              }
              expect(v?.value, `${def.id} ${o.areaCode} ${p.id}`).toBe(o.value)
              compared++
            }
          }
        }
      }
    }
    // Read but not shown: the site gives the share of pupils suspended for all schools and special schools.
    expect(unread).toEqual(['lait-send Pri_ Pup_FixedEx (percent)', 'lait-send Sec_ Pup_FixedEx (percent)'])
    expect(compared).toBeGreaterThan(40000)
    console.log(
      `long files: ${compared} percentages and rates shown as published, ${fromOtherFile} figures shown from another file's counts`,
    )
  })

  it("in all: every comparison is equal, a listed exception, or DfE's 0 for nothing counted", () => {
    expect(totals.compared).toBe(totals.equal + totals.excepted + totals.noShare)
    expect(totals.columns).toBe(shownEntries.filter((e) => !e.entry.blank).length)
    expect(totals.compared).toBeGreaterThan(40000)
    console.log(
      `published percentages: ${totals.columns} column mappings, ${totals.compared} comparisons (${totals.otherYears} in years the metric takes from another file), ${totals.equal} equal, ${totals.excepted} listed exceptions, ${totals.noShare} of 0 for nothing counted`,
    )
  })
})
