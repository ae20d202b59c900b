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
export const OLD_SEN2_ACTIVITY =
  "Years before 2019 come from DfE's older releases of the SEN2 return (statements and EHC plans together until 2018); 2019 onwards from the 2025 release. The releases give the same figures for 2019 to 2021, which is why the series are joined."
export const YORKSHIRE_2022 =
  "In DfE's 2025 release every Yorkshire and the Humber local authority is given the region's total of new plans for 2022 (6,078) as its own, while DfE's own percentages use each authority's real total. Those authorities' 2022 figures come instead from DfE's SEN2 management information (2023 release), which counts a few plans differently (Leeds: 362, where its placements in the 2025 release add up to 357); the region's figure is the 2025 release's."
