// An LA beside its statistical neighbours, theme by theme (the compare page): every measure's latest
// figure for the LA, then England, its region and its neighbours' average (the comparisons a reader
// makes first), then each neighbour, closest first. Selection and wording only: the neighbours'
// average is the pipeline's (the mean of those with a figure).
import { themeMetrics, themesWithMetrics } from './area-pages.ts'
import { cellNumber } from './metric-view.ts'
import { formatTick, unitAxisLabel } from '../charts/format.ts'
import { area as areaOf, areaData, england, source } from './site-data.ts'
import { sourceLine } from './source-line.ts'
import type { AreaSummary, MetricInfo } from '../contract/schemas.ts'
import type { ThemeInfo } from '../contract/vocabulary.ts'

export interface CompareColumn {
  name: string
  kind: 'area' | 'england' | 'region' | 'neighbours' | 'neighbour'
}

export interface CompareCell {
  text: string
  /** Under the figure: how many neighbours the average is of, when not all ten have a figure. */
  note: string | null
}

export interface CompareTheme {
  theme: ThemeInfo
  /** Each measure with its latest period and, where its figures are bare numbers (rates, scores), their unit. */
  rows: Array<{ metric: MetricInfo; period: string; cells: CompareCell[] }>
  /** The theme's sources, as the pages name them. */
  source: string
}

export interface NeighbourComparison {
  columns: CompareColumn[]
  /** The closest neighbour in DfE's model: the one the page sets the LA beside to start. */
  closest: AreaSummary | null
  themes: CompareTheme[]
}

const NEIGHBOURS = 10

function latestCell(code: string, m: MetricInfo): CompareCell {
  const value = m.latest ? areaData(code).metrics[m.id]?.values.find((v) => v.period === m.latest) : undefined
  return { text: cellNumber(m, value), note: null }
}

/** The neighbours' average for the LA's latest period, with how many it is of when not all have a figure. */
function neighboursCell(a: AreaSummary, m: MetricInfo): CompareCell {
  const b = m.latest ? areaData(a.code).metrics[m.id]?.benchmarks.find((x) => x.period === m.latest) : undefined
  const mean = b?.neighbours?.mean
  if (mean == null) return { text: 'no figure', note: null }
  const used = b!.neighbours!.used
  return { text: formatTick(mean, m.unit, m.decimals), note: used < NEIGHBOURS ? `${used} of ${NEIGHBOURS} have a figure` : null }
}

export function neighbourComparison(a: AreaSummary): NeighbourComparison {
  const region = a.regionCode ? areaOf(a.regionCode) : null
  const neighbours = (a.neighbours ?? []).map((code) => areaOf(code))
  const columns: CompareColumn[] = [
    { name: a.name, kind: 'area' },
    { name: 'England', kind: 'england' },
    ...(region ? [{ name: region.name, kind: 'region' as const }] : []),
    ...(neighbours.length > 0 ? [{ name: 'Similar areas average', kind: 'neighbours' as const }] : []),
    ...neighbours.map((n) => ({ name: n.name, kind: 'neighbour' as const })),
  ]
  const themes = themesWithMetrics().map((theme) => {
    const measures = themeMetrics(theme.id)
    return {
      theme,
      rows: measures.map((m) => ({
        metric: m,
        period: [m.periods.find((p) => p.id === m.latest)?.label ?? 'no figures', unitAxisLabel(m.unit)].filter(Boolean).join(', '),
        cells: [
          latestCell(a.code, m),
          latestCell(england().code, m),
          ...(region ? [latestCell(region.code, m)] : []),
          ...(neighbours.length > 0 ? [neighboursCell(a, m)] : []),
          ...neighbours.map((n) => latestCell(n.code, m)),
        ],
      })),
      source: sourceLine([...new Set(measures.flatMap((m) => m.sources))].map(source), { short: true }),
    }
  })
  return { columns, closest: neighbours[0] ?? null, themes }
}
