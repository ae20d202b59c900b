// The registry: one declarative entry per measure, grouped by theme in registry/. A new measure is
// one new entry there (and its place on its theme's page in layout.ts). Ids are stable: pages,
// downloads and embed URLs use them.
import type { MeasureDefinition, MetricDefinition } from './definition.ts'
import { AP_METRICS } from './registry/ap.ts'
import { AP_PUPIL_METRICS } from './registry/ap-pupils.ts'
import { CARE_METRICS } from './registry/care.ts'
import { DESTINATIONS_METRICS } from './registry/destinations.ts'
import { EXCLUSIONS_METRICS } from './registry/exclusions.ts'
import { HEALTH_MEASURES } from './registry/health.ts'
import { NEEDS_METRICS } from './registry/needs.ts'
import { NEW_PLAN_METRICS } from './registry/new-plans.ts'
import { PLACEMENT_METRICS } from './registry/placements.ts'
import { PLAN_LIFE_METRICS } from './registry/plan-life.ts'
import { LEARNING_METRICS } from './registry/learning.ts'
import { MONEY_METRICS } from './registry/money.ts'
import { POST16_METRICS } from './registry/post16.ts'
import { PROCESS_METRICS } from './registry/process.ts'
import { WHERE_METRICS } from './registry/where.ts'
import { WHO_METRICS } from './registry/who.ts'

/** Every metric, in the order of the themes (pages list them in this order). */
export const METRICS = [
  ...WHO_METRICS,
  ...NEEDS_METRICS,
  ...CARE_METRICS,
  ...WHERE_METRICS,
  ...NEW_PLAN_METRICS,
  ...PLACEMENT_METRICS,
  ...PROCESS_METRICS,
  ...PLAN_LIFE_METRICS,
  ...LEARNING_METRICS,
  ...POST16_METRICS,
  ...DESTINATIONS_METRICS,
  ...EXCLUSIONS_METRICS,
  ...AP_METRICS,
  ...AP_PUPIL_METRICS,
  ...MONEY_METRICS,
] as const

/** Measures the NHS publishes for its own areas, placed against LAs on their pages (registry/health.ts). */
export const NHS_MEASURES = HEALTH_MEASURES

/** Every measure of the site, of LAs and of NHS areas. */
export const MEASURES: readonly MeasureDefinition[] = [...METRICS, ...NHS_MEASURES]

/** The id of a registered measure: a mistyped id written anywhere fails the type check. */
export type MetricId = (typeof METRICS)[number]['id'] | (typeof NHS_MEASURES)[number]['id']

const BY_ID: ReadonlyMap<string, MetricDefinition> = new Map(METRICS.map((m) => [m.id, m]))

export function isMetricId(id: string): id is MetricId {
  return BY_ID.has(id)
}

export function metricById(id: string): MetricDefinition | undefined {
  return BY_ID.get(id)
}
