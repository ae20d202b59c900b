// The NHS figures as the pages show them. The NHS publishes these for its own areas, so an LA's
// figure is always its NHS area's: every view names that area and the other councils it serves
// ("NHS figure for NHS West Yorkshire ICB, which covers Leeds and its neighbours ..."), and compares
// it with England and the NHS region. Only selection and wording happen here.
import { formatNumber, formatValue } from '../charts/format.ts'
import { area as areaOf, health } from './site-data.ts'
import { capitalise, listText } from './words.ts'
import type { AreaSummary } from '../contract/schemas.ts'
import type { LaNhsFigure, NhsFigure, NhsValue } from '../contract/health.ts'

export interface NhsFigureView {
  figure: NhsFigure
  /** The LA's placing (null on England's page). */
  placing: LaNhsFigure | null
  /** "NHS figure for <NHS area>, which covers <LA> and its neighbours <...>."; null for England. */
  areaSentence: string | null
  /** The same for the summary: the neighbours counted rather than named when there are more than three. */
  shortAreaSentence: string | null
  /** The figure shown: the NHS area's for an LA, England's on England's page. */
  value: NhsValue | null
  /** "46.6%", or null when there is no figure. */
  valueText: string | null
  /** The figure in a sentence, or why there is none. */
  sentence: string
  /** "2,845 of 6,108 children and young people on the waiting list", where the counts are published. */
  counts: string | null
  /** The same, short, for a sentence that already names the group: "2,845 of 6,108". */
  shortCounts: string | null
  england: string
  /** "North East and Yorkshire NHS region: 42.0%", or null on England's page. */
  region: string | null
}

export const nhsFormat = (f: NhsFigure, v: number): string => formatValue(v, f.unit, f.decimals)

/**
 * The counts beside a figure: "2,845 of 6,108 children and young people on the waiting list", or
 * "8,535 children and young people supported"; `short` leaves out the labels ("2,845 of 6,108").
 */
export function nhsCounts(f: NhsFigure, v: NhsValue | null | undefined, short = false): string | null {
  if (v?.value == null || v.count == null) return null
  if (v.denominator != null && f.unit === 'percent')
    return short
      ? `${formatNumber(v.count)} of ${formatNumber(v.denominator)}`
      : `${formatNumber(v.count)} of ${formatNumber(v.denominator)} ${f.denominatorLabel ?? ''}`.trim()
  return f.countLabel ? `${formatNumber(v.count)} ${f.countLabel}` : formatNumber(v.count)
}

const valueOrWhy = (f: NhsFigure, v: NhsValue | null | undefined): string =>
  v?.value != null ? nhsFormat(f, v.value) : `no figure (${v?.missing ?? 'not published'})`

/**
 * "NHS figure for NHS Leeds CCG, which covers Leeds." or "... which covers Leeds and its neighbours
 * A, B and C."; with `maxNames`, a longer list is counted: "... and its 11 neighbouring councils".
 */
export function nhsAreaSentence(la: AreaSummary, p: LaNhsFigure, maxNames = Infinity): string | null {
  if (!p.area) return null
  const others = p.alsoServes.map((c) => areaOf(c).name)
  const neighbours =
    others.length === 0
      ? ''
      : others.length > maxNames
        ? ` and its ${others.length} neighbouring councils`
        : ` and its neighbours ${listText(others)}`
  return `NHS figure for ${p.area.name}, which covers ${la.name}${neighbours}.`
}

export function nhsFigureViews(a: AreaSummary): NhsFigureView[] {
  const data = health()
  const placings = a.type === 'la' ? (data.las[a.code] ?? []) : []
  return data.figures.map((f, i) => {
    const placing = a.type === 'la' ? (placings[i] ?? null) : null
    const value = a.type === 'la' ? (placing?.value ?? null) : f.england
    const valueText = value?.value != null ? nhsFormat(f, value.value) : null
    // Without a figure, the reason; the NHS area is named by the area sentence beside it.
    const sentence = valueText
      ? f.sentence.replace('{value}', valueText)
      : placing && !placing.area
        ? `no NHS figure can be placed for ${a.name}: ${value?.missing ?? 'not published'}`
        : `no figure: ${value?.missing ?? 'not published'}`
    return {
      figure: f,
      placing,
      areaSentence: placing ? nhsAreaSentence(a, placing) : null,
      shortAreaSentence: placing ? nhsAreaSentence(a, placing, 3) : null,
      value,
      valueText,
      sentence: capitalise(sentence),
      counts: nhsCounts(f, value),
      shortCounts: nhsCounts(f, value, true),
      england: valueOrWhy(f, f.england),
      region: placing?.area ? `${placing.area.nhsRegion} NHS region: ${valueOrWhy(f, placing.nhsRegion)}` : null,
    }
  })
}

/** One NHS figure's view for an area, by the figure's id; null when health.json has no such figure. */
export function nhsFigureView(a: AreaSummary, id: string): NhsFigureView | null {
  return nhsFigureViews(a).find((v) => v.figure.id === id) ?? null
}

/** The NHS figures' groups on the health page, in the order a parent asks: figure ids by prefix. */
export const NHS_GROUPS = [
  { id: 'waiting-lists', title: 'Waiting for community health services', prefix: 'community_wait_' },
  { id: 'autism', title: 'Waiting for an autism assessment', prefix: 'autism_referral_' },
  { id: 'mental-health', title: 'Mental health support', prefix: 'cyp_mental_health_' },
] as const

/** The views in NHS_GROUPS' order; figures no group names follow under "More NHS figures". */
export function groupNhsViews(views: readonly NhsFigureView[]): Array<{ id: string; title: string; views: NhsFigureView[] }> {
  const placed = new Set<NhsFigureView>()
  const groups = NHS_GROUPS.map((g) => {
    const found = views.filter((v) => v.figure.id.startsWith(g.prefix))
    found.forEach((v) => placed.add(v))
    return { id: g.id, title: g.title, views: found }
  }).filter((g) => g.views.length > 0)
  const rest = views.filter((v) => !placed.has(v))
  return rest.length > 0 ? [...groups, { id: 'more', title: 'More NHS figures', views: rest }] : groups
}
