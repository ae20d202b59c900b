// What DfE's Inclusion Dashboard, LAIT and their users ask for that the files here cannot support,
// each with the reason: kept beside the registry, written into the site data for the methodology.
// An entry leaves this list when a file that supports it is registered and the measure is added.
import type { NotSupported } from '../../../contract/schemas.ts'

export const NOT_SUPPORTED: readonly NotSupported[] = [
  {
    theme: 'post16',
    what: "England's figures for destinations after key stage 4 and after 16-18 study, by SEN status and by type of destination",
    sources: ['prepared-ks4-destinations', 'prepared-destinations-16-18'],
    reason:
      "DfE's prepared tables hold local authority and regional rows only; its national files were not available, and an England figure cannot be added up from percentages.",
  },
  {
    theme: 'post16',
    what: 'Destinations after key stage 4 and after 16-18 study for years after 2021/22',
    sources: ['prepared-ks4-destinations', 'prepared-destinations-16-18'],
    reason:
      "DfE's prepared tables end with the 2021/22 destination year. LAIT carries later years of the share in a sustained destination after key stage 4 (shown), but not the types of destination or the share not sustained.",
  },
  {
    theme: 'post16',
    what: 'Destinations after 16-18 study of students in special schools',
    sources: ['prepared-destinations-16-18'],
    reason: "DfE's Inclusion Dashboard shows them, but the prepared table here holds rows for mainstream schools and colleges only.",
  },
  {
    theme: 'post16',
    what: 'Care leavers not in education, employment or training, by SEN status, and with counts',
    sources: ['lait-send'],
    reason:
      'LAIT gives whole percentages for all care leavers aged 19 to 21 only; no file here gives their activity by SEN status or their numbers.',
  },
  {
    theme: 'who',
    what: 'Children in need with SEN (all SEN), and the SEN of children on a child protection plan, after 2021/22',
    sources: ['cin-sen'],
    reason:
      "Only DfE's 2022 release of the statistics is here. LAIT carries later years of the shares of children in need and looked after with an EHC plan and on SEN support (shown), not all SEN or children on a plan.",
  },
  {
    theme: 'money',
    what: 'High needs funding allocated per head for 2019-20 and earlier',
    sources: [],
    reason:
      "The 2019-20 allocations were published in an older workbook (in millions of pounds) that is not here; the earliest allocation workbook here is 2020-21's.",
  },
  {
    theme: 'money',
    what: 'High needs funding per head for England and the South West in 2020-21 and 2021-22',
    sources: ['dsg-allocations-2020-21', 'dsg-allocations-2021-22', 'prepared-specialist-spend'],
    reason:
      "For those years the population comes from DfE's table of spending per head, which gives none for Dorset, so England's and the South West's cannot be totalled.",
  },
  {
    theme: 'money',
    what: 'Spending on special school and AP places, and the dedicated schools grant balance, for 2022-23',
    sources: ['prepared-specialist-spend', 'prepared-dsg-deficit'],
    reason: "DfE's prepared tables end with 2021-22, and the section 251 outturn files they were made from are not here.",
  },
]
