// Caveats, series breaks and notes for particular areas that several metrics share, worded once.
import type { AreaNote } from '../definition.ts'

export const SEN2_BREAK = {
  from: '202223',
  note: 'From January 2023 the SEN2 return holds a record for each child or young person instead of local authority totals, so figures before and after are not fully comparable.',
}
export const SEN2_BREAK_ACTIVITY = {
  from: '2022',
  note: 'Figures for 2022 onwards come from the person-level SEN2 return first collected in 2023; earlier years from local authority totals, so they are not fully comparable.',
}
export const COVID_TERMS = {
  from: '202122-autumn',
  note: 'Schools were closed to most pupils for parts of 2019/20 and 2020/21 (COVID-19), which lowered suspensions and exclusions; compare later terms with care.',
}
/** Terms DfE advises comparing with care (COVID-19): no change is given from or to them. */
export const COVID_FLAGGED_TERMS = {
  periods: ['201920-spring', '201920-summer', '202021-autumn', '202021-spring', '202021-summer'],
  note: 'Schools were closed to most pupils from 23 March 2020 and from January to early March 2021, and many pupils had to isolate at home during 2020/21 (COVID-19). DfE advises care in comparing these terms with others, so no change is given from or to them.',
}
/** The school year DfE advises comparing with care (COVID-19): no change is given from or to it. */
export const COVID_FLAGGED_YEAR = {
  periods: ['202021'],
  note: 'Schools were closed to most pupils from January to early March 2021 (COVID-19). DfE advises care in comparing 2020/21 with other years, so no change is given from or to it.',
}
export const DERIVED_EXCLUSIONS =
  'From a derived extract (Data to Insight) of DfE\'s "Suspensions and permanent exclusions in England" figures: rates per term only, for local authorities only. The extract has no pupil counts, so no confidence interval can be computed, and no England or regional figure is available from it.'
export const DERIVED_ABSENCE =
  'From a derived extract (Data to Insight) of DfE\'s "Pupil absence in schools in England" figures: percentages only, for local authorities only, so no confidence interval and no England or regional figure can be given. The 2024/25 figures cover the autumn and spring terms.'
export const AGES_FROM_2024 = 'DfE publishes placements by age for each local authority from January 2024 only.'
export const BREAKDOWN_WITHHELD =
  "Shares are of the plans counted in DfE's breakdown by placement and age, as in DfE's own percentages. Where DfE withheld a local authority's breakdown (Hackney and Peterborough in January 2024), the England and regional shares leave out the plans missing from the breakdown, so they count slightly fewer plans than the total."
export const PLACEMENT_CAVEAT =
  'Placement is where the child or young person was on the January census day, as recorded by the local authority.'

// The statements-to-plans transition and the old SEN2 series before 2019.
export const STATEMENTS_TO_PLANS = {
  from: '201415',
  note: 'From September 2014 EHC plans (ages 0 to 25) began to replace statements of SEN, which covered school-age pupils; the transfer ended in 2018. Until January 2018 statements and plans are counted together, and from January 2015 the count includes young people in further education, whom statements did not cover.',
}
export const STATEMENTS_TO_PLANS_ACTIVITY = {
  from: '2014',
  note: 'From September 2014 new EHC plans (ages 0 to 25) replaced new statements of SEN (mostly school age); until 2018 new statements and new plans are counted together.',
}
export const OLD_SEN2_JANUARY =
  "January 2010 to January 2018 come from DfE's 2022 release (the old SEN2 return, statements and EHC plans together); January 2019 onwards from the 2025 release. The two releases give the same figures for January 2019 to January 2022, which is why the series are joined."
export const YORKSHIRE_2022 =
  "In DfE's 2025 release every Yorkshire and the Humber local authority is given the region's total of new plans for 2022 (6,078) as its own, while DfE's own percentages use each authority's real total. Those authorities' 2022 figures come instead from DfE's SEN2 management information (2023 release), which counts a few plans differently (Leeds: 362, where its placements in the 2025 release add up to 357); the region's figure is the 2025 release's."

// January 2025: two LAs returned no placements (DfE prints "x"), and DfE counts their plans as
// "placement unknown" in their regions' and England's totals.
const CAMBRIDGESHIRE = 'E10000003'
const NORTH_EAST_LINCOLNSHIRE = 'E06000012'
const EAST_OF_ENGLAND = 'E12000006'
const YORKSHIRE_AND_THE_HUMBER = 'E12000003'
export const NO_PLACEMENTS_2025 =
  'Cambridgeshire (8,007 plans) and North East Lincolnshire (1,983) returned no placements for January 2025: they have no share that month, and DfE counts their plans as "placement unknown" in the East of England, Yorkshire and the Humber and England totals, so those shares by placement are lower than their other authorities\' plans would give.'
export const NO_PLACEMENTS_2025_NOTES: readonly AreaNote[] = [
  {
    areas: [CAMBRIDGESHIRE],
    periods: ['202425'],
    note: 'Cambridgeshire returned no placements for its 8,007 plans in January 2025 (DfE prints "x"), so it has no share that month; DfE counts its plans as "placement unknown" in the East of England and England totals.',
  },
  {
    areas: [NORTH_EAST_LINCOLNSHIRE],
    periods: ['202425'],
    note: 'North East Lincolnshire returned no placements for its 1,983 plans in January 2025 (DfE prints "x"), so it has no share that month; DfE counts its plans as "placement unknown" in the Yorkshire and the Humber and England totals.',
  },
  {
    areas: [EAST_OF_ENGLAND],
    periods: ['202425'],
    note: "The East of England's January 2025 shares count Cambridgeshire's 8,007 plans, which have no placement recorded, as \"placement unknown\", as DfE does: 40.0% of the region's plans are in mainstream schools, 45.0% of those outside Cambridgeshire.",
  },
  {
    areas: [YORKSHIRE_AND_THE_HUMBER],
    periods: ['202425'],
    note: "Yorkshire and the Humber's January 2025 shares count North East Lincolnshire's 1,983 plans, which have no placement recorded, as \"placement unknown\", as DfE does: 42.9% of the region's plans are in mainstream schools, 44.4% of those outside North East Lincolnshire.",
  },
  {
    areas: ['E92000001'],
    periods: ['202425'],
    note: 'England\'s January 2025 shares count the 9,990 plans of Cambridgeshire and North East Lincolnshire, which returned no placements, as "placement unknown", as DfE does: 43.6% of plans are in mainstream schools, 44.3% of those outside the two authorities.',
  },
]

// 2024: the SEND Tribunal table prints Cambridgeshire's and Central Bedfordshire's appealable
// decisions in each other's row; the site puts them back (see tribunal-table.ts).
export const TRIBUNAL_SWAP_2024 =
  "In DfE's 2024 appeal-rate table Cambridgeshire's and Central Bedfordshire's appealable decisions are printed in each other's rows (the EHC plan files show which is which), so the site puts them back and works out both rates from the counts: they differ from the rates DfE prints for these two authorities."
export const TRIBUNAL_SWAP_2024_NOTES: readonly AreaNote[] = [
  {
    areas: ['E10000003'],
    periods: ['2024'],
    note: "DfE's 2024 table prints Cambridgeshire's appealable decisions (8,246) in Central Bedfordshire's row and Central Bedfordshire's (4,410) in Cambridgeshire's. The site puts them back, so Cambridgeshire's 2024 rate, 169 appeals of 8,246 decisions (2.0%), differs from the 3.8% DfE prints.",
  },
  {
    areas: ['E06000056'],
    periods: ['2024'],
    note: "DfE's 2024 table prints Central Bedfordshire's appealable decisions (4,410) in Cambridgeshire's row and Cambridgeshire's (8,246) in Central Bedfordshire's. The site puts them back, so Central Bedfordshire's 2024 rate, 140 appeals of 4,410 decisions (3.2%), differs from the 1.7% DfE prints.",
  },
]
