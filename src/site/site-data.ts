// Pages read the pipeline's finished site data through this module and nothing else: they never
// parse source files or compute statistics. SITE_DATA_DIR is set by scripts/build.ts.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SourceAccount } from '../pipeline/read/accounts.ts'
import type { Source } from '../pipeline/sources/registry.ts'

function siteDataDir(): string {
  const dir = process.env.SITE_DATA_DIR
  if (!dir) throw new Error('SITE_DATA_DIR is not set: build the site with ./dashboard build, which runs the data pipeline first')
  return dir
}

const cache = new Map<string, unknown>()
function load<T>(name: string): T {
  if (!cache.has(name)) cache.set(name, JSON.parse(readFileSync(join(siteDataDir(), name), 'utf8')))
  return cache.get(name) as T
}

export const sources = (): Source[] => load<Source[]>('sources.json')
export const accounts = (): SourceAccount[] => load<SourceAccount[]>('accounts.json')
