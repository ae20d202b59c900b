// What the area pages (England, regions, LAs) share: their place in the site, the themes they
// have pages for, and the steps of their breadcrumb.
import { area as areaOf, areaPath, metrics } from './site-data.ts'
import { measureApplies } from './nhs-area.ts'
import { routes, themePath } from './routes.ts'
import { THEMES, type Theme, type ThemeInfo } from '../contract/vocabulary.ts'
import type { AreaSummary, MetricInfo } from '../contract/schemas.ts'

/** Themes that have at least one measure of LAs, in the order of THEMES (what LAs are compared on). */
export function themesWithMetrics(): ThemeInfo[] {
  return THEMES.filter((t) => themeMetrics(t.id).length > 0)
}

/** Themes an area has a page for: those with a measure shown on its pages (NHS measures on England's and LAs'). */
export function themesWithPages(a: AreaSummary): ThemeInfo[] {
  return THEMES.filter((t) => metrics().some((m) => m.theme === t.id && measureApplies(m, a)))
}

/** A theme's measures of LAs: those an LA can be set beside other LAs on (not the NHS's measures of its own areas). */
export function themeMetrics(theme: Theme): MetricInfo[] {
  return metrics().filter((m) => m.theme === theme && m.areaLevel === 'la')
}

export const areaName = (a: AreaSummary): string => (a.type === 'england' ? 'England' : a.name)

export function themeHref(a: AreaSummary, theme: Theme): string {
  return themePath(areaPath(a), theme)
}

/** Home, England and the region above an area. */
export function breadcrumbSteps(a: AreaSummary): Array<{ name: string; href: string }> {
  const steps = [{ name: 'Home', href: routes.home() }]
  if (a.type !== 'england') steps.push({ name: 'England', href: routes.england() })
  if (a.regionCode) {
    const region = areaOf(a.regionCode)
    steps.push({ name: region.name, href: areaPath(region) })
  }
  return steps
}

/** Every area that has pages, with its theme pages: for getStaticPaths. */
export function themePaths(
  areas: readonly AreaSummary[],
): Array<{ params: { slug: string; theme: Theme }; props: { area: AreaSummary; theme: ThemeInfo } }> {
  return areas.flatMap((area) =>
    themesWithPages(area).map((theme) => ({ params: { slug: area.slug, theme: theme.id }, props: { area, theme } })),
  )
}
