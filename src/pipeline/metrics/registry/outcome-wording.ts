// Caveats and series breaks shared by the themes beyond the EHC plan, worded once.

export const DERIVED_PREPARED = "the tables DfE's SEND and AP Inclusion Dashboard prepared from its published releases (a derived source)"
export const LAIT_PERCENTAGES =
  "DfE's Local Authority Interactive Tool (LAIT: a derived row subset), which gives percentages only, so no interval."

export const NO_EXAMS_2020_2021 = {
  from: '202122',
  note: 'No assessments or exams took place as usual in 2019/20 and 2020/21 (COVID-19): there are no figures for those years, and results from 2021/22 on are not directly comparable with 2018/19.',
}

export const NO_ABSENCE_2019_20 = { from: '202021', note: 'No absence figures were published for 2019/20 (COVID-19).' }

// Absence by SEN status: DfE's own figures for the autumn and spring terms to 2022/23 (its
// Inclusion Dashboard's table), then the derived extract's whole year 2023/24 and its two terms of
// 2024/25. A part year is never compared with a whole one.
export const ABSENCE_WHOLE_YEAR_FROM_2023 = {
  from: '202324',
  note: "From 2023/24 the figures cover the whole school year and come from a derived extract, for local authorities only; until 2022/23 they are DfE's own figures for the autumn and spring terms. The two are not comparable, so no change is given between them.",
}
export const ABSENCE_PART_YEAR_2024_25 = {
  from: '202425',
  note: '2024/25 covers the autumn and spring terms only (published part-way through the school year), so it is not compared with the whole of 2023/24.',
}
export const PREPARED_ABSENCE_SOURCE = `Until 2022/23, DfE's own figures for the autumn and spring terms, from ${DERIVED_PREPARED}, with England and the regions: percentages only, so no interval.`
export const ABSENCE_EXTRACT_LATER =
  "2023/24 (the whole year) and 2024/25 (the autumn and spring terms) from a derived extract (Data to Insight) of DfE's figures, for local authorities only: no England or regional figure."
export const ABSENCE_SOURCES_DIFFER =
  "Where both give a year (2018/19 and 2020/21 to 2022/23), the extract's whole-year figures and DfE's autumn-and-spring figures agree to two decimals for only 16 of 1,821 local authority figures, because they cover different parts of the year. Outside 2020/21 they are mostly within half a percentage point; in 2020/21, when schools closed in the spring term, the extract's figures for pupils with an EHC plan are 1.4 points lower on average. The site shows DfE's own figures to 2022/23."

/** GCSE results through the pandemic: each change of grading starts a new series. */
export const GCSE_GRADING = [
  {
    from: '201920',
    note: 'Exams were cancelled in 2019/20 and 2020/21 (COVID-19): grades were awarded by schools and teachers, and were higher than in exam years.',
  },
  { from: '202122', note: 'Exams returned in 2021/22, graded more generously than before the pandemic.' },
  { from: '202223', note: 'From 2022/23 GCSEs were graded to the standard of 2019 again.' },
] as const
