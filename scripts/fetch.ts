// ./dashboard fetch: bring every registered source into data/raw/ and verify its checksum.
import { runMain } from '../src/pipeline/cli.ts'
import { loadRegistry } from '../src/pipeline/sources/registry.ts'
import { DEFAULT_CACHE_DIR, fetchAll, mirrorsFromEnv } from '../src/pipeline/sources/fetch.ts'

await runMain(async () => {
  const sources = loadRegistry()
  const mirrors = mirrorsFromEnv()
  process.stderr.write(`Fetching ${sources.length} sources into ${DEFAULT_CACHE_DIR}/ (mirror: ${mirrors.join(', ') || 'none'})\n`)
  const started = performance.now()
  const results = await fetchAll(sources, { cacheDir: DEFAULT_CACHE_DIR, mirrors, download: process.env.DASHBOARD_OFFLINE !== '1' })
  const counts = { cache: 0, mirror: 0, download: 0 }
  for (const r of results) counts[r.origin]++
  process.stderr.write(
    `Fetched ${results.length} sources in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
      `(${counts.cache} already cached, ${counts.mirror} from the mirror, ${counts.download} downloaded); every sha256 verified.\n`,
  )
})
