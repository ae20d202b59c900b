// The Change Programme page's view: a verdict per claim in neutral words with its number, primary
// outcomes before secondary ones, each period's difference with its base marked, and charts that
// say in words what they draw.
import { DOMParser } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { eventStudyChart } from '../../src/charts/event-study-chart.ts'
import { eventStudyInput, programmeView } from '../../src/site/programme-view.ts'
import { rangeNumbers, signedNumber, sizeNumber } from '../../src/site/programme-words.ts'
import { pageFixture, PRIMARY, SEN2_NOTE } from './programme-page-fixture.ts'

const { data, metricOf, las } = pageFixture()
const view = programmeView(data, metricOf, las)
const all = (o: unknown): string => JSON.stringify(o)

describe('claim by claim', () => {
  it('one verdict per claim, in the claims’ order, each one of three', () => {
    expect(view.claims.map((c) => c.outcome.anchor)).toEqual(PRIMARY.map((m) => `outcome-${m}`))
    for (const c of view.claims) expect(['Supported', 'Not supported', 'Cannot tell yet']).toContain(c.words.label)
  })
  it('says why it cannot tell, with the one number behind it', () => {
    const mainstream = view.claims.find((c) => c.id === 'more_in_mainstream')!
    expect(mainstream.words.label).toBe('Cannot tell yet')
    const pre = data.outcomes.find((o) => o.metric === 'ehcp_mainstream_pct')!.comparisons[0]!.preTrend!
    expect(mainstream.words.because).toContain('already moving apart')
    expect(mainstream.words.because).toContain(`rose by ${sizeNumber(pre.estimate)} percentage points in pilot LAs relative to other LAs`)
    expect(mainstream.words.because).toMatch(/p [=<] 0\.0\d\d/)
    const ap = view.claims.find((c) => c.id === 'reintegration_from_ap')!
    expect(ap.words.lead).toBe('Cannot tell yet,')
    expect(ap.words.because).toBe('because the published figures stop at January 2023, before the programme began in September 2023.')
  })
  it('supported when the planted effect goes the way the claim says', () => {
    const specialist = view.claims.find((c) => c.id === 'less_specialist_demand')!
    expect(specialist.words.label).toBe('Supported')
    expect(specialist.words.lead).toBe('Supported:')
    expect(specialist.words.because).toMatch(
      /^since the programme began, the figure fell by [12]\.\d\d percentage points in pilot LAs relative to other LAs \(p [=<] 0\.0\d+\)/,
    )
  })
  it('keeps the missing outcomes and the secondary verdicts with their claim', () => {
    const exclusions = view.claims.find((c) => c.id === 'fewer_exclusions')!
    expect(exclusions.secondary).toHaveLength(8)
    expect(exclusions.missing[0]!.outcome).toMatch(/2024\/25/)
  })
  it('judges no council: neutral words only', () => {
    expect(all(view).toLowerCase()).not.toMatch(/\b(better|worse|best|worst|good|bad|poor|fail\w*|success\w*|improv\w*)\b/)
  })
})

describe('outcome by outcome', () => {
  it('names the primary outcomes before the secondary ones', () => {
    expect(view.primary.map((o) => o.metric.id)).toEqual(PRIMARY)
    expect(view.secondary.map((o) => o.metric.id)).not.toContain('ehcp_mainstream_pct')
    expect(view.primary.length + view.secondary.length).toBe(data.outcomes.length)
    expect(view.primary[1]!.claims).toBe('Primary outcome of “More children kept in mainstream education”.')
  })
  it('gives every period of both comparisons, the base marked, the same numbers as the site data', () => {
    const o = view.primary.find((x) => x.metric.id === 'ehcp_mainstream_pct')!
    expect(o.comparisons.map((c) => c.comparison)).toEqual(['all_other_las', 'neighbours'])
    const main = o.comparisons[0]!
    const periods = data.outcomes.find((x) => x.metric === 'ehcp_mainstream_pct')!.comparisons[0]!.periods
    expect(main.rows.map((r) => r.period.replace(/ \(.*\)$/, ''))).toEqual(
      periods.map((p) => metricOf('ehcp_mainstream_pct').periods.find((q) => q.id === p.period)!.label),
    )
    expect(main.rows.at(-1)!.period).toBe('January 2025 (programme year 2)')
    const base = main.rows.filter((r) => r.base)
    expect(base).toEqual([expect.objectContaining({ period: 'January 2023 (base)', difference: '0', range: 'zero by definition' })])
    main.rows.forEach((r, i) => {
      if (r.base) return
      expect(r.difference).toBe(signedNumber(periods[i]!.estimate))
      expect(r.range).toBe(rangeNumbers(periods[i]!.low, periods[i]!.high))
    })
    expect(main.tests.map((t) => t.test)).toEqual([
      'Since the programme began',
      'Without the first year',
      'Before the programme (pre-trend)',
      'Smallest detectable change',
    ])
    expect(main.chart.src).toBe('/change-programme/charts/ehcp_mainstream_pct-all_other_las.svg')
  })
  it('says the SEN2 change hits every LA alike, so it does not break the comparison', () => {
    const o = view.primary.find((x) => x.metric.id === 'ehcp_mainstream_pct')!
    expect(o.breaks).toMatch(
      /^The move of the SEN2 return to a record for each child \(figures from January 2023\) hit every LA at once, so they do not break this difference in differences/,
    )
  })
  it('an outcome with no figures after the start says so; its event study shows the years before', () => {
    const o = view.primary.find((x) => x.metric.id === 'perm_exclusion_rate_ehcp')!
    expect(o.context).toBe('No figures since the programme began: the published figures stop at January 2023.')
    const main = o.comparisons[0]!
    expect(main.tests[0]).toMatchObject({ test: 'Since the programme began', difference: 'no figures since the start', p: '' })
    expect(main.rows.map((r) => r.period)).toEqual(['January 2019', 'January 2020', 'January 2021', 'January 2022', 'January 2023 (base)'])
  })
})

describe('the event study chart', () => {
  const outcome = data.outcomes.find((o) => o.metric === 'ehcp_mainstream_pct')!
  const c = outcome.comparisons[0]!
  const input = eventStudyInput(outcome, c, metricOf(outcome.metric), data)

  it('marks the base on zero, the programme start after it and the SEN2 change before it', () => {
    expect(input.periods.filter((p) => p.base)).toEqual([expect.objectContaining({ short: 'Jan 2023', estimate: 0 })])
    const rule = (label: string) => input.rules.find((r) => r.label === label)!.time
    expect(rule('Programme starts')).toBeGreaterThan(2023)
    expect(rule('Programme starts')).toBeLessThan(2024)
    expect(rule('SEN2 change')).toBeGreaterThan(2022)
    expect(rule('SEN2 change')).toBeLessThan(2023)
  })
  it('is an image with its words: every difference after the start in the label', () => {
    const svg = eventStudyChart(input)
    const root = new DOMParser().parseFromString(`<html><body>${svg}</body></html>`, 'text/html').querySelector('svg')!
    expect(root.getAttribute('role')).toBe('img')
    expect(root.getAttribute('aria-label')).toBe(input.label)
    expect(root.querySelectorAll('g[aria-label]')).toHaveLength(0)
    expect(root.querySelectorAll('circle.chart-point')).toHaveLength(c.periods.length - 1)
    expect(root.querySelectorAll('rect.chart-base')).toHaveLength(1)
    expect(root.querySelector('path.chart-range')!.getAttribute('d')!.match(/M/g)).toHaveLength(c.periods.length - 1)
    expect([...root.querySelectorAll('text')].map((t) => t.textContent)).toEqual(
      expect.arrayContaining(['Programme starts', 'SEN2 change']),
    )
    for (const p of c.periods.filter((x) => x.programmeYear >= 1)) expect(input.label).toContain(signedNumber(p.estimate))
    expect(SEN2_NOTE).toContain('SEN2')
  })
  it('refuses a range that does not hold its estimate', () => {
    const bad = { ...input, id: 'bad', periods: input.periods.map((p, i) => (i === 0 ? { ...p, low: p.estimate + 1 } : p)) }
    expect(() => eventStudyChart(bad)).toThrow(/range does not hold its estimate/)
  })
})

describe('numbers in words', () => {
  it('signs every difference and keeps rare rates visible', () => {
    expect(signedNumber(1.0223)).toBe('+1.02')
    expect(signedNumber(-0.009777)).toBe('−0.0098')
    expect(signedNumber(0.035119)).toBe('+0.035')
    expect(signedNumber(0)).toBe('0.00')
    expect(signedNumber(-12.34)).toBe('−12.3')
  })
  it('says an open end of a range in words, never as a number', () => {
    expect(rangeNumbers(-1, 2)).toBe('−1.00 to +2.00')
    expect(rangeNumbers(null, 2)).toBe('anything up to +2.00')
    expect(rangeNumbers(-1, null)).toBe('−1.00 or more')
  })
})
