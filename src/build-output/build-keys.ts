// What a build's two stages depend on, as hashes: equal keys mean equal output, so a rebuild with
// the same key reuses the earlier result instead of making it again.
// - The site data: the sources (each file's sha256 and where it came from, as the fetch step
//   records them) and the pipeline's code and data (src/pipeline/, data/ without the download
//   cache, the lockfile, Node's version).
// - The pages: the site data's bytes and every file that makes pages from them (src/, public/,
//   the Astro and TypeScript configuration, the page-building script, the lockfile, Node's
//   version), and the address the site is built for (SITE_URL, SITE_BASE).
import { createHash, type Hash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

/** Adds every file under `path` (or the file itself) to the hash, by name and content, in a fixed order. */
function hashTree(hash: Hash, root: string, path: string, skip: (rel: string) => boolean = () => false): void {
  const full = join(root, path)
  if (!existsSync(full)) return
  if (statSync(full).isDirectory()) {
    for (const name of readdirSync(full).sort()) {
      const rel = join(path, name)
      if (!skip(rel)) hashTree(hash, root, rel, skip)
    }
    return
  }
  hash
    .update(`${relative(root, full)}\n`)
    .update(readFileSync(full))
    .update('\n')
}

const runtime = () => `node ${process.versions.node} icu ${process.versions.icu ?? 'none'}`

export function siteDataKey(fetchRecord: unknown, root = '.'): string {
  const hash = createHash('sha256').update(JSON.stringify(fetchRecord)).update(runtime())
  for (const path of ['src/pipeline', 'package-lock.json']) hashTree(hash, root, path)
  hashTree(hash, root, 'data', (rel) => rel === join('data', 'raw'))
  return hash.digest('hex').slice(0, 32)
}

export function pagesKey(siteData: string, env: Readonly<Record<string, string | undefined>>, root = '.'): string {
  const hash = createHash('sha256')
    .update(runtime())
    .update(JSON.stringify([env.SITE_URL ?? null, env.SITE_BASE ?? null]))
  hashTree(hash, siteData, '.')
  for (const path of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package-lock.json', 'scripts/build-pages.ts'])
    hashTree(hash, root, path)
  return hash.digest('hex').slice(0, 32)
}
