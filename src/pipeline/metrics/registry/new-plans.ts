// Where new EHC plans place children and young people (theme "Where children and young people with
// plans learn"): the inclusion trend the reforms aim at, from the old SEN2 return's new statements
// and plans (2009 to 2018) to the 2025 release's new plans (2019 to 2024).
import type { MetricDefinition } from '../definition.ts'
import { ALL_ESTABLISHMENTS, NEW_PLANS, NEW_PLANS_PLACED, oldNewPlansIn, type Establishment } from './series.ts'
import { SEN2_BREAK_ACTIVITY, STATEMENTS_TO_PLANS_ACTIVITY } from './wording.ts'

function newPlacement<const Id extends string>(
  id: Id,
  measures: readonly string[],
  old: readonly Establishment[],
  where: string,
  question: string,
  extra: readonly string[] = [],
): MetricDefinition<Id> {
  return {
    id,
    title: `% of new EHC plans (and, before 2019, new statements) placing the child or young person in ${where}`,
    question,
    theme: 'where',
    unit: 'percent',
    direction: 'neutral',
    ageBand: '0-25',
    numeratorLabel: `new EHC plans (and, before 2019, new statements) with a placement in ${where}`,
    denominatorLabel:
      'all new EHC plans (and, before 2019, new statements) in the calendar year; from 2022, those with a placement recorded, including "placement unknown"',
    segments: [
      { kind: 'proportion', numerator: NEW_PLANS(...measures), denominator: NEW_PLANS_PLACED },
      { kind: 'proportion', numerator: oldNewPlansIn(...old), denominator: oldNewPlansIn(ALL_ESTABLISHMENTS) },
    ],
    caveats: [
      'Placement is the type of school or setting the local authority recorded for the new plan.',
      ...extra,
      "2009 to 2018 come from DfE's 2022 release (old SEN2 return: new statements of SEN and new EHC plans together); 2019 onwards from the 2025 release. The two releases give the same figures for 2019 to 2021, which is why the series are joined.",
      'From 2022 the share is of the new plans in DfE\'s placement groups (including "placement unknown"), as in DfE\'s own percentages. They are all new plans except in 2022, when Wakefield\'s placements are not published ("x"), so it has no share, and DfE\'s England and Yorkshire and the Humber placement groups leave out 350 of its plans, which had no placement recorded.',
      'The 2025 release has no 2019 row for the Isles of Scilly, which made no new plans that year (the 2022 release gives 0), so it has no share for 2019.',
      "In DfE's 2022 figures every Yorkshire and the Humber local authority is given the region's total of new plans (6,078) as its own; its placement groups are its own, so its share is computed from them.",
    ],
    breaks: [STATEMENTS_TO_PLANS_ACTIVITY, SEN2_BREAK_ACTIVITY],
    decimals: 1,
    sentence: `{value} of new EHC plans place the child or young person in ${where}`,
  }
}

export const NEW_PLAN_METRICS = [
  newPlacement(
    'new_ehcp_mainstream_pct',
    ['mainstream_total'],
    [['Mainstream school', 'Total']],
    'a mainstream school',
    'Of the EHC plans made in the year, what share place the child or young person in a mainstream school (including resourced provision and SEN units)?',
  ),
  newPlacement(
    'new_ehcp_special_pct',
    ['special_total'],
    [['Special school', 'Total']],
    'a special school',
    'Of the EHC plans made in the year, what share place the child or young person in a special school (state, non-maintained or independent)?',
    ['Special schools include hospital schools.'],
  ),
  newPlacement(
    'new_ehcp_independent_special_pct',
    ['special_independent', 'special_non_maintained'],
    [
      ['Special school', 'Special - Independent'],
      ['Special school', 'Special - Non-maintained'],
    ],
    'an independent or non-maintained special school',
    'Of the EHC plans made in the year, what share place the child or young person in an independent or non-maintained special school?',
  ),
]
