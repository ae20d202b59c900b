// A preferred source registered before anyone could download it (sha256 null): the release check
// downloads it, checks that it looks like its format, and records its checksum and size in the
// registry. From then on every fetch verifies it like any other source. The workflow builds and
// tests with the new file before it commits the registry, so a file the pipeline cannot read is
// never recorded.
import { sha256Bytes } from './checksum.ts'
import { downloadBytes, eesReleaseFilesUrl, expandUrl, extractZipMember } from './download.ts'
import type { CheckOutcome } from './check-outcome.ts'
import type { Source } from '../../contract/schemas.ts'

/** What the start of a file of this format must look like, or null when it does. */
function shapeProblem(source: Source, bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
  if (source.format === 'ees-csv') {
    const header = head.split(/\r?\n/, 1)[0] ?? ''
    return /(^|,)"?time_period"?(,|$)/.test(header)
      ? null
      : `the first line is not an EES CSV header with time_period: "${header.slice(0, 120)}"`
  }
  return bytes.length > 0 ? null : 'the file is empty'
}

export async function firstDownload(source: Source): Promise<CheckOutcome> {
  const tried: string[] = []
  for (const d of source.downloads) {
    try {
      const url = expandUrl(d.url)
      const bytes = d.zip_path
        ? extractZipMember(await downloadBytes(d.resolve === 'ees-release' ? await eesReleaseFilesUrl(url) : url), d.zip_path)
        : await downloadBytes(url)
      const problem = shapeProblem(source, bytes)
      if (problem) {
        tried.push(`${d.url}: ${problem}`)
        continue
      }
      const sha256 = sha256Bytes(bytes)
      return {
        source: source.id,
        status: 'recorded',
        what: `its checksum on first download from ${d.url}: sha256 ${sha256}, ${bytes.length} bytes`,
        patch: { sha256, bytes: bytes.length, last_refreshed: new Date().toISOString().slice(0, 10) },
        data: bytes,
      }
    } catch (e) {
      tried.push(`${d.url}: ${(e as Error).message}`)
    }
  }
  const fallback = source.fallback ? `; the build reads ${source.fallback.source} instead` : ''
  return {
    source: source.id,
    status: 'needs_attention',
    why: `not yet downloaded, so no checksum is recorded${fallback} (${tried.join('; ') || 'no download URL registered'})`,
  }
}
