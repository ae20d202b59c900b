import type { Theme } from '../contract/vocabulary.ts'
// Every internal address the site writes, in one place, through Astro's `base` and `site`: the
// site can be served under a path (https://owner.github.io/repo/) without a page changing. Pages,
// embed codes, downloads and scripts take their addresses from here, never from a literal "/...".

/** Astro's base ("/" or "/repo/"), always ending in "/"; outside Vite (the embed generator), SITE_BASE or "/". */
function basePath(): string {
  const base = (import.meta.env?.BASE_URL as string | undefined) ?? process.env.SITE_BASE ?? '/'
  return base.endsWith('/') ? base : `${base}/`
}

/** A site path ("/la/leeds/") under the base ("/repo/la/leeds/"). */
function sitePath(path: string): string {
  if (!path.startsWith('/')) throw new Error(`site paths start with "/": ${JSON.stringify(path)}`)
  return `${basePath()}${path.slice(1)}`
}

/** The absolute address when the site's address is known (Astro `site`), else the site path. */
export function siteUrl(path: string, site: URL | undefined): string {
  return site ? new URL(sitePath(path), site.origin).href : sitePath(path)
}

/** The site's address (Astro `site`, from SITE_URL), when it is known. */
function siteAddress(): URL | undefined {
  const site = (import.meta.env?.SITE as string | undefined) ?? process.env.SITE_URL
  return site && URL.canParse(site) ? new URL(site) : undefined
}

/** An address written through `routes`, absolute when the site's address is known. */
export function absoluteUrl(path: string, site: URL | undefined = siteAddress()): string {
  return site ? new URL(path, site.origin).href : path
}

export const routes = {
  home: () => sitePath('/'),
  find: () => sitePath('/find/'),
  england: () => sitePath('/england/'),
  region: (slug: string) => sitePath(`/region/${slug}/`),
  la: (slug: string) => sitePath(`/la/${slug}/`),
  laCompare: (slug: string) => sitePath(`/la/${slug}/compare/`),
  laCsv: (slug: string) => sitePath(`/la/${slug}/measures.csv`),
  compareFigures: () => sitePath('/la/compare.json'),
  metric: (id: string) => sitePath(`/metric/${id}/`),
  metricCsv: (id: string) => sitePath(`/metric/${id}/figures.csv`),
  embed: (metric: string, slug: string) => sitePath(`/embed/${metric}/${slug}/`),
  changeProgramme: () => sitePath('/change-programme/'),
  changeProgrammeCsv: (id: string) => sitePath(`/change-programme/${id}.csv`),
  changeProgrammeChart: (metric: string, comparison: string) => sitePath(`/change-programme/charts/${metric}-${comparison}.svg`),
  /** The methodology's contents page; its anchors include every address of the single page it replaced (#intervals, #<measure id>). */
  methodology: (anchor?: string) => sitePath(`/methodology/${anchor ? `#${anchor}` : ''}`),
  /** One page of the methodology: how areas are compared, geography, missing figures, derived extracts, the Change Programme. */
  methodologyTopic: (topic: string, anchor?: string) => sitePath(`/methodology/${topic}/${anchor ? `#${anchor}` : ''}`),
  /** How one measure is defined and calculated, on its own page. */
  methodologyOf: (metricId: string) => sitePath(`/methodology/measures/${metricId}/`),
  data: () => sitePath('/data/'),
  dataFile: (name: string) => sitePath(`/data/${name}`),
  sources: () => sitePath('/data/sources/'),
  accessibility: () => sitePath('/accessibility/'),
  asset: (name: string) => sitePath(`/${name}`),
} as const

/** The page of one theme of an area: /la/leeds/who/, /region/london/post16/, /england/process/. */
export function themePath(areaPage: string, theme: Theme): string {
  return `${areaPage}${theme}/`
}
