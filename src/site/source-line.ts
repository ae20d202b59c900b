// The one way a page names where its figures come from: each publication once, with its release
// and date, in words a reader can look up. File names and dataset identifiers stay on the
// methodology and sources pages.
import { listText } from './words.ts'
import { MONTHS } from '../contract/periods.ts'
import type { Source } from '../contract/schemas.ts'

export const LICENCE = 'Open Government Licence v3.0'
export const SITE_NAME = 'SEND and AP inclusion dashboard'

/**
 * A release without identifiers meant for machines ("(EES data set ed60fee6-…)", "(MYE22UK)",
 * a file name at a repository commit) or who processed it: what a reader can look up is its date.
 */
export function plainRelease(release: string): string {
  return release
    .replace(/^\S+ at repository commit \w+ \(([^;)]+); data updated ([^)]+)\)/i, 'data updated $2 (tables of $1)')
    .replace(/^Repository state of /i, 'as at ')
    .replace(/^\w+ production data as at /i, 'data as at ')
    .replace(/\s*\([^)]*(?:data set|MYE\d)[^)]*\)/gi, '')
    .replace(/,?\s*as processed by [^,;]+/gi, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * "Department for Education (values); extract prepared by Data to Insight", or "NHS England
 * (figures), placed against LAs by DfE's SEND and AP Inclusion Dashboard" -> the publisher and who
 * made the extract.
 */
export function publisherParts(publisher: string): { publisher: string; extractBy: string | null } {
  const prepared = /^(.+?)\s*\(figures[^)]*\),\s*(?:placed against LAs|tables prepared) by (.+)$/i.exec(publisher)
  if (prepared) return { publisher: prepared[1]!.trim(), extractBy: prepared[2]!.trim() }
  const [first = publisher, ...rest] = publisher.split(';')
  const by = /extract prepared by (.+)/i.exec(rest.join(';'))?.[1]?.trim() ?? null
  return { publisher: first.replace(/\s*\(values\)/i, '').trim(), extractBy: by }
}

const DATE = new RegExp(`\\b(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})\\b`, 'g')

/** Every "26 June 2025" in a release text, as ISO dates. */
function datesIn(text: string): string[] {
  return [...text.matchAll(DATE)].map(
    ([, d, month, y]) => `${y}-${String(MONTHS.indexOf(month as (typeof MONTHS)[number]) + 1).padStart(2, '0')}-${d!.padStart(2, '0')}`,
  )
}

/** The latest publication date named by any of the sources (ISO), or null when none names one. */
export function latestRelease(sources: readonly Source[]): string | null {
  const dates = sources.flatMap((s) => datesIn(s.release)).sort()
  return dates.at(-1) ?? null
}

/** When a release came out, for ordering: its latest date, else its latest year ("2025"), else "". */
function releaseOrder(release: string): string {
  const date = datesIn(release).sort().at(-1)
  if (date) return date
  const year = [...release.matchAll(/\b(?:19|20)\d\d\b/g)]
    .map((m) => m[0])
    .sort()
    .at(-1)
  return year ? `${year}-00-00` : ''
}

/**
 * "Department for Education, Education, health and care plans: reporting year 2025 (published
 * 26 June 2025) and reporting year 2022 (files dated 27 March 2023)". Each publication once; an
 * extract made by others says so and by whom. `short` names only each publication's newest release
 * (its text up to any "; ..." detail) and counts the earlier ones: the line under each measure.
 * `publicationsOnly` names the publications without their releases: the line inside a chart file,
 * whose page (named in the file) gives the rest.
 */
export function sourceLine(sources: readonly Source[], options: { short?: boolean; publicationsOnly?: boolean } = {}): string {
  const byPublication = new Map<
    string,
    { publisher: string; publication: string; releases: string[]; extractBy: string | null; derived: boolean }
  >()
  for (const s of sources) {
    const { publisher, extractBy } = publisherParts(s.publisher)
    const key = `${publisher}|${s.publication}`
    const entry = byPublication.get(key) ?? { publisher, publication: s.publication, releases: [], extractBy, derived: false }
    const release = plainRelease(s.release)
    if (!entry.releases.includes(release)) entry.releases.push(release)
    entry.derived ||= s.kind === 'derived'
    entry.extractBy ??= extractBy
    byPublication.set(key, entry)
  }
  const publications = [...byPublication.values()]
  return publications
    .map((p, i) => {
      const extract = p.derived ? ` (an extract made by ${p.extractBy ?? 'others'})` : ''
      // The publisher is named once for consecutive publications of the same publisher.
      const who = i > 0 && publications[i - 1]!.publisher === p.publisher ? '' : `${p.publisher}, `
      let releases = listText(p.releases.map(lowerFirst))
      if (options.short) {
        const newest = p.releases.reduce((a, b) => (releaseOrder(b) >= releaseOrder(a) ? b : a))
        const earlier = p.releases.length - 1
        releases = `${lowerFirst(newest.split(';')[0]!.trim())}${earlier > 0 ? ` and ${earlier} earlier ${earlier === 1 ? 'release' : 'releases'}` : ''}`
      }
      return options.publicationsOnly ? `${who}${p.publication}${extract}` : `${who}${p.publication}: ${releases}${extract}`
    })
    .join('; ')
}

function lowerFirst(s: string): string {
  // "Reporting year 2025" reads "reporting year 2025" after a colon; names (LAIT, Mid-2022) stay.
  return /^[A-Z][a-z]+ (year|term|and)\b/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s
}
