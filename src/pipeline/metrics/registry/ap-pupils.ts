// Pupils in state-funded AP schools (theme "Alternative provision"): how many, for every 10,000
// pupils in mainstream schools, and who they are (age, sex, free school meals, any SEN), from the
// tables DfE's SEND and AP Inclusion Dashboard prepared from the school census (derived: no raw
// file here gives them by LA). Their SEN status is in ap.ts.
import type { MetricDefinition, Series } from '../definition.ts'
import { januaryOfAcademicYear } from '../period-maps.ts'
import { MAINSTREAM_PUPILS, prepared } from './outcome-series.ts'
import { DERIVED_PREPARED } from './outcome-wording.ts'

const AP_SCHOOL_PUPILS = prepared('prepared-ap-counts', 'total', { prov_type: 'State-funded AP school' }, januaryOfAcademicYear)
const ON_ROLL =
  'Pupils on the roll of state-funded AP schools (pupil referral units, AP academies and AP free schools) at the January school census, counted in the area of the school.'

/** Pupils in the area's AP schools with one characteristic (the table leaves out a group with none). */
const withCharacteristic = (characteristic: string, value: string): Series => ({
  ...prepared(
    'prepared-ap-pupil-characteristics',
    'pupils_dv',
    { prov_type: 'State-funded AP school', pupil_characteristic: characteristic, char_dv: value },
    januaryOfAcademicYear,
  ),
  absentMeansZero: true,
})

function share<const Id extends string>(
  id: Id,
  characteristic: string,
  value: string,
  who: string,
  more: readonly string[] = [],
  /** The words after "pupils in state-funded AP schools" in the title, where "who" alone does not read. */
  titled = who,
): MetricDefinition<Id> {
  return {
    id,
    title: `% of pupils in state-funded AP schools ${titled}`,
    question: `What share of pupils in state-funded AP schools and pupil referral units are ${who}?`,
    theme: 'ap',
    unit: 'percent',
    direction: 'neutral',
    ageBand: 'school age',
    numeratorLabel: `pupils in state-funded AP schools ${who}`,
    denominatorLabel: 'pupils in state-funded AP schools',
    segments: [{ kind: 'proportion', numerator: withCharacteristic(characteristic, value), denominator: AP_SCHOOL_PUPILS }],
    caveats: [ON_ROLL, ...more, `From ${DERIVED_PREPARED}.`],
    breaks: [],
    decimals: 1,
    sentence: `{value} of pupils in state-funded AP schools are ${who}`,
  }
}

export const AP_PUPIL_METRICS = [
  {
    id: 'ap_school_pupils_per_10000',
    title: 'Pupils in state-funded AP schools per 10,000 pupils',
    question:
      'How many pupils are on the roll of state-funded AP schools and pupil referral units, for every 10,000 pupils in mainstream schools?',
    theme: 'ap',
    unit: 'per_10000',
    direction: 'neutral',
    ageBand: 'school age',
    numeratorLabel: 'pupils on the roll of state-funded AP schools (school census)',
    denominatorLabel: 'pupils in state-funded mainstream schools',
    segments: [{ kind: 'rate', numerator: { ...AP_SCHOOL_PUPILS, absentMeansZero: true }, denominator: MAINSTREAM_PUPILS, per: 10000 }],
    caveats: [
      ON_ROLL,
      'An area with no state-funded AP school has no row in the table, and so no pupils in one.',
      'Per 10,000 pupils in state-funded mainstream schools at the January census (from the same tables). Pupils in AP schools are counted where the school is, which may not be the area of the council that placed them.',
      `From ${DERIVED_PREPARED}.`,
    ],
    breaks: [],
    decimals: 1,
    sentence: 'there were {number} pupils in state-funded AP schools for every 10,000 pupils',
  } as const satisfies MetricDefinition<'ap_school_pupils_per_10000'>,
  share('ap_school_age_11_13_pct', 'Age breakdown', 'Age 11 to 13', 'aged 11 to 13', ['Age at 31 August before the census.']),
  share('ap_school_age_14_15_pct', 'Age breakdown', 'Age 14 to 15', 'aged 14 to 15', ['Age at 31 August before the census.']),
  share('ap_school_boys_pct', 'Gender', 'Male', 'boys', [], 'who are boys'),
  share('ap_school_fsm_pct', 'Free school meal status', 'FSM eligible', 'eligible for free school meals'),
  share('ap_school_any_sen_pct', 'All SEN', 'All SEN', 'with special educational needs (an EHC plan or SEN support)'),
]
