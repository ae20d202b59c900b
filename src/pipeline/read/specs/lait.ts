// The LAIT measures read for learning, destinations, children in need and looked after, all-pupil
// exclusions, exclusions of children in need and looked after, and SEN spending (merged into the "lait-send" source's spec in schools.ts). Each
// says how LAIT writes its years (see LaitYears in long-table.ts).
import type { LaitLongSpec } from '../long-table.ts'

type LaitMeasures = LaitLongSpec['measures']

const percentBy = (years: LaitLongSpec['measures'][string]['years'], ids: readonly string[]): LaitMeasures =>
  Object.fromEntries(ids.map((id) => [id, { kind: 'percent', years }]))

export const LAIT_OUTCOME_MEASURES: LaitMeasures = {
  // Results of an academic year, labelled with the year it ends in ("2025" or "2025 (prov)").
  ...percentBy('academic-year-end', [
    'FSP_Gooddev_With_SENSTATE',
    'FSP_Gooddev_Without_SENSTATE',
    'KS1P_EHCP',
    'KS1P_SEND',
    'KS1P_NonSEND',
    'NEW_KS2_RWM_Sen_Withsta',
    'NEW_KS2_RWM_Sen_W/Osta',
    'NoID_SEN_NEW_KS2_RWM',
    'Age19_SEN-S',
    'Age19_SENwoS',
    'Age19_NoNSEN',
    'Age19_SEN-S_L3',
    'Age19_SENwoS_L3',
    'Age19_NoNSEN_L3',
    'CINStatement',
    'CINSEN_SUP',
    'LAC_SEN_Statement',
    'LAC_SEN',
  ]),
  SEN_Stat_AVG_Attain8_Score: { kind: 'score', years: 'academic-year-end' },
  SEN_WoStat_AVG_Attain8_Score: { kind: 'score', years: 'academic-year-end' },
  SEN_NoID_AVG_Attain8_Score: { kind: 'score', years: 'academic-year-end' },
  SEN_Stat_AVG_Prog8_Score: { kind: 'score', years: 'academic-year-end' },
  SEN_WoStat_AVG_Prog8_Score: { kind: 'score', years: 'academic-year-end' },
  SEN_NoID_AVG_Prog8_Score: { kind: 'score', years: 'academic-year-end' },
  // KS4 destinations, labelled with the year the destination year starts in.
  ...percentBy('academic-year-start', ['SusEdOverall_SEN_Stat_incSpec', 'SusEdOverall_SEN_NoStat_incSpec', 'SusEdOverall_NoSEN_incSpec']),
  // Participation at 31 March of the year.
  '16-17YroldSEN_ET': { kind: 'percent', years: 'calendar-year' },
  // All-pupil suspensions and permanent exclusions by phase, per 100 pupils, and % of pupils suspended.
  ...Object.fromEntries(
    ['Tot', 'Pri', 'Sec', 'Spec'].flatMap((phase) => [
      [`${phase}FixedEx`, { kind: 'rate', years: 'academic-year' }],
      [`${phase}PermEx`, { kind: 'rate', years: 'academic-year' }],
    ]),
  ),
  ...percentBy('academic-year', ['Total_ Pup_FixedEx', 'Pri_ Pup_FixedEx', 'Sec_ Pup_FixedEx', 'Spec_ Pup_FixedEx']),
  // Weekly SEN services spending per child with an EHC plan (outturn).
  SENFinance: { kind: 'amount', years: 'financial-year-outturn' },
  // Results by SEN status beyond the headline ones, each labelled with the year it ends in: the
  // multiplication tables check (whole percentages), English Baccalaureate entry, level 2 with
  // English and maths by 19, and the suspensions and permanent exclusions of children in need and
  // of children looked after, by the academic year of the exclusions.
  ...percentBy('academic-year-end', [
    'Multiplication_EHCP',
    'Multiplication_SENDSupport',
    'Multiplication_AllSEND',
    'EngBacEntriesSEN',
    'EngBacEntriesSENSupport',
    'EngBacEntriesNonSEN',
    'Age19_SEN-S_L2EM',
    'Age19_SENwoS_L2EM',
    'Age19_NoNSEN_L2EM',
    'CINFixedExclusion',
    'CINPermExclusion',
    'LAC_Fixed_ Ex',
  ]),
  // Key stage 2 progress scores (0 is the national average) and English Baccalaureate average points.
  ...Object.fromEntries(
    [
      ...['SEN', 'SENSupport', 'NonSEN'].flatMap((g) => ['Reading', 'Writing', 'Maths'].map((s) => `KS2_${g}_${s}_Progress`)),
      ...['SEN', 'SENSupport', 'NonSEN'].map((g) => `EngBacAvgPointScore${g}`),
    ].map((id) => [id, { kind: 'score', years: 'academic-year-end' }]),
  ),
  // KS4 destinations of all pupils with SEN; care leavers aged 19-21 NEET in the year to 31 March.
  KS4_SEN_Des_incSpec: { kind: 'percent', years: 'academic-year-start' },
  CareLeaversNEET: { kind: 'percent', years: 'academic-year-end' },
}
