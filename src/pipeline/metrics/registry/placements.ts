// Children and young people with plans who are not in a school or college place, and moves between
// mainstream and special schools (theme "Where children and young people with plans learn"): the
// 2025 release's education elsewhere, joined where the definitions match to the old SEN2 return's
// January 2010 to 2018, and the old return's moves, 2014 to 2021.
import type { MetricDefinition, Segment } from '../definition.ts'
import { januaryOfAcademicYear, years } from '../period-maps.ts'
import { ALL_ESTABLISHMENTS, caseload, oldCaseloadIn, plansInBreakdown } from './series.ts'
import { oldCaseloadAtStartOfYear, sen2MiSum } from './sen2-series.ts'
import { FORMED_IN_YEAR, FORMED_IN_YEAR_NOTES } from './sen2-wording.ts'
import {
  BREAKDOWN_WITHHELD,
  NO_PLACEMENTS_2025,
  NO_PLACEMENTS_2025_NOTES,
  OLD_SEN2_JANUARY,
  PLACEMENT_CAVEAT,
  SEN2_BREAK,
  STATEMENTS_TO_PLANS,
} from './wording.ts'

const ELSEWHERE = 'Educated elsewhere'

/**
 * A kind of education elsewhere: the 2025 release's column, and where the old return has a type
 * that counts the same children, that type to January 2018.
 */
function elsewhere<const Id extends string>(
  id: Id,
  measure: string,
  words: { title: string; question: string; sentence: string },
  extra: { caveats: readonly string[]; oldType?: string; lastYear?: number },
): MetricDefinition<Id> {
  const recent = caseload(measure)
  const history: Segment[] = extra.oldType
    ? [{ kind: 'proportion', numerator: oldCaseloadIn([ELSEWHERE, extra.oldType]), denominator: oldCaseloadIn(ALL_ESTABLISHMENTS) }]
    : []
  const withPlan = extra.oldType ? 'with an EHC plan (or, to January 2018, a statement)' : 'with an EHC plan'
  return {
    id,
    title: extra.oldType ? `${words.title} (with statements, to January 2018)` : words.title,
    question: words.question,
    theme: 'where',
    unit: 'percent',
    direction: 'neutral',
    ageBand: '0-25',
    numeratorLabel: `children and young people ${withPlan} ${words.sentence}`,
    denominatorLabel: `children and young people ${withPlan}`,
    segments: [
      {
        kind: 'proportion',
        // The 2025 release prints "x" in the years after the last it has, for every area.
        numerator: extra.lastYear === undefined ? recent : { ...recent, periods: years(2018, extra.lastYear - 1, januaryOfAcademicYear) },
        denominator: plansInBreakdown,
      },
      ...history,
    ],
    caveats: [
      PLACEMENT_CAVEAT,
      ...extra.caveats,
      ...(extra.oldType ? [OLD_SEN2_JANUARY] : []),
      ...(extra.lastYear === undefined ? [BREAKDOWN_WITHHELD, NO_PLACEMENTS_2025] : []),
    ],
    ...(extra.lastYear === undefined ? { areaNotes: NO_PLACEMENTS_2025_NOTES } : {}),
    // A series that ends before January 2023 has no person-level years to break from.
    breaks: [...(extra.oldType ? [STATEMENTS_TO_PLANS] : []), ...(extra.lastYear === undefined ? [SEN2_BREAK] : [])],
    decimals: 1,
    sentence: `{value} of children and young people with an EHC plan are ${words.sentence}`,
  }
}

type School = 'mainstream' | 'special'
const GROUP: Readonly<Record<School, string>> = { mainstream: 'Mainstream school', special: 'Special school' }

/** Moves from one kind of school to the other in a year, per 1,000 with a plan or statement in the first kind in January. */
function move<const Id extends string>(id: Id, from: School, to: School): MetricDefinition<Id> {
  const counts = (plans: boolean, statements: boolean) => [
    ...(statements ? [`${from}_to_${to}`] : []),
    ...(plans ? [`${from}_to_${to}_ehc`] : []),
  ]
  const stock = oldCaseloadAtStartOfYear(GROUP[from], 'Total', 2014, 2021)
  return {
    id,
    title: `Moves from a ${from} to a ${to} school, per 1,000 children and young people with an EHC plan in ${from} schools`,
    question: `For every 1,000 children and young people with an EHC plan (or a statement) in a ${from} school in January, how many moved to a ${to} school during the year?`,
    theme: 'where',
    unit: 'per_1000',
    direction: 'neutral',
    ageBand: '0-25',
    numeratorLabel: `children and young people with an EHC plan or a statement who moved from a ${from} to a ${to} setting in the calendar year`,
    denominatorLabel: `children and young people with an EHC plan or a statement in ${from} schools in January of the same year`,
    // Each year's counts where the file has them: statements only in 2014 (plans began that
    // September), both in 2015 to 2018, plans only from 2019 (no statements were left).
    segments: [
      { kind: 'rate', numerator: sen2MiSum(counts(true, false), 2019, 2021), denominator: stock, per: 1000 },
      { kind: 'rate', numerator: sen2MiSum(counts(true, true), 2015, 2018), denominator: stock, per: 1000 },
      { kind: 'rate', numerator: sen2MiSum(counts(false, true), 2014, 2014), denominator: stock, per: 1000 },
    ],
    caveats: [
      "Moves from DfE's SEN2 management information (2023 release), 2014 to 2021, counting children and young people with a statement of SEN and those with an EHC plan together (in 2014 statements only, as EHC plans began that September). The person-level return from 2022 does not count moves between schools, so the series stops in 2021.",
      `Per 1,000 children and young people with a statement or an EHC plan in ${from} schools in January of the same year, from DfE's 2022 release.`,
      FORMED_IN_YEAR,
    ],
    areaNotes: FORMED_IN_YEAR_NOTES,
    breaks: [],
    decimals: 1,
    sentence: `{number} in every 1,000 children and young people with an EHC plan in ${from} schools moved to a ${to} school in the year`,
  }
}

export const PLACEMENT_METRICS = [
  elsewhere(
    'ehcp_educated_elsewhere_pct',
    'ed_elsewhere',
    {
      title: '% of children and young people with an EHC plan educated elsewhere',
      question:
        'What share of children and young people with an EHC plan are not at a school, college or early years setting (educated at home, in arrangements made by the council or their parents, not in education, or elsewhere)?',
      sentence: 'educated elsewhere than a school, college or early years setting',
    },
    {
      caveats: [
        'Educated elsewhere, as DfE groups it: to January 2022, elective home education (from January 2020), other arrangements made by the council or by parents, and young people not in education, employment or training; from January 2023 also online providers, schools in Wales, other schools and other types of placement (among them children awaiting a place) and children and young people not in education or training, by reason.',
        "The 2022 release's own group of the same name, to January 2018, counts children awaiting provision and permanently excluded, and has no group for young people not in education, employment or training, so it is not joined: the shares in other arrangements made by the council and awaiting provision go back to January 2010.",
      ],
    },
  ),
  elsewhere(
    'ehcp_other_arrangements_la_pct',
    'other_arrangements_la',
    {
      title: '% of children and young people with an EHC plan in other arrangements made by the council',
      question:
        'What share of children and young people with an EHC plan are taught through arrangements the council makes instead of a place at a school or college (for example tuition at home or elsewhere)?',
      sentence: 'in education arranged by the council other than a school or college place',
    },
    {
      caveats: [
        'Other arrangements made by the local authority: education it arranges otherwise than at a school or college, which the law allows where a school or college would be inappropriate.',
      ],
      oldType: 'Other arrangements by local authority',
    },
  ),
  elsewhere(
    'ehcp_awaiting_provision_pct',
    'await_prov_2022',
    {
      title: '% of children and young people with an EHC plan awaiting provision',
      question:
        'What share of children and young people with an EHC plan were waiting for a school, college or other place to be arranged?',
      sentence: 'awaiting provision',
    },
    {
      caveats: [
        'Awaiting provision: waiting for the placement named in the plan to be arranged, whether or not in some education meanwhile (DfE gives the two apart from January 2019).',
        'The person-level return from January 2023 has no category for children awaiting provision (DfE counts them among other types of placement), so the series ends in January 2022.',
      ],
      oldType: 'Awaiting provision - total',
      lastYear: 2022,
    },
  ),
  move('moves_mainstream_to_special_per_1000', 'mainstream', 'special'),
  move('moves_special_to_mainstream_per_1000', 'special', 'mainstream'),
]
