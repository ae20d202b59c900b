// How old a dated figure or report is, counted to one fixed day so that the same data always build
// the same pages: the day the files used here were last brought up to date (the newest
// last_refreshed in the source registry), not the day the site happens to be built.
import { sources } from './site-data.ts'
import { longDate } from './words.ts'
import type { Source } from '../contract/schemas.ts'

/** The newest date any of the sources was last brought up to date (YYYY-MM-DD). */
export function referenceDate(list: readonly Source[] = sources()): string {
  const dates = list.flatMap((s) => (s.last_refreshed ? [s.last_refreshed] : []))
  if (dates.length === 0)
    throw new Error('no source records when it was last brought up to date (last_refreshed), so no age can be counted')
  return dates.reduce((a, b) => (b > a ? b : a))
}

/** Whole calendar months from one day to a later one: 15 August 2025 to 6 December 2026 is 15. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number]
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number]
  return Math.max(0, (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0))
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** "2 years and 5 months", "1 year", "5 months", "less than a month". */
export function ageText(from: string, to: string): string {
  const months = monthsBetween(from, to)
  if (months === 0) return 'less than a month'
  const years = Math.floor(months / 12)
  const rest = months % 12
  if (years === 0) return plural(rest, 'month')
  return rest === 0 ? plural(years, 'year') : `${plural(years, 'year')} and ${plural(rest, 'month')}`
}

/** "Ages are counted to 6 December 2026, the day the files used here were last brought up to date." */
export function referenceSentence(date: string = referenceDate()): string {
  return `Ages are counted to ${longDate(date)}, the day the files used here were last brought up to date, not the day you read this.`
}
