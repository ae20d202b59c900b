// The site data of the last pipeline run, kept under its key (build-keys.ts) in
// .build/cache/site-data/<key>/: a rebuild whose sources and pipeline code are unchanged takes it
// instead of reading and computing everything again. Files are hard links, not copies: a build
// always writes its site data into a fresh folder, so no file is ever written in place. Only the
// newest entry is kept.
import { existsSync, linkSync, mkdirSync, readdirSync, renameSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { filesUnder } from './output-tree.ts'
import { deleteInBackground } from './site-folders.ts'

const CACHE = '.build/cache/site-data'

function linkTree(from: string, to: string): void {
  for (const rel of filesUnder(from)) {
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
  if (existsSync(join(CACHE, key))) deleteInBackground(join(CACHE, key))
  renameSync(partial, join(CACHE, key))
  for (const old of readdirSync(CACHE)) if (old !== key) deleteInBackground(join(CACHE, old))
}
