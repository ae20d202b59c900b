import type { Benchmark, Change, MetricInfo, Significance } from '../contract/schemas.ts'
import { MONTHS } from '../contract/periods.ts'
import { type NO_COMPARISON, type Direction, MISSING_REASONS, type MissingReason } from '../contract/vocabulary.ts'
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

/** "the 139th highest", "the joint 12th highest", "the highest": places count from the highest value. */
export function placePhrase(place: number, joint = false): string {
  return `the ${joint ? 'joint ' : ''}${place === 1 ? '' : `${ordinal(place)} `}highest`
}

/** "the 139th highest of 150 local authorities" (or "the joint 12th highest", "the highest"): ranks count from the highest value. */
export function rankPhrase(b: Benchmark): string | null {
  if (!b.rank) return null
  const { rank, of, tiedWith } = b.rank
  return `${placePhrase(rank, tiedWith > 0)} of ${of} local authorities`
}

/**
 * The lead of the list of an LA and its statistical neighbours, so that the first name listed is
 * not read as one of "its neighbours": "Figures for Leeds and its 10 statistical neighbours
 * (similar areas), January 2025, from the highest:".
 */
export function similarAreasLead(name: string, neighbours: number, period: string | undefined, unit: string | null = null): string {
  return `Figures for ${name} and its ${neighbours} statistical ${neighbours === 1 ? 'neighbour' : 'neighbours'} (similar areas)${period ? `, ${period}` : ''}${unit ? `, ${unit}` : ''}, from the highest:`
}

const QUARTERS = ['in the lowest quarter', 'in the second-lowest quarter', 'in the second-highest quarter', 'in the highest quarter']

/** Quartile band 1 is always the lowest values. */
export function quarterPhrase(b: Benchmark): string | null {
  return b.quartile ? QUARTERS[b.quartile - 1]! : null
}

/** A period inside a sentence: DfE's NEET label "End of 2022 to early 2023" starts lower case. */
export function periodInSentence(label: string): string {
  return label.startsWith('End of ') ? `the end of ${label.slice('End of '.length)}` : label
}

/** What a measure's changes are said with: its periods' labels, its series breaks and the periods the publisher flags. */
export type ChangeContext = Pick<MetricInfo, 'periods' | 'breaks' | 'flaggedPeriods'>

/**
 * Why figures on either side of a series break, or a period the publisher flags, cannot be
 * compared, in a parent's words. The registry's note says it in full (shown with the figures);
 * these say what happened, from the kind of event the note describes.
 */
const PLAIN_REASONS: ReadonlyArray<{ about: RegExp; reason: string }> = [
  { about: /COVID-19/, reason: 'COVID-19 disrupted schools in 2020 and 2021' },
  { about: /SEN2/, reason: 'the way councils count EHC plans changed in 2023' },
  { about: /statements of SEN/, reason: 'EHC plans replaced statements of SEN between 2014 and 2018, and the two were counted together' },
  { about: /graded|GCSEs/, reason: 'the way GCSEs were graded changed during and after the pandemic' },
  {
    about: /whole school year and come from a derived extract/,
    reason: 'the figures before cover part of the school year and those after the whole year',
  },
  { about: /autumn and spring terms only/, reason: 'the latest year covers only the autumn and spring terms' },
  {
    about: /mid-year estimate, based on the 2021 census/,
    reason: 'the population the figures are shared over is counted differently from 2022-23',
  },
]

/** The plain reason for a break's or a flagged period's note; null for a note of another kind. */
export function plainReason(note: string): string | null {
  return PLAIN_REASONS.find((r) => r.about.test(note))?.reason ?? null
}

/** Why no change from `c.from` to `to` is given: the break that lies between them, or the period the publisher flags. */
function withheldReason(c: Change, m: ChangeContext, to: string): string {
  const label = (id: string) => periodInSentence(m.periods.find((p) => p.id === id)?.label ?? id)
  if (c.withheld === 'flagged_period') {
    const flagged = m.flaggedPeriods?.periods.find((p) => p === c.from || p === to) ?? c.from
    return plainReason(m.flaggedPeriods?.note ?? '') ?? `the publisher advises against comparing ${label(flagged)} with other periods`
  }
  const reasons = m.breaks
    .filter((b) => b.from > c.from && b.from <= to)
    .map((b) => plainReason(b.note) ?? `figures from ${label(b.from)} on are counted differently`)
  return reasons.length > 0 ? listText([...new Set(reasons)]) : 'the figures before and after are counted differently'
}

/**
 * "up 1.2 percentage points compared with January 2024", using the caller's formatter for the size
 * of the change; or, where the figures cannot be compared, why not, so that it never reads as "no
 * change": "we cannot give a change since January 2020, because the way councils count EHC plans
 * changed in 2023". `to` is the period the change runs to.
 */
export function changePhrase(c: Change | null, m: ChangeContext, to: string, formatChange: (x: number) => string): string | null {
  if (!c) return null
  const from = periodInSentence(m.periods.find((p) => p.id === c.from)?.label ?? c.from)
  if (c.change === null) return `we cannot give a change since ${from}, because ${withheldReason(c, m, to)}`
  const size = Math.abs(c.change)
  return c.change === 0 ? `unchanged compared with ${from}` : `${c.change > 0 ? 'up' : 'down'} ${formatChange(size)} compared with ${from}`
}

/** "2019-04-01" -> "1 April 2019". */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return `${d} ${MONTHS[m - 1]} ${y}`
}

/**
 * A sentence about "children and young people" with the ages it covers, where it does not say
 * them: "... children and young people with an EHC plan ..." with "0-25" becomes "... children and
 * young people aged 0-25 with an EHC plan ...". Sentences that name their ages are left as they are.
 */
export function withAges(sentence: string, ageBand: string): string {
  const group = 'children and young people'
  if (!/^\d+-\d+$/.test(ageBand) || !sentence.includes(group) || /\baged\b|\bunder \d|\d+-\d+/.test(sentence)) return sentence
  return sentence.replace(group, `${group} aged ${ageBand}`)
}

/** "a, b and c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}
