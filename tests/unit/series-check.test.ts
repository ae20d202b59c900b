// A series part that matches no observation stops the build, naming the metric and the key, and
// the nearest keys the source has: a typo must fail, not read nothing.
import { describe, expect, it } from 'vitest'
import { ConfigError } from '../../src/pipeline/errors.ts'
import { computeMetric } from '../../src/pipeline/metrics/compute.ts'
import type { Segment, Series } from '../../src/pipeline/metrics/definition.ts'
import { calendarYear, januaryOfAcademicYear } from '../../src/pipeline/metrics/period-maps.ts'
import { ObservationIndex } from '../../src/pipeline/metrics/series.ts'
import { checkSeriesParts } from '../../src/pipeline/metrics/series-check.ts'
import { breakdownOf } from '../../src/pipeline/read/observation.ts'
import { HARTLEPOOL, observation, testMetric, valueAt } from '../helpers/metric-fixtures.ts'
import { realGeography } from '../helpers/read-input.ts'

const age = (n: number) => breakdownOf({ breakdown_topic: 'Child or young persons age', breakdown: `age ${n}` })
const ALL = breakdownOf({ breakdown_topic: 'All EHC plans', breakdown: 'All EHC plans' })
const SOURCE = 'test-caseload'
// Hartlepool, January 2025: 40 plans at age 16, 60 at age 17, 500 in all.
const obs = [
  observation({
    source: SOURCE,
    measure: 'ehcplans',
    breakdown: age(16),
    area: HARTLEPOOL,
    period: '202425',
    periodKind: 'academic_year',
    value: 40,
  }),
  observation({
    source: SOURCE,
    measure: 'ehcplans',
    breakdown: age(17),
    area: HARTLEPOOL,
    period: '202425',
    periodKind: 'academic_year',
    value: 60,
  }),
  observation({
    source: SOURCE,
    measure: 'ehcplans',
    breakdown: ALL,
    area: HARTLEPOOL,
    period: '202425',
    periodKind: 'academic_year',
    value: 500,
  }),
]
const index = new ObservationIndex(obs)

const ages = (breakdowns: string[], measure = 'ehcplans', source = SOURCE): Series => ({
  parts: breakdowns.map((breakdown) => ({ source, measure, breakdown })),
  periods: januaryOfAcademicYear,
  absentMeansZero: true,
})
const all: Series = { parts: [{ source: SOURCE, measure: 'ehcplans', breakdown: ALL }], periods: januaryOfAcademicYear }
const share = (numerator: Series, denominator: Series = all): Segment => ({ kind: 'proportion', numerator, denominator })
const check = (segment: Segment, optional = new Map<string, readonly string[] | null>()) =>
  checkSeriesParts([testMetric([segment], { id: 'plans_16_17_pct' })], index, optional)

describe('series parts that match no observation', () => {
  it('read nothing, so an absent-means-zero sum undercounts without a word', () => {
    // "age 71" for "age 17": the computed share would be 40 of 500 instead of 100 of 500.
    const typo = share(ages([age(16), age(71)]))
    const m = computeMetric(testMetric([typo]), index, realGeography())
    expect(valueAt(m, HARTLEPOOL, '202425')).toMatchObject({ numerator: 40, denominator: 500 })
  })

  it('pass the check when every part matches', () => {
    expect(() => check(share(ages([age(16), age(17)])))).not.toThrow()
  })

  it('stop the build on a mistyped breakdown, naming the metric, the key and the nearest keys', () => {
    const run = () => check(share(ages([age(16), age(71)])))
    expect(run).toThrow(ConfigError)
    expect(run).toThrow(
      'metric plans_16_17_pct: series part { source: "test-caseload", measure: "ehcplans", breakdown: "breakdown_topic=Child or young persons age|breakdown=age 71" } names breakdown "breakdown_topic=Child or young persons age|breakdown=age 71", which test-caseload does not give for ehcplans (nearest: "breakdown_topic=Child or young persons age|breakdown=age 17", "breakdown_topic=Child or young persons age|breakdown=age 16"',
    )
  })

  it('stop the build on a mistyped measure or source', () => {
    expect(() => check(share(ages([age(16)], 'ehcplan')))).toThrow(
      /names measure "ehcplan", which test-caseload does not have \(nearest: "ehcplans"\)/,
    )
    expect(() => check(share(ages([age(16)], 'ehcplans', 'test-caseloads')))).toThrow(
      /names source "test-caseloads", which gave no observation in this build \(sources that did, nearest first: "test-caseload"\)/,
    )
  })

  it('check the denominator and fallbacks too, and list every problem at once', () => {
    const fallback: Series = { ...ages([age(16)]), fallback: { ...all, parts: [{ source: SOURCE, measure: 'ehcplans', breakdown: '' }] } }
    let message = ''
    try {
      check(share(ages([age(61)]), fallback))
    } catch (e) {
      message = (e as Error).message
    }
    expect(message).toMatch(/^2 series parts in the metric registry/)
    expect(message).toContain('breakdown: "breakdown_topic=Child or young persons age|breakdown=age 61" }')
    expect(message).toContain('breakdown: "" } (the total) names breakdown ""')
  })

  it('stop the build when the period map turns none of the observations into a metric period', () => {
    const wrongPeriods: Series = { ...all, periods: calendarYear }
    expect(() => check(share(ages([age(16)]), wrongPeriods))).toThrow(
      /matches observations \(academic_year 202425\), but the series' period map turns none of them into a metric period/,
    )
  })

  it('skip an optional source that is not registered, but check its measure against its read spec', () => {
    const official = (measure: string): Segment => share(ages([''], measure, 'official-file'), ages([''], 'headcount', 'official-file'))
    const optional = new Map([['official-file', ['suspension', 'headcount']]])
    expect(() => check(official('suspension'), optional)).not.toThrow()
    expect(() => check(official('suspensions'), optional)).toThrow(
      /names measure "suspensions", which the read spec of official-file does not read/,
    )
  })
})
