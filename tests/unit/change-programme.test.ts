import { describe, expect, it } from 'vitest'
import { loadChangeProgramme } from '../../src/pipeline/geography/change-programme.ts'
import type { ComputedMetric } from '../../src/pipeline/metrics/compute.ts'
import { differenceInDifferences, seededRandom } from '../../src/pipeline/programme/bootstrap.ts'
import { trackMetric } from '../../src/pipeline/programme/change-programme.ts'
import { programmeWindows } from '../../src/pipeline/programme/windows.ts'
import { realGeography } from '../helpers/read-input.ts'
import { testMetric } from '../helpers/metric-fixtures.ts'
import type { MetricValue } from '../../src/contract/schemas.ts'
import { periodsOf } from '../helpers/periods.ts'

const g = realGeography()
const partnerships = loadChangeProgramme(g)

describe('before and after windows', () => {
  it('January snapshots: before is the last series before 2024 (after its break), after is 2024 on', () => {
    const periods = periodsOf('january', ['201819', '201920', '202021', '202122', '202223', '202324', '202425'])
    expect(Object.fromEntries(programmeWindows(periods, [{ from: '202223' }]))).toEqual({
      '201819': 'excluded',
      '201920': 'excluded',
      '202021': 'excluded',
      '202122': 'excluded',
      '202223': 'before',
      '202324': 'after',
      '202425': 'after',
    })
    // Without a break every earlier period is "before".
    expect(programmeWindows(periods, []).get('201819')).toBe('before')
  })
  it('terms: the COVID break starts the "before" window', () => {
    const periods = periodsOf('term', ['202021-summer', '202122-autumn', '202223-summer', '202324-autumn'])
    expect([...programmeWindows(periods, [{ from: '202122-autumn' }]).values()]).toEqual(['excluded', 'before', 'before', 'after'])
  })
})

describe('difference in differences', () => {
  it("is the difference of the two groups' mean changes, with a bootstrap interval around it", () => {
    // Pilot changes 1, 2, 3 (mean 2); others 0, 0, 1 (mean 1/3): 2 - 1/3 = 5/3.
    const r = differenceInDifferences([1, 2, 3], [0, 0, 1])
    expect(r.estimate).toBeCloseTo(5 / 3, 12)
    expect(r.lower).toBeLessThanOrEqual(r.estimate)
    expect(r.upper).toBeGreaterThanOrEqual(r.estimate)
    // Resamples of {1,2,3} have means in [1, 3] and of {0,0,1} in [0, 1]: the interval lies in [0, 3].
    expect(r.lower).toBeGreaterThanOrEqual(0)
    expect(r.upper).toBeLessThanOrEqual(3)
    expect(differenceInDifferences([1, 2, 3], [0, 0, 1])).toEqual(r)
  })
  it('has no width when every LA changed by the same amount', () => {
    expect(differenceInDifferences([2, 2, 2], [1, 1])).toEqual({ estimate: 1, lower: 1, upper: 1 })
  })
  it('uses a deterministic generator', () => {
    const a = seededRandom(7)
    const b = seededRandom(7)
    const xs = Array.from({ length: 5 }, () => a())
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs)
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true)
  })
})

describe('tracking a metric', () => {
  // Every current LA gets 10 before and 10 + k after, where k = 3 for Change Programme LAs and 1
  // for the rest: each pilot LA changes by 3, every other by 1, so the estimate is exactly 2.
  const periods = periodsOf('january', ['202223', '202324'])
  const values: MetricValue[] = g.las.flatMap((la) =>
    periods.map((p, i) => ({
      metric: 'demo',
      area: la.code,
      period: p.id,
      value: i === 0 ? 10 : partnerships.has(la.code) ? 13 : 11,
      numerator: null,
      denominator: null,
      ci95: null,
      ci998: null,
      missing: null,
      basis: 'source' as const,
      coverage: null,
      segment: 0,
      sources: [],
    })),
  )
  const computed: ComputedMetric = { definition: testMetric([], { id: 'demo', breaks: [{ from: '202223', note: '' }] }), periods, values }
  const t = trackMetric(computed, g, partnerships)

  it('compares the 32 pilot LAs with the other LAs, leaving out City of London and the Isles of Scilly', () => {
    expect(t.did).toMatchObject({ pilotLas: 32, comparisonLas: 153 - 32 - 2, pilotChange: 3, comparisonChange: 1 })
    expect(t.did!.estimate).toBeCloseTo(2, 12)
    expect(t.did!.lower).toBeCloseTo(2, 12)
    expect(t.pilot).toEqual([
      { period: '202223', mean: 10, las: 32 },
      { period: '202324', mean: 13, las: 32 },
    ])
    expect(t.comparison.map((x) => x.mean)).toEqual([10, 11])
  })
  it('compares each partnership with the other LAs of its region', () => {
    expect(t.partnerships).toHaveLength(9)
    for (const p of t.partnerships) {
      expect(p.partnershipChange).toBe(3)
      expect(p.restOfRegionChange).toBe(1)
      expect(p.partnershipChangeLas).toBe(p.las.length)
      expect(p.las.every((code) => g.byCode.get(code)!.regionCode === p.region)).toBe(true)
    }
  })

  it("averages each LA's own change over the LAs with figures before and after, and counts them", () => {
    // Barnet (a London pilot LA) has no January 2023 figure and 40 in January 2024. The pilot
    // group's means: 10 (31 LAs), then (31 × 13 + 40) / 32 = 13.84375 (32 LAs), a change of
    // 3.84375; but each of the 31 pilot LAs with both figures changed by 3, and Barnet is left out.
    const BARNET = 'E09000003'
    const gap = values
      .filter((v) => !(v.area === BARNET && v.period === '202223'))
      .map((v) => (v.area === BARNET ? { ...v, value: 40 } : v))
    const r = trackMetric({ ...computed, values: gap }, g, partnerships)
    expect(r.pilot.map((x) => [x.period, x.las])).toEqual([
      ['202223', 31],
      ['202324', 32],
    ])
    expect(r.pilot[1]!.mean - r.pilot[0]!.mean).toBeCloseTo(3.84375, 12)
    expect(r.did).toMatchObject({ pilotLas: 31, pilotChange: 3 })
    const london = r.partnerships.find((p) => p.las.includes(BARNET))!
    expect(london).toMatchObject({ partnershipChange: 3, partnershipChangeLas: 3 })
    expect(london.trend.map((x) => x.partnershipLas)).toEqual([3, 4])
    expect(london.trend.map((x) => x.restOfRegionLas)).toEqual([28, 28]) // 33 London LAs, less 4 pilots and the City
  })
})
