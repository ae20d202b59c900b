import type { Benchmark, Change, Significance } from '../contract/schemas.ts'
import { WITHHELD_CHANGE, type NO_COMPARISON, type Direction, MISSING_REASONS, type MissingReason } from '../contract/vocabulary.ts'
// Plain-English wording for the pages: comparisons, ranks, quarters, changes and missing values.
// Neutral everywhere: higher, lower or similar, ranks counted from the highest. Where a measure has
// a policy direction it is said once per measure, in words (aimText), never as a judgement.

export type Word = 'similar' | 'higher' | 'lower'

export function comparisonWord(s: Significance): Word | null {
  return s.result
}

/** "similar to", "higher than", "lower than". */
export function comparisonPhrase(word: Word): string {
  return word === 'similar' ? 'similar to' : `${word} than`
}

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

export function missingText(reason: MissingReason | null | undefined): string {
  return reason ? MISSING_REASONS[reason] : 'no figure'
}

/** Why no comparison was made, in plain words (no statistical terms). */
const NO_TEST_WORDS: Readonly<Record<keyof typeof NO_COMPARISON, string>> = {
  no_value: 'there is no figure for this area',
  no_reference: 'there is no figure to compare with',
  no_interval: 'published without counts',
  small_numbers: 'numbers are very small, so a comparison would mislead',
}

export function noTestText(s: Significance): string {
  return s.reason ? NO_TEST_WORDS[s.reason] : ''
}

/** The one word used wherever no comparison was made, with its reason. */
export function notComparedText(s: Significance | null | undefined): string {
  return s?.reason ? `Not compared: ${NO_TEST_WORDS[s.reason]}` : 'Not compared'
}

/** The policy aim of a measure, said once per measure; null for measures with no direction. */
export function aimText(direction: Direction): string | null {
  if (direction === 'higher_is_better') return 'The SEND reforms aim to raise this figure.'
  if (direction === 'lower_is_better') return 'The SEND reforms aim to lower this figure.'
  return null
}

export function ordinal(n: number): string {
  const mod100 = n % 100
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

/** "the 139th highest of 150 local authorities" (or "joint 12th highest"): ranks count from the highest value. */
export function rankPhrase(b: Benchmark): string | null {
  if (!b.rank) return null
  const { rank, of, tiedWith } = b.rank
  return `the ${tiedWith > 0 ? 'joint ' : ''}${ordinal(rank)} highest of ${of} local authorities`
}

const QUARTERS = ['in the lowest quarter', 'in the second-lowest quarter', 'in the second-highest quarter', 'in the highest quarter']

/** Quartile band 1 is always the lowest values. */
export function quarterPhrase(b: Benchmark): string | null {
  return b.quartile ? QUARTERS[b.quartile - 1]! : null
}

/** A period inside a sentence: DfE's NEET label "End of 2022 to early 2023" starts lower case. */
function periodInSentence(label: string): string {
  return label.startsWith('End of ') ? `the end of ${label.slice('End of '.length)}` : label
}

/**
 * "up 1.2 percentage points compared with January 2024", using the caller's formatter for the size
 * of the change, or why no change since January 2024 is given.
 */
export function changePhrase(c: Change | null, fromLabel: string, formatChange: (x: number) => string): string | null {
  if (!c) return null
  if (c.change === null) return `no change is given since ${periodInSentence(fromLabel)}: ${WITHHELD_CHANGE[c.withheld]}`
  const size = Math.abs(c.change)
  const from = periodInSentence(fromLabel)
  return c.change === 0 ? `unchanged compared with ${from}` : `${c.change > 0 ? 'up' : 'down'} ${formatChange(size)} compared with ${from}`
}

/** "2019-04-01" -> "1 April 2019". */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return `${d} ${MONTHS[m - 1]} ${y}`
}

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

/** "a, b and c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}
