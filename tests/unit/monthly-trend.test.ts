// The trend chart with the NHS's monthly figures (suspected autism waits, April 2019 to June 2023)
// and its 12-month rolling figures: months one apart on the time axis, a missing month seen as a
// gap, axis labels that do not overlap and name the latest month, and a year's break drawn where
// it falls.
import { DOMParser } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { trendChart } from '../../src/charts/trend-chart.ts'
import { gapsBefore } from '../../src/charts/time-axis.ts'
import { textWidth } from '../../src/charts/svg-document.ts'
import { metricPeriod, periodLabel, shortPeriodLabel, type MetricPeriodKind } from '../../src/contract/periods.ts'
import type { PeriodInfo } from '../../src/contract/schemas.ts'
import { trendPeriod } from '../../src/site/trend.ts'

/** Every month from one to another, as the site data lists a monthly measure's periods. */
function months(from: string, to: string, kind: MetricPeriodKind = 'month'): PeriodInfo[] {
  const out: PeriodInfo[] = []
  let [y, m] = from.split('-').map(Number) as [number, number]
  for (;;) {
    const id = `${y}-${String(m).padStart(2, '0')}`
    const p = metricPeriod(id, kind)
    out.push({ ...p, label: periodLabel(p), short: shortPeriodLabel(p) })
    if (id === to) return out
    ;[y, m] = m === 12 ? [y + 1, 1] : [y, m + 1]
  }
}

const svgOf = (svg: string) =>
  new DOMParser().parseFromString(`<!doctype html><html><body>${svg}</body></html>`, 'text/html').querySelector('svg')!

describe('the trend chart with monthly NHS figures', () => {
  const autism = months('2019-04', '2023-06')

  it('numbers months one apart, across the turn of the year, so a missing month is a gap', () => {
    expect(autism).toHaveLength(51)
    const seqs = autism.map((p) => trendPeriod(p).seq)
    for (let i = 1; i < seqs.length; i++) expect(seqs[i]! - seqs[i - 1]!, autism[i]!.id).toBe(1)
    expect(gapsBefore(autism.map(trendPeriod))).toEqual([])
    // April 2020 left out (as a file without that month would): one gap, before May 2020.
    const without = autism.filter((p) => p.id !== '2020-04')
    expect(gapsBefore(without.map(trendPeriod)).map((i) => without[i]!.id)).toEqual(['2020-05'])
  })

  it('places each month at its start: December to January is one month, like any other step', () => {
    const t = autism.map(trendPeriod)
    const step = (id: string) => {
      const i = autism.findIndex((p) => p.id === id)
      return t[i]!.time - t[i - 1]!.time
    }
    expect(step('2020-01')).toBeCloseTo(1 / 12, 2)
    expect(step('2020-03')).toBeCloseTo(1 / 12, 2)
  })

  it('draws 51 months with a few labels that do not overlap, the latest month among them, and says where a month is missing', () => {
    const periods = autism.filter((p) => p.id !== '2020-04')
    const values = periods.map((_, i) => 40 + (i % 7))
    const svg = trendChart({
      id: 'trend-autism',
      title: 'Suspected autism, under 10s',
      unit: 'percent',
      decimals: 0,
      periods: periods.map(trendPeriod),
      series: [
        { role: 'area', name: 'NHS Leeds', values },
        { role: 'england', name: 'England', values: values.map((v) => v - 3) },
      ],
    })
    const doc = svgOf(svg)
    const ticks = [...doc.querySelectorAll('text')].filter((t) => /^[A-Z][a-z]{2} \d{4}$/.test(t.textContent ?? ''))
    expect(ticks.length).toBeGreaterThan(2)
    expect(ticks.length).toBeLessThan(8)
    expect(ticks.at(-1)!.textContent).toBe('Jun 2023')
    const spans = ticks.map((t) => {
      const x = Number(t.getAttribute('x'))
      const half = textWidth(t.textContent!, 12) / 2
      return [x - half, x + half] as const
    })
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThan(spans[i - 1]![1])
    // One dot per month with a figure; the line is broken at the missing month.
    expect(doc.querySelectorAll('.chart-dots-area circle')).toHaveLength(50)
    expect(doc.querySelector('path.chart-line-area')!.getAttribute('d')!.match(/M/g)).toHaveLength(2)
    expect(doc.getAttribute('aria-label')).toMatch(/April 2019 to June 2023/)
    expect(doc.getAttribute('aria-label')).toMatch(/no figures between March 2020 and May 2020/)
  })

  it('names rolling 12-month figures by the month they end, and draws a series break between two months', () => {
    const mental = months('2021-03', '2023-08', 'year_to_month')
    expect(mental[0]!.label).toBe('12 months to March 2021')
    expect(mental[0]!.short).toBe('Mar 2021')
    const at = mental.findIndex((p) => p.id === '2022-07')
    const svg = trendChart({
      id: 'trend-mental-health',
      unit: 'per_1000',
      decimals: 1,
      periods: mental.map(trendPeriod),
      series: [{ role: 'area', name: 'NHS Leeds', values: mental.map((_, i) => 30 + i / 10) }],
      breaks: [at],
    })
    const doc = svgOf(svg)
    expect(doc.getAttribute('aria-label')).toMatch(/12 months to March 2021 to 12 months to August 2023/)
    expect(doc.getAttribute('aria-label')).toMatch(/changed before 12 months to July 2022/)
    const dots = [...doc.querySelectorAll('.chart-dots-area circle')].map((c) => Number(c.getAttribute('cx')))
    const rule = doc.querySelector('.chart-break')
    expect(rule).not.toBeNull()
    const ruleX = Number(/M([\d.]+)/.exec(rule!.getAttribute('d') ?? '')?.[1] ?? rule!.getAttribute('x1'))
    expect(ruleX).toBeGreaterThan(dots[at - 1]!)
    expect(ruleX).toBeLessThan(dots[at]!)
  })
})
