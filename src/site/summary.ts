// The short summary that opens every area page: one plain answer per theme, each with its counts
// and how it compares with England and similar areas, leading to the theme's own page. Driven by
// one typed table of headline ids per theme. Health is answered by an NHS figure (health.json),
// always named as its NHS area's; money carries the LA's latest area SEND inspection beside it.
import { metrics, themeLayout } from './site-data.ts'
import { metricView, type MetricView } from './metric-view.ts'
import { themeHref, themesWithPages } from './area-pages.ts'
import { nhsFigureView, nhsFigureViews, type NhsFigureView } from './health-view.ts'
import { inspectionView } from './inspection-view.ts'
import type { ThemeInfo } from '../contract/vocabulary.ts'
import type { AreaSummary } from '../contract/schemas.ts'

/** The health answer: the NHS figure (an id in health.json) parents most often ask about. */
export const SUMMARY_NHS_FIGURE = 'community_wait_speech_language_over_18_weeks_pct'

export interface ThemeSummary {
  theme: ThemeInfo
  /** The theme's page. */
  href: string
  /** What the theme's page holds: "45 measures", "12 NHS figures". */
  holds: string
  headline: MetricView | null
  nhs: NhsFigureView | null
  /** A fact line under the answer: the area SEND inspection on money. */
  fact: string | null
  /** The sources of the fact line. */
  factSources: string[]
}

/** Every theme the area has a page for, in order, each with its answer. */
export function themeSummaries(a: AreaSummary): ThemeSummary[] {
  const all = metrics()
  return themesWithPages(a).map((theme) => {
    const inTheme = all.filter((m) => m.theme === theme.id)
    const id = themeLayout(theme.id).headline
    const m = id ? inTheme.find((x) => x.id === id) : undefined
    const isHealth = theme.id === 'health'
    const count = isHealth ? nhsFigureViews(a).length : inTheme.length
    const inspection = theme.id === 'money' ? inspectionView(a) : null
    return {
      theme,
      href: themeHref(a, theme.id),
      holds: `${count} ${isHealth ? 'NHS figures' : count === 1 ? 'measure' : 'measures'}`,
      headline: m ? metricView(m, a) : null,
      nhs: isHealth ? nhsFigureView(a, SUMMARY_NHS_FIGURE) : null,
      fact: inspection?.summary ?? null,
      factSources: inspection?.sources ?? [],
    }
  })
}
