// The source registry (data/sources.json): every published file the dashboard reads, where it
// comes from and the checksum it must have. Checked on load against the contract's schema of a
// source and then across entries, so that a typo in the registry stops the build with a message
// naming the entry and field rather than surfacing later as a missing file.
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { SourceSchema, type ReleaseCheck, type Source } from '../../contract/schemas.ts'
import { ConfigError } from '../errors.ts'

export type EesReleaseCheck = Extract<ReleaseCheck, { publication: string }>

export const isEesCheck = (c: ReleaseCheck | undefined): c is EesReleaseCheck =>
  c !== undefined && (c.method === undefined || c.method === 'ees')

const RegistrySchema = z.strictObject({ $schema_note: z.string().optional(), sources: z.array(SourceSchema) })

/** "2027-06-24" or "2027-06", a real month and day. */
function isAnnouncedDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3])]
  const d = new Date(Date.UTC(year, month - 1, day))
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
}

/** What the schema cannot say of one entry, or null. */
function entryProblem(s: Source): string | null {
  if (s.sha256 === null || s.bytes === null) {
    if (s.sha256 !== s.bytes) return '"sha256" and "bytes" are null together (before a first download) or not at all'
    if (!s.fallback) return '"sha256" may be null only for a source with a "fallback"'
  }
  if (s.downloads.some((d) => d.resolve && !d.zip_path)) return 'a download\'s "resolve" needs a "zip_path"'
  const check = s.release_check
  if (isEesCheck(check) && check.update === 'auto' && !s.downloads.some((d) => d.zip_path))
    return '"release_check" with update "auto" needs a download with a "zip_path" to find the file in a new release'
  if (s.next_release && !isAnnouncedDate(s.next_release.date)) return '"next_release" has no such day or month'
  return null
}

export function parseRegistry(json: string, file: string): Source[] {
  let doc: unknown
  try {
    doc = JSON.parse(json)
  } catch (e) {
    throw new ConfigError(`${file}: not valid JSON (${(e as Error).message})`)
  }
  const parsed = RegistrySchema.safeParse(doc)
  if (!parsed.success) {
    // Each problem with the entry's id beside its place: "sources[3] (lait-send).sha256: ...".
    const ids = (doc as { sources?: Array<{ id?: unknown }> }).sources
    const where = (path: readonly PropertyKey[]) =>
      path
        .map((part, i) => {
          if (typeof part !== 'number') return `${i > 0 ? '.' : ''}${String(part)}`
          const id = i === 1 ? ids?.[part]?.id : undefined
          return `[${part}]${typeof id === 'string' ? ` (${id})` : ''}`
        })
        .join('')
    throw new ConfigError(parsed.error.issues.map((issue) => `${file}: ${where(issue.path)}: ${issue.message}`).join('\n'))
  }
  const sources = parsed.data.sources
  const seen = new Set<string>()
  sources.forEach((s, i) => {
    const where = `${file}: sources[${i}] (${s.id})`
    if (seen.has(s.id)) throw new ConfigError(`${where}: duplicate id`)
    seen.add(s.id)
    const problem = entryProblem(s)
    if (problem) throw new ConfigError(`${where}: ${problem}`)
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

export const REGISTRY_FILE = 'data/sources.json'

export function loadRegistry(file = REGISTRY_FILE): Source[] {
  return parseRegistry(readFileSync(file, 'utf8'), file)
}
