// Cautions beside figures that jump implausibly (statistics/jumps.ts gives the rule): each flagged
// figure of a current LA becomes an area note of its measure, which the pages say beside that
// figure in that period, as they say the registry's own notes.
import type { Distribution, MetricValue } from '../../contract/schemas.ts'
import type { AreaNote } from '../metrics/definition.ts'
import type { ComputedMetric } from '../metrics/compute.ts'
import type { Area } from '../geography/areas.ts'
import { implausibleJumps, type Jump } from '../statistics/jumps.ts'

const CAUTION: Readonly<Record<Jump['direction'], string>> = {
  up: 'Treat this figure with caution: it is far higher than the figures just before and after it, so it may be a recording error in the published data.',
  down: 'Treat this figure with caution: it is far lower than the figures just before and after it, so it may be a recording error in the published data.',
}

/**
 * The notes on one measure's implausible jumps, one per flagged figure, among the figures of the
 * given LAs (those the measure's quartiles are of: LAs with very small numbers vary too much to
 * judge). Periods the publisher flags as not comparable (COVID-19 terms) are left out of the series.
 */
export function jumpNotes(m: ComputedMetric, distributions: readonly Distribution[], las: readonly Area[]): AreaNote[] {
  const order = new Map(m.periods.map((p, i) => [p.id, i]))
  const flagged = new Set(m.definition.flaggedPeriods?.periods ?? [])
  const spreads = new Map<string, number>(
    distributions.filter((d) => d.metric === m.definition.id && d.quartiles).map((d) => [d.period, d.quartiles!.q3 - d.quartiles!.q1]),
  )
  const judged = new Set(las.filter((a) => !a.smallNumbers).map((a) => a.code))
  const byArea = new Map<string, MetricValue[]>()
  for (const v of m.values)
    if (v.value !== null && judged.has(v.area) && !flagged.has(v.period))
      (byArea.get(v.area) ?? byArea.set(v.area, []).get(v.area)!).push(v)
  const signed = m.values.some((v) => v.value !== null && v.value < 0)
  const notes: AreaNote[] = []
  for (const [area, values] of byArea) {
    const points = values
      .sort((a, b) => order.get(a.period)! - order.get(b.period)!)
      .map((v) => ({ period: v.period, value: v.value!, interval: v.ci998 }))
    for (const jump of implausibleJumps(points, (p) => spreads.get(p) ?? null, signed))
      notes.push({ areas: [area], periods: [jump.period], note: CAUTION[jump.direction] })
  }
  return notes
}
