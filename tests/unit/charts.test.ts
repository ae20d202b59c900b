import { DOMParser } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { formatNumber, formatTick, formatValue, formatValueShort, unitAxisLabel } from '../../src/charts/format.ts'
import { comparisonStyles, meaningfulColours, palette, textColours } from '../../src/charts/palette.ts'
import type { SpineComparison } from '../../src/charts/palette.ts'
import { positionStrip } from '../../src/charts/position-strip.ts'
import type { StripInput } from '../../src/charts/position-strip.ts'
import { spineChart, spineScale } from '../../src/charts/spine-chart.ts'
import type { SpineInput, SpineRow } from '../../src/charts/spine-chart.ts'
import { CHART_WIDTH, spreadLabels, textWidth, wrapText } from '../../src/charts/svg-document.ts'
import { trendChart } from '../../src/charts/trend-chart.ts'
import type { TrendInput } from '../../src/charts/trend-chart.ts'

// ---- helpers ---------------------------------------------------------------------------------

/**
 * The <svg> as a browser sees it inline in a page (HTML parsing; linkedom's XML mode leaves
 * &amp; undecoded in attributes).
 */
function parse(svg: string): Element {
  const page = new DOMParser().parseFromString(`<!doctype html><html><body>${svg}</body></html>`, 'text/html')
  const root = page.querySelector('body > svg')
  if (root === null) throw new Error('no <svg> at the top of the chart')
  return root as unknown as Element
}

function all(doc: Element, selector: string): Element[] {
  return Array.from(doc.querySelectorAll(selector))
}

function texts(doc: Element): string[] {
  return all(doc, 'text').map((t) => t.textContent ?? '')
}

/** The checks every chart must pass, whatever it draws. */
function expectAccessibleSvg(svg: string): Element {
  // No <figure> wrapper, no XML prolog: the string is the <svg> itself.
  expect(svg.startsWith('<svg ')).toBe(true)
  expect(svg.endsWith('</svg>')).toBe(true)
  const doc = parse(svg)
  const root = doc
  expect(root.parentElement?.children).toHaveLength(1)
  expect(root.localName).toBe('svg')
  expect(root.getAttribute('role')).toBe('img')
  const label = root.getAttribute('aria-label') ?? ''
  expect(label.length).toBeGreaterThan(10)
  const first = root.firstElementChild
  expect(first?.localName).toBe('title')
  expect(first?.textContent).toBe(label)
  expect(root.getAttribute('viewBox')).toMatch(new RegExp(`^0 0 ${CHART_WIDTH} \\d+(\\.\\d+)?$`))
  expect(root.getAttribute('font-size')).toBe('12')
  expect(root.getAttribute('font-family')).toMatch(/^system-ui/)

  expect(all(doc, 'g[aria-label]')).toHaveLength(0)
  expect(all(doc, '[style]')).toHaveLength(0)
  expect(all(doc, 'style, script, foreignObject, image, use, a, figure')).toHaveLength(0)
  for (const e of [root, ...all(doc, '*')]) {
    for (const { name, value } of Array.from(e.attributes)) {
      expect(name, `${e.localName}[${name}]`).not.toMatch(/^on|href$/i)
      expect(value, `${e.localName}[${name}]`).not.toMatch(/url\(|javascript:/i)
      if (name === 'xmlns') expect(value).toBe('http://www.w3.org/2000/svg')
      else expect(value, `${e.localName}[${name}]`).not.toMatch(/https?:/)
    }
  }
  expect(svg).not.toMatch(/\bid="/)
  return doc
}

/** Number of subpaths (M commands) in a path's d. */
function subpaths(d: string | null): number {
  return (d ?? '').match(/M/g)?.length ?? 0
}

// WCAG 2.2 relative luminance and contrast ratio.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

// ---- fixtures --------------------------------------------------------------------------------

const years = ['2019', '2020', '2021', '2022', '2023', '2024']
const periods = years.map((y) => ({ id: y, short: `Jan ${y}`, label: `January ${y}`, time: Number(y), seq: Number(y) }))

function trendInput(overrides: Partial<TrendInput> = {}): TrendInput {
  return {
    id: 'trend-mainstream',
    title: '% of EHC plans in mainstream schools',
    unit: 'percent',
    decimals: 1,
    periods,
    series: [
      { role: 'area', name: 'Leeds', values: [38.2, 39.0, null, 41.5, 42.2, 43.6] },
      { role: 'region', name: 'Yorkshire', values: [40.1, 40.5, 41, 41.2, 42, 42.9] },
      { role: 'england', name: 'England', values: [40.5, 41, 41.6, 42.2, 43, 43.6] },
    ],
    breaks: [],
    ...overrides,
  }
}

const laValues = Array.from({ length: 153 }, (_, i) => 20 + ((i * 37) % 153) / 4)

function stripInput(overrides: Partial<StripInput> = {}): StripInput {
  return {
    id: 'strip-mainstream',
    unit: 'percent',
    decimals: 1,
    values: laValues,
    highlight: { name: 'Leeds', value: 43.6 },
    england: 41.2,
    quartiles: { q1: 29.5, median: 39, q3: 48.5 },
    ...overrides,
  }
}

function row(metricId: string, comparison: SpineComparison, value: number | null): SpineRow {
  return {
    metricId,
    title: `Metric ${metricId}`,
    england: 40,
    min: 10,
    q1: 30,
    q3: 50,
    max: 90,
    value,
    comparison,
    valueText: value === null ? '' : `${value}%`,
  }
}

const spineRows: SpineRow[] = [
  row('a', 'similar', 42),
  row('b', 'higher', 60),
  row('c', 'lower', 20),
  row('f', 'not_tested', 45),
  row('g', 'similar', null),
]
const spineInput: SpineInput = { id: 'spine-leeds', label: 'Leeds at a glance: 5 measures compared with England.', rows: spineRows }

// ---- format ----------------------------------------------------------------------------------

describe('formatNumber and formatValue', () => {
  it('uses en-GB thousands separators and a true minus sign', () => {
    expect(formatNumber(12345)).toBe('12,345')
    expect(formatNumber(1234567.891, 2)).toBe('1,234,567.89')
    expect(formatNumber(2.5, 0)).toBe('3')
    expect(formatNumber(-2.25, 1)).toBe('\u22122.3')
    expect(formatNumber(0.125)).toBe('0.13')
  })

  it('never shows "-0"', () => {
    expect(formatNumber(-0.04, 1)).toBe('0.0')
    expect(formatNumber(-0)).toBe('0')
  })

  it('refuses NaN and infinities, and bad decimals', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError)
    expect(() => formatValue(Infinity, 'percent', 1)).toThrow(RangeError)
    expect(() => formatNumber(1, 1.5)).toThrow(RangeError)
    expect(() => formatNumber(1, 7)).toThrow(RangeError)
    expect(() => formatNumber(1, -1)).toThrow(RangeError)
  })

  it('formats each unit', () => {
    expect(formatValue(43.61, 'percent', 1)).toBe('43.6%')
    expect(formatValue(36.44, 'per_1000', 1)).toBe('36.4 per 1,000')
    expect(formatValue(3.2, 'per_100_pupils', 1)).toBe('3.2 per 100 pupils')
    expect(formatValue(2.5, 'ratio', 1)).toBe('2.5×')
    expect(formatValue(-5.2, 'percentage_points', 1)).toBe('\u22125.2 percentage points')
    expect(formatValue(1234.5, 'per_1000', 0)).toBe('1,235 per 1,000')
    expect(formatValue(87.25, 'per_10000', 1)).toBe('87.3 per 10,000')
    expect(formatValue(-0.03, 'score', 2)).toBe('\u22120.03')
    expect(formatValue(1234, 'gbp_per_head', 0)).toBe('£1,234 per head')
    expect(formatValue(180, 'gbp_per_plan_per_week', 0)).toBe('£180 per child with a plan, per week')
    expect(formatValueShort(180, 'gbp_per_plan_per_week', 0)).toBe('£180 a week')
    expect(formatValueShort(3.2, 'per_100_pupils', 1)).toBe('3.2 per 100')
    expect(formatValueShort(43.6, 'percent', 1)).toBe('43.6%')
  })

  it('keeps the unit on % and × ticks, and names it for bare-number ticks', () => {
    expect(formatTick(40, 'percent', 0)).toBe('40%')
    expect(formatTick(1.5, 'ratio', 1)).toBe('1.5×')
    expect(formatTick(2000, 'per_1000', 0)).toBe('2,000')
    expect(unitAxisLabel('per_1000')).toBe('per 1,000')
    expect(formatTick(180, 'gbp_per_plan_per_week', 0)).toBe('180')
    expect(unitAxisLabel('gbp_per_plan_per_week')).toBe('£ per child with a plan, per week')
    expect(unitAxisLabel('percent')).toBeNull()
  })
})

// ---- palette ---------------------------------------------------------------------------------

describe('palette contrast (WCAG 2.2)', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
  })

  it('gives every meaningful mark colour at least 3:1 against white (1.4.11)', () => {
    expect(meaningfulColours.length).toBeGreaterThanOrEqual(8)
    for (const c of meaningfulColours) expect(contrast(c, palette.background), c).toBeGreaterThanOrEqual(3)
  })

  it('gives every text colour at least 4.5:1 against white (1.4.3)', () => {
    for (const c of textColours) expect(contrast(c, palette.background), c).toBeGreaterThanOrEqual(4.5)
  })

  it('keeps other LAs at 3:1 on the quartile band too', () => {
    expect(contrast(palette.otherLa, palette.quartileBand)).toBeGreaterThanOrEqual(3)
  })

  it('gives each comparison its own colour and shape pair and its own words', () => {
    const pairs = Object.values(comparisonStyles).map((s) => `${s.colour}/${s.shape}`)
    expect(new Set(pairs).size).toBe(pairs.length)
    const words = Object.values(comparisonStyles).map((s) => s.words)
    expect(new Set(words).size).toBe(words.length)
  })
})

// ---- layout helpers --------------------------------------------------------------------------

describe('layout helpers', () => {
  it('estimates wider text as wider', () => {
    expect(textWidth('England')).toBeGreaterThan(textWidth('Leeds'))
    expect(textWidth('Leeds', 12, true)).toBeGreaterThan(textWidth('Leeds'))
  })

  it('wraps long titles within the width', () => {
    const lines = wrapText('% of new EHC plans issued within 20 weeks (excluding exceptions)', 200)
    expect(lines.length).toBeGreaterThan(1)
    for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(200)
    expect(lines.join(' ')).toBe('% of new EHC plans issued within 20 weeks (excluding exceptions)')
  })

  it('spreads colliding labels apart and keeps them in bounds', () => {
    const ys = spreadLabels([50, 50, 52], 13, 0, 200)
    const sorted = [...ys].sort((a, b) => a - b)
    expect(sorted[1]! - sorted[0]!).toBeGreaterThanOrEqual(13 - 1e-9)
    expect(sorted[2]! - sorted[1]!).toBeGreaterThanOrEqual(13 - 1e-9)
    expect(spreadLabels([195, 199], 13, 0, 200).every((y) => y <= 200)).toBe(true)
    expect(spreadLabels([10, 100], 13, 0, 200)).toEqual([10, 100])
  })
})

// ---- trend chart -----------------------------------------------------------------------------

describe('trendChart', () => {
  it('is an accessible static SVG', () => {
    const doc = expectAccessibleSvg(trendChart(trendInput()))
    expect(doc.getAttribute('height')).toBe(doc.getAttribute('viewBox')!.split(' ')[3])
  })

  it('generates a one-sentence label with the latest figures', () => {
    const doc = parse(trendChart(trendInput()))
    expect(doc.getAttribute('aria-label')).toBe(
      'Trend of % of EHC plans in mainstream schools, January 2019 to January 2024: Leeds 43.6%, Yorkshire 42.9%, England 43.6% in January 2024.',
    )
  })

  it('uses the caller label when given', () => {
    const doc = parse(trendChart(trendInput({ label: 'Leeds & England: a "test" <label>' })))
    expect(doc.getAttribute('aria-label')).toBe('Leeds & England: a "test" <label>')
    expect(doc.querySelector('title')?.textContent).toBe('Leeds & England: a "test" <label>')
  })

  it('draws a dot for each area value and none for the missing one', () => {
    const doc = parse(trendChart(trendInput()))
    expect(all(doc, '.chart-dots-area circle')).toHaveLength(5)
  })

  it('breaks the line at a missing value instead of joining across it', () => {
    const doc = parse(trendChart(trendInput()))
    const area = all(doc, 'path.chart-line-area')
    expect(area).toHaveLength(1)
    expect(subpaths(area[0]!.getAttribute('d'))).toBe(2)
    expect(subpaths(doc.querySelector('path.chart-line-england')!.getAttribute('d'))).toBe(1)
    expect(doc.querySelector('path.chart-line-england')!.getAttribute('stroke-dasharray')).toBeTruthy()
  })

  it('places periods in time: January 2022 and January 2025 are three years apart, with a gap between', () => {
    const jan = (y: number) => ({ id: String(y), short: `Jan ${y}`, label: `January ${y}`, time: y, seq: y })
    const gappy = [2019, 2020, 2021, 2022, 2025].map(jan)
    const doc = parse(
      trendChart(trendInput({ periods: gappy, breaks: [], series: [{ role: 'area', name: 'Leeds', values: [1, 2, 3, 4, 5] }] })),
    )
    const xs = all(doc, '.chart-dots-area circle').map((c) => Number(c.getAttribute('cx')))
    const year = xs[1]! - xs[0]!
    expect(xs[4]! - xs[3]!).toBeCloseTo(3 * year, 1)
    // The line stops at January 2022 and January 2025 stands alone: a gap, not a shorter step.
    expect(subpaths(doc.querySelector('path.chart-line-area')!.getAttribute('d'))).toBe(1)
    expect(doc.getAttribute('aria-label')).toMatch(/no figures between January 2022 and January 2025/)
  })

  it('gives isolated points of a dotless series a dot (neighbours missing)', () => {
    const series = trendInput().series.map((s) => (s.role === 'region' ? { ...s, values: [40, null, 41, null, 42, 43] } : s))
    const doc = parse(trendChart(trendInput({ series })))
    expect(all(doc, '.chart-dots-region circle')).toHaveLength(2)
  })

  it('draws one rule, labelled "break", for one series break', () => {
    const doc = parse(trendChart(trendInput({ breaks: [4] })))
    expect(all(doc, 'line.chart-break')).toHaveLength(1)
    expect(all(doc, 'text.chart-break-label').map((t) => t.textContent)).toEqual(['break'])
    expect(doc.getAttribute('aria-label')).toMatch(/changed before January 2023/)
    expect(all(parse(trendChart(trendInput())), 'line.chart-break')).toHaveLength(0)
  })

  it('puts the break between the two periods', () => {
    const doc = parse(trendChart(trendInput({ breaks: [4] })))
    const xs = all(doc, '.chart-dots-area circle').map((c) => Number(c.getAttribute('cx')))
    const rule = Number(doc.querySelector('line.chart-break')!.getAttribute('x1'))
    // Dots are at periods 0, 1, 3, 4, 5: the rule sits halfway between periods 3 and 4.
    expect(rule).toBeCloseTo((xs[2]! + xs[3]!) / 2, 1)
  })

  it('labels line ends directly when names are short', () => {
    const doc = parse(trendChart(trendInput()))
    expect(all(doc, '.chart-label').map((t) => t.textContent)).toEqual(['Leeds', 'Yorkshire', 'England'])
    expect(all(doc, '.chart-legend')).toHaveLength(0)
    // Spread apart: no two direct labels closer than a line of text.
    const ys = all(doc, '.chart-label')
      .map((t) => Number(t.getAttribute('y')))
      .sort((a, b) => a - b)
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(12.9)
  })

  it('falls back to an SVG text legend for long names or a missing last value', () => {
    const series = trendInput().series.map((s) => (s.role === 'area' ? { ...s, name: 'Bournemouth, Christchurch and Poole' } : s))
    const doc = parse(trendChart(trendInput({ series })))
    expect(all(doc, '.chart-label')).toHaveLength(0)
    expect(all(doc, '.chart-legend').map((t) => t.textContent)).toEqual(['Bournemouth, Christchurch and Poole', 'Yorkshire', 'England'])
    const gap = trendInput().series.map((s) => (s.role === 'england' ? { ...s, values: [40, 41, 42, 43, 44, null] } : s))
    expect(all(parse(trendChart(trendInput({ series: gap }))), '.chart-legend')).toHaveLength(3)
  })

  it('draws the interval band only when given', () => {
    expect(all(parse(trendChart(trendInput())), 'path.chart-band')).toHaveLength(0)
    const series = trendInput().series.map((s) =>
      s.role === 'area'
        ? { ...s, lower: s.values.map((v) => (v === null ? null : v - 2)), upper: s.values.map((v) => (v === null ? null : v + 2)) }
        : s,
    )
    // One band for each run of periods with a range: periods 0-1 and 3-5 (period 2 is missing).
    const band = all(parse(trendChart(trendInput({ series }))), 'path.chart-band')
    expect(band.map((b) => subpaths(b.getAttribute('d')))).toEqual([1, 1])
  })

  it('starts percentages at 0, includes 0 for differences and 1 for ratios', () => {
    const yTicks = (doc: Element) => texts(doc).filter((t) => /^[\d\u2212]/.test(t) && !t.startsWith('Jan'))
    expect(yTicks(parse(trendChart(trendInput())))[0]).toBe('0%')
    const pp = trendInput({ unit: 'percentage_points', series: [{ role: 'area', name: 'Leeds', values: [3, 4, 5, 6, 5, 4] }] })
    const ppDoc = parse(trendChart(pp))
    expect(yTicks(ppDoc)).toContain('0')
    expect(texts(ppDoc)).toContain('percentage points')
    const ratio = trendInput({ unit: 'ratio', series: [{ role: 'area', name: 'Leeds', values: [2.1, 2.4, 2.5, 2.8, 3, 3.2] }] })
    expect(yTicks(parse(trendChart(ratio)))[0]).toBe('1.0×')
  })

  it('thins x labels when there are many periods, keeping the latest', () => {
    const many = Array.from({ length: 18 }, (_, i) => ({
      id: `t${i}`,
      short: `Aut ${2019 + i}/${20 + i}`,
      label: `Autumn ${2019 + i}`,
      time: 2019 + i,
      seq: 2019 + i,
    }))
    const doc = parse(trendChart(trendInput({ periods: many, series: [{ role: 'area', name: 'Leeds', values: many.map((_, i) => i) }] })))
    const labels = texts(doc).filter((t) => t.startsWith('Aut'))
    expect(labels.length).toBeLessThan(6)
    expect(labels[labels.length - 1]).toBe('Aut 2036/37')
  })

  it('renders the same bytes every time, whatever was rendered before', () => {
    const a = trendChart(trendInput({ breaks: [4] }))
    positionStrip(stripInput())
    spineChart(spineInput)
    expect(trendChart(trendInput({ breaks: [4] }))).toBe(a)
  })

  it('rejects inconsistent input with a message', () => {
    expect(() => trendChart(trendInput({ breaks: [0] }))).toThrow(/break index 0/)
    expect(() => trendChart(trendInput({ breaks: [6] }))).toThrow(/break index 6/)
    expect(() => trendChart(trendInput({ id: 'has space' }))).toThrow(/chart id/)
    expect(() => trendChart(trendInput({ series: [{ role: 'area', name: 'Leeds', values: [1, 2] }] }))).toThrow(/2 values for 6 periods/)
    expect(() => trendChart(trendInput({ series: [{ role: 'area', name: 'Leeds', values: [1, 2, Number.NaN, 4, 5, 6] }] }))).toThrow(
      /non-finite/,
    )
  })
})

// ---- position strip --------------------------------------------------------------------------

describe('positionStrip', () => {
  it('is an accessible static SVG', () => {
    expectAccessibleSvg(positionStrip(stripInput()))
  })

  it('draws every LA, highlights the area and names it', () => {
    const doc = parse(positionStrip(stripInput()))
    expect(all(doc, '.chart-dots-la circle')).toHaveLength(153)
    const hl = all(doc, '.chart-highlight circle')
    expect(hl).toHaveLength(1)
    expect(hl[0]!.closest('g')!.getAttribute('fill')).toBe(palette.area)
    expect(Number(hl[0]!.getAttribute('r'))).toBeGreaterThan(Number(doc.querySelector('.chart-dots-la circle')!.getAttribute('r')))
    expect(doc.querySelector('.chart-highlight-label text')?.textContent).toBe('Leeds 43.6%')
  })

  it('marks England with one dashed line and a label, and the middle half with a band', () => {
    const doc = parse(positionStrip(stripInput()))
    const rule = all(doc, '.chart-england line')
    expect(rule).toHaveLength(1)
    expect(rule[0]!.closest('g')!.getAttribute('stroke-dasharray')).toBeTruthy()
    expect(doc.querySelector('.chart-england-label text')?.textContent).toBe('England 41.2%')
    expect(all(doc, '.chart-quartiles rect')).toHaveLength(1)
    const bare = parse(positionStrip(stripInput({ england: null, quartiles: undefined as never, highlight: undefined as never })))
    expect(all(bare, '.chart-england line, .chart-quartiles rect, .chart-highlight circle')).toHaveLength(0)
  })

  it('generates a label naming the area, the spread and England', () => {
    const label = parse(positionStrip(stripInput())).getAttribute('aria-label')
    expect(label).toBe(
      'Leeds 43.6% compared with 153 local authorities (from 20.0% to 58.0%); the middle half lie between 29.5% and 48.5%; England 41.2%.',
    )
  })

  it('keeps labels inside the chart even for long names at the edge', () => {
    const doc = parse(positionStrip(stripInput({ highlight: { name: 'Bournemouth, Christchurch and Poole', value: 58 } })))
    const t = doc.querySelector('.chart-highlight-label text')!
    // Centred on x (text-anchor="middle" on the root).
    expect(doc.getAttribute('text-anchor')).toBe('middle')
    const tx = Number(t.getAttribute('x'))
    const w = textWidth(t.textContent ?? '', 12, true)
    expect(tx - w / 2).toBeGreaterThanOrEqual(0)
    expect(tx + w / 2).toBeLessThanOrEqual(CHART_WIDTH)
  })

  it('stacks dots without overlap (beeswarm)', () => {
    // Few enough dots that the swarm is not squeezed: centres at least a dot's width apart.
    const doc = parse(positionStrip(stripInput({ values: [10, 10, 10, 11, 12, 30, 30.5, 30.5, 50], highlight: undefined as never })))
    const dots = all(doc, '.chart-dots-la circle').map((c) => ({
      x: Number(c.getAttribute('cx')),
      y: Number(c.getAttribute('cy')),
      r: Number(c.getAttribute('r')),
    }))
    expect(dots).toHaveLength(9)
    // Coordinates are rounded to a tenth of a unit: allow for that.
    for (let i = 0; i < dots.length; i++) {
      for (let j = i + 1; j < dots.length; j++) {
        const [a, b] = [dots[i]!, dots[j]!]
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r - 0.15)
      }
    }
    // Dots with no neighbour sit on the centre line, which the stacked ones spread either side of.
    const lone = dots[8]!
    const stacked = dots.slice(0, 3).map((d) => d.y - lone.y)
    expect(stacked).toContain(0)
    expect(Math.min(...stacked)).toBeLessThan(0)
    expect(Math.max(...stacked)).toBeGreaterThan(0)
  })

  it('marks each dot with its LA, so that a script can pick one out, at the position of its value', () => {
    const values = [10, 30, 20]
    const doc = parse(positionStrip(stripInput({ values, slugs: ['leeds', 'york', 'hull'], highlight: undefined as never })))
    const dots = all(doc, '.chart-dots-la circle')
    expect(dots.map((c) => c.getAttribute('data-area'))).toEqual(['leeds', 'york', 'hull'])
    // Leeds (10) is left of Hull (20), which is left of York (30).
    const x = (slug: string) => Number(doc.querySelector(`[data-area="${slug}"]`)!.getAttribute('cx'))
    expect(x('leeds')).toBeLessThan(x('hull'))
    expect(x('hull')).toBeLessThan(x('york'))
    expect(() => positionStrip(stripInput({ values, slugs: ['leeds'] }))).toThrow('1 slugs for 3 values')
  })

  it('renders the same bytes every time', () => {
    expect(positionStrip(stripInput())).toBe(positionStrip(stripInput()))
  })
})

// ---- spine chart -----------------------------------------------------------------------------

describe('spineChart', () => {
  it('is an accessible static SVG', () => {
    expectAccessibleSvg(spineChart(spineInput))
  })

  it('draws one row per metric with its title above the bar', () => {
    const doc = parse(spineChart(spineInput))
    const rows = all(doc, '.spine-row')
    expect(rows.map((r) => r.getAttribute('data-metric'))).toEqual(['a', 'b', 'c', 'f', 'g'])
    for (const r of rows) {
      const title = r.querySelector('text')!
      const bar = r.querySelector('.spine-range')!
      expect(Number(title.getAttribute('y'))).toBeLessThan(Number(bar.getAttribute('y')))
      expect(Number(title.getAttribute('x'))).toBe(0)
    }
  })

  it('shapes and colours the marker by comparison, and says it in words', () => {
    const doc = parse(spineChart(spineInput))
    const marker = (id: string) => doc.querySelector(`.spine-row[data-metric="${id}"] .spine-marker`)!
    const rowText = (id: string) =>
      all(doc, `.spine-row[data-metric="${id}"] text`)
        .map((t) => t.textContent)
        .join(' ')
    expect(marker('a').localName).toBe('circle')
    expect(marker('a').getAttribute('fill')).toBe(comparisonStyles.similar.colour)
    expect(marker('b').localName).toBe('path')
    expect(marker('b').getAttribute('fill')).toBe('#1d4f91')
    expect(marker('c').localName).toBe('path')
    expect(marker('c').getAttribute('fill')).toBe('#6f3f98')
    expect(marker('f').localName).toBe('circle')
    expect(marker('f').getAttribute('fill')).toBe(palette.background)
    expect(marker('f').getAttribute('stroke')).toBe(comparisonStyles.not_tested.colour)
    // ▲ for higher: the first vertex is above the centre; ▼ for lower: below.
    const apex = (m: Element) => Number(m.getAttribute('d')!.match(/^M[\d.]+,([\d.]+)/)![1])
    const bar = (id: string) => doc.querySelector(`.spine-row[data-metric="${id}"] .spine-range`)!
    const mid = (id: string) => Number(bar(id).getAttribute('y')) + Number(bar(id).getAttribute('height')) / 2
    expect(apex(marker('b'))).toBeLessThan(mid('b'))
    expect(apex(marker('c'))).toBeGreaterThan(mid('c'))
    expect(rowText('a')).toContain('Similar to England')
    expect(rowText('b')).toContain('Higher than England')
    expect(rowText('c')).toContain('Lower than England')
  })

  it('shows "no figure" instead of a marker for a missing value', () => {
    const doc = parse(spineChart(spineInput))
    const g = doc.querySelector('.spine-row[data-metric="g"]')!
    expect(g.querySelector('.spine-marker')).toBeNull()
    expect(g.querySelector('.spine-no-figure')?.textContent).toBe('no figure')
    expect(all(doc, '.spine-marker')).toHaveLength(4)
  })

  it('centres every row on England with the standard spine scaling', () => {
    const doc = parse(spineChart(spineInput))
    const centres = all(doc, '.spine-england').map((l) => l.getAttribute('x1'))
    expect(new Set(centres)).toEqual(new Set([String(CHART_WIDTH / 2)]))
    // England 40, min 10, max 90: half-width 50, so 90 is at the right edge and 10 short of the left.
    const x = spineScale({ england: 40, min: 10, max: 90 })
    expect(x(40)).toBe(CHART_WIDTH / 2)
    expect(x(90)).toBeCloseTo(CHART_WIDTH - 8)
    expect(x(-10)).toBeCloseTo(8)
    expect(x(10)).toBeCloseTo(CHART_WIDTH / 2 - (30 / 50) * (CHART_WIDTH / 2 - 8))
    expect(spineScale({ england: 5, min: 5, max: 5 })(5)).toBe(CHART_WIDTH / 2)
  })

  it('wraps long titles so they fit a 320 px screen', () => {
    const long = { ...row('x', 'higher', 70), title: '% of new EHC plans issued within 20 weeks (excluding exceptions), all ages' }
    const doc = parse(spineChart({ id: 'spine-long', rows: [long] }))
    const titleLines = all(doc, '.spine-row text[font-weight="bold"]')
    expect(titleLines.length).toBeGreaterThan(1)
    for (const t of titleLines) expect(textWidth(t.textContent ?? '', 12, true)).toBeLessThanOrEqual(CHART_WIDTH)
  })

  it('generates a label counting the comparisons', () => {
    const doc = parse(spineChart({ id: 'spine-gen', rows: spineRows }))
    expect(doc.getAttribute('aria-label')).toBe(
      '5 measures compared with England: 1 higher, 1 lower, 1 similar, 1 not compared, 1 with no figure.',
    )
  })

  it('renders the same bytes every time and rejects bad rows', () => {
    expect(spineChart(spineInput)).toBe(spineChart(spineInput))
    expect(() => spineChart({ id: 'spine-bad', rows: [{ ...row('z', 'similar', 1), q1: 95 }] })).toThrow(/row z/)
    expect(() => spineChart({ id: 'spine-empty', rows: [] })).toThrow(/no rows/)
  })
})
