// ./dashboard check-releases [--update]: look for newer releases of the registered sources on
// Explore Education Statistics. With --update, take the new files (into the data/raw/ cache) and
// write their releases and checksums into data/sources.json, ready for a build to read them.
// EES_CONTENT_API overrides the service's address (the tests point it at a local mock).
import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { runMain } from '../src/pipeline/cli.ts'
import { FetchError } from '../src/pipeline/errors.ts'
import { cachePath, DEFAULT_CACHE_DIR } from '../src/pipeline/sources/fetch.ts'
import { REGISTRY_FILE, loadRegistry, type Source } from '../src/pipeline/sources/registry.ts'
import { applyUpdates, checkReleases, DEFAULT_EES_API, formatOutcomes } from '../src/pipeline/sources/release-check.ts'

function writeAtomically(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(`${path}.part-${process.pid}`, data)
  renameSync(`${path}.part-${process.pid}`, path)
}

await runMain(async () => {
  const update = process.argv.includes('--update')
  const sources = loadRegistry()
  const api = process.env.EES_CONTENT_API ?? DEFAULT_EES_API
  process.stderr.write(`Checking ${sources.length} sources for newer releases at ${api}\n`)
  const outcomes = await checkReleases(sources, api)
  process.stdout.write(`${formatOutcomes(outcomes)}\n`)
  const updated = outcomes.filter((o) => o.status === 'updated')
  const failed = outcomes.filter((o) => o.status === 'check_failed')
  if (update && outcomes.some((o) => o.status === 'updated' || o.status === 'unchanged_file')) {
    for (const o of updated) {
      const source = sources.find((s) => s.id === o.source)!
      writeAtomically(cachePath(DEFAULT_CACHE_DIR, source), o.data)
    }
    const registry = JSON.parse(readFileSync(REGISTRY_FILE, 'utf8')) as { sources: Source[] }
    writeAtomically(REGISTRY_FILE, `${JSON.stringify(applyUpdates(registry, outcomes), null, 2)}\n`)
    process.stderr.write(`Updated ${REGISTRY_FILE}: ${updated.length} new files (cached in ${DEFAULT_CACHE_DIR}/).\n`)
  }
  // For GitHub Actions: tell later steps whether anything changed.
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `changed=${update && updated.length > 0}\n`)
  if (failed.length > 0) throw new FetchError(`${failed.length} release checks failed; see above`)
})
