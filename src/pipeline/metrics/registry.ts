// The metric registry: one declarative entry per metric, grouped by theme in registry/. A new
// metric is one new entry there. Ids are stable: pages, downloads and embed URLs use them.
import type { MetricDefinition } from './definition.ts'
import { AP_METRICS } from './registry/ap.ts'
import { CARE_METRICS } from './registry/care.ts'
import { DESTINATIONS_METRICS } from './registry/destinations.ts'
import { EXCLUSIONS_METRICS } from './registry/exclusions.ts'
import { NEEDS_METRICS } from './registry/needs.ts'
import { NEW_PLAN_METRICS } from './registry/new-plans.ts'
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
  ...PROCESS_METRICS,
  ...PLAN_LIFE_METRICS,
  ...LEARNING_METRICS,
  ...POST16_METRICS,
  ...DESTINATIONS_METRICS,
  ...EXCLUSIONS_METRICS,
  ...AP_METRICS,
  ...MONEY_METRICS,
] as const

/** The id of a registered metric: a mistyped id written anywhere fails the type check. */
export type MetricId = (typeof METRICS)[number]['id']

const BY_ID: ReadonlyMap<string, MetricDefinition<MetricId>> = new Map(METRICS.map((m) => [m.id, m]))

export function isMetricId(id: string): id is MetricId {
  return BY_ID.has(id)
}

export function metricById(id: string): MetricDefinition<MetricId> | undefined {
  return BY_ID.get(id)
}
