// Caveats and series breaks that several metrics share, worded once.

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
