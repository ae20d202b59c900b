// Hand-built observations and metric definitions for unit tests of the metric and benchmark stages:
// small enough that every expected value can be worked out by hand.
import type { Geography } from '../../src/pipeline/geography/areas.ts'
import type { ComputedMetric } from '../../src/pipeline/metrics/compute.ts'
import type { MetricDefinition, PeriodMap, Segment, Series } from '../../src/pipeline/metrics/definition.ts'
import type { Observation } from '../../src/pipeline/read/observation.ts'
import type { PeriodKind } from '../../src/pipeline/read/periods.ts'
import { realGeography } from './read-input.ts'
import type { MetricValue } from '../../src/contract/schemas.ts'
import { MISSING_REASONS, type MissingReason } from '../../src/contract/vocabulary.ts'

export const ENGLAND = 'E92000001'
export const NORTH_EAST = 'E12000001'
export const NORTH_WEST = 'E12000002'
export const LONDON = 'E12000007'
export const HARTLEPOOL = 'E06000001'
export const MIDDLESBROUGH = 'E06000002'
export const REDCAR = 'E06000003'
export const STOCKTON = 'E06000004'
export const DARLINGTON = 'E06000005'
export const DURHAM = 'E06000047'
export const NORTHUMBERLAND = 'E06000057'
export const NEWCASTLE = 'E08000021'
export const SUNDERLAND = 'E08000024'
export const CAMDEN = 'E09000007'
export const CITY_OF_LONDON = 'E09000001'
export const ISLES_OF_SCILLY = 'E06000053'
export const CUMBRIA = 'E10000006'
export const CUMBERLAND = 'E06000063'
export const WESTMORLAND = 'E06000064'

/** Codes of the current LAs in a region, from the real geography tables. */
export function lasIn(region: string, g: Geography = realGeography()): string[] {
  return g.las.filter((la) => la.regionCode === region).map((la) => la.code)
}

export interface ObsSpec {
  source: string
  measure: string
  area: string
  period: string
  periodKind: PeriodKind
  /** A number, or the reason the value is missing. */
  value: number | MissingReason
  breakdown?: string
}

/** One harmonised observation, with the area type looked up in the real geography. */
export function observation(spec: ObsSpec, g: Geography = realGeography()): Observation {
  const area = g.byCode.get(spec.area)
  if (!area) throw new Error(`test fixture: unknown area ${spec.area}`)
  const missing = typeof spec.value === 'string' ? spec.value : null
  if (missing !== null && !(missing in MISSING_REASONS)) throw new Error(`test fixture: unknown reason ${missing}`)
  return {
    source: spec.source,
    line: 0,
    areaCode: spec.area,
    areaType: area.type,
    period: spec.period,
    periodKind: spec.periodKind,
    measure: spec.measure,
    breakdown: spec.breakdown ?? '',
    value: typeof spec.value === 'number' ? spec.value : null,
    missing,
  }
}

/**
 * Numerator and denominator observations for one source, period and list of areas:
 * rows are [area, numerator, denominator]; either may be a missing reason.
 */
export function countRows(
  base: { source: string; period: string; periodKind: PeriodKind; numerator?: string; denominator?: string; breakdown?: string },
  rows: ReadonlyArray<readonly [string, number | MissingReason, number | MissingReason]>,
): Observation[] {
  const { numerator = 'num', denominator = 'den', ...common } = base
  return rows.flatMap(([area, n, d]) => [
    observation({ ...common, measure: numerator, area, value: n }),
    observation({ ...common, measure: denominator, area, value: d }),
  ])
}

/** One-part series. */
export function part(source: string, measure: string, periods: PeriodMap, breakdown = ''): Series {
  return { parts: [{ source, measure, breakdown }], periods }
}

/** A minimal metric definition around the given segments. */
export function testMetric(segments: readonly Segment[], overrides: Partial<MetricDefinition> = {}): MetricDefinition {
  return {
    id: 'test_metric',
    title: 'Test metric',
    question: 'A question?',
    theme: 'process',
    unit: 'percent',
    direction: 'neutral',
    ageBand: '0-25',
    numeratorLabel: 'numerator',
    denominatorLabel: 'denominator',
    segments,
    caveats: [],
    breaks: [],
    decimals: 1,
    sentence: '{value}',
    ...overrides,
  }
}

/** The computed value for an area and period; fails loudly when there is none. */
export function valueAt(m: ComputedMetric, area: string, period: string): MetricValue {
  const found = m.values.filter((v) => v.area === area && v.period === period)
  if (found.length !== 1) throw new Error(`expected one value for ${area} in ${period}, found ${found.length}`)
  return found[0]!
}
