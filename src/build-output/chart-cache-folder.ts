// Where the chart cache lives (.build/cache/charts/<version>/, outside dist/ and git-ignored with
// .build/), and the version of the chart code its keys include: a hash of every file under
// src/charts/, the lockfile (d3) and the Node and ICU versions (number formatting). A
// change to any of them starts a new folder, and the old ones are deleted.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { noCache } from './site-folders.ts'

const CACHE = '.build/cache/charts'

function chartCodeVersion(root = '.'): string {
  const hash = createHash('sha256')
  const charts = join(root, 'src', 'charts')
  for (const name of readdirSync(charts).sort())
    hash
      .update(`${name}\n`)
      .update(readFileSync(join(charts, name)))
      .update('\n')
  hash.update(readFileSync(join(root, 'package-lock.json')))
  hash.update(`node ${process.versions.node} icu ${process.versions.icu ?? 'none'}`)
  return hash.digest('hex').slice(0, 16)
}

/**
 * The environment that gives a page-building process the chart cache. With DASHBOARD_NO_CACHE=1
 * every chart is drawn (nothing is read from the cache), and the charts drawn are kept for later builds.
 */
export function chartCacheEnv(): Record<string, string> {
  const version = chartCodeVersion()
  if (existsSync(CACHE))
    for (const old of readdirSync(CACHE)) if (old !== version) rmSync(join(CACHE, old), { recursive: true, force: true })
  return { DASHBOARD_CHART_CACHE: join(CACHE, version), ...(noCache() ? { DASHBOARD_CHART_CACHE_FRESH: '1' } : {}) }
}
