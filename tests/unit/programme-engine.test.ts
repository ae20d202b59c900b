// The engine on a panel small enough to work out by hand: two regions, eight LAs, three pilots.
import { describe, expect, it } from 'vitest'
import type { Design } from '../../src/pipeline/programme/design.ts'
import { evaluateOutcome, prepareEngine, type ComparisonResult } from '../../src/pipeline/programme/engine.ts'
import type { Outcome, PanelRow } from '../../src/pipeline/programme/panel.ts'

const CITY = 'E09000001' // left out: small numbers

// Values in January 2022, 2023 (base), 2024 and 2025; null: no figure.
const VALUES: Record<string, Array<number | null>> = {
  A1: [9, 10, 13, 15], // pilot: changes 3, 5 -> 4
  A2: [20, 20, 21, 22], // 1, 2 -> 1.5
  A3: [29, 30, 30, 31], // 0, 1 -> 0.5
  A4: [40, 40, 42, 40], // 2, 0 -> 1
  B1: [10, 10, 12, 14], // pilot: 2, 4 -> 3
  B2: [9, 10, 14, null], // pilot: 4 -> 4 (one period: still counted once)
  B3: [10, 10, 10, 12], // 0, 2 -> 1
  B4: [10, null, 10, 10], // no base: left out of every change
  [CITY]: [0, 0, 1000, 1000], // left out
}
const PERIODS = ['202122', '202223', '202324', '202425']

const design: Design = {
  partnership: new Map([
    ['A1', 'Partnership A'],
    ['B1', 'Partnership B'],
    ['B2', 'Partnership B'],
  ]),
  region: new Map(Object.keys(VALUES).map((la) => [la, la === CITY || la.startsWith('A') ? 'RA' : 'RB'])),
  neighbours: new Map([
    ['A1', ['A2', 'B1', 'B3']], // B1 is a pilot: matched with A2 and B3
    ['B1', ['B2', 'B4', 'A3']], // B2 a pilot, B4 without a change: A3 only
    ['B2', ['B3', 'A4', CITY]], // the City is left out: B3 and A4
  ]),
}

function panel(values: Record<string, Array<number | null>> = VALUES): PanelRow[] {
  return Object.entries(values).flatMap(([la, vs]) =>
    vs.flatMap((value, k) => (value === null ? [] : [{ la, period: PERIODS[k]!, value }])),
  )
}
const outcome: Outcome = { metric: 'demo', kind: 'january', panel: panel() }
const engine = prepareEngine(design, { draws: 20_000, seed: 7 })
const result = evaluateOutcome(engine, outcome)
const comparison = (c: string): ComparisonResult => result.comparisons.find((x) => x.comparison === c)!

describe('the plain estimate (pilots against all other LAs)', () => {
  const main = comparison('all_other_las')
  it('per period: mean change of pilots with both values minus that of other LAs', () => {
    expect(main.periods.map((p) => [p.period, p.nPilot, p.nComparison])).toEqual([
      ['202122', 3, 4],
      ['202223', 3, 4],
      ['202324', 3, 4],
      ['202425', 2, 4],
    ])
    const estimates = main.periods.map((p) => p.estimate)
    // Jan 2022: pilots (-1 + 0 - 1) / 3, others (0 - 1 + 0 + 0) / 4.
    expect(estimates[0]).toBeCloseTo(-2 / 3 + 1 / 4, 12)
    expect(estimates[1]).toBe(0)
    expect(estimates[2]).toBeCloseTo((3 + 2 + 4) / 3 - (1 + 0 + 2 + 0) / 4, 12)
    expect(estimates[3]).toBeCloseTo((5 + 4) / 2 - (2 + 1 + 0 + 2) / 4, 12)
    // The base period is the reference point, with no spread.
    expect(main.periods[1]).toMatchObject({ low: 0, high: 0 })
  })
  it("the effect averages each LA's own mean change, each LA once", () => {
    expect(main.effect).toMatchObject({ nPilot: 3, nComparison: 4 })
    expect(main.effect!.estimate).toBeCloseTo((4 + 3 + 4) / 3 - (1.5 + 0.5 + 1 + 1) / 4, 12)
    // Without the first programme year: January 2025 only, where B2 has no figure.
    expect(main.effectWithoutFirstYear).toMatchObject({ nPilot: 2, nComparison: 4 })
    expect(main.effectWithoutFirstYear!.estimate).toBeCloseTo(4.5 - 1.25, 12)
  })
  it('the placebo start a year early compares January 2023 with January 2022', () => {
    expect(main.placebos.map((p) => p.yearsBefore)).toEqual([1])
    expect(main.preTrend!.estimate).toBeCloseTo((1 + 0 + 1) / 3 - (0 + 1 + 0 + 0) / 4, 12)
    expect(main.preTrend!.start).toBe('2022-09-01')
  })
  it('gives the permutation p-value of a full enumeration of the 24 possible assignments', () => {
    // Independent: every way of picking 1 pilot among A1-A4 and 2 among B1-B4.
    const change: Record<string, number> = { A1: 4, A2: 1.5, A3: 0.5, A4: 1, B1: 3, B2: 4, B3: 1 } // B4 has none
    const contrast = (chosen: string[]) => {
      const inside = chosen.filter((la) => la in change).map((la) => change[la]!)
      const outside = Object.keys(change)
        .filter((la) => !chosen.includes(la))
        .map((la) => change[la]!)
      const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length
      return mean(inside) - mean(outside)
    }
    const observed = Math.abs(contrast(['A1', 'B1', 'B2']))
    const bs = ['B1', 'B2', 'B3', 'B4']
    const all = ['A1', 'A2', 'A3', 'A4'].flatMap((a) => bs.flatMap((b, i) => bs.slice(i + 1).map((c) => contrast([a, b, c]))))
    expect(all).toHaveLength(24)
    const exact = all.filter((t) => Math.abs(t) >= observed - 1e-12).length / all.length
    expect(main.effect!.p).toBeCloseTo(exact, 2)
    expect(main.effect!.low).toBeLessThan(main.effect!.estimate)
    expect(main.effect!.high).toBeGreaterThan(main.effect!.estimate)
  })
})

describe('the neighbours comparison', () => {
  const nb = comparison('neighbours')
  it("each pilot against the mean of its non-pilot neighbours' changes, then averaged over pilots", () => {
    // A1: 4 - (1.5 + 1) / 2; B1: 3 - 0.5; B2: 4 - (1 + 1) / 2.
    expect(nb.effect!.estimate).toBeCloseTo((2.75 + 2.5 + 3) / 3, 12)
    // Distinct neighbours used: A2, B3, A3, A4.
    expect(nb.effect).toMatchObject({ nPilot: 3, nComparison: 4 })
  })
})

describe('partnerships and LA changes', () => {
  it('each partnership against all other LAs', () => {
    expect(result.partnerships.map((p) => [p.partnership, p.region, p.nPilot, p.nComparison])).toEqual([
      ['Partnership A', 'RA', 1, 4],
      ['Partnership B', 'RB', 2, 4],
    ])
    expect(result.partnerships[0]!.estimate).toBeCloseTo(4 - 1, 12)
    expect(result.partnerships[1]!.estimate).toBeCloseTo(3.5 - 1, 12)
  })
  it("lists every included LA's change, null without a base, and leaves out small-number LAs", () => {
    const byLa = new Map(result.laChanges.map((c) => [c.la, c]))
    expect([...byLa.keys()]).toEqual(['A1', 'A2', 'A3', 'A4', 'B1', 'B2', 'B3', 'B4'])
    expect(byLa.get('A1')).toEqual({
      la: 'A1',
      partnership: 'Partnership A',
      region: 'RA',
      change: 4,
      changeWithoutFirstYear: 5,
      periods: 2,
    })
    expect(byLa.get('B2')).toMatchObject({ change: 4, changeWithoutFirstYear: null, periods: 1 })
    expect(byLa.get('B4')).toMatchObject({ partnership: null, change: null, periods: 0 })
  })
  it('reports the base periods, the programme years and the mean base value', () => {
    expect(result).toMatchObject({ programmeYears: 2, basePeriods: ['202223'] })
    expect(result.baseMean).toBeCloseTo((10 + 20 + 30 + 40 + 10 + 10 + 10) / 7, 12)
  })
})

describe('what each LA contributes', () => {
  it("the small-number LAs' figures change nothing", () => {
    const without = evaluateOutcome(engine, { ...outcome, panel: outcome.panel.filter((r) => r.la !== CITY) })
    expect(without).toEqual(result)
  })
  it('an area that is not an LA of the design (England, a region) is ignored', () => {
    const withEngland = evaluateOutcome(engine, { ...outcome, panel: [...outcome.panel, { la: 'E92000001', period: '202324', value: 99 }] })
    expect(withEngland).toEqual(result)
  })
  it('a second value for the same LA and period is refused', () => {
    expect(() => evaluateOutcome(engine, { ...outcome, panel: [...outcome.panel, { la: 'A2', period: '202324', value: 21 }] })).toThrow(
      /A2 has two values for 202324/,
    )
  })
  it('a pilot without a base value is left out, not counted as zero', () => {
    const r = evaluateOutcome(engine, { ...outcome, panel: panel({ ...VALUES, A1: [9, null, 13, 15] }) })
    const main = r.comparisons.find((c) => c.comparison === 'all_other_las')!
    expect(main.effect).toMatchObject({ nPilot: 2 })
    expect(main.effect!.estimate).toBeCloseTo((3 + 4) / 2 - 1, 12)
  })
})

describe('no figures after the start', () => {
  it('gives the event study before the start and no effect, tests or partnership estimates', () => {
    const before = evaluateOutcome(engine, { ...outcome, panel: outcome.panel.filter((r) => r.period <= '202223') })
    expect(before.programmeYears).toBe(0)
    for (const c of before.comparisons)
      expect(c).toMatchObject({ effect: null, effectWithoutFirstYear: null, preTrend: null, placebos: [] })
    expect(before.partnerships).toEqual([])
    expect(before.comparisons[0]!.periods.map((p) => p.period)).toEqual(['202122', '202223'])
  })
})
