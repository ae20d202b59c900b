// The whole data pipeline, in the order of the data flow: fetch -> read and harmonise -> site
// data. Writes only into outDir, which the caller creates fresh and swaps into place on success.
import { join } from 'node:path'
import { loadGeography } from './geography/areas.ts'
import { accountsCsv } from './read/accounts.ts'
import { readAllSources } from './read/read-sources.ts'
import { DEFAULT_CACHE_DIR, fetchAll, mirrorsFromEnv } from './sources/fetch.ts'
import { loadRegistry } from './sources/registry.ts'
import { writeJson, writeText } from './site-data/write-json.ts'

export interface PipelineOptions {
  outDir: string
  log?: (line: string) => void
}

export interface PipelineTimings {
  fetchMs: number
  readMs: number
  writeMs: number
}

export async function runPipeline({ outDir, log = (l) => process.stderr.write(`${l}\n`) }: PipelineOptions): Promise<PipelineTimings> {
  const sources = loadRegistry()
  const geography = loadGeography()

  log(`1/3 Fetching ${sources.length} sources`)
  let t = performance.now()
  const fetched = await fetchAll(sources, { cacheDir: DEFAULT_CACHE_DIR, mirrors: mirrorsFromEnv(), download: process.env.DASHBOARD_OFFLINE !== '1', log })
  const fetchMs = performance.now() - t

  log('2/3 Reading and harmonising')
  t = performance.now()
  const read = await readAllSources(fetched, geography, log)
  const readMs = performance.now() - t

  log('3/3 Writing site data')
  t = performance.now()
  writeJson(join(outDir, 'accounts.json'), read.accounts)
  writeJson(join(outDir, 'sources.json'), sources)
  writeText(join(outDir, 'downloads', 'accounts.csv'), accountsCsv(read.accounts))
  const writeMs = performance.now() - t
  log(`Pipeline done: fetch ${(fetchMs / 1000).toFixed(1)} s, read ${(readMs / 1000).toFixed(1)} s, write ${(writeMs / 1000).toFixed(1)} s; ${read.observations.length} observations.`)
  return { fetchMs, readMs, writeMs }
}
