// Whose figure a page shows for a measure. For a measure of LAs it is the area's own. The NHS
// publishes its figures for its own areas, so on an LA's page an NHS measure shows the figure of
// the NHS area the LA is placed in (nhs.json), named as that area's and never as the LA's own, with
// the councils the area covers: "part of" where the LA is one of several.
import type { AreaSummary, MetricInfo } from '../contract/schemas.ts'
import type { NhsPlacement } from '../contract/nhs.ts'
import { area as areaOf, nhsPlacements } from './site-data.ts'
import { listText } from './words.ts'

export interface FigureArea {
  /** The area whose figures are shown, or null when an LA cannot be placed in one NHS area. */
  area: AreaSummary | null
  /** For an NHS measure on an LA's page: whose figure it is, in a sentence; null otherwise. */
  note: string | null
  /** Why there is no area to show. */
  reason: string | null
}

/** "NHS figure for NHS West Yorkshire ICB, of which Leeds is part, with Bradford, ... and part of North Yorkshire." */
function nhsNote(la: AreaSummary, nhsArea: AreaSummary, p: NhsPlacement, maxNames = Infinity): string {
  const names = (codes: readonly string[]) => codes.map((c) => areaOf(c).name)
  const whole = names(p.alsoCovers)
  const part = names(p.partlyCovers)
  const others = [...whole, ...part.map((n) => `part of ${n}`)]
  if (others.length === 0) return `NHS figure for ${nhsArea.name}, the NHS area that covers the same area as ${la.name}.`
  const listed = others.length > maxNames ? `${others.length} other councils or parts of councils` : listText(others)
  return `NHS figure for ${nhsArea.name}, the NHS area ${la.name} is part of, with ${listed}.`
}

export function figureArea(m: MetricInfo, a: AreaSummary): FigureArea {
  if (m.areaLevel === 'la' || a.type !== 'la') return { area: a, note: null, reason: null }
  const p = nhsPlacements()[a.code]?.[m.areaLevel]
  if (!p?.area) return { area: null, note: null, reason: p?.reason ?? `${a.name} is not in DfE's lookup of local authorities to NHS areas` }
  const nhsArea = areaOf(p.area)
  return { area: nhsArea, note: nhsNote(a, nhsArea, p), reason: null }
}

/** Whether an area's pages show a measure: NHS measures on England's and LAs' pages (NHS regions are not DfE's). */
export function measureApplies(m: MetricInfo, a: AreaSummary): boolean {
  return m.areaLevel === 'la' || a.type === 'la' || a.type === 'england'
}
