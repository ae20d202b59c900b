// Pages read the pipeline's site data through this module and nothing else, each file checked
// against its schema in src/contract/ as it is read: they never parse source files or compute
// statistics. SITE_DATA_DIR names the folder (the build sets it).
import { readSiteDataFile, type SiteDataFile, type SiteDataOf } from '../contract/files.ts'
import type { AreaSummary, MetricInfo, Source, ThemeLayout } from '../contract/schemas.ts'
import type { Theme } from '../contract/vocabulary.ts'
import { routes } from './routes.ts'

function siteDataDir(): string {
  const dir = process.env.SITE_DATA_DIR
  if (!dir) throw new Error('SITE_DATA_DIR is not set: pages are built by ./dashboard build, which sets it to the site data it writes')
  return dir
}

// Each file is read and checked once per process: the site data does not change while pages are built.
const cache = new Map<string, unknown>()
function load<F extends SiteDataFile>(file: F, ...key: string[]): SiteDataOf<F> {
  const name = [file, ...key].join('/')
  if (!cache.has(name))
    cache.set(name, (readSiteDataFile as (dir: string, file: F, ...key: string[]) => SiteDataOf<F>)(siteDataDir(), file, ...key))
  return cache.get(name) as SiteDataOf<F>
}

const siteIndex = () => load('index')
export const sources = (): Source[] => siteIndex().sources
export const accounts = () => load('accounts')
/** What the fetch step did with every registered source, including any not read by this build. */
export const fetchRecords = () => load('fetch')
export const metrics = (): MetricInfo[] => siteIndex().metrics
/** What the publishers' files cannot support, with the reasons (the methodology lists them). */
export const notShown = () => siteIndex().notShown ?? []
export const areaData = (code: string) => load('area', code)
/** Lets go of an area's site data once a process has finished with it (the embed generator, area by area). */
export const forgetAreaData = (code: string): void => void cache.delete(`area/${code}`)
export const metricData = (id: string) => load('metric', id)
/** Where each LA sits among the NHS's own areas (NHS measures are published for those). */
export const nhsPlacements = () => load('nhs')
export const inspections = () => load('inspections')
/** Each LA's designated medical, clinical and social care officers, year by year, and England's and the regions' counts. */
export const designatedOfficers = () => load('designatedOfficers')
export const mapShapes = () => load('map')
export const placesData = () => load('places')
export const changeProgramme = () => load('changeProgramme')

let areasByCode: Map<string, AreaSummary> | undefined
export function area(code: string): AreaSummary {
  areasByCode ??= new Map(siteIndex().areas.map((a) => [a.code, a]))
  const a = areasByCode.get(code)
  if (!a) throw new Error(`site data has no area ${code}`)
  return a
}

export const areas = (type?: AreaSummary['type']): AreaSummary[] => siteIndex().areas.filter((a) => type === undefined || a.type === type)
export const england = (): AreaSummary => areas('england')[0]!

export function metric(id: string): MetricInfo {
  const m = metrics().find((x) => x.id === id)
  if (!m) throw new Error(`site data has no metric ${id}`)
  return m
}

export function source(id: string): Source {
  const s = sources().find((x) => x.id === id)
  if (!s) throw new Error(`site data has no source ${id}`)
  return s
}

/** How a theme's page is laid out: its groups of measures and its headline measure. */
export function themeLayout(theme: Theme): ThemeLayout {
  const layout = siteIndex().themes.find((t) => t.theme === theme)
  if (!layout) throw new Error(`site data has no layout for the theme ${theme}`)
  return layout
}

/** URL path of an area's page. The NHS's areas have none: their figures are shown on the LAs' pages. */
export function areaPath(a: AreaSummary): string {
  switch (a.type) {
    case 'nhs_sub_icb':
    case 'nhs_icb':
    case 'nhs_region':
      throw new Error(`${a.name} is an NHS area, with no page of its own`)
    case 'england':
      return routes.england()
    case 'region':
      return routes.region(a.slug)
    case 'la':
      return routes.la(a.slug)
    case 'former_la':
      return `${routes.la(area(a.successors![0]!).slug)}#former-${a.slug}`
  }
}
