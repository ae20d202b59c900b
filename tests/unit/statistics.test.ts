import { describe, expect, it } from 'vitest'
import {
  byarInterval,
  estimate,
  exactPoissonInterval,
  normalCdf,
  normalUpperTail,
  percentWithInterval,
  poissonCountInterval,
  rateWithInterval,
  wilsonInterval,
  Z95,
  Z998,
} from '../../src/pipeline/statistics/intervals.ts'
import { compareWithInterval, quartileBand, quartiles, rankAreas } from '../../src/pipeline/statistics/ranking.ts'

// z² values used in the hand calculations below:
//   Z95² = 1.959963984540054² = 3.841458820694125,  Z998² = 3.090232306167813² = 9.549535706083240

/** |actual − expected| ≤ tolerance × |expected|, for values too small for toBeCloseTo's absolute digits. */
function expectRelative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected))
}

describe('normalCdf and normalUpperTail', () => {
  it('turn the z constants back into their confidence levels', () => {
    // Z95 = qnorm(0.975) and Z998 = qnorm(0.999) in R.
    expect(normalCdf(Z95)).toBeCloseTo(0.975, 14)
    expect(normalCdf(Z998)).toBeCloseTo(0.999, 14)
    expectRelative(normalUpperTail(Z95), 0.025, 1e-13)
    expectRelative(normalUpperTail(Z998), 0.001, 1e-13)
  })

  it('match 40-digit reference values in the centre and both tails', () => {
    /* eslint-disable no-loss-of-precision -- the reference values keep the digits their source printed */
    // Reference values from mpmath 1.3 (mp.dps = 40, mp.ncdf); the same as R's pnorm to the digits shown.
    expect(normalCdf(0)).toBe(0.5)
    expect(normalCdf(1)).toBeCloseTo(0.84134474606854295, 14)
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145705, 14)
    expect(normalCdf(2.5)).toBeCloseTo(0.99379033467422386, 14)
    // Either side of the switch from the series (x < 3) to the continued fraction (x ≥ 3).
    expectRelative(normalUpperTail(2.999999), 0.0013499024634851542, 1e-12)
    expectRelative(normalUpperTail(3), 0.0013498980316300945, 1e-13)
    expectRelative(normalCdf(-3), 0.0013498980316300945, 1e-13)
    // Far tails keep their relative accuracy (1 − Φ would be 0 or noise here).
    expectRelative(normalUpperTail(5), 2.8665157187919391e-7, 1e-13)
    expectRelative(normalUpperTail(8), 6.2209605742717841e-16, 1e-13)
    expectRelative(normalUpperTail(10), 7.6198530241605261e-24, 1e-13)
    expectRelative(normalUpperTail(20), 2.7536241186062337e-89, 1e-13)
    expect(normalUpperTail(Infinity)).toBe(0)
    expect(normalCdf(-Infinity)).toBe(0)
  })
})

describe('wilsonInterval', () => {
  // Closed form used for the hand calculations: (2c + z² ± z√(z² + 4c(n − c)/n)) / (2(n + z²)).

  it('matches the published score intervals of Newcombe (1998)', () => {
    // Newcombe RG, Statistics in Medicine 17:857–872, Table I, method 3 (score, no continuity
    // correction), 95%, given to 4 d.p.
    const cases: Array<[number, number, number, number]> = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ]
    for (const [count, n, lower, upper] of cases) {
      const interval = wilsonInterval(count, n, Z95)
      expect(interval.lower).toBeCloseTo(lower, 4)
      expect(interval.upper).toBeCloseTo(upper, 4)
    }
  })

  it('matches hand calculations', () => {
    // 5/10, 95%: √(3.841459 + 4·5·5/10) = √13.841459 = 3.720411; × Z95 = 7.291872;
    // (10 + 3.841459 ∓ 7.291872) / (2 × 13.841459) = 6.549587 / 27.682918 = 0.236593, and 1 − that.
    const half = wilsonInterval(5, 10, Z95)
    expect(half.lower).toBeCloseTo(0.236593, 6)
    expect(half.upper).toBeCloseTo(0.763407, 6)
    // 0/10: the upper limit reduces to z²/(n + z²) = 3.841459 / 13.841459 = 0.277533 (95%)
    // and 9.549536 / 19.549536 = 0.488479 (99.8%); 10/10 mirrors it: 10 / 13.841459 = 0.722467.
    expect(wilsonInterval(0, 10, Z95).upper).toBeCloseTo(0.277533, 6)
    expect(wilsonInterval(0, 10, Z998).upper).toBeCloseTo(0.488479, 6)
    expect(wilsonInterval(10, 10, Z95).lower).toBeCloseTo(0.722467, 6)
  })

  it('is exactly 0 at count = 0 and exactly 1 at count = n', () => {
    for (const n of [1, 3, 7, 29, 1000, 123_457]) {
      for (const z of [Z95, Z998]) {
        expect(wilsonInterval(0, n, z).lower).toBe(0)
        expect(wilsonInterval(n, n, z).upper).toBe(1)
      }
    }
  })

  it('rejects impossible inputs', () => {
    for (const [count, n] of [
      [0, 0],
      [1, -1],
      [-1, 10],
      [11, 10],
      [2.5, 10],
      [1, 10.5],
      [Number.NaN, 10],
      [1, Infinity],
    ] as const) {
      expect(() => wilsonInterval(count, n, Z95), `${count}/${n}`).toThrow(RangeError)
    }
    expect(() => wilsonInterval(1, 10, 0)).toThrow(RangeError)
    expect(() => wilsonInterval(1, 10, Number.NaN)).toThrow(RangeError)
  })
})

describe('exactPoissonInterval', () => {
  it('matches standard tables of exact 95% limits to 4 d.p.', () => {
    const table: Array<[number, number, number]> = [
      [0, 0, 3.6889],
      [1, 0.0253, 5.5716],
      [5, 1.6235, 11.6683],
      [9, 4.1154, 17.0848],
    ]
    for (const [count, lower, upper] of table) {
      const interval = exactPoissonInterval(count, Z95)
      expect(interval.lower, `lower for ${count}`).toBeCloseTo(lower, 4)
      expect(interval.upper, `upper for ${count}`).toBeCloseTo(upper, 4)
    }
  })

  it('matches the closed forms for 0 and 1', () => {
    // O = 0: P(X ≤ 0 | U) = e^−U = α/2, so U = ln(2/α): ln 40 = 3.688879454113936 (95%), ln 1000 (99.8%).
    expect(exactPoissonInterval(0, Z95)).toEqual({ lower: 0, upper: expect.closeTo(Math.log(40), 10) })
    expect(exactPoissonInterval(0, Z998).upper).toBeCloseTo(Math.log(1000), 10)
    // O = 1: P(X ≥ 1 | L) = 1 − e^−L = α/2, so L = −ln(1 − α/2): −ln 0.975 = 0.02531780798428988.
    expect(exactPoissonInterval(1, Z95).lower).toBeCloseTo(-Math.log(0.975), 12)
    expect(exactPoissonInterval(1, Z998).lower).toBeCloseTo(-Math.log(0.999), 12)
  })

  it('matches the chi-square quantiles to 1e-9', () => {
    // R: qchisq(α/2, 2*O)/2 and qchisq(1 − α/2, 2*O + 2)/2; evaluated with scipy.stats.chi2.ppf 1.17.
    const cases: Array<[number, number, number, number]> = [
      [5, Z95, 1.6234863901184207, 11.66833207932267],
      [9, Z95, 4.115373097378334, 17.084803451419166],
      [10, Z95, 4.7953886961324335, 18.39035604201778],
      [100, Z95, 81.36399125092314, 121.62679379242638],
      [2, Z998, 0.04540201776948955, 11.228872242412661],
      [9, Z998, 2.452424404363775, 22.65737330906293],
    ]
    for (const [count, z, lower, upper] of cases) {
      const interval = exactPoissonInterval(count, z)
      expectRelative(interval.lower, lower, 1e-9)
      expectRelative(interval.upper, upper, 1e-9)
    }
  })

  it('satisfies its defining tail equations', () => {
    // Independent check by the Poisson pmf written out: P(X ≤ 5 | U) = 0.025 and P(X ≥ 5 | L) = 0.025.
    const pmf = (i: number, lambda: number) => (Math.exp(-lambda) * lambda ** i) / [1, 1, 2, 6, 24, 120][i]!
    const { lower, upper } = exactPoissonInterval(5, Z95)
    const cdf = (k: number, lambda: number) => [0, 1, 2, 3, 4, 5].filter((i) => i <= k).reduce((s, i) => s + pmf(i, lambda), 0)
    expect(cdf(5, upper)).toBeCloseTo(0.025, 12)
    expect(1 - cdf(4, lower)).toBeCloseTo(0.025, 12)
  })

  it('rejects counts that are not whole numbers ≥ 0', () => {
    for (const count of [-1, 2.5, Number.NaN, Infinity]) expect(() => exactPoissonInterval(count, Z95)).toThrow(RangeError)
    expect(() => exactPoissonInterval(3, -Z95)).toThrow(RangeError)
  })
})

describe('byarInterval', () => {
  it('matches the formula evaluated by hand at O = 10 (95%)', () => {
    // lower = 10 (1 − 1/90 − Z95/(3√10))³: √10 = 3.1622777, Z95/(3√10) = 0.2065983,
    //   1 − 0.0111111 − 0.2065983 = 0.7822905; cubed 0.4787450; × 10 = 4.787450.
    // upper = 11 (1 − 1/99 + Z95/(3√11))³: √11 = 3.3166248, Z95/(3√11) = 0.1969838,
    //   1 − 0.0101010 + 0.1969838 = 1.1868828; cubed 1.6719508; × 11 = 18.391459.
    const { lower, upper } = byarInterval(10, Z95)
    expect(lower).toBeCloseTo(4.78745, 5)
    expect(upper).toBeCloseTo(18.39146, 5)
  })

  it('is close to the exact interval for a large count', () => {
    // Exact 95% limits for O = 100 from tables: 81.36 to 121.63.
    const { lower, upper } = byarInterval(100, Z95)
    expect(Math.abs(lower - 81.36)).toBeLessThan(0.05)
    expect(Math.abs(upper - 121.63)).toBeLessThan(0.05)
    const exact = exactPoissonInterval(100, Z95)
    expect(Math.abs(lower - exact.lower)).toBeLessThan(0.005)
    expect(Math.abs(upper - exact.upper)).toBeLessThan(0.005)
  })

  it('never gives a negative lower limit', () => {
    // 1 − 1/9 − Z998/3 = −0.141 < 0 at O = 1, so the raw formula would be negative.
    expect(byarInterval(1, Z998).lower).toBe(0)
    expect(byarInterval(0, Z95).lower).toBe(0)
  })
})

describe('poissonCountInterval', () => {
  it('uses the exact limits below 10 and Byar from 10', () => {
    // Exact lower at 9 is 4.1154, Byar's would be 4.1069; at 10 Byar's is 4.7874, exact 4.7954.
    expect(poissonCountInterval(9, Z95).lower).toBeCloseTo(4.1154, 4)
    expect(poissonCountInterval(10, Z95).lower).toBeCloseTo(4.78745, 5)
  })
})

describe('rateWithInterval and percentWithInterval', () => {
  it('scale the count interval to a rate per population', () => {
    // 5 in 2,000 per 1,000 = 2.5; exact limits 1.6234864 and 11.6683321 (above) halved.
    const small = rateWithInterval(5, 2000, 1000, Z95)
    expect(small.value).toBeCloseTo(2.5, 12)
    expect(small.lower).toBeCloseTo(0.8117432, 6)
    expect(small.upper).toBeCloseTo(5.834166, 6)
    // 100 in 50,000 per 1,000 = 2; Byar 81.362105 and 121.627938 (formula above) divided by 50.
    const large = rateWithInterval(100, 50_000, 1000, Z95)
    expect(large.value).toBeCloseTo(2, 12)
    expect(large.lower).toBeCloseTo(1.627242, 6)
    expect(large.upper).toBeCloseTo(2.432559, 6)
  })

  it('give percentages with the Wilson interval in percent', () => {
    // 30/100: √(3.841459 + 84) = 9.372377; × Z95 = 18.369522;
    // (60 + 3.841459 ∓ 18.369522) / (2 × 103.841459) = 45.471937 / 207.682918 = 0.218949 → 21.8949%,
    // and 82.210981 / 207.682918 = 0.395849 → 39.5849%.
    const p = percentWithInterval(30, 100, Z95)
    expect(p.value).toBeCloseTo(30, 12)
    expect(p.lower).toBeCloseTo(21.8949, 4)
    expect(p.upper).toBeCloseTo(39.5849, 4)
  })

  it('estimate gives the figure with its 95% and 99.8% intervals', () => {
    // The 95% limits are the hand-worked ones above; the 99.8% ones are wider on both sides.
    const p = estimate('percent', 30, 100)
    expect(p.value).toBeCloseTo(30, 12)
    expect([p.ci95.lower, p.ci95.upper].map((x) => x.toFixed(4))).toEqual(['21.8949', '39.5849'])
    expect(p.ci998.lower).toBeLessThan(p.ci95.lower)
    expect(p.ci998.upper).toBeGreaterThan(p.ci95.upper)
    const r = estimate('rate', 100, 50_000, 1000)
    expect([r.value, r.ci95.lower, r.ci95.upper].map((x) => x.toFixed(6))).toEqual(['2.000000', '1.627242', '2.432559'])
    expect(r.ci998.lower).toBeLessThan(r.ci95.lower)
  })

  it('reject a population or multiplier that is not positive', () => {
    expect(() => rateWithInterval(5, 0, 1000, Z95)).toThrow(RangeError)
    expect(() => rateWithInterval(5, Number.NaN, 1000, Z95)).toThrow(RangeError)
    expect(() => rateWithInterval(5, 2000, 0, Z95)).toThrow(RangeError)
  })
})

describe('rankAreas', () => {
  it('gives tied values the best shared rank and skips the next ones (descending)', () => {
    const ranks = rankAreas(
      [
        { key: 'c', value: 3 },
        { key: 'a', value: 5 },
        { key: 'd', value: 1 },
        { key: 'b', value: 3 },
      ],
      'descending',
    )
    expect(Object.fromEntries(ranks)).toEqual({
      a: { rank: 1, of: 4, tiedWith: 0 },
      b: { rank: 2, of: 4, tiedWith: 1 },
      c: { rank: 2, of: 4, tiedWith: 1 },
      d: { rank: 4, of: 4, tiedWith: 0 },
    })
  })

  it('ranks the lowest first when ascending', () => {
    const ranks = rankAreas(
      [
        { key: 'a', value: 5 },
        { key: 'b', value: 3 },
        { key: 'c', value: 3 },
        { key: 'd', value: 1 },
      ],
      'ascending',
    )
    expect([...'abcd'].map((k) => ranks.get(k)?.rank)).toEqual([4, 2, 2, 1])
  })

  it('leaves missing values out of the ranking and out of `of`', () => {
    const ranks = rankAreas(
      [
        { key: 'a', value: 0.5 },
        { key: 'b', value: Number.NaN },
        { key: 'c', value: 2.5 },
        { key: 'd', value: 0.5 },
        { key: 'e', value: Infinity },
      ],
      'descending',
    )
    expect(ranks.has('b')).toBe(false)
    expect(ranks.has('e')).toBe(false)
    expect(ranks.get('c')).toEqual({ rank: 1, of: 3, tiedWith: 0 })
    expect(ranks.get('a')).toEqual({ rank: 2, of: 3, tiedWith: 1 })
    expect(ranks.get('d')).toEqual({ rank: 2, of: 3, tiedWith: 1 })
  })

  it('handles a tie at the top and all-equal values', () => {
    // 9, 9, 7, 7, 7 → 1, 1, 3, 3, 3.
    const ranks = rankAreas(
      [9, 7, 9, 7, 7].map((value, i) => ({ key: `k${i}`, value })),
      'descending',
    )
    expect([0, 1, 2, 3, 4].map((i) => ranks.get(`k${i}`))).toEqual([
      { rank: 1, of: 5, tiedWith: 1 },
      { rank: 3, of: 5, tiedWith: 2 },
      { rank: 1, of: 5, tiedWith: 1 },
      { rank: 3, of: 5, tiedWith: 2 },
      { rank: 3, of: 5, tiedWith: 2 },
    ])
    const same = rankAreas(
      ['x', 'y', 'z'].map((key) => ({ key, value: 4 })),
      'ascending',
    )
    expect([...same.values()]).toEqual(Array(3).fill({ rank: 1, of: 3, tiedWith: 2 }))
  })

  it('returns an empty map for no values and rejects a repeated area', () => {
    expect(rankAreas([], 'descending').size).toBe(0)
    expect(() =>
      rankAreas(
        [
          { key: 'a', value: 1 },
          { key: 'a', value: 2 },
        ],
        'descending',
      ),
    ).toThrow(/more than once/)
  })
})

describe('quartiles', () => {
  // R type 7: h = (n − 1)p, Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]) with x sorted and 0-based.

  it('matches R type 7 for 1..10', () => {
    // h = 2.25 → 3 + 0.25 × 1 = 3.25; h = 4.5 → 5.5; h = 6.75 → 7.75.
    const values = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]
    expect(quartiles(values)).toEqual({ q1: 3.25, median: 5.5, q3: 7.75 })
    expect(values).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]) // input left as it was
  })

  it('matches R type 7 for 7, 15, 36, 39, 40, 41', () => {
    // h = 1.25 → 15 + 0.25 × 21 = 20.25; h = 2.5 → 36 + 0.5 × 3 = 37.5; h = 3.75 → 39 + 0.75 × 1 = 39.75.
    // (Type 6, as in Minitab/SPSS, would give q1 = 13.)
    expect(quartiles([41, 7, 39, 15, 40, 36])).toEqual({ q1: 20.25, median: 37.5, q3: 39.75 })
  })

  it('handles one and two values', () => {
    expect(quartiles([4])).toEqual({ q1: 4, median: 4, q3: 4 })
    // h = 0.25, 0.5, 0.75 between 0 and 10.
    expect(quartiles([10, 0])).toEqual({ q1: 2.5, median: 5, q3: 7.5 })
  })

  it('rejects no values and missing values', () => {
    expect(() => quartiles([])).toThrow(RangeError)
    expect(() => quartiles([1, Number.NaN, 3])).toThrow(RangeError)
  })
})

describe('quartileBand', () => {
  const q = { q1: 3.25, median: 5.5, q3: 7.75 }

  it('puts values on a boundary in the lower band', () => {
    const cases: Array<[number, 1 | 2 | 3 | 4]> = [
      [-100, 1],
      [3.25, 1],
      [3.26, 2],
      [5.5, 2],
      [5.51, 3],
      [7.75, 3],
      [7.76, 4],
      [1e9, 4],
    ]
    for (const [value, band] of cases) expect(quartileBand(value, q), `${value}`).toBe(band)
  })

  it('rejects NaN rather than calling it the top quarter', () => {
    expect(() => quartileBand(Number.NaN, q)).toThrow(RangeError)
  })
})

describe('compareWithInterval', () => {
  const interval = { lower: 10, upper: 20 }

  it('says similar when the reference is inside the interval, ends included', () => {
    for (const reference of [10, 15, 20]) expect(compareWithInterval(interval, reference)).toBe('similar')
  })

  it('describes the area: higher when the reference is below the interval, lower when above', () => {
    expect(compareWithInterval(interval, 9.99)).toBe('higher')
    expect(compareWithInterval(interval, 20.01)).toBe('lower')
  })

  it('combines with the Wilson interval: 30/100 is higher than 20% and similar to 25%', () => {
    // 95% interval 21.89% to 39.58% (hand calculation above).
    const area = percentWithInterval(30, 100, Z95)
    expect(compareWithInterval(area, 20)).toBe('higher')
    expect(compareWithInterval(area, 25)).toBe('similar')
    expect(compareWithInterval(area, 40)).toBe('lower')
  })

  it('rejects NaN and an upside-down interval', () => {
    expect(() => compareWithInterval(interval, Number.NaN)).toThrow(RangeError)
    expect(() => compareWithInterval({ lower: Number.NaN, upper: 1 }, 0)).toThrow(RangeError)
    expect(() => compareWithInterval({ lower: 2, upper: 1 }, 1.5)).toThrow(RangeError)
  })
})
