// The short summary that opens every area page: one plain question per theme, answered by a few
// headline measures with their counts and how they compare. Driven by one typed table of
// headline ids per theme; themes without metrics yet are skipped (the lead adds their headlines).
import { THEMES, type Theme } from '../pipeline/metrics/definition.ts'
import type { MetricId } from '../pipeline/metrics/registry.ts'
import type { AreaSummary, MetricInfo } from '../pipeline/site-data/types.ts'
import { formatNumber } from '../charts/format.ts'
import { areaData, metrics } from './site-data.ts'
import { metricView, type MetricView } from './metric-view.ts'
import { ENGLAND_CODE } from '../pipeline/geography/areas.ts'

/** The question each theme answers for a parent, in the order of THEMES. */
export const THEME_QUESTIONS: Readonly<Record<Theme, string>> = {
  who: 'How many children and young people have an EHC plan here?',
  where: 'Where do they learn?',
  process: 'How long do new plans take?',
  learning: 'How are they doing at school?',
  health: 'What about health services?',
  post16: 'What happens after 16?',
  exclusions: 'How often are pupils with a plan suspended or absent?',
  ap: 'Who is in alternative provision?',
  money: 'What is spent, and what did inspectors find?',
}

/** The headline measures of each theme's summary, most important first. */
export const SUMMARY_HEADLINES: Readonly<Partial<Record<Theme, readonly MetricId[]>>> = {
  who: ['ehcp_per_1000_0_25'],
  where: ['ehcp_mainstream_pct', 'ehcp_special_pct'],
  process: ['ehcp_issued_20_weeks_pct'],
  post16: ['supported_internship_pct', 'neet_16_17_ehcp_pct'],
  exclusions: ['suspension_rate_ehcp'],
}

export interface ThemeSummary {
  theme: (typeof THEMES)[number]
  headlines: MetricView[]
  /** How many measures the theme's own page has. */
  measures: number
  /** A plain note the headlines need (e.g. the ages the placement figures cover). */
  note: string | null
}

/** Themes that have metrics, in order, each with its headline views. */
export function themeSummaries(a: AreaSummary): ThemeSummary[] {
  const all = metrics()
  return THEMES.flatMap((theme) => {
    const inTheme = all.filter((m) => m.theme === theme.id)
    if (inTheme.length === 0) return []
    const ids: readonly string[] = SUMMARY_HEADLINES[theme.id] ?? []
    const headlines = ids.flatMap((id) => {
      const m = inTheme.find((x) => x.id === id)
      return m ? [metricView(m, a)] : []
    })
    return [
      {
        theme,
        headlines,
        measures: inTheme.length,
        note: theme.id === 'where' ? agesNote(a, all) : null,
      },
    ]
  })
}

/** Share of plans held by 16-25 year olds, from the age-mix counts: placements cover ages 0 to 25. */
function olderShare(code: string, all: readonly MetricInfo[]): { pct: number; period: string } | null {
  const ids = ['ehcp_age_16_19_pct', 'ehcp_age_20_25_pct']
  const ms = ids.map((id) => all.find((m) => m.id === id))
  if (ms.some((m) => !m?.latest) || ms[0]!.latest !== ms[1]!.latest) return null
  const period = ms[0]!.latest!
  const vs = ids.map((id) => areaData(code).metrics[id]?.values.find((v) => v.period === period))
  if (vs.some((v) => v?.numerator == null || v.denominator == null)) return null
  return { pct: (100 * (vs[0]!.numerator! + vs[1]!.numerator!)) / vs[0]!.denominator!, period }
}

function agesNote(a: AreaSummary, all: readonly MetricInfo[]): string | null {
  const here = olderShare(a.code, all)
  if (!here) return null
  const label = all.find((m) => m.id === 'ehcp_age_16_19_pct')!.periods.find((p) => p.id === here.period)?.label
  const name = a.type === 'england' ? 'England' : a.name
  const england = a.type === 'england' ? null : olderShare(ENGLAND_CODE, all)
  return `These count plans for ages 0 to 25, including young people at college: in ${label}, ${formatNumber(here.pct, 0)}% of ${name}'s plans were for ages 16 to 25${england ? ` (England ${formatNumber(england.pct, 0)}%)` : ''}.`
}
