import type { AreaSummary, MetricInfo } from '../pipeline/site-data/types.ts'
import { areas, metrics } from './site-data.ts'
import { areaTrend } from './trend.ts'

/** /embed/<metric>/<area>/: one embeddable chart per metric and area (England, regions, LAs). */
export function embedPath(m: MetricInfo, a: AreaSummary): string {
  return `/embed/${m.id}/${a.slug}/`
}

/** Every metric and area with figures to chart (no page for, say, England on a measure that has no England figures). */
export function embedPaths(): Array<{ params: { metric: string; area: string }; props: { metric: MetricInfo; area: AreaSummary } }> {
  const shown = areas().filter((a) => a.type !== 'former_la')
  return metrics().flatMap((metric) =>
    shown
      .filter((area) => areaTrend(metric, area).hasData)
      .map((area) => ({ params: { metric: metric.id, area: area.slug }, props: { metric, area } })),
  )
}
