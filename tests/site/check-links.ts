// The link check, on the built files rather than over HTTP: every address a page refers to (href,
// src, srcset, form actions, the paths in data-* attributes that scripts fetch) and the page address
// each labelled download names must be a file in the site folder, under the base path the site was
// built for; every #fragment must name an id (or <a name>) on its page; nothing is loaded from
// another host. Links to other hosts are listed, not fetched. Since every page and download is read
// here anyway, the checks of each download's content run on the way (`fileChecks`).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CONTENT_TYPES } from '../../scripts/static-server.ts'
import { extensionOf, namedAddress } from './file-content.ts'
import { readReferences, type Reference } from './html-references.ts'
import { addressOf, fileFor, listFiles } from './site-files.ts'

export interface LinkCheckOptions {
  /** The built site's folder. */
  root: string
  /** The path the site was built to be served under: "/" or "/repo/". */
  base: string
  /** The site's own address (SITE_URL), if the build wrote absolute addresses with it. */
  siteUrl?: string | undefined
  /** Checks of each file that is not a page (read: SVG, CSV, JSON); each says what is wrong, if anything. */
  fileChecks?: ReadonlyArray<(file: string, text: string) => string | undefined>
}

export interface Problem {
  /** The page (or download) the address is on, or the file at fault. */
  where: string
  /** The address as written; absent for a problem with a file's content. */
  href?: string
  problem: string
}

export interface LinkReport {
  files: number
  pages: number
  /** Same-site addresses checked, in pages and in downloads (each time one is written). */
  checked: number
  /** Addresses on other hosts, not fetched, with how many times each is linked. */
  external: Map<string, number>
  /** Broken links first (in the order the files were read), then files whose content is wrong. */
  problems: Problem[]
  /** Pages that no other page or download links to (not an error: listed for a look). */
  unlinked: string[]
}

/** Files read for their content, by extension. Others (images, scripts, styles) are only looked up. */
const READ = new Set(['html', 'svg', 'csv', 'json', 'geojson', 'topojson', 'webmanifest'])
/** Schemes that never ask the host for anything. */
const NO_REQUEST = new Set(['data:', 'mailto:', 'tel:', 'blob:', 'about:'])
/** The origin pages are resolved against when the site's own address is not known. */
const NO_ORIGIN = 'https://site.invalid'

type Target = { file: string; fragment: string } | { external: string } | { problem: string } | { skip: true }

export function checkLinks(options: LinkCheckOptions): LinkReport {
  const { root, base } = options
  const origin = options.siteUrl ? new URL(options.siteUrl).origin : NO_ORIGIN
  const fileList = listFiles(root)
  const files = new Set(fileList)
  const ids = new Map<string, Set<string>>()
  const problems: Problem[] = []
  const fileProblems: Problem[] = []
  const external = new Map<string, number>()
  /** Files some other file links to. */
  const linkedFrom = new Set<string>()
  const fragments: Array<{ where: string; href: string; file: string; fragment: string }> = []
  let checked = 0

  const resolve = (href: string, kind: Reference['kind'], address: string): Target => {
    if (href === '') return { problem: 'an empty address' }
    if (/^javascript:/i.test(href)) return { problem: 'a javascript: address does nothing without JavaScript' }
    let url: URL
    try {
      url = new URL(href, origin + address)
    } catch {
      return { problem: 'not a valid address' }
    }
    if (NO_REQUEST.has(url.protocol)) return { skip: true }
    if (url.origin !== origin) return kind === 'resource' ? { problem: 'loaded from another host' } : { external: url.href }
    let path: string
    let fragment: string
    try {
      path = decodeURIComponent(url.pathname)
      fragment = decodeURIComponent(url.hash.slice(1))
    } catch {
      return { problem: 'badly percent-encoded' }
    }
    const found = fileFor(path, base, files)
    if ('problem' in found) return found
    if (!(`.${extensionOf(found.file)}` in CONTENT_TYPES)) return { problem: `${found.file} has no content type a host would send` }
    return { file: found.file, fragment }
  }

  // Most addresses are absolute paths written on many pages: resolve each once.
  const resolved = new Map<string, Target>()
  const check = (href: string, kind: Reference['kind'], address: string, from: string): void => {
    const key = href.startsWith('/') && !href.startsWith('//') ? `${kind} ${href}` : `${kind} ${address} ${href}`
    let target = resolved.get(key)
    if (!target) resolved.set(key, (target = resolve(href, kind, address)))
    if ('skip' in target) return
    if ('external' in target) {
      external.set(target.external, (external.get(target.external) ?? 0) + 1)
      return
    }
    checked++
    if ('problem' in target) {
      problems.push({ where: address, href, problem: target.problem })
      return
    }
    if (target.file !== from) linkedFrom.add(target.file)
    if (target.fragment !== '' && target.fragment.toLowerCase() !== 'top') fragments.push({ where: address, href, ...target })
  }

  let pages = 0
  for (const file of fileList) {
    const extension = extensionOf(file)
    if (!READ.has(extension)) continue
    const address = addressOf(file, base)
    const text = readFileSync(join(root, file), 'utf8')
    if (extension === 'html') {
      pages++
      const page = readReferences(text)
      ids.set(file, page.ids)
      for (const { href, kind } of page.references) check(href, kind, address, file)
      continue
    }
    for (const fileCheck of options.fileChecks ?? []) {
      const problem = fileCheck(file, text)
      if (problem) fileProblems.push({ where: address, problem })
    }
    const named = namedAddress(file, text)
    if (named !== undefined) check(named, 'link', address, file)
  }

  for (const { where, href, file, fragment } of fragments) {
    const targets = ids.get(file)
    if (!targets) problems.push({ where, href, problem: `#${fragment} points into ${file}, which is not a page` })
    else if (!targets.has(fragment)) problems.push({ where, href, problem: `no id "${fragment}" on ${addressOf(file, base)}` })
  }

  const unlinked = fileList.filter((f) => f.endsWith('.html') && f !== '404.html' && !linkedFrom.has(f)).map((f) => addressOf(f, base))
  return { files: fileList.length, pages, checked, external, problems: [...problems, ...fileProblems], unlinked }
}
