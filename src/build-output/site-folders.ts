// The built site's folders. A build makes the new site in a folder of its own and only then puts it
// in place of dist/, so that a failed build leaves the published site untouched.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'

/** True when this build must not reuse anything from earlier builds (DASHBOARD_NO_CACHE=1). */
export const noCache = (): boolean => process.env.DASHBOARD_NO_CACHE === '1'

/** Puts the finished folder `next` in place of `target`, then deletes the one it replaced. */
export function replaceFolder(next: string, target: string): void {
  const old = `${next}.old`
  rmSync(old, { recursive: true, force: true })
  if (existsSync(target)) renameSync(target, old)
  renameSync(next, target)
  rmSync(old, { recursive: true, force: true })
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
