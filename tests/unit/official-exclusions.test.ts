// DfE's official "Suspensions and permanent exclusions in England: by characteristic" file
// (exc_characteristics.csv, standard EES layout) read with OFFICIAL_EXCLUSIONS_SPEC and turned into
// the registry's exclusion metrics: counts give numerators, denominators and intervals, and the
// values reproduce the file's own rate columns. The fixture's rates were rounded half up to 2 d.p.
// from its counts, as DfE publishes them.
import { describe, expect, it } from 'vitest'
import { computeMetric } from '../../src/pipeline/metrics/compute.ts'
import { metricById } from '../../src/pipeline/metrics/registry.ts'
import { ObservationIndex } from '../../src/pipeline/metrics/series.ts'
import { readEesCsv } from '../../src/pipeline/read/ees-csv.ts'
import { breakdownOf, type Observation } from '../../src/pipeline/read/observation.ts'
import { metricInfo } from '../../src/pipeline/site-data/write-site-data.ts'
import { EXCLUSIONS_OFFICIAL, OFFICIAL_EXCLUSIONS_SPEC } from '../../src/pipeline/read/specs.ts'
import {
  CITY_OF_LONDON,
  DARLINGTON,
  ENGLAND,
  HARTLEPOOL,
  MIDDLESBROUGH,
  NORTH_EAST,
  observation,
  valueAt,
} from '../helpers/metric-fixtures.ts'
import { fixture, inputFor, realGeography } from '../helpers/read-input.ts'

const g = realGeography()
const { observations: official, account } = readEesCsv(
  inputFor(fixture('exclusions/exc_characteristics.csv'), EXCLUSIONS_OFFICIAL),
  OFFICIAL_EXCLUSIONS_SPEC,
)
const AUTUMN = '202324-autumn'
const SPRING = '202324-spring'

function metric(id: string, obs: readonly Observation[] = official) {
  const def = metricById(id)
  if (!def) throw new Error(`no metric ${id} in the registry`)
  return computeMetric(def, new ObservationIndex(obs), g)
}

/** A rate per 100 rounded half up to 2 d.p., exactly, from its counts: floor((20000n + d) / 2d) / 100. */
const publishedRounding = (n: number, d: number) => Math.floor((20000 * n + d) / (2 * d)) / 100

describe('reading exc_characteristics.csv', () => {
  it('keeps the SEN provision and total rows, for every phase, and sets the rest aside', () => {
    expect(account.rowsRead).toBe(18)
    expect(account.setAside).toEqual({ 'characteristic_group "Sex" not used': 1 })
    expect(account.rowsUsed).toBe(17)
    expect(official).toHaveLength(17 * 7)
    expect(official.every((o) => o.source === EXCLUSIONS_OFFICIAL)).toBe(true)
  })

  it('reads counts, rates and the missing-value symbols', () => {
    const ehcp = 'education_phase=Total|characteristic_group=SEN provision|characteristic=EHC plan'
    const find = (area: string, measure: string) =>
      official.find((o) => o.areaCode === area && o.measure === measure && o.breakdown === ehcp && o.periodKind === 'autumn_term')
    expect(find(HARTLEPOOL, 'suspension')).toMatchObject({ value: 321, period: '202324', areaType: 'la' })
    expect(find(HARTLEPOOL, 'susp_rate')?.value).toBe(26.01)
    expect(find(MIDDLESBROUGH, 'suspension')).toMatchObject({ value: null, missing: 'suppressed' }) // c
    expect(find(CITY_OF_LONDON, 'headcount')).toMatchObject({ value: null, missing: 'not_applicable' }) // z
    expect(find(NORTH_EAST, 'headcount')).toMatchObject({ value: 20013, areaType: 'region' })
  })
})

describe('exclusion metrics from the official counts', () => {
  it('suspensions per 100 pupils with an EHC plan: a rate with a Byar interval', () => {
    const v = valueAt(metric('suspension_rate_ehcp'), HARTLEPOOL, AUTUMN)
    // 321 suspensions, 1,234 pupils: 26.012966 per 100. Byar, O = 321, z = 1.959964:
    // lower = O(1 − 1/9O − z/3√O)³ = 321 × (1 − 0.000346 − 0.036465)³ = 286.839925;
    // upper = (O + 1)(1 − 1/9(O + 1) + z/3√(O + 1))³ = 322 × (1 − 0.000345 + 0.036408)³ = 358.108395;
    // per 100 pupils: × 100 / 1,234 -> 23.244726 to 29.020129.
    expect(v).toMatchObject({ numerator: 321, denominator: 1234, basis: 'source', segment: 0, sources: [EXCLUSIONS_OFFICIAL] })
    expect(v.value).toBeCloseTo(26.012966, 5)
    expect(v.ci95!.lower).toBeCloseTo(23.244726, 5)
    expect(v.ci95!.upper).toBeCloseTo(29.020129, 5)
    expect(v.ci998!.lower).toBeLessThan(v.ci95!.lower)
  })

  it('% suspended at least once and permanent exclusions: proportions with Wilson intervals', () => {
    // 98 of 1,234: Wilson 95% = (196 + 3.841459 ∓ 1.959964 √(3.841459 + 4 × 98 × 1136 / 1234)) / (2 × 1237.841459)
    // -> 6.560261% to 9.584089%.
    const one = valueAt(metric('one_plus_suspension_rate_ehcp'), HARTLEPOOL, AUTUMN)
    expect(one).toMatchObject({ numerator: 98, denominator: 1234 })
    expect(one.value).toBeCloseTo(7.941653, 5)
    expect(one.ci95!.lower).toBeCloseTo(6.560261, 5)
    expect(one.ci95!.upper).toBeCloseTo(9.584089, 5)
    // 2 of 1,234: 0.162075%, Wilson 95% 0.044458% to 0.589020%.
    const perm = valueAt(metric('perm_exclusion_rate_ehcp'), HARTLEPOOL, AUTUMN)
    expect(perm).toMatchObject({ numerator: 2, denominator: 1234 })
    expect(perm.value).toBeCloseTo(0.162075, 5)
    expect(perm.ci95!.lower).toBeCloseTo(0.044458, 5)
    expect(perm.ci95!.upper).toBeCloseTo(0.58902, 5)
  })

  it("reproduce the file's own rate column, rounded as DfE rounds, for every area, group and term", () => {
    const measures = [
      ['suspension_rate', 'suspension', 'susp_rate'],
      ['one_plus_suspension_rate', 'one_plus_susp', 'one_plus_susp_rate'],
      ['perm_exclusion_rate', 'perm_excl', 'perm_excl_rate'],
    ] as const
    const groups = [
      ['ehcp', 'EHC plan'],
      ['sen_support', 'SEN support'],
      ['no_sen', 'No SEN'],
    ] as const
    let compared = 0
    for (const [prefix, count, rate] of measures) {
      for (const [suffix, group] of groups) {
        const m = metric(`${prefix}_${suffix}`)
        const breakdown = `education_phase=Total|characteristic_group=SEN provision|characteristic=${group}`
        for (const published of official.filter((o) => o.measure === rate && o.breakdown === breakdown)) {
          const period = `${published.period}-${published.periodKind === 'autumn_term' ? 'autumn' : 'spring'}`
          const v = valueAt(m, published.areaCode, period)
          if (published.value === null) {
            expect(v.value, `${prefix}_${suffix} ${published.areaCode} ${period}`).toBeNull()
            expect(v.missing).toBe(published.missing)
            continue
          }
          const n = official.find(
            (o) =>
              o.measure === count &&
              o.breakdown === breakdown &&
              o.areaCode === published.areaCode &&
              o.period === published.period &&
              o.periodKind === published.periodKind,
          )!.value!
          expect(v, `${prefix}_${suffix} ${published.areaCode} ${period}`).toMatchObject({ numerator: n, missing: null })
          expect(v.value).toBeCloseTo((100 * n) / v.denominator!, 10)
          expect(publishedRounding(n, v.denominator!), `${prefix}_${suffix} ${published.areaCode} ${period}`).toBe(published.value)
          expect(v.ci95, 'every figure from counts has an interval').not.toBeNull()
          compared++
        }
      }
    }
    // Rates with a figure: EHC plan 5 per measure (England and Hartlepool in both terms, the North
    // East in autumn; Middlesbrough's are suppressed and City of London's "z") plus Middlesbrough's
    // permanent exclusions (0 of 1,500); SEN support 2; no SEN 6. 3 × (5 + 2 + 6) + 1 = 40.
    expect(compared).toBe(40)
  })

  it("use DfE's England and regional rows", () => {
    const m = metric('suspension_rate_ehcp')
    expect(valueAt(m, ENGLAND, AUTUMN)).toMatchObject({ numerator: 61234, denominator: 400000, basis: 'published', segment: 0 })
    expect(valueAt(m, NORTH_EAST, AUTUMN)).toMatchObject({ numerator: 4321, denominator: 20013, basis: 'published' })
    expect(valueAt(m, MIDDLESBROUGH, AUTUMN)).toMatchObject({ value: null, missing: 'suppressed' })
    expect(valueAt(m, CITY_OF_LONDON, AUTUMN)).toMatchObject({ value: null, missing: 'not_applicable' })
    expect(valueAt(m, DARLINGTON, AUTUMN)).toMatchObject({ value: null, missing: 'area_not_in_source' })
  })

  it('the EHC plan / no SEN ratio is the quotient of the published suspension rates', () => {
    const m = metric('suspension_ratio_ehcp_no_sen')
    expect(valueAt(m, HARTLEPOOL, AUTUMN).value).toBeCloseTo(26.01 / 3.0, 12) // 8.67
    expect(valueAt(m, HARTLEPOOL, SPRING).value).toBeCloseTo(28.23 / 3.13, 12)
    expect(valueAt(m, ENGLAND, AUTUMN).value).toBeCloseTo(15.31 / 1.9, 12)
    expect(valueAt(m, MIDDLESBROUGH, AUTUMN)).toMatchObject({ value: null, missing: 'suppressed' })
  })
})

describe('official counts and the derived extract together', () => {
  const EXTRACT = 'd2i-exclusions-by-sen'
  const extract = (area: string, measure: string, group: string, value: number) =>
    observation({
      source: EXTRACT,
      measure,
      breakdown: breakdownOf({ education_phase: 'Total', send_category: group }),
      area,
      period: '202324',
      periodKind: 'autumn_term',
      value,
    })
  // The extract gives rates only: Hartlepool 26.013 (the same figure), Middlesbrough 31.5 (where
  // the official file is suppressed), Darlington 12.3 (not in the official file); no SEN rates too.
  const both = [
    ...official,
    extract(HARTLEPOOL, 'susp_rate', 'EHC plan', 26.013),
    extract(MIDDLESBROUGH, 'susp_rate', 'EHC plan', 31.5),
    extract(DARLINGTON, 'susp_rate', 'EHC plan', 12.3),
    extract(HARTLEPOOL, 'susp_rate', 'No SEN', 3.0),
    extract(DARLINGTON, 'susp_rate', 'No SEN', 4.1),
  ]

  it('the official counts win where both have a figure', () => {
    const m = metric('suspension_rate_ehcp', both)
    expect(valueAt(m, HARTLEPOOL, AUTUMN)).toMatchObject({ numerator: 321, denominator: 1234, segment: 0, sources: [EXCLUSIONS_OFFICIAL] })
    expect(valueAt(m, HARTLEPOOL, AUTUMN).ci95).not.toBeNull()
    expect(valueAt(m, ENGLAND, AUTUMN)).toMatchObject({ numerator: 61234, segment: 0 })
  })

  it('the extract fills areas the official file has no figure for, without an interval', () => {
    const m = metric('suspension_rate_ehcp', both)
    expect(valueAt(m, DARLINGTON, AUTUMN)).toMatchObject({ value: 12.3, numerator: null, ci95: null, segment: 1, sources: [EXTRACT] })
    expect(valueAt(m, MIDDLESBROUGH, AUTUMN)).toMatchObject({ value: 31.5, segment: 1 })
    const ratio = metric('suspension_ratio_ehcp_no_sen', both)
    expect(valueAt(ratio, HARTLEPOOL, AUTUMN)).toMatchObject({ segment: 0 })
    expect(valueAt(ratio, DARLINGTON, AUTUMN).value).toBeCloseTo(12.3 / 4.1, 12)
    expect(valueAt(ratio, DARLINGTON, AUTUMN).segment).toBe(1)
  })

  it('metric definitions claim intervals only where the figures have them', () => {
    // With the extract alone (as on this site today), no value has counts, so no interval.
    const extractOnly = both.filter((o) => o.source === EXTRACT)
    expect(metricInfo(metric('suspension_rate_ehcp', extractOnly), [], 'suspensions').intervals).toBe(false)
    expect(metricInfo(metric('suspension_rate_ehcp', both), [], 'suspensions').intervals).toBe(true)
  })
})
