// Caveats and series breaks shared by the themes beyond the EHC plan, worded once.

export const DERIVED_PREPARED = "the tables DfE's SEND and AP Inclusion Dashboard prepared from its published releases (a derived source)"
export const LAIT_PERCENTAGES =
  "DfE's Local Authority Interactive Tool (LAIT: a derived row subset), which gives percentages only, so no interval."

export const NO_EXAMS_2020_2021 = {
  from: '202122',
  note: 'No assessments or exams took place as usual in 2019/20 and 2020/21 (COVID-19): there are no figures for those years, and results from 2021/22 on are not directly comparable with 2018/19.',
}

export const NO_ABSENCE_2019_20 = { from: '202021', note: 'No absence figures were published for 2019/20 (COVID-19).' }
