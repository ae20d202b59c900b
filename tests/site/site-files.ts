// The built site as a static host serves it: every file under the site folder, and the address of
// each under the base path ("/" or "/repo/", as GitHub Pages serves a project).
import { readdirSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

/** Every file under `root`, as paths relative to it with "/" separators, sorted. */
export function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
}

/** The address a file is served at: a folder's index.html at the folder ("/repo/la/leeds/"). */
export function addressOf(file: string, base: string): string {
  if (file === 'index.html') return base
  return file.endsWith('/index.html') ? `${base}${file.slice(0, -'index.html'.length)}` : `${base}${file}`
}

export type Resolved = { file: string } | { problem: string }

/**
 * The file a host would answer an address path with (decoded, without query or fragment): the path
 * as a file, or index.html in a folder when it ends in "/". Anything outside the base path, and a
 * folder named without its final "/" (a host redirects it: link to the folder itself), is a problem.
 */
export function fileFor(path: string, base: string, files: ReadonlySet<string>): Resolved {
  if (!path.startsWith(base)) return { problem: `outside the base path ${base}` }
  const inSite = path.slice(base.length)
  const file = inSite === '' || inSite.endsWith('/') ? `${inSite}index.html` : inSite
  if (files.has(file)) return { file }
  if (files.has(`${inSite}/index.html`)) return { problem: `a folder: write ${path}/ (a host would redirect)` }
  return { problem: `no file ${file}` }
}
