// Spending returns that are missing or incomplete, by a stated rule, in a table that gives each
// LA's total with the parts it adds up (DfE's special school and AP place spending: state, and
// independent or non-maintained). Such a total is read as "incomplete_return" instead of a number
// (and, where the whole return is short, its parts too):
//  - a part given as 0 (or not at all) beside a positive total: every LA places children in both
//    kinds of school, so a zero part is a part not returned (Barking and Dagenham 2021-22 gives
//    £10.9m for state schools and 0 for independent ones, after £3.5m the year before);
//  - a total per head below a tenth of the median LA's in the same period: a return that covers
//    only part of the year's spending (Barking and Dagenham 2018-19, £3.82 per head, against £234
//    a year later and a median near £200).
import type { Geography } from '../geography/areas.ts'
import type { AccountBook } from './accounts.ts'
import type { Observation } from './observation.ts'
import { breakdownKey } from './observation.ts'

export interface IncompleteReturnsRule {
  /** The breakdown column, the value of its total rows, and those of the parts that add up to it. */
  column: string
  total: string
  parts: readonly string[]
  /** The amount measure (pounds) and the population it is spent on. */
  amount: string
  population: string
  /** A total per head below this fraction of the period's median LA is treated as incomplete. */
  belowMedian: number
}

export function markIncompleteReturns(
  observations: readonly Observation[],
  rule: IncompleteReturnsRule,
  book: AccountBook,
  g: Geography,
): void {
  const key = (o: Observation) => `${o.areaCode}|${o.period}`
  const amounts = new Map<string, Map<string, Observation>>()
  const populations = new Map<string, Observation>()
  const totalKey = breakdownKey([[rule.column, rule.total]])
  for (const o of observations) {
    if (o.areaType !== 'la' && o.areaType !== 'former_la') continue
    if (o.measure === rule.population && o.breakdown === totalKey) populations.set(key(o), o)
    if (o.measure !== rule.amount) continue
    let byPart = amounts.get(key(o))
    if (!byPart) amounts.set(key(o), (byPart = new Map()))
    byPart.set(o.breakdown, o)
  }
  const perHead = new Map<string, number>()
  for (const [k, byPart] of amounts) {
    const total = byPart.get(totalKey)?.value
    const population = populations.get(k)?.value
    if (total != null && total > 0 && population != null && population > 0) perHead.set(k, total / population)
  }
  const medians = new Map<string, number>()
  for (const period of new Set([...perHead.keys()].map((k) => k.split('|')[1]!))) {
    const values = [...perHead].filter(([k]) => k.endsWith(`|${period}`)).map(([, v]) => v)
    medians.set(period, median(values))
  }
  for (const [k, byPart] of amounts) {
    const total = byPart.get(totalKey)
    if (!total || total.value === null || total.value <= 0) continue
    const [area, period] = k.split('|') as [string, string]
    const unreturned = rule.parts.filter((p) => !byPart.get(breakdownKey([[rule.column, p]]))?.value)
    const low = (perHead.get(k) ?? Infinity) < rule.belowMedian * medians.get(period)!
    if (unreturned.length === 0 && !low) continue
    const why =
      unreturned.length > 0
        ? `${unreturned.join(' and ')} given as 0 or not at all`
        : `£${perHead.get(k)!.toFixed(2)} per head, below a tenth of the median LA's £${medians.get(period)!.toFixed(2)}`
    const name = g.byCode.get(area)?.name ?? area
    book.check(`${name} (${area}) ${period}: total of £${total.value.toLocaleString('en-GB')} not used, as an incomplete return (${why}).`)
    // A return covering only part of the year leaves its parts short too; a part not returned
    // leaves the other part as returned.
    const withheld = low ? [total, ...rule.parts.flatMap((p) => byPart.get(breakdownKey([[rule.column, p]])) ?? [])] : [total]
    for (const o of withheld.filter((x) => x.value !== null)) {
      book.reclassified(null, 'incomplete_return')
      Object.assign(o, { value: null, missing: 'incomplete_return' })
    }
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
