// The latest figure of every measure for every LA and England, as the words the tables show: what
// the compare page's script needs to set any two to five LAs side by side in the browser. Figures
// are formatted here, at build time, so the script only places text.
import { themeMetrics, themesWithMetrics } from './area-pages.ts'
import { cellText } from './metric-view.ts'
import { areaData, areas, england } from './site-data.ts'
import type { AreaSummary, MetricInfo } from '../contract/schemas.ts'

export interface CompareFigures {
  themes: Array<{ id: string; title: string; measures: Array<{ id: string; title: string; period: string }> }>
  /** Every LA (name order) and then England, each with one figure per measure, in the themes' order. */
  areas: Array<{ slug: string; name: string; figures: string[] }>
}

function figuresOf(a: AreaSummary, measures: readonly MetricInfo[]): string[] {
  const data = areaData(a.code)
  return measures.map((m) => cellText(m, m.latest ? data.metrics[m.id]?.values.find((v) => v.period === m.latest) : undefined))
}

export function compareFigures(): CompareFigures {
  const themes = themesWithMetrics().map((t) => ({ theme: t, measures: themeMetrics(t.id) }))
  const measures = themes.flatMap((t) => t.measures)
  const las = [...areas('la')].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
  return {
    themes: themes.map(({ theme, measures }) => ({
      id: theme.id,
      title: theme.title,
      measures: measures.map((m) => ({
        id: m.id,
        title: m.title,
        period: m.periods.find((p) => p.id === m.latest)?.short ?? 'no figures',
      })),
    })),
    areas: [...las, england()].map((a) => ({
      slug: a.slug,
      name: a.type === 'england' ? 'England' : a.name,
      figures: figuresOf(a, measures),
    })),
  }
}
