// The one way a page names where its figures come from: each publication once, with its release
// and date, in words a reader can look up. File names and dataset identifiers stay on the
// methodology and sources pages.
import type { Source } from '../pipeline/sources/registry.ts'
import { MONTHS, listText } from './words.ts'

export const LICENCE = 'Open Government Licence v3.0'
export const SITE_NAME = 'SEND and AP inclusion dashboard'

/** A release without identifiers meant for machines: "(EES data set ed60fee6-…)", "(MYE22UK)". */
export function plainRelease(release: string): string {
  return release
    .replace(/\s*\([^)]*(?:data set|MYE\d)[^)]*\)/gi, '')
    .replace(/\s+/g, ' ')
    .trim()
}

const DATE = new RegExp(`\\b(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})\\b`, 'g')

/** Every "26 June 2025" in a release text, as ISO dates. */
export function datesIn(text: string): string[] {
  return [...text.matchAll(DATE)].map(
    ([, d, month, y]) => `${y}-${String(MONTHS.indexOf(month as (typeof MONTHS)[number]) + 1).padStart(2, '0')}-${d!.padStart(2, '0')}`,
  )
}

/** The latest publication date named by any of the sources (ISO), or null when none names one. */
export function latestRelease(sources: readonly Source[]): string | null {
  const dates = sources.flatMap((s) => datesIn(s.release)).sort()
  return dates.at(-1) ?? null
}

/**
 * "Department for Education, Education, health and care plans: reporting year 2025 (published
 * 26 June 2025) and reporting year 2022 (files dated 27 March 2023)". Each publication once.
 */
export function sourceLine(sources: readonly Source[]): string {
  const byPublication = new Map<string, { publisher: string; publication: string; releases: string[]; derived: boolean }>()
  for (const s of sources) {
    const key = `${s.publisher}|${s.publication}`
    const entry = byPublication.get(key) ?? { publisher: s.publisher, publication: s.publication, releases: [], derived: false }
    const release = plainRelease(s.release)
    if (!entry.releases.includes(release)) entry.releases.push(release)
    entry.derived ||= s.kind === 'derived'
    byPublication.set(key, entry)
  }
  return [...byPublication.values()]
    .map(
      (p) => `${p.publisher}, ${p.publication}: ${listText(p.releases.map(lowerFirst))}${p.derived ? ' (an extract made by others)' : ''}`,
    )
    .join('; ')
}

function lowerFirst(s: string): string {
  // "Reporting year 2025" reads "reporting year 2025" after a colon; names (LAIT, Mid-2022) stay.
  return /^[A-Z][a-z]+ (year|term|and)\b/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s
}
