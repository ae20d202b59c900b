// Looks for newer files of every registered source, each by the way its publisher announces them
// (publisher-checks.ts), and reports a status for each: none is skipped. On Explore Education
// Statistics (EES), where a source allows it, takes the same file from the new release: downloads
// the release's ZIP, extracts the file, and updates the registry entry with the new release, URL
// and checksum. The build that follows then reads the new file and fails, as any build does, if it
// has changed shape. Uses only the EES content API's latest-release and all-files endpoints.
import { ConfigError } from '../errors.ts'
import { sha256Bytes } from './checksum.ts'
import { downloadBytes, downloadJson, extractZipMember } from './download.ts'
import { firstDownload } from './first-download.ts'
import { checkGithub, checkGovuk, checkOnsDataset, checkWebPage } from './publisher-checks.ts'
import { isEesCheck, type EesReleaseCheck } from './registry.ts'
import type { Source } from '../../contract/schemas.ts'
import type { CheckOutcome, LatestRelease } from './check-outcome.ts'

export const DEFAULT_EES_API = 'https://content.explore-education-statistics.service.gov.uk/api'
const EES_SITE = 'https://explore-education-statistics.service.gov.uk'

async function latestRelease(api: string, publication: string): Promise<LatestRelease> {
  const url = `${api}/publications/${encodeURIComponent(publication)}/releases/latest`
  let body: Partial<LatestRelease>
  try {
    body = (await downloadJson(url)) as Partial<LatestRelease>
  } catch (e) {
    throw new Error(`${url}: ${(e as Error).message}`, { cause: e })
  }
  for (const key of ['id', 'slug', 'title', 'published'] as const) {
    if (typeof body[key] !== 'string' || body[key] === '') throw new Error(`${url}: the answer has no "${key}"`)
  }
  return body as LatestRelease
}

export async function checkReleases(sources: readonly Source[], api = DEFAULT_EES_API): Promise<CheckOutcome[]> {
  const latest = new Map<string, Promise<LatestRelease>>()
  const zips = new Map<string, Promise<Uint8Array>>()
  const outcomes: CheckOutcome[] = []
  for (const source of sources) {
    try {
      outcomes.push(await checkOne(source))
    } catch (e) {
      outcomes.push({ source: source.id, status: 'check_failed', why: (e as Error).message })
    }
  }
  return outcomes

  async function checkOne(source: Source): Promise<CheckOutcome> {
    const check = source.release_check
    if (source.sha256 === null) return firstDownload(source)
    if (!check) return { source: source.id, status: 'no_check', why: 'no release_check in data/sources.json' }
    switch (check.method) {
      case undefined:
      case 'ees':
        return checkEes(source, check)
      case 'ons-dataset':
        return checkOnsDataset(source, check)
      case 'github':
        return checkGithub(source, check)
      case 'govuk':
        return checkGovuk(source, check)
      case 'web-page':
        return checkWebPage(source, check)
      case 'by-hand':
        return { source: source.id, status: 'by_hand', why: check.reason, last_refreshed: source.last_refreshed ?? null }
      default:
        return { source: source.id, status: 'check_failed', why: `unknown release_check method in data/sources.json` }
    }
  }

  async function checkEes(source: Source, check: EesReleaseCheck): Promise<CheckOutcome> {
    if (!latest.has(check.publication)) latest.set(check.publication, latestRelease(api, check.publication))
    const release = await latest.get(check.publication)!
    const registered = sources.flatMap((s) =>
      isEesCheck(s.release_check) && s.release_check.publication === check.publication ? [s.release_check.release] : [],
    )
    if (release.slug === check.release || (check.update === 'notify' && registered.includes(release.slug))) {
      return { source: source.id, status: 'up_to_date', release: check.release }
    }
    if (check.update === 'notify') {
      return {
        source: source.id,
        status: 'needs_attention',
        to: release,
        why: `a newer release (${release.title}) is published; this source must be updated by hand`,
      }
    }
    const member = source.downloads.find((d) => d.zip_path)!.zip_path!
    const url = `${api}/releases/${release.id}/files`
    try {
      if (!zips.has(url)) zips.set(url, downloadBytes(url))
      const bytes = extractZipMember(await zips.get(url)!, member)
      const sha256 = sha256Bytes(bytes)
      if (sha256 === source.sha256) return { source: source.id, status: 'unchanged_file', to: release }
      return { source: source.id, status: 'updated', from: check.release, to: release, sha256, bytes: bytes.length, url, data: bytes }
    } catch (e) {
      return { source: source.id, status: 'needs_attention', to: release, why: `${url}: ${(e as Error).message}` }
    }
  }
}

/** The registry document with the updated sources' release, official page, first download and checksum. */
export function applyUpdates(
  registry: { sources: Source[] },
  outcomes: readonly CheckOutcome[],
  today = new Date().toISOString().slice(0, 10),
): { sources: Source[] } {
  const sources = registry.sources.map((s) => {
    const o = outcomes.find((x) => x.source === s.id)
    if (o?.status === 'recorded') return { ...s, ...o.patch }
    if (!o || (o.status !== 'updated' && o.status !== 'unchanged_file')) return s
    if (!isEesCheck(s.release_check)) throw new ConfigError(`${s.id}: an EES update for a source without an EES release_check`)
    const member = s.downloads.find((d) => d.zip_path)!.zip_path!
    const official = {
      url: `${DEFAULT_EES_API}/releases/${o.to.id}/files`,
      zip_path: member,
      note: 'all files of the release as one ZIP (Explore Education Statistics)',
    }
    return {
      ...s,
      release: `${o.to.title} (published ${o.to.published.slice(0, 10)})`,
      official_page: `${EES_SITE}/find-statistics/${s.release_check.publication}/${o.to.slug}`,
      downloads: [official, ...s.downloads.filter((d) => !d.url.startsWith(DEFAULT_EES_API))],
      ...(o.status === 'updated' ? { sha256: o.sha256, bytes: o.bytes } : {}),
      release_check: { ...s.release_check, release: o.to.slug },
      last_refreshed: today,
    }
  })
  return { ...registry, sources }
}

export function formatOutcomes(outcomes: readonly CheckOutcome[]): string {
  const words = (o: CheckOutcome): string => {
    switch (o.status) {
      case 'up_to_date':
        return `up to date (release ${o.release})`
      case 'updated':
        return `NEW FILE in ${o.to.title}: sha256 ${o.sha256}`
      case 'unchanged_file':
        return `new release ${o.to.title}, same file`
      case 'needs_attention':
        return `NEEDS ATTENTION: ${o.why}`
      case 'recorded':
        return `recorded ${o.what}`
      case 'by_hand':
        return `refresh by hand (last refreshed ${o.last_refreshed ?? 'on no recorded date'}): ${o.why}`
      case 'no_check':
        return `NOT CHECKED: ${o.why}; add one (see README, "Keeping the sources up to date")`
      case 'check_failed':
        return `CHECK FAILED: ${o.why}`
    }
  }
  return outcomes.map((o) => `${o.source.padEnd(34)} ${words(o)}`).join('\n')
}
