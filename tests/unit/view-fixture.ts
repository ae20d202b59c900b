// The site-data fixture as the view-model tests check against it: its JSON parsed here, not through
// the site's code, and figures written with Intl.NumberFormat, not the site's formatter. The views
// themselves read the same folder through src/site/site-data.ts (SITE_DATA_DIR, set here).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AreaData, AreaSummary, Benchmark, MetricData, MetricInfo, MetricValue, SiteIndex } from '../../src/contract/schemas.ts'
import type { NhsPlacements } from '../../src/contract/nhs.ts'

const FIXTURE = 'tests/fixtures/site-data'
process.env.SITE_DATA_DIR = FIXTURE

export const fixtureJson = <T>(path: string): T => JSON.parse(readFileSync(join(FIXTURE, path), 'utf8')) as T

export const index = fixtureJson<SiteIndex>('index.json')
export const nhsJson = fixtureJson<NhsPlacements>('nhs.json')
export const areaJson = (code: string) => fixtureJson<AreaData>(`areas/${code}.json`)
export const metricJson = (id: string) => fixtureJson<MetricData>(`metrics/${id}.json`)

export function areaNamed(name: string): AreaSummary {
  const a = index.areas.find((x) => x.name === name)
  if (!a) throw new Error(`the fixture has no area ${name}`)
  return a
}
export function measure(id: string): MetricInfo {
  const m = index.metrics.find((x) => x.id === id)
  if (!m) throw new Error(`the fixture has no measure ${id}`)
  return m
}
export const ENGLAND = index.areas.find((a) => a.type === 'england')!
export const LAS = index.areas.filter((a) => a.type === 'la')
export const LA_MEASURES = index.metrics.filter((m) => m.areaLevel === 'la')
export const NHS_MEASURE = index.metrics.find((m) => m.areaLevel !== 'la')!

/** An area's value of a measure in a period (the measure's latest by default), from its area file. */
export function valueOf(code: string, id: string, period: string = measure(id).latest!): MetricValue | undefined {
  return areaJson(code).metrics[id]?.values.find((v) => v.period === period)
}
export function benchmarkOf(code: string, id: string, period: string = measure(id).latest!): Benchmark | undefined {
  return areaJson(code).metrics[id]?.benchmarks.find((b) => b.period === period)
}

/** en-GB, with exactly `decimals` decimals. */
export const number = (x: number, decimals = 0): string =>
  new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(x)

/** A figure with its unit, as the pages write it: "43.6%", "21.1 per 1,000", "£763 per head". */
export function withUnit(m: MetricInfo, x: number): string {
  const n = number(x, m.decimals)
  const units: Partial<Record<MetricInfo['unit'], string>> = {
    percent: `${n}%`,
    per_1000: `${n} per 1,000`,
    per_10000: `${n} per 10,000`,
    per_100_pupils: `${n} per 100 pupils`,
    gbp_per_head: `£${n} per head`,
    gbp_per_plan_per_week: `£${n} per child with a plan, per week`,
  }
  const text = units[m.unit]
  if (text === undefined) throw new Error(`no unit words for ${m.unit} in the tests`)
  return text
}
