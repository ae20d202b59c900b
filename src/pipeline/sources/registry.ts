// The source registry (data/sources.json): every published file the dashboard reads, where it
// comes from and the checksum it must have. Loaded once and checked, so that a typo in the
// registry stops the build with a message rather than surfacing later as a missing file.
import { readFileSync } from 'node:fs'
import { ConfigError } from '../errors.ts'
import { SOURCE_FORMATS, type SourceFormat } from '../read/formats.ts'

export type SourceKind = 'raw' | 'derived'
export type { SourceFormat }

export interface Download {
  url: string
  /** Path of the file inside a ZIP at url; absent when url is the file itself. */
  zip_path?: string
  note: string
}

/**
 * How to look for a newer release of a source on Explore Education Statistics: the publication's
 * slug, the release slug the registry uses, and whether a newer release can be taken
 * automatically (the same file in the new release's ZIP) or only reported.
 */
export interface ReleaseCheck {
  publication: string
  release: string
  update: 'auto' | 'notify'
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
  sha256: string
  bytes: number
  licence: string
  notes: string
  release_check?: ReleaseCheck
  next_release?: NextRelease
}

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
  return list.map((entry: Record<string, unknown>, i) => {
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
    if (typeof entry.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(entry.sha256))
      throw new ConfigError(`${where}: "sha256" must be 64 lower-case hex digits`)
    if (typeof entry.bytes !== 'number' || !Number.isInteger(entry.bytes) || entry.bytes <= 0)
      throw new ConfigError(`${where}: "bytes" must be a positive integer`)
    if (!Array.isArray(entry.downloads)) throw new ConfigError(`${where}: "downloads" must be an array (possibly empty)`)
    for (const d of entry.downloads as Download[]) {
      if (typeof d.url !== 'string' || !/^https?:\/\//.test(d.url)) throw new ConfigError(`${where}: every download needs an http(s) "url"`)
    }
    if (entry.notes !== undefined && typeof entry.notes !== 'string') throw new ConfigError(`${where}: "notes" must be a string`)
    const check = entry.release_check as ReleaseCheck | undefined
    if (
      check !== undefined &&
      (typeof check.publication !== 'string' || typeof check.release !== 'string' || (check.update !== 'auto' && check.update !== 'notify'))
    ) {
      throw new ConfigError(`${where}: "release_check" needs "publication", "release" and "update" ("auto" or "notify")`)
    }
    if (check?.update === 'auto' && !(entry.downloads as Download[]).some((d) => d.zip_path)) {
      throw new ConfigError(
        `${where}: "release_check" with update "auto" needs a download with a "zip_path" to find the file in a new release`,
      )
    }
    const next = entry.next_release as NextRelease | undefined
    if (next !== undefined && !(isAnnouncedDate(next.date) && typeof next.announced === 'string' && /^https?:\/\//.test(next.announced)))
      throw new ConfigError(
        `${where}: "next_release" needs "date" (a day "2027-06-24" or a month "2027-06") and "announced" (the http(s) page that announced it)`,
      )
    return { notes: '', ...entry } as unknown as Source
  })
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
