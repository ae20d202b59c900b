// The source registry (data/sources.json): every published file the dashboard reads, where it
// comes from and the checksum it must have. Loaded once and checked, so that a typo in the
// registry stops the build with a message rather than surfacing later as a missing file.
import { readFileSync } from 'node:fs'
import { ConfigError } from '../errors.ts'
import { SOURCE_FORMATS, type SourceFormat } from '../read/formats.ts'

export type SourceKind = 'raw' | 'derived'
export type { SourceFormat }

export interface Download {
  /**
   * The file's address. "{repository}" stands for this project's GitHub repository (owner/name),
   * for the assets of its data release (see dataRepository in download.ts).
   */
  url: string
  /** Path of the file inside a ZIP at url; absent when url is the file itself. */
  zip_path?: string
  /**
   * "ees-release": url is a release in the Explore Education Statistics content API
   * (/api/publications/<publication>/releases/<release>); the file is a member of that release's
   * all-files ZIP, /api/releases/<its id>/files, whose id is looked up at download time.
   */
  resolve?: 'ees-release'
  note: string
}

/**
 * How to find out that the publisher has put out a newer file, by the way each publisher
 * announces one. EES (method absent or "ees"): the publication's latest release; "auto" takes the
 * same file from the new release's ZIP, "notify" only reports it. "ons-dataset": the editions
 * listed on an ONS dataset page. "github": the last commit touching the file in the repository
 * where the publisher keeps it. "govuk": the last update of a GOV.UK page (its content API).
 * "web-page": the data files linked from a page (NHS England statistics pages). "by-hand": no
 * automatic check is possible; a maintainer refreshes the source and its last_refreshed date.
 */
export type ReleaseCheck =
  | { method?: 'ees'; publication: string; release: string; update: 'auto' | 'notify' }
  | { method: 'ons-dataset'; dataset: string; edition: string }
  | { method: 'github'; repository: string; path: string; commit: string }
  | { method: 'govuk'; path: string; updated?: string }
  | { method: 'web-page'; url: string; links?: string[] }
  | { method: 'by-hand'; reason: string }

export type EesReleaseCheck = Extract<ReleaseCheck, { publication: string }>

/**
 * A preferred source that may be unobtainable (not reachable, or its checksum not yet recorded):
 * the build then reads the fallback source instead, and says so. The fallback is read only then.
 */
export interface Fallback {
  source: string
  reason: string
}

/**
 * The next release of a source as its publisher announced it, filled in by a maintainer from the
 * publisher's page: a day ("2027-06-24") or, where only the month is announced, a month
 * ("2027-06"); and the address where it was announced. Absent when no date is known.
 */
export interface NextRelease {
  date: string
  announced: string
}

export interface Source {
  id: string
  title: string
  kind: SourceKind
  format: SourceFormat
  publisher: string
  publication: string
  release: string
  period: string
  official_page: string
  file: string
  mirror_path: string
  downloads: Download[]
  /** null only for a source with a fallback whose checksum is recorded on its first download. */
  sha256: string | null
  bytes: number | null
  licence: string
  notes: string
  release_check?: ReleaseCheck
  /** The date (YYYY-MM-DD) a maintainer last brought this entry up to date. */
  last_refreshed?: string
  fallback?: Fallback
  next_release?: NextRelease
}

export const isEesCheck = (c: ReleaseCheck | undefined): c is EesReleaseCheck =>
  c !== undefined && (c.method === undefined || c.method === 'ees')

const REQUIRED_TEXT = [
  'id',
  'title',
  'publisher',
  'publication',
  'release',
  'period',
  'official_page',
  'file',
  'mirror_path',
  'licence',
] as const

const text = (v: unknown): boolean => typeof v === 'string' && v !== ''

/** What is wrong with a release_check entry, or null. */
function releaseCheckProblem(check: ReleaseCheck, downloads: readonly Download[]): string | null {
  switch (check.method) {
    case undefined:
    case 'ees':
      if (!text(check.publication) || !text(check.release) || (check.update !== 'auto' && check.update !== 'notify'))
        return 'needs "publication", "release" and "update" ("auto" or "notify")'
      if (check.update === 'auto' && !downloads.some((d) => d.zip_path))
        return 'with update "auto" needs a download with a "zip_path" to find the file in a new release'
      return null
    case 'ons-dataset':
      return text(check.dataset) && text(check.edition) ? null : 'with method "ons-dataset" needs "dataset" (the page path) and "edition"'
    case 'github':
      return text(check.repository) && text(check.path) && /^[0-9a-f]{40}$/.test(check.commit)
        ? null
        : 'with method "github" needs "repository" (owner/name), "path" and "commit" (40 hex digits)'
    case 'govuk':
      return text(check.path) && check.path.startsWith('/') ? null : 'with method "govuk" needs "path" (starting with /)'
    case 'web-page':
      return text(check.url) ? null : 'with method "web-page" needs "url"'
    case 'by-hand':
      return text(check.reason) ? null : 'with method "by-hand" needs "reason"'
    default:
      return `has an unknown "method" (${(check as { method: string }).method})`
  }
}

export function parseRegistry(json: string, file: string): Source[] {
  let doc: unknown
  try {
    doc = JSON.parse(json)
  } catch (e) {
    throw new ConfigError(`${file}: not valid JSON (${(e as Error).message})`)
  }
  const list = (doc as { sources?: unknown }).sources
  if (!Array.isArray(list)) throw new ConfigError(`${file}: expected an object with a "sources" array`)
  const seen = new Set<string>()
  const sources = list.map((entry: Record<string, unknown>, i): Source => {
    const where = `${file}: sources[${i}]${typeof entry.id === 'string' ? ` (${entry.id})` : ''}`
    for (const key of REQUIRED_TEXT) {
      if (typeof entry[key] !== 'string' || entry[key] === '') throw new ConfigError(`${where}: "${key}" must be a non-empty string`)
    }
    if (!/^[a-z0-9-]+$/.test(entry.id as string)) throw new ConfigError(`${where}: "id" may hold only a-z, 0-9 and -`)
    if (seen.has(entry.id as string)) throw new ConfigError(`${where}: duplicate id`)
    seen.add(entry.id as string)
    if (entry.kind !== 'raw' && entry.kind !== 'derived') throw new ConfigError(`${where}: "kind" must be "raw" or "derived"`)
    if (!SOURCE_FORMATS.includes(entry.format as SourceFormat)) {
      throw new ConfigError(`${where}: "format" must be one of ${SOURCE_FORMATS.join(', ')}`)
    }
    const fallback = entry.fallback as Fallback | undefined
    if (fallback !== undefined && (typeof fallback.source !== 'string' || typeof fallback.reason !== 'string' || fallback.reason === ''))
      throw new ConfigError(`${where}: "fallback" needs "source" (an id) and "reason" (why this source may be unobtainable)`)
    if (entry.sha256 === null && entry.bytes === null) {
      if (!fallback) throw new ConfigError(`${where}: "sha256" may be null only for a source with a "fallback"`)
    } else {
      if (typeof entry.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(entry.sha256))
        throw new ConfigError(`${where}: "sha256" must be 64 lower-case hex digits (or null, with "bytes" null, before a first download)`)
      if (typeof entry.bytes !== 'number' || !Number.isInteger(entry.bytes) || entry.bytes <= 0)
        throw new ConfigError(`${where}: "bytes" must be a positive integer`)
    }
    if (!Array.isArray(entry.downloads)) throw new ConfigError(`${where}: "downloads" must be an array (possibly empty)`)
    for (const d of entry.downloads as Download[]) {
      if (typeof d.url !== 'string' || !/^https?:\/\//.test(d.url)) throw new ConfigError(`${where}: every download needs an http(s) "url"`)
      if (d.resolve !== undefined && (d.resolve !== 'ees-release' || !d.zip_path))
        throw new ConfigError(`${where}: a download's "resolve" can only be "ees-release", with a "zip_path"`)
    }
    if (entry.notes !== undefined && typeof entry.notes !== 'string') throw new ConfigError(`${where}: "notes" must be a string`)
    if (
      entry.last_refreshed !== undefined &&
      (typeof entry.last_refreshed !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(entry.last_refreshed))
    )
      throw new ConfigError(`${where}: "last_refreshed" must be a date, YYYY-MM-DD`)
    const check = entry.release_check as ReleaseCheck | undefined
    const problem = check === undefined ? null : releaseCheckProblem(check, entry.downloads as Download[])
    if (problem) throw new ConfigError(`${where}: "release_check" ${problem}`)
    const next = entry.next_release as NextRelease | undefined
    if (next !== undefined && !(isAnnouncedDate(next.date) && typeof next.announced === 'string' && /^https?:\/\//.test(next.announced)))
      throw new ConfigError(
        `${where}: "next_release" needs "date" (a day "2027-06-24" or a month "2027-06") and "announced" (the http(s) page that announced it)`,
      )
    return { notes: '', ...entry } as unknown as Source
  })
  // One address is one file: two sources downloading it whole must expect the same bytes (a
  // clash of asset names in the data release would otherwise overwrite one extract with another).
  const wholeFiles = new Map<string, Source>()
  for (const s of sources) {
    for (const d of s.downloads) {
      if (d.zip_path) continue
      const other = wholeFiles.get(d.url)
      if (other && other.sha256 !== s.sha256)
        throw new ConfigError(`${file}: ${s.id} and ${other.id} download the same file ${d.url} but register different checksums`)
      wholeFiles.set(d.url, s)
    }
  }
  for (const s of sources) {
    if (!s.fallback) continue
    const target = sources.find((x) => x.id === s.fallback!.source)
    if (!target || target.fallback)
      throw new ConfigError(
        `${file}: ${s.id}: "fallback" names ${s.fallback.source}, which must be a registered source without a fallback of its own`,
      )
  }
  return sources
}

/** "2027-06-24" or "2027-06", a real month and day. */
function isAnnouncedDate(date: unknown): boolean {
  if (typeof date !== 'string') return false
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3])]
  const d = new Date(Date.UTC(year, month - 1, day))
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
}

export const REGISTRY_FILE = 'data/sources.json'

export function loadRegistry(file = REGISTRY_FILE): Source[] {
  return parseRegistry(readFileSync(file, 'utf8'), file)
}
