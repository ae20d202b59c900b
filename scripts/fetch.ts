// ./dashboard fetch: bring every registered source into data/raw/ and verify its checksum.
import { runMain } from '../src/pipeline/cli.ts'
import { loadRegistry } from '../src/pipeline/sources/registry.ts'
import { DEFAULT_CACHE_DIR, fetchAll, mirrorsFromEnv } from '../src/pipeline/sources/fetch.ts'
import { fetchSummary } from '../src/pipeline/sources/fetch-record.ts'

await runMain(async () => {
  const sources = loadRegistry()
  const mirrors = mirrorsFromEnv()
  process.stderr.write(`Fetching ${sources.length} sources into ${DEFAULT_CACHE_DIR}/ (mirror: ${mirrors.join(', ') || 'none'})\n`)
  const started = performance.now()
  const report = await fetchAll(sources, { cacheDir: DEFAULT_CACHE_DIR, mirrors, download: process.env.DASHBOARD_OFFLINE !== '1' })
  process.stderr.write(`Fetched in ${((performance.now() - started) / 1000).toFixed(1)} s:\n${fetchSummary(report)}\n`)
})
