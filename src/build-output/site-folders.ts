// The built site's folders. A build makes the new site in a folder of its own and only then puts it
// in place of dist/, so that a failed build leaves the published site untouched. The site it
// replaces is kept as the spare, and the next build starts from the spare instead of from empty:
// its unchanged files are left as they are (output-tree.ts). Nothing here deletes a whole site while
// a build waits: ~100,000 files take minutes to delete on a disk mounted with online discard, so a
// folder nobody needs is deleted by a process of its own, in the background.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'

export const SPARE = '.build/spare-dist'
/** Where folders wait to be deleted in the background; empty when no deletion is running. */
export const TRASH = '.build/trash'

/** True when this build must not reuse anything from earlier builds (DASHBOARD_NO_CACHE=1). */
export const noCache = (): boolean => process.env.DASHBOARD_NO_CACHE === '1'

/** Deletes a folder in the background, after moving it out of the way at once. */
export function deleteInBackground(folder: string): void {
  if (!existsSync(folder)) return
  mkdirSync(TRASH, { recursive: true })
  const doomed = join(TRASH, `${Date.now()}-${process.pid}-${Math.random().toString(36).slice(2)}`)
  renameSync(folder, doomed)
  spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', doomed], {
    detached: true,
    stdio: 'ignore',
  }).unref()
}

/** A whole site no longer wanted: it becomes the spare when there is none, else it is deleted in the background. */
export function setAside(folder: string): void {
  if (!existsSync(folder)) return
  if (existsSync(SPARE)) deleteInBackground(folder)
  else renameSync(folder, SPARE)
}

/**
 * The folder a build makes its site in: what a stopped build left there, else the spare, else
 * empty. With `fresh` (no reuse), it starts empty and anything left there is set aside.
 */
export function prepareSiteFolder(folder: string, fresh: boolean): void {
  if (fresh) setAside(folder)
  else if (!existsSync(folder) && existsSync(SPARE)) renameSync(SPARE, folder)
  mkdirSync(folder, { recursive: true })
}

/** Puts the finished site in `next` in place of `dist`; the site it replaces is set aside. */
export function publishSite(next: string, dist: string): void {
  setAside(dist)
  renameSync(next, dist)
}

// The key of the pages a site folder holds (build-keys.ts), kept beside it in .build/keys/: a build
// whose key equals the published site's leaves that site as it is.
const keyFile = (folder: string) => join('.build', 'keys', basename(folder))

/** The key `folder` was built with, or null when unknown (or the folder is gone). */
export function siteKey(folder: string): string | null {
  if (!existsSync(folder) || !existsSync(keyFile(folder))) return null
  return readFileSync(keyFile(folder), 'utf8').trim()
}

/** Records the key of the site in `folder`; null forgets it (before the folder changes). */
export function setSiteKey(folder: string, key: string | null): void {
  if (key === null) rmSync(keyFile(folder), { force: true })
  else {
    mkdirSync(join('.build', 'keys'), { recursive: true })
    writeFileSync(keyFile(folder), `${key}\n`)
  }
}
