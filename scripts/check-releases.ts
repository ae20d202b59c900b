// ./dashboard check-releases [--update]: look for newer files of every registered source, each
// with its publisher, and print a status for each. With --update, take the new files from
// Explore Education Statistics (into the data/raw/ cache), record first checksums and baselines,
// and write them into data/sources.json, ready for a build to read them. Exits non-zero when a
// check failed or a source has no check. EES_CONTENT_API overrides the EES address;
// DASHBOARD_URL_REWRITE sends every request to a local server (the tests' mock).
import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { runMain } from '../src/pipeline/cli.ts'
import { FetchError } from '../src/pipeline/errors.ts'
import { cachePath, DEFAULT_CACHE_DIR } from '../src/pipeline/sources/fetch.ts'
import { REGISTRY_FILE, loadRegistry } from '../src/pipeline/sources/registry.ts'
import { applyUpdates, checkReleases, DEFAULT_EES_API, formatOutcomes } from '../src/pipeline/sources/release-check.ts'
import type { CheckOutcome } from '../src/pipeline/sources/check-outcome.ts'
import type { Source } from '../src/contract/schemas.ts'

function writeAtomically(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(`${path}.part-${process.pid}`, data)
  renameSync(`${path}.part-${process.pid}`, path)
}

await runMain(async () => {
  const update = process.argv.includes('--update')
  const sources = loadRegistry()
  const api = process.env.EES_CONTENT_API ?? DEFAULT_EES_API
  process.stderr.write(`Checking ${sources.length} sources for newer files, each with its publisher\n`)
  const outcomes = await checkReleases(sources, api)
  process.stdout.write(`${formatOutcomes(outcomes)}\n`)
  const count = (status: CheckOutcome['status']) => outcomes.filter((o) => o.status === status).length
  process.stderr.write(
    `${outcomes.length} sources: ${count('up_to_date') + count('unchanged_file')} up to date, ${count('updated')} new files, ` +
      `${count('recorded')} first values recorded, ${count('needs_attention')} need attention, ${count('by_hand')} refreshed by hand, ` +
      `${count('check_failed')} checks failed, ${count('no_check')} without a check.\n`,
  )
  const changes = outcomes.filter((o) => o.status === 'updated' || o.status === 'unchanged_file' || o.status === 'recorded')
  if (update && changes.length > 0) {
    for (const o of changes) {
      if ((o.status === 'updated' || o.status === 'recorded') && o.data) {
        const source = sources.find((s) => s.id === o.source)!
        writeAtomically(cachePath(DEFAULT_CACHE_DIR, source), o.data)
      }
    }
    const registry = JSON.parse(readFileSync(REGISTRY_FILE, 'utf8')) as { sources: Source[] }
    writeAtomically(REGISTRY_FILE, `${JSON.stringify(applyUpdates(registry, outcomes), null, 2)}\n`)
    process.stderr.write(
      `Updated ${REGISTRY_FILE}: ${count('updated')} new files, ${count('recorded')} first values (files cached in ${DEFAULT_CACHE_DIR}/).\n`,
    )
  }
  // For GitHub Actions: tell later steps whether the registry changed.
  const changed = update && outcomes.some((o) => o.status === 'updated' || o.status === 'recorded')
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `changed=${changed}\n`)
  const failed = outcomes.filter((o) => o.status === 'check_failed' || o.status === 'no_check')
  if (failed.length > 0)
    throw new FetchError(`${failed.length} sources could not be checked (${failed.map((o) => o.source).join(', ')}); see above`)
})
