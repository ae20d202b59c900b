// Integration tests read the real published files: fetched from the mirror (../shared/ees or
// EES_MIRROR) into data/raw/ exactly as the build does, without network downloads.
import { loadGeography } from '../../src/pipeline/geography/areas.ts'
import { readAllSources, type ReadAll } from '../../src/pipeline/read/read-sources.ts'
import { DEFAULT_CACHE_DIR, fetchAll, mirrorsFromEnv } from '../../src/pipeline/sources/fetch.ts'
import { loadRegistry } from '../../src/pipeline/sources/registry.ts'

let cached: Promise<ReadAll> | undefined

export function readRealSources(): Promise<ReadAll> {
  cached ??= (async () => {
    const { fetched } = await fetchAll(loadRegistry(), {
      cacheDir: DEFAULT_CACHE_DIR,
      mirrors: mirrorsFromEnv(),
      download: false,
      log: () => {},
    })
    return readAllSources(fetched, loadGeography(), () => {})
  })()
  return cached
}
