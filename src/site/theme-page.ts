// A theme's page for an area: its measures' views in the groups of THEME_GROUPS, each group with
// how its measures compare with England. Shared by the page and its at-a-glance chart file, so
// that both list the measures in the same order.
import type { AreaSummary } from '../pipeline/site-data/types.ts'
import { themeMetrics, type ThemeInfo } from './area-pages.ts'
import { metricView, type MetricView } from './metric-view.ts'
import { comparisonTally, groupMeasures, type PlacedGroup } from './theme-groups.ts'

export interface ViewGroup extends Omit<PlacedGroup, 'metrics'> {
  views: MetricView[]
  /** "Compared with England: 2 higher, 5 similar, 1 lower."; null when none was compared. */
  tally: string | null
}

export function themeGroups(area: AreaSummary, theme: ThemeInfo): ViewGroup[] {
  const views = themeMetrics(theme.id).map((m) => metricView(m, area))
  const byId = new Map(views.map((v) => [v.metric.id, v]))
  return groupMeasures(
    theme.id,
    views.map((v) => v.metric),
  ).map(({ metrics, ...g }) => {
    const inGroup = metrics.map((m) => byId.get(m.id)!)
    return { ...g, views: inGroup, tally: comparisonTally(inGroup.map((v) => v.vsEngland)) }
  })
}

/** A theme's measures for an area, in the order of the page. */
export const themeViews = (area: AreaSummary, theme: ThemeInfo): MetricView[] => themeGroups(area, theme).flatMap((g) => g.views)
