// The short summary that opens every area page: one plain answer per theme, each with its counts
// and how it compares with England and similar areas, leading to the theme's own page. Each
// theme's answer is the headline measure its layout names (for health an NHS figure, always named
// as its NHS area's); a theme whose layout lists the area SEND inspections carries the latest one.
import { metrics, themeLayout } from './site-data.ts'
import { metricView, type MetricView } from './metric-view.ts'
import { themeHref, themesWithPages } from './area-pages.ts'
import { measureApplies } from './nhs-area.ts'
import { inspectionView } from './inspection-view.ts'
import type { ThemeInfo } from '../contract/vocabulary.ts'
import type { AreaSummary } from '../contract/schemas.ts'

export interface ThemeSummary {
  theme: ThemeInfo
  /** The theme's page. */
  href: string
  /** What the theme's page holds: "45 measures". */
  holds: string
  headline: MetricView | null
  /** A fact line under the answer: the area SEND inspection on money. */
  fact: string | null
  /** The sources of the fact line. */
  factSources: string[]
}

/** Every theme the area has a page for, in order, each with its answer. */
export function themeSummaries(a: AreaSummary): ThemeSummary[] {
  const all = metrics()
  return themesWithPages(a).map((theme) => {
    const inTheme = all.filter((m) => m.theme === theme.id && measureApplies(m, a))
    const layout = themeLayout(theme.id)
    const m = layout.headline ? inTheme.find((x) => x.id === layout.headline) : undefined
    const inspection = layout.facts.includes('area_send_inspections') ? inspectionView(a) : null
    return {
      theme,
      href: themeHref(a, theme.id),
      holds: `${inTheme.length} ${inTheme.length === 1 ? 'measure' : 'measures'}`,
      headline: m ? metricView(m, a) : null,
      fact: inspection?.summary ?? null,
      factSources: inspection?.sources ?? [],
    }
  })
}
