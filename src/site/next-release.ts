// The next release of the figures on a page, as the source registry records it (`next_release`,
// filled in by a maintainer from the publisher's announcement). Nothing is guessed: a source with
// no recorded date is said to have none.
import { publisherParts } from './source-line.ts'
import { longDate } from './words.ts'
import { MONTHS } from '../contract/periods.ts'
import type { Source } from '../contract/schemas.ts'

export interface AnnouncedRelease {
  /** "Education, health and care plans" */
  publication: string
  publisher: string
  /** "24 June 2027" or "June 2027" */
  when: string
  /** Where the date was announced. */
  announced: string
  /** For ordering: "2027-06-24" or "2027-06". */
  date: string
}

/** "2027-06-24" -> "24 June 2027"; "2027-06" -> "June 2027". */
export function announcedDateText(date: string): string {
  const [year, month, day] = date.split('-')
  return day === undefined ? `${MONTHS[Number(month) - 1]} ${year}` : longDate(date)
}

/** The announced next releases of these sources, one per publication (the earliest), soonest first. */
export function nextReleases(sources: readonly Source[]): AnnouncedRelease[] {
  const byPublication = new Map<string, AnnouncedRelease>()
  for (const s of sources) {
    if (!s.next_release) continue
    const { publisher } = publisherParts(s.publisher)
    const key = `${publisher}|${s.publication}`
    const known = byPublication.get(key)
    if (known && known.date <= s.next_release.date) continue
    byPublication.set(key, {
      publication: s.publication,
      publisher,
      when: announcedDateText(s.next_release.date),
      announced: s.next_release.announced,
      date: s.next_release.date,
    })
  }
  return [...byPublication.values()].sort((a, b) => a.date.localeCompare(b.date))
}

/** The sources on a page that have no recorded next release. */
export function withoutNextRelease(sources: readonly Source[]): Source[] {
  return sources.filter((s) => !s.next_release)
}
