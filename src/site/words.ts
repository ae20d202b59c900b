// Plain-English wording for the pages: comparisons, ranks, quarters, changes and missing values.
// Value words (better / worse) only for metrics whose direction nobody disputes.
import type { Benchmark, Change, Significance } from '../pipeline/benchmarks/benchmarks.ts'
import { NO_COMPARISON, WITHHELD_CHANGE } from '../pipeline/benchmarks/benchmarks.ts'
import type { Direction } from '../pipeline/metrics/definition.ts'
import { MISSING_REASONS, type MissingReason } from '../pipeline/read/missing.ts'

export type Word = 'similar' | 'higher' | 'lower' | 'better' | 'worse'

export function comparisonWord(s: Significance, direction: Direction): Word | null {
  if (s.result === null) return null
  if (s.result === 'similar' || direction === 'neutral') return s.result
  const good = (s.result === 'higher') === (direction === 'higher_is_better')
  return good ? 'better' : 'worse'
}

/** "similar to", "higher than", "better than"... */
export function comparisonPhrase(word: Word): string {
  return word === 'similar' ? 'similar to' : `${word} than`
}

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

export function missingText(reason: MissingReason | null | undefined): string {
  return reason ? MISSING_REASONS[reason] : 'no figure'
}

export function noTestText(s: Significance): string {
  return s.reason ? NO_COMPARISON[s.reason] : ''
}

export function ordinal(n: number): string {
  const mod100 = n % 100
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

export function rankPhrase(b: Benchmark, direction: Direction): string | null {
  if (!b.rank) return null
  const joint = b.rank.tiedWith > 0 ? `joint ${ordinal(b.rank.rank)}` : ordinal(b.rank.rank)
  return direction === 'neutral'
    ? `${joint} of ${b.rank.of} local authorities, counting from the highest`
    : `${joint} best of ${b.rank.of} local authorities`
}

export function quarterPhrase(b: Benchmark, direction: Direction): string | null {
  if (!b.quartile) return null
  if (direction === 'neutral')
    return ['in the lowest quarter', 'in the second-lowest quarter', 'in the second-highest quarter', 'in the highest quarter'][
      b.quartile - 1
    ]!
  const fromBest = direction === 'higher_is_better' ? 5 - b.quartile : b.quartile
  return ['in the best quarter', 'in the second-best quarter', 'in the second-worst quarter', 'in the worst quarter'][fromBest - 1]!
}

/**
 * "up 1.2 since January 2024" using the caller's formatter for the size of the change, or why no
 * change since January 2024 is given.
 */
export function changePhrase(c: Change | null, fromLabel: string, formatChange: (x: number) => string): string | null {
  if (!c) return null
  if (c.change === null) return `no change is given since ${fromLabel}: ${WITHHELD_CHANGE[c.withheld]}`
  const size = Math.abs(c.change)
  const direction = c.change > 0 ? 'up' : c.change < 0 ? 'down' : 'unchanged'
  return direction === 'unchanged' ? `unchanged since ${fromLabel}` : `${direction} ${formatChange(size)} since ${fromLabel}`
}

/** "2019-04-01" -> "1 April 2019". */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
  return `${d} ${months[m - 1]} ${y}`
}
