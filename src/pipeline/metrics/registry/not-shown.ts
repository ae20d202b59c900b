// What readers of DfE's files might look for that the site does not show, and why: measures the
// files cannot support, and years a measure cannot reach. Beside the registry, so that a measure's
// limits are written where the measure is; the methodology page lists them.
import type { NotShownEntry } from '../../../contract/schemas.ts'

export const NOT_SHOWN: readonly NotShownEntry[] = [
  {
    what: 'Mediation cases followed by an appeal to the SEND Tribunal, after 2021',
    sources: ['ehcp-2023-sen2-mi', 'ehcp-2025-requests'],
    why: 'The person-level return from 2022 counts mediations and appeals by what they were about (a request, an assessment or other matters), which can overlap, and does not say which appeals followed a mediation.',
    instead: 'mediation_followed_by_appeal_pct',
  },
  {
    what: 'Mediation cases by what they were about (a request, an assessment or other matters), 2022 onwards',
    sources: ['ehcp-2023-sen2-mi', 'ehcp-2025-requests', 'ehcp-2025-assessments'],
    why: 'One case can be counted under more than one stage and the files give no total, so no share of anything can be worked out from them.',
    instead: 'mediation_per_1000_appealable',
  },
  {
    what: 'Moves between mainstream and special schools, after 2021',
    sources: ['ehcp-2023-sen2-mi'],
    why: 'The person-level return from 2022 does not count moves between schools.',
    instead: 'moves_mainstream_to_special_per_1000',
  },
  {
    what: 'Children and young people with a plan awaiting provision, from January 2023',
    sources: ['ehcp-2025-caseload'],
    why: 'The person-level return has no category for them: DfE counts them among other types of placement, with other settings.',
    instead: 'ehcp_awaiting_provision_pct',
  },
  {
    what: 'Children and young people with a plan educated elsewhere, before January 2019',
    sources: ['ehcp-2022-estab-caseload'],
    why: "The 2022 release's group of the same name counts children awaiting provision and permanently excluded, and had no group for young people not in education, employment or training, so it is a different count.",
    instead: 'ehcp_educated_elsewhere_pct',
  },
  {
    what: 'Plans by ethnicity, years held and age when the plan started, and by sex, before January 2024',
    sources: ['ehcp-2025-caseload', 'ehcp-2022-age-caseload'],
    why: 'DfE publishes these breakdowns by local authority from the person-level collection only; the old return gave ages, not these.',
    instead: 'ehcp_minority_ethnic_pct',
  },
  {
    what: 'Plans by ethnicity set against the ethnic make-up of the local population',
    sources: ['ehcp-2025-caseload'],
    why: 'No population estimate by ethnicity and single year of age for each local authority is among the files this site uses.',
    instead: 'ehcp_minority_ethnic_pct',
  },
  {
    what: 'Statements of SEN ended because the needs were met, and moves between schools, before 2014',
    sources: ['ehcp-2023-sen2-mi'],
    why: "DfE's SEN2 management information starts in 2014; the 2022 release's files before then count statements and new statements by age and setting only.",
    instead: 'discontinued_needs_met_school_age_per_1000',
  },
  {
    what: 'Whether someone performs the role of designated medical or clinical officer without the title, 2017 to 2022',
    sources: ['ehcp-2022-work-based-placements'],
    why: 'A question of the old return that the 2025 release does not repeat; the site shows the two named roles, year by year, from 2017.',
    instead: null,
  },
  {
    what: 'Requests, new plans and EHC plans per head of population aged 0 to 25, before 2022 (January 2023 for plans)',
    sources: ['ons-mye-2022', 'ons-mye-2023'],
    why: 'The files here hold ONS estimates by single year of age for mid-2022 and mid-2023 only (the 0 to 17 series from 2012 does not reach age 25), so earlier years have no population aged 0 to 25.',
    instead: 'ehcp_per_1000_0_25',
  },
  {
    what: 'Assessments that did not lead to a plan, before 2022',
    sources: ['ehcp-2023-sen2-mi'],
    why: 'The old return gives a share with a different denominator (plans issued plus decisions not to issue), not the assessments in the year.',
    instead: 'assessment_no_plan_pct',
  },
]
