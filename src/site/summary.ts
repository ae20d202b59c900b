// The short summary that opens every area page: one plain answer per theme, each with its counts
// and how it compares with England and similar areas, leading to the theme's own page. Driven by
// one typed table of headline ids per theme. Health is answered by an NHS figure (health.json),
// always named as its NHS area's; money carries the LA's latest area SEND inspection beside it.
import type { Theme } from '../pipeline/metrics/definition.ts'
import type { MetricId } from '../pipeline/metrics/registry.ts'
import type { AreaSummary } from '../pipeline/site-data/types.ts'
import { metrics } from './site-data.ts'
import { metricView, type MetricView } from './metric-view.ts'
import { themeHref, themesWithPages, type ThemeInfo } from './area-pages.ts'
import { nhsFigureView, nhsFigureViews, type NhsFigureView } from './health-view.ts'
import { inspectionView } from './inspection-view.ts'

/** The question each theme answers for a parent, in the order of THEMES. */
export const THEME_QUESTIONS: Readonly<Record<Theme, string>> = {
  who: 'How many children and young people have an EHC plan here?',
  where: 'Where do they learn?',
  process: 'How long do new plans take?',
  learning: 'How are they doing at school?',
  health: 'How long do children wait for NHS services?',
  post16: 'What happens after 16?',
  exclusions: 'How often are pupils with a plan suspended or absent?',
  ap: 'Who is in alternative provision?',
  money: 'What is spent, and what did inspectors find?',
}

/** Short names for the contents list, so that nine themes fit in two columns on a phone. */
export const THEME_SHORT: Readonly<Record<Theme, string>> = {
  who: 'Who has a plan',
  where: 'Where they learn',
  process: 'The plan process',
  learning: 'Learning',
  health: 'Health',
  post16: 'After 16',
  exclusions: 'Exclusions, absence',
  ap: 'Alternative provision',
  money: 'Money, inspection',
}

/**
 * The one registry measure that answers each theme's question on the summary. Where they learn:
 * children of school age, so that young people at college do not blur the answer. Learning: pupils
 * on SEN support, most of the children with SEND in mainstream schools. Health has no registry
 * measures: see SUMMARY_NHS_FIGURE.
 */
export const SUMMARY_HEADLINES: Readonly<Partial<Record<Theme, MetricId>>> = {
  who: 'ehcp_per_1000_0_25',
  where: 'ehcp_school_age_mainstream_pct',
  process: 'ehcp_issued_20_weeks_pct',
  learning: 'ks2_rwm_expected_sen_support',
  post16: 'ks4_sustained_destination_ehcp',
  exclusions: 'suspension_rate_ehcp',
  ap: 'la_funded_ap_per_10000',
  money: 'high_needs_block_per_head',
}

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
    const id = SUMMARY_HEADLINES[theme.id]
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
