// A theme's page for an area: its measures' views in the groups of the theme's layout (site data),
// each group with how its measures compare with England. Shared by the page and its at-a-glance
// chart file, so that both list the measures in the same order.
import type { AreaSummary, ThemeLayout } from '../contract/schemas.ts'
import type { ThemeInfo } from '../contract/vocabulary.ts'
import { metricView, type MetricView } from './metric-view.ts'
import { metric, themeLayout } from './site-data.ts'
import { measureApplies } from './nhs-area.ts'

export interface ViewGroup extends Omit<ThemeLayout['groups'][number], 'metrics'> {
  views: MetricView[]
  /** "Compared with England: 2 higher, 5 similar, 1 lower."; null when none was compared. */
  tally: string | null
}

/**
 * How a group's measures compare with England, counted: "Compared with England: 2 higher, 5
 * similar, 1 lower; 3 not compared." (not compared: no England figure, or no counts to test with);
 * null when none was compared.
 */
export function comparisonTally(words: ReadonlyArray<'higher' | 'similar' | 'lower' | null>): string | null {
  const parts = (['higher', 'similar', 'lower'] as const).flatMap((w) => {
    const n = words.filter((x) => x === w).length
    return n > 0 ? [`${n} ${w}`] : []
  })
  const notCompared = words.filter((x) => x === null).length
  if (parts.length === 0) return null
  return `Compared with England: ${parts.join(', ')}${notCompared > 0 ? `; ${notCompared} not compared` : ''}.`
}

export function themeGroups(area: AreaSummary, theme: ThemeInfo): ViewGroup[] {
  return themeLayout(theme.id).groups.flatMap(({ metrics, ...g }) => {
    const views = metrics.map(metric).flatMap((m) => (measureApplies(m, area) ? [metricView(m, area)] : []))
    return views.length === 0 ? [] : [{ ...g, views, tally: comparisonTally(views.map((v) => v.vsEngland)) }]
  })
}

/** A theme's measures for an area, in the order of the page. */
export const themeViews = (area: AreaSummary, theme: ThemeInfo): MetricView[] => themeGroups(area, theme).flatMap((g) => g.views)
