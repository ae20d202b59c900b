// The site data of the last pipeline run, kept under its key (build-keys.ts) in
// .build/cache/site-data/<key>/: a rebuild whose sources and pipeline code are unchanged takes it
// instead of reading and computing everything again. Files are hard links, not copies: a build
// always writes its site data into a fresh folder, so no file is ever written in place. Only the
// newest entry is kept.
import { existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'

const CACHE = '.build/cache/site-data'

function linkTree(from: string, to: string): void {
  const files = readdirSync(from, { recursive: true, encoding: 'utf8' }).filter((rel) => statSync(join(from, rel)).isFile())
  for (const rel of files) {
    mkdirSync(dirname(join(to, rel)), { recursive: true })
    linkSync(join(from, rel), join(to, rel))
  }
}

/** Fills the (empty or missing) folder `outDir` with the site data kept under `key`; false when there is none. */
export function restoreSiteData(key: string, outDir: string): boolean {
  const entry = join(CACHE, key)
  if (!existsSync(entry)) return false
  linkTree(entry, outDir)
  return true
}

/** Keeps the site data just written in `outDir` under `key`, in place of any older entry. */
export function storeSiteData(key: string, outDir: string): void {
  const partial = join(CACHE, `${key}.partial-${process.pid}`)
  linkTree(outDir, partial)
  rmSync(join(CACHE, key), { recursive: true, force: true })
  renameSync(partial, join(CACHE, key))
  for (const old of readdirSync(CACHE)) if (old !== key) rmSync(join(CACHE, old), { recursive: true, force: true })
}
