// Fetch step: make every registered source available in the cache (data/raw/<id>/<file>) with the
// registered sha256. Order: cache, then mirror folder(s), then each download URL. Every copy is
// written to a temporary name and renamed only after its checksum matched, so an interrupted or
// failed fetch never leaves a half-written or wrong file where the build would read it. A source
// with a fallback that cannot be obtained is replaced by its fallback, and the report says why.
import { copyFile, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { FetchError } from '../errors.ts'
import { sha256Bytes, sha256File } from './checksum.ts'
import { downloadBytes, eesReleaseFilesUrl, expandUrl, extractZipMember, ZipCache } from './download.ts'
import type { Source } from '../../contract/schemas.ts'

export interface FetchOptions {
  cacheDir: string
  mirrors: string[]
  /** Progress lines go here (stderr by default); tests pass a collector. */
  log?: (line: string) => void
  /** Allow network downloads (default true). */
  download?: boolean
}

export type Origin = 'cache' | 'mirror' | 'download'
export interface Fetched {
  source: Source
  path: string
  origin: Origin
  from: string
  ms: number
}
/** A preferred source that could not be obtained, and the fallback read instead. */
export interface FellBack {
  source: Source
  fallback: string
  why: string
}
export interface FetchReport {
  /** The sources this build reads, in registry order. */
  fetched: Fetched[]
  fellBack: FellBack[]
}

export const DEFAULT_CACHE_DIR = 'data/raw'
const DEFAULT_MIRROR = '../shared/ees'

/** Mirror folders from EES_MIRROR (separated by ":"), else the default beside the project. */
export function mirrorsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  const value = env.EES_MIRROR
  const list = value === undefined ? [DEFAULT_MIRROR] : value.split(':').filter((p) => p !== '')
  return list.map((p) => resolve(p))
}

export function cachePath(cacheDir: string, source: Source): string {
  return join(cacheDir, source.id, source.file)
}

function temporaryName(path: string): string {
  return `${path}.part-${process.pid}-${Math.random().toString(36).slice(2, 8)}`
}

function mb(bytes: number): string {
  return bytes < 1_048_576 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1_048_576).toFixed(1)} MB`
}

async function installVerified(tmp: string, dest: string, source: Source): Promise<string | null> {
  const actual = await sha256File(tmp)
  if (actual !== source.sha256) {
    await rm(tmp, { force: true })
    return `sha256 ${actual} does not match the registered ${source.sha256}`
  }
  await rename(tmp, dest)
  return null
}

export async function fetchSource(source: Source, options: FetchOptions, zips = new ZipCache()): Promise<Fetched> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`))
  const started = performance.now()
  const dest = cachePath(options.cacheDir, source)
  const tried: string[] = []
  const done = (origin: Origin, from: string): Fetched => ({ source, path: dest, origin, from, ms: performance.now() - started })
  if (source.sha256 === null)
    throw new FetchError(
      `Source "${source.id}" has no verified checksum yet: ./dashboard check-releases --update records it on the first download.`,
    )

  if (existsSync(dest)) {
    const actual = await sha256File(dest)
    if (actual === source.sha256) return done('cache', dest)
    tried.push(
      `cache ${dest}: sha256 ${actual} does not match the registered ${source.sha256} (stale copy; replaced if another location has the right file)`,
    )
  } else {
    tried.push(`cache ${dest}: not there yet`)
  }
  await mkdir(dirname(dest), { recursive: true })

  for (const mirror of options.mirrors) {
    const candidate = join(mirror, source.mirror_path)
    if (!existsSync(candidate)) {
      tried.push(`mirror ${candidate}: no such file`)
      continue
    }
    const tmp = temporaryName(dest)
    try {
      await copyFile(candidate, tmp)
      const problem = await installVerified(tmp, dest, source)
      if (problem === null) return done('mirror', candidate)
      tried.push(`mirror ${candidate}: ${problem}`)
    } catch (e) {
      await rm(tmp, { force: true })
      tried.push(`mirror ${candidate}: ${(e as Error).message}`)
    }
  }

  if (options.download !== false) {
    for (const d of source.downloads) {
      const label = d.zip_path ? `${d.url} (ZIP member ${d.zip_path})` : d.url
      let lastShown = 0
      const progress = (received: number, total: number | undefined) => {
        if (received - lastShown < 5_000_000) return
        lastShown = received
        log(`      ${source.id}: downloaded ${mb(received)}${total ? ` of ${mb(total)}` : ''}`)
      }
      const tmp = temporaryName(dest)
      try {
        log(`      ${source.id}: downloading ${label}`)
        const url = expandUrl(d.url)
        const zipUrl = d.resolve === 'ees-release' ? await eesReleaseFilesUrl(url) : url
        const bytes = d.zip_path ? extractZipMember(await zips.get(zipUrl, progress), d.zip_path) : await downloadBytes(url, progress)
        const actual = sha256Bytes(bytes)
        if (actual !== source.sha256) {
          tried.push(
            `download ${label}: sha256 ${actual} does not match the registered ${source.sha256} (the publisher may have revised the file)`,
          )
          continue
        }
        await writeFile(tmp, bytes)
        await rename(tmp, dest)
        return done('download', d.url)
      } catch (e) {
        await rm(tmp, { force: true })
        tried.push(`download ${label}: ${(e as Error).message}`)
      }
    }
    if (source.downloads.length === 0)
      tried.push('download: no download URL is registered for this source (it is only available from a mirror)')
  } else {
    tried.push('download: skipped (downloads turned off)')
  }

  throw new FetchError(
    [
      `Could not obtain source "${source.id}" (${source.file}, sha256 ${source.sha256}).`,
      'Looked in:',
      ...tried.map((t) => `  - ${t}`),
      'What to do: point EES_MIRROR at a folder that holds the file at ' +
        `"${source.mirror_path}", or connect to the internet so that a download URL can be used. If the ` +
        'publisher has revised the file, check the new file and update its sha256 in data/sources.json.',
    ].join('\n'),
  )
}

/** The lines of a FetchError that say what was tried, for a one-line reason. */
function whyNotObtained(e: FetchError): string {
  const lines = e.message.split('\n')
  const downloads = lines.filter((l) => l.startsWith('  - download')).map((l) => l.slice(4))
  return downloads.length > 0 ? downloads.join('; ') : lines[0]!
}

/**
 * Fetch every source, printing one line each. A source with a fallback that cannot be obtained is
 * replaced by its fallback (which is fetched only then). Every other failure is collected, and
 * one error at the end names each source that could not be obtained.
 */
export async function fetchAll(sources: Source[], options: FetchOptions): Promise<FetchReport> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`))
  const zips = new ZipCache()
  const fallbackIds = new Set(sources.flatMap((s) => (s.fallback ? [s.fallback.source] : [])))
  const results = new Map<string, Fetched>()
  const fellBack: FellBack[] = []
  const failures: FetchError[] = []
  const width = String(sources.length).length
  const position = (s: Source) => `[${String(sources.indexOf(s) + 1).padStart(width)}/${sources.length}]`
  const fetchOne = async (source: Source): Promise<void> => {
    try {
      const result = await fetchSource(source, { ...options, log }, zips)
      const size = (await stat(result.path)).size
      const where = result.origin === 'cache' ? 'cached' : `from ${result.origin} ${result.from}`
      log(`  ${position(source)} ${source.id.padEnd(34)} ${mb(size).padStart(8)}  ${where}`)
      results.set(source.id, result)
    } catch (e) {
      if (!(e instanceof FetchError) || !source.fallback) {
        if (e instanceof FetchError) failures.push(e)
        else throw e
        log(`  ${position(source)} ${source.id.padEnd(34)}    FAILED`)
        return
      }
      const why = whyNotObtained(e)
      fellBack.push({ source, fallback: source.fallback.source, why })
      log(`  ${position(source)} ${source.id.padEnd(34)}  not obtained, using ${source.fallback.source} instead: ${why}`)
    }
  }
  for (const source of sources) if (!fallbackIds.has(source.id)) await fetchOne(source)
  for (const f of fellBack) await fetchOne(sources.find((s) => s.id === f.fallback)!)
  if (failures.length === 1) throw failures[0]!
  if (failures.length > 1) {
    const ids = failures.map((e) => /"([^"]+)"/.exec(e.message)?.[1]).join(', ')
    throw new FetchError(
      `${failures.length} of ${sources.length} sources could not be obtained (${ids}):\n\n${failures.map((e) => e.message).join('\n\n')}`,
    )
  }
  return { fetched: sources.flatMap((s) => results.get(s.id) ?? []), fellBack }
}
