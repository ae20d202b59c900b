// The figures of a measure the NHS publishes for its own areas, for every NHS area of its level,
// every NHS region and England, in every month or year its table holds: NHS England's own
// percentage; a count per 1,000 under-18s where the area's population is known; or a share of a
// waiting list with its confidence interval. Rows for areas outside DfE's lookup are not placed.
import { ENGLAND_CODE, type MissingReason } from '../../contract/vocabulary.ts'
import { metricPeriod, type MetricPeriod, type MetricPeriodKind } from '../../contract/periods.ts'
import type { MetricValue } from '../../contract/schemas.ts'
import type { Area, Geography } from '../geography/areas.ts'
import type { ComputedMetric } from '../metrics/compute.ts'
import type { NhsMeasureDefinition } from '../metrics/definition.ts'
import type { NhsFigureRow } from '../read/nhs-tables.ts'
import { estimate } from '../statistics/intervals.ts'
import { wholeLasOf, type NhsAreas } from './nhs-areas.ts'

export interface NhsTables {
  /** Rows of each NHS table, by its source format. */
  rows: ReadonlyMap<NhsMeasureDefinition['nhs']['table'], readonly NhsFigureRow[]>
  /** Population aged 0 to 17 of each current LA and England (for rates per 1,000). */
  under18: ReadonlyMap<string, number>
}

/** Monthly waiting lists and monthly autism figures; mental health contacts over the 12 months to a month. */
const PERIOD_KIND: Readonly<Record<NhsMeasureDefinition['nhs']['table'], MetricPeriodKind>> = {
  'nhs-autism-waits': 'month',
  'nhs-community-waits': 'month',
  'nhs-cyp-mental-health': 'year_to_month',
}

type Draft = Pick<MetricValue, 'value' | 'numerator' | 'denominator' | 'ci95' | 'ci998' | 'missing'>

const missing = (reason: MissingReason): Draft => ({
  value: null,
  numerator: null,
  denominator: null,
  ci95: null,
  ci998: null,
  missing: reason,
})

function share(count: number, total: number): Draft {
  if (total === 0) return missing('no_denominator')
  return { ...estimate('percent', count, total), numerator: count, denominator: total, missing: null }
}

function perThousand(count: number, population: number | null): Draft {
  if (population === null) return { ...missing('no_population'), numerator: count }
  return { ...estimate('rate', count, population, 1000), numerator: count, denominator: population, missing: null }
}

/** The area a row belongs to, or undefined when DfE's lookup has no such area (it is not placed against LAs). */
function rowArea(r: NhsFigureRow, areas: NhsAreas, england: Area): Area | undefined {
  switch (r.level) {
    case 'england':
      return england
    case 'nhs_region':
      return areas.regionByName(r.name)
    case 'sub_icb':
      return areas.subIcbByNhsCode.get(r.code)
    case 'icb':
      return areas.icbByName(r.name)
  }
}

/** Under-18 population of every area of the measure's level, the NHS regions and England, where whole LAs make it up. */
function populations(
  def: NhsMeasureDefinition,
  areas: NhsAreas,
  under18: ReadonlyMap<string, number>,
  g: Geography,
): Map<string, number | null> {
  const sum = (las: readonly string[] | null) =>
    las && las.every((la) => under18.has(la)) ? las.reduce((t, la) => t + under18.get(la)!, 0) : null
  const out = new Map<string, number | null>()
  const level = def.areaLevel
  for (const a of level === 'nhs_sub_icb' ? areas.subIcbs : areas.icbs) out.set(a.code, sum(wholeLasOf(areas, a.code, level)))
  // A region's population is its LAs', unless an LA is served from two regions.
  for (const r of areas.regions) {
    const las = [...areas.regionsOfLa].filter(([, regions]) => regions.has(r.code))
    out.set(r.code, las.some(([, regions]) => regions.size > 1) ? null : sum(las.map(([la]) => la)))
  }
  out.set(g.england.code, under18.get(g.england.code) ?? null)
  return out
}

/** Last day of the month "2023-06-30" -> the period "2023-06". */
const periodOf = (periodEnd: string, kind: MetricPeriodKind): MetricPeriod => metricPeriod(periodEnd.slice(0, 7), kind)

export function computeNhsMeasure(def: NhsMeasureDefinition, tables: NhsTables, areas: NhsAreas, g: Geography): ComputedMetric {
  const { table, breakdown, figure } = def.nhs
  const kind = PERIOD_KIND[table]
  const rows = (tables.rows.get(table) ?? []).filter((r) => r.breakdown === breakdown)
  // The figures each row gives, by area and period: a published value, or counts.
  const found = new Map<string, Map<string, { value?: number; total?: number; over18to52?: number; over52?: number }>>()
  const periodIds = new Map<string, MetricPeriod>()
  for (const r of rows) {
    const area = rowArea(r, areas, g.england)
    if (!area) continue
    const period = periodOf(r.periodEnd, kind)
    periodIds.set(period.id, period)
    let byPeriod = found.get(area.code)
    if (!byPeriod) found.set(area.code, (byPeriod = new Map()))
    const entry = byPeriod.get(period.id) ?? {}
    if (table === 'nhs-community-waits') entry[r.measure as 'total' | 'over18to52' | 'over52'] = r.value
    else entry.value = r.value
    byPeriod.set(period.id, entry)
  }
  const periods = [...periodIds.values()].sort((a, b) => a.id.localeCompare(b.id))
  const population = figure === 'per_1000_under_18' ? populations(def, areas, tables.under18, g) : null
  const units = def.areaLevel === 'nhs_sub_icb' ? areas.subIcbs : areas.icbs
  const values: MetricValue[] = []
  for (const area of [g.england, ...areas.regions, ...units]) {
    const byPeriod = found.get(area.code)
    for (const period of periods) {
      const e = byPeriod?.get(period.id)
      let draft: Draft
      if (!e) draft = missing('area_not_in_source')
      else if (figure === 'published_percent')
        draft = { ...missing('not_published'), value: e.value ?? null, missing: e.value === undefined ? 'not_published' : null }
      else if (figure === 'per_1000_under_18')
        draft = e.value === undefined ? missing('not_published') : perThousand(e.value, population!.get(area.code) ?? null)
      else {
        const waiting = figure === 'waiting_over_18_weeks' ? (e.over18to52 ?? NaN) + (e.over52 ?? NaN) : (e.over52 ?? NaN)
        draft = e.total === undefined || Number.isNaN(waiting) ? missing('not_published') : share(waiting, e.total)
      }
      values.push({
        ...draft,
        metric: def.id,
        area: area.code,
        period: period.id,
        basis: draft.value === null ? null : area.code === ENGLAND_CODE || area.type === 'nhs_region' ? 'published' : 'source',
        coverage: null,
        segment: 0,
        sources: [...def.sources],
      })
    }
  }
  return { definition: def, periods, values }
}
