// The view model of a metric's own page: England and the regions over time, then every LA for the
// latest period (strip, map, funnel plot, ranked table). Pages only present what this returns.
import type { TrendInput } from '../charts/trend-chart.ts'
import type { StripInput } from '../charts/position-strip.ts'
import type { ChoroplethInput } from '../charts/choropleth.ts'
import type { FunnelInput } from '../charts/funnel-plot.ts'
import { areaData, areas, england, mapShapes, metricData } from './site-data.ts'
import { breakIndexes, format, medianByPeriod } from './metric-view.ts'
import { trendPeriod } from './trend.ts'
import { missingText } from './words.ts'
import type { Benchmark, MetricValue, AreaSummary, MetricInfo, PeriodInfo } from '../contract/schemas.ts'

export interface LaRow {
  la: AreaSummary
  value: MetricValue | undefined
  benchmark: Benchmark | undefined
  /** Position counted from the highest value ("=3rd"), or null when not ranked. */
  position: { position: number; joint: boolean } | null
}

export interface MetricPage {
  /** What the rows are: local authorities, or the NHS areas an NHS measure is published for. */
  units: { one: string; many: string }
  /** "the regions", or "the NHS regions" for an NHS measure. */
  regionsName: string
  latest: PeriodInfo | null
  englandLatest: MetricValue | undefined
  englandTrend: TrendInput | null
  regionTrends: Array<{ region: AreaSummary; input: TrendInput }>
  /** England and each region, by period, for the table. */
  areaTable: Array<{ area: AreaSummary; values: Map<string, MetricValue> }>
  ranked: LaRow[]
  strip: StripInput | null
  map: ChoroplethInput | null
  funnel: FunnelInput | null
  /** LAs plotted in the funnel. */
  funnelCount: number
  /** Without England figures: the middle LA of the latest period. */
  median: number | null
}

const lower = (s: string) => `${s.charAt(0).toLowerCase()}${s.slice(1)}`

const UNITS = {
  la: { one: 'local authority', many: 'local authorities' },
  nhs_sub_icb: { one: 'NHS sub-ICB location', many: 'NHS sub-ICB locations' },
  nhs_icb: { one: 'integrated care board', many: 'integrated care boards' },
} as const

export function metricPage(m: MetricInfo): MetricPage {
  const data = metricData(m.id)
  const nhs = m.areaLevel !== 'la'
  const latest = m.periods.find((p) => p.id === m.latest) ?? null
  const eng = england()
  const valuesOf = (code: string) => new Map(data.values.filter((v) => v.area === code).map((v) => [v.period, v]))
  const engValues = valuesOf(eng.code)
  const hasAny = (vs: Map<string, MetricValue>) => [...vs.values()].some((v) => v.value !== null)
  const periods = m.periods.map(trendPeriod)
  const breaks = breakIndexes(m)
  const englandSeries = { role: 'england' as const, name: 'England', values: m.periods.map((p) => engValues.get(p.id)?.value ?? null) }

  const englandTrend: TrendInput | null = hasAny(engValues)
    ? {
        id: `england-${m.id}`,
        title: m.title,
        unit: m.unit,
        decimals: m.decimals,
        periods,
        breaks,
        series: [
          {
            role: 'area',
            name: 'England',
            values: englandSeries.values,
            lower: m.periods.map((p) => engValues.get(p.id)?.ci95?.lower ?? null),
            upper: m.periods.map((p) => engValues.get(p.id)?.ci95?.upper ?? null),
          },
        ],
      }
    : null
  const regions = areas(nhs ? 'nhs_region' : 'region').map((r) => ({ area: r, values: valuesOf(r.code) }))
  const regionTrends = regions
    .filter((r) => hasAny(r.values))
    .map(({ area: region, values }) => ({
      region,
      input: {
        id: `region-${region.slug}-${m.id}`,
        title: m.title,
        unit: m.unit,
        decimals: m.decimals,
        periods,
        breaks,
        series: [
          { role: 'area' as const, name: region.name, values: m.periods.map((p) => values.get(p.id)?.value ?? null) },
          ...(hasAny(engValues) ? [englandSeries] : []),
        ],
      },
    }))

  const rows: LaRow[] = latest
    ? areas(m.areaLevel).map((la) => {
        const value = data.values.find((x) => x.area === la.code && x.period === latest.id)
        const benchmark = areaData(la.code).metrics[m.id]?.benchmarks.find((x) => x.period === latest.id)
        const rank = benchmark?.rank
        return { la, value, benchmark, position: rank ? { position: rank.rank, joint: rank.tiedWith > 0 } : null }
      })
    : []
  // NHS areas are not ranked: they are listed from the highest figure all the same.
  const ranked = [...rows].sort(
    (a, b) =>
      (a.position?.position ?? 1e9) - (b.position?.position ?? 1e9) ||
      (b.value?.value ?? -Infinity) - (a.value?.value ?? -Infinity) ||
      a.la.name.localeCompare(b.la.name),
  )
  const quartiles = data.distributions.find((d) => d.period === latest?.id)?.quartiles ?? null
  const engLatest = latest ? engValues.get(latest.id) : undefined
  const median = engLatest?.value == null && latest ? (medianByPeriod(m).get(latest.id) ?? null) : null
  const stripRows = rows.filter((x) => x.value?.value != null && !x.la.smallNumbers)
  const stripValues = stripRows.map((x) => x.value!.value!)
  const strip: StripInput | null =
    latest && stripValues.length > 0
      ? {
          id: `all-${m.id}`,
          label: `${m.title}: ${stripValues.length} ${UNITS[m.areaLevel].many}, ${latest.label}, from ${format(m, Math.min(...stripValues))} to ${format(m, Math.max(...stripValues))}.`,
          unit: m.unit,
          decimals: m.decimals,
          values: stripValues,
          slugs: stripRows.map((x) => x.la.slug),
          england: engLatest?.value ?? null,
          ...(quartiles ? { quartiles } : {}),
        }
      : null
  const shapes = mapShapes()
  // The map's shapes are local authorities': NHS measures have none.
  const map: ChoroplethInput | null =
    latest && quartiles && !nhs
      ? {
          id: `map-${m.id}`,
          label: `Map of ${lower(m.title)} by local authority, ${latest.label}, shaded by quarter of all local authorities' figures.`,
          unit: m.unit,
          decimals: m.decimals,
          width: shapes.width,
          height: shapes.height,
          paths: shapes.paths,
          thresholds: [quartiles.q1, quartiles.median, quartiles.q3],
          areas: rows.map((x) => ({
            code: x.la.code,
            slug: x.la.slug,
            name: x.la.name,
            value: x.value?.value ?? null,
            ...(x.value?.value == null ? { note: missingText(x.value?.missing) } : {}),
          })),
        }
      : null
  const f = data.funnel
  const points = rows
    .filter((x) => x.value?.value != null && x.value.denominator != null)
    .map((x) => ({ slug: x.la.slug, name: x.la.name, n: x.value!.denominator!, value: x.value!.value! }))
  const funnel: FunnelInput | null = f
    ? {
        id: `funnel-${m.id}`,
        label: `Funnel plot of ${lower(m.title)}, ${latest?.label}: each local authority against the size of its denominator, with 95% and 99.8% limits around England's ${format(m, f.centre)}.`,
        decimals: m.decimals,
        centre: f.centre,
        limits: f.limits,
        points,
      }
    : null
  return {
    units: UNITS[m.areaLevel],
    regionsName: nhs ? 'the NHS regions' : 'the regions',
    latest,
    englandLatest: engLatest,
    englandTrend,
    regionTrends,
    areaTable: [{ area: eng, values: engValues }, ...regions],
    ranked,
    strip,
    map,
    funnel,
    funnelCount: points.length,
    median,
  }
}
