// The Change Programme tracker: do the 32 pilot LAs move differently from all other LAs after the
// programme started? For each tracked metric: both groups' average over time, and a difference in
// differences (the pilot LAs' average change from before to after, minus the other LAs'), with a
// bootstrap interval over LAs; and each partnership against the other LAs of its region.
// Each LA counts equally (means of LA values): the question is about what LAs did, not about
// pupils. City of London and the Isles of Scilly are left out (very small numbers).
import * as aq from 'arquero'
import type { Geography } from '../geography/areas.ts'
import type { ComputedMetric } from '../metrics/compute.ts'
import type { MetricId } from '../metrics/registry.ts'
import { differenceInDifferences, mean } from './bootstrap.ts'
import { programmeWindows, type Window } from './windows.ts'
import type { TrackedMetric } from '../../contract/change-programme.ts'
import type { PeriodId } from '../../contract/periods.ts'

type GroupPoint = TrackedMetric['pilot'][number]
type DiD = NonNullable<TrackedMetric['did']>

export const TRACKED_METRICS: readonly MetricId[] = [
  'ehcp_mainstream_pct',
  'ehcp_special_pct',
  'suspension_rate_ehcp',
  'perm_exclusion_rate_ehcp',
  'ehcp_issued_20_weeks_pct',
  'ehcp_per_1000_0_25',
]

type Row = { la: string; period: PeriodId; value: number }

function groupMeans(rows: Row[]): GroupPoint[] {
  if (rows.length === 0) return []
  return aq
    .from(rows)
    .groupby('period')
    .rollup({ mean: aq.op.mean('value'), las: aq.op.count() })
    .objects()
    .map((r) => {
      const { period, mean, las } = r as { period: PeriodId; mean: number; las: number }
      return { period, mean, las }
    })
}

/** Per LA: mean of its "after" values minus mean of its "before" values (LAs with both). */
function changes(rows: Row[], windows: ReadonlyMap<string, Window>): Map<string, number> {
  const byLa = new Map<string, { before: number[]; after: number[] }>()
  for (const r of rows) {
    const w = windows.get(r.period)
    if (w !== 'before' && w !== 'after') continue
    const entry = byLa.get(r.la) ?? { before: [], after: [] }
    entry[w].push(r.value)
    byLa.set(r.la, entry)
  }
  const out = new Map<string, number>()
  for (const [la, { before, after }] of byLa) if (before.length > 0 && after.length > 0) out.set(la, mean(after) - mean(before))
  return out
}

export function trackMetric(computed: ComputedMetric, g: Geography, partnerships: ReadonlyMap<string, string>): TrackedMetric {
  const windows = programmeWindows(computed.periods, computed.definition.breaks)
  const included = new Set(g.las.filter((la) => !la.smallNumbers).map((la) => la.code))
  const rows: Row[] = computed.values
    .filter((v) => included.has(v.area) && v.value !== null)
    .map((v) => ({ la: v.area, period: v.period, value: v.value! }))
  const order = new Map(computed.periods.map((p, i) => [p.id, i]))
  const byPeriod = (a: GroupPoint, b: GroupPoint) => order.get(a.period)! - order.get(b.period)!
  const pilotRows = rows.filter((r) => partnerships.has(r.la))
  const otherRows = rows.filter((r) => !partnerships.has(r.la))

  const pilotChanges = changes(pilotRows, windows)
  const otherChanges = changes(otherRows, windows)
  let did: DiD | null = null
  if (pilotChanges.size >= 2 && otherChanges.size >= 2) {
    const p = [...pilotChanges.values()]
    const c = [...otherChanges.values()]
    did = { ...differenceInDifferences(p, c), pilotLas: p.length, comparisonLas: c.length, pilotChange: mean(p), comparisonChange: mean(c) }
  }

  const partnershipNames = [...new Set(partnerships.values())].sort()
  const partnershipComparisons = partnershipNames.map((name) => {
    const las = [...partnerships].filter(([, p]) => p === name).map(([code]) => code)
    const region = g.byCode.get(las[0]!)!.regionCode!
    const inPartnership = rows.filter((r) => las.includes(r.la))
    const restOfRegion = rows.filter((r) => g.byCode.get(r.la)!.regionCode === region && !partnerships.has(r.la))
    const pMeans = new Map(groupMeans(inPartnership).map((x) => [x.period, x]))
    const rMeans = new Map(groupMeans(restOfRegion).map((x) => [x.period, x]))
    const pChanges = [...changes(inPartnership, windows).values()]
    const rChanges = [...changes(restOfRegion, windows).values()]
    return {
      partnership: name,
      region,
      las,
      trend: computed.periods.map((p) => ({
        period: p.id,
        partnership: pMeans.get(p.id)?.mean ?? null,
        partnershipLas: pMeans.get(p.id)?.las ?? 0,
        restOfRegion: rMeans.get(p.id)?.mean ?? null,
        restOfRegionLas: rMeans.get(p.id)?.las ?? 0,
      })),
      partnershipChange: pChanges.length > 0 ? mean(pChanges) : null,
      partnershipChangeLas: pChanges.length,
      restOfRegionChange: rChanges.length > 0 ? mean(rChanges) : null,
      restOfRegionChangeLas: rChanges.length,
    }
  })

  return {
    metric: computed.definition.id,
    windows: Object.fromEntries(windows),
    pilot: groupMeans(pilotRows).sort(byPeriod),
    comparison: groupMeans(otherRows).sort(byPeriod),
    did,
    partnerships: partnershipComparisons,
  }
}
