import type { AreaSummary, MetricInfo } from '../contract/schemas.ts'
// Views of the site data are pure functions of one metric and one area, and a build asks for the
// same one many times: an LA's theme page, its at-a-glance chart and its list of paths all read the
// same metric views, and an embed reads its trend for the page, the SVG file and the CSV. The site
// data never changes within a process (site-data.ts reads each file once), so each view is worked
// out once, until the process lets go of the area (forgetViewsOf). Callers must treat what they
// get as read-only.

/** Every view's answers, by area code, then metric id. */
const views: Array<Map<string, Map<string, unknown>>> = []

export function perMetricAndArea<T>(view: (m: MetricInfo, a: AreaSummary) => T): (m: MetricInfo, a: AreaSummary) => T {
  const byArea = new Map<string, Map<string, T>>()
  views.push(byArea)
  return (m, a) => {
    let known = byArea.get(a.code)
    if (!known) byArea.set(a.code, (known = new Map()))
    let found = known.get(m.id)
    if (found === undefined && !known.has(m.id)) known.set(m.id, (found = view(m, a)))
    return found as T
  }
}

/** Lets go of every view of an area the process has finished with (an embed worker, after an LA). */
export function forgetViewsOf(code: string): void {
  for (const byArea of views) byArea.delete(code)
}
