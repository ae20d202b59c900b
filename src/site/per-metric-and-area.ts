// Views of the site data are pure functions of one metric and one area, and a build asks for the
// same one many times: an LA's theme page, its at-a-glance chart and its list of paths all read the
// same metric views, and an embed reads its trend for the page, the SVG file and the CSV. The site
// data never changes within a process (site-data.ts reads each file once), so each view is worked
// out once. Callers must treat what they get as read-only.
import type { AreaSummary, MetricInfo } from '../pipeline/site-data/types.ts'

export function perMetricAndArea<T>(view: (m: MetricInfo, a: AreaSummary) => T): (m: MetricInfo, a: AreaSummary) => T {
  const known = new Map<string, T>()
  return (m, a) => {
    const key = `${m.id}\u0000${a.code}`
    let found = known.get(key)
    if (found === undefined && !known.has(key)) known.set(key, (found = view(m, a)))
    return found as T
  }
}
