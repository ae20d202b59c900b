// Crawls the whole site from / over HTTP (node:http against the test server, no browser) and
// checks that every same-site link and resource resolves, that every #fragment names an element on
// its page, and that downloads are served with a sensible type. Links to other sites are listed,
// not fetched. With SITE_BASE (a site built under a path, e.g. /send-dashboard/), the server
// serves nothing outside that path, so a link written without it fails here.
import { readdirSync, writeFileSync } from 'node:fs'
import { Agent, request, type IncomingHttpHeaders } from 'node:http'
import { join, relative, sep } from 'node:path'
import { expect, test } from './fixtures.ts'
import { readLinks } from './html-links.ts'

/** The types a download must be served as, by file extension. */
const DOWNLOAD_TYPES: Readonly<Record<string, RegExp>> = {
  csv: /^text\/csv\b/,
  json: /^application\/([\w.-]+\+)?json\b/,
  geojson: /^application\/(geo\+)?json\b/,
  topojson: /^application\/json\b/,
  svg: /^image\/svg\+xml\b/,
  png: /^image\/png\b/,
  pdf: /^application\/pdf\b/,
  zip: /^application\/zip\b/,
  txt: /^text\/plain\b/,
  xlsx: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet\b/,
  css: /^text\/css\b/,
  js: /^text\/javascript\b/,
}

interface Fetched {
  status: number
  contentType: string
  /** Where a redirect points. */
  location?: string
  /** Element ids, for HTML pages. */
  ids?: Set<string>
  bytes: number
  /** Why the body is not what its type says, if so. */
  badBody?: string
}

interface Link {
  from: string
  href: string
  kind: 'link' | 'resource'
}

const CONCURRENCY = 8
const SHOW_PAGES = 3

function extensionOf(path: string): string {
  const last = path.split('/').pop() ?? ''
  const dot = last.lastIndexOf('.')
  return dot > 0 ? last.slice(dot + 1).toLowerCase() : ''
}

function isHtml(contentType: string): boolean {
  return /^text\/html\b/.test(contentType)
}

/** Checks that a download's body looks like what its extension says. */
function bodyProblem(path: string, body: string): string | undefined {
  if (body.length === 0) return 'empty file'
  const ext = extensionOf(path)
  if (ext === 'csv') {
    const header = body.slice(0, body.indexOf('\n') === -1 ? undefined : body.indexOf('\n'))
    if (!header.includes(',')) return `first line is not a CSV header: ${JSON.stringify(header.slice(0, 80))}`
  }
  if (ext === 'svg' && !/<svg[\s>]/.test(body.slice(0, 1000))) return 'no <svg> element at the start'
  if (ext === 'json' || ext === 'geojson' || ext === 'topojson') {
    try {
      JSON.parse(body)
    } catch (error) {
      return `not valid JSON: ${(error as Error).message}`
    }
  }
  return undefined
}

/** Lists "problem: page1, page2, page3 and N more" with the pages each problem was found on. */
function grouped(problems: Array<{ problem: string; from: string }>): string {
  const byProblem = new Map<string, string[]>()
  for (const { problem, from } of problems) byProblem.set(problem, [...(byProblem.get(problem) ?? []), from])
  return [...byProblem]
    .map(([problem, pages]) => {
      const unique = [...new Set(pages)]
      const shown = unique.slice(0, SHOW_PAGES).join(', ')
      return `  - ${problem}\n      found on ${shown}${unique.length > SHOW_PAGES ? ` and ${unique.length - SHOW_PAGES} more pages` : ''}`
    })
    .join('\n')
}

/** The path the site is served under: "/" or "/send-dashboard/". */
const BASE = process.env['SITE_BASE'] ?? '/'

/** The pages the build wrote: /path/ for every index.html, /path for every other .html (under the base path). */
function builtPages(root: string): string[] {
  const pages: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith('.html')) {
        const path = `${BASE}${relative(root, full).split(sep).join('/')}`
        pages.push(path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path)
      }
    }
  }
  walk(root)
  return pages.sort()
}

test('crawl: every link on the site resolves, with every #fragment on its page', async ({ site }, testInfo) => {
  // About 18,000 pages with 111 measures (each with its embed, chart and data file).
  test.setTimeout(900_000)
  const origin = site.origin
  const fetched = new Map<string, Promise<Fetched>>()
  const links: Link[] = []
  /** The first page that linked to each site path. */
  const foundOn = new Map<string, string>()
  const external = new Map<string, Set<string>>()
  const started = performance.now()

  /** The site path (and fragment) a link points at, or undefined for other sites and schemes. */
  const sameSite = (href: string, from: string): { path: string; fragment: string | undefined } | undefined => {
    let url: URL
    try {
      url = new URL(href, origin + from)
    } catch {
      return undefined
    }
    if (url.origin !== origin) return undefined
    return { path: url.pathname + url.search, fragment: url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined }
  }

  // node:http with kept-alive connections: much faster than fetch() for ~20,000 small files.
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY })
  type Response = { status: number; headers: IncomingHttpHeaders; body: string }
  const get = (url: string): Promise<Response> =>
    new Promise<Response>((done, fail) => {
      const req = request(url, { agent }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          done({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: response.statusCode === 200 ? Buffer.concat(chunks).toString('utf8') : '',
          }),
        )
        response.on('error', fail)
      })
      req.on('error', (error: NodeJS.ErrnoException) => {
        // A kept-alive connection that the server closed (idle timeout) just as it was reused:
        // Node's documented race, not a fault of the site. Ask again (the dead socket is gone).
        if (req.reusedSocket && error.code === 'ECONNRESET') get(url).then(done, fail)
        else fail(error)
      })
      req.end()
    })

  // At most CONCURRENCY requests in flight.
  let active = 0
  const waiting: Array<() => void> = []
  const limited = async <T>(work: () => Promise<T>): Promise<T> => {
    while (active >= CONCURRENCY) await new Promise<void>((go) => waiting.push(go))
    active++
    try {
      return await work()
    } finally {
      active--
      waiting.shift()?.()
    }
  }

  /** Fetches a site path once, and everything it links to. */
  const visit = (path: string, from: string): void => {
    if (fetched.has(path)) return
    foundOn.set(path, from)
    fetched.set(
      path,
      limited(() => get(origin + path)).then((response): Fetched => {
        const { body } = response
        const contentType = response.headers['content-type'] ?? ''
        const location = response.headers.location
        if (location) {
          const target = sameSite(location, path)
          if (target) visit(target.path, path)
        }
        if (response.status !== 200) return { status: response.status, contentType, bytes: 0, ...(location ? { location } : {}) }
        if (!isHtml(contentType)) {
          const badBody = bodyProblem(path, body)
          return { status: 200, contentType, bytes: body.length, ...(badBody ? { badBody } : {}) }
        }
        const page = readLinks(body)
        for (const href of page.anchors) links.push({ from: path, href, kind: 'link' })
        for (const href of page.resources) links.push({ from: path, href, kind: 'resource' })
        for (const href of [...page.anchors, ...page.resources]) {
          const target = sameSite(href, path)
          if (target) visit(target.path, path)
        }
        return { status: 200, contentType, bytes: body.length, ids: page.ids }
      }),
    )
  }

  visit(BASE, '(start)')
  // Wait until a round adds no new URL.
  for (let size = 0; size !== fetched.size;) {
    size = fetched.size
    await Promise.all(fetched.values())
  }
  agent.destroy()
  const results = new Map<string, Fetched>()
  for (const [path, pending] of fetched) results.set(path, await pending)
  const crawlSeconds = (performance.now() - started) / 1000

  // Judge every link.
  const broken: Array<{ problem: string; from: string }> = []
  const redirected: Array<{ problem: string; from: string }> = []
  const missingFragments: Array<{ problem: string; from: string }> = []
  const offSiteResources: Array<{ problem: string; from: string }> = []
  /** Follows redirects within the site; returns the final path and its result. */
  const resolveRedirects = (path: string): { path: string; result: Fetched | undefined } => {
    let current = path
    for (let hops = 0; hops < 5; hops++) {
      const result = results.get(current)
      if (!result?.location) return { path: current, result }
      const target = sameSite(result.location, current)
      if (!target) return { path: current, result }
      current = target.path
    }
    return { path: current, result: undefined }
  }

  for (const link of links) {
    const href = link.href
    if (href === '') {
      broken.push({ problem: 'empty href', from: link.from })
      continue
    }
    if (/^javascript:/i.test(href)) {
      broken.push({ problem: `${href}: a javascript: link does nothing without JavaScript`, from: link.from })
      continue
    }
    const target = sameSite(href, link.from)
    if (!target) {
      let url: URL | undefined
      try {
        url = new URL(href)
      } catch {
        broken.push({ problem: `${href}: not a valid URL`, from: link.from })
        continue
      }
      if (link.kind === 'resource' && url.protocol !== 'data:')
        offSiteResources.push({ problem: `${href}: loaded from another host`, from: link.from })
      else if (link.kind === 'link') external.set(url.href, (external.get(url.href) ?? new Set()).add(link.from))
      continue
    }
    const { path: finalPath, result } = resolveRedirects(target.path)
    if (!result || result.status !== 200) {
      broken.push({ problem: `${href} -> HTTP ${result?.status ?? 'not fetched'}`, from: link.from })
      continue
    }
    if (finalPath !== target.path)
      redirected.push({ problem: `${href} redirects to ${finalPath}: link to ${finalPath} directly`, from: link.from })
    if (result.badBody) broken.push({ problem: `${href}: ${result.badBody}`, from: link.from })
    if (target.fragment !== undefined && target.fragment !== '' && target.fragment.toLowerCase() !== 'top') {
      if (!result.ids)
        missingFragments.push({
          problem: `${href}: #${target.fragment} points into a file that is not a page (${result.contentType})`,
          from: link.from,
        })
      else if (!result.ids.has(target.fragment))
        missingFragments.push({ problem: `${href}: no element with id="${target.fragment}" on ${finalPath}`, from: link.from })
    }
  }

  // Non-HTML files: the type must match the extension, and must never be a guess.
  const badTypes: Array<{ problem: string; from: string }> = []
  for (const [path, result] of results) {
    if (result.status !== 200 || isHtml(result.contentType)) continue
    const expected = DOWNLOAD_TYPES[extensionOf(new URL(path, origin).pathname)]
    const from = foundOn.get(path) ?? '?'
    if (
      expected ? !expected.test(result.contentType) : /^application\/octet-stream\b/.test(result.contentType) || result.contentType === ''
    ) {
      badTypes.push({ problem: `${path} is served as "${result.contentType}"`, from })
    }
  }

  const pages = [...results].filter(([, r]) => r.ids).map(([p]) => p)
  const files = [...results].filter(([, r]) => r.status === 200 && !r.ids).map(([p]) => p)
  const orphans = builtPages(site.root).filter((p) => !results.has(p) && p !== `${BASE}404.html`)
  const summary = [
    `Crawled ${results.size} URLs in ${crawlSeconds.toFixed(1)} s: ${pages.length} pages, ${files.length} other files; ${links.length} links and resources checked.`,
    `Links to other sites (not fetched): ${external.size} distinct, from ${[...external.values()].reduce((n, s) => n + s.size, 0)} page-links.`,
    ...[...external]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([url, from]) => `  ${url} (${from.size} page${from.size === 1 ? '' : 's'})`),
    orphans.length > 0
      ? `Built pages that no link reaches (not counted as an error): ${orphans.length}, e.g. ${orphans.slice(0, 10).join(', ')}${orphans.length > 10 ? ', ...' : ''}`
      : `Every built page is reachable from ${BASE}.`,
  ].join('\n')
  process.stdout.write(`\n${summary}\n`)
  // The full lists, kept in this test's folder under test-results/.
  const report = async (name: string, body: string, contentType: string) => {
    const path = testInfo.outputPath(name)
    writeFileSync(path, body)
    await testInfo.attach(name, { path, contentType })
  }
  await report('crawl-summary.txt', `${summary}\n`, 'text/plain')
  if (orphans.length > 0) await report('unreachable-pages.txt', `${orphans.join('\n')}\n`, 'text/plain')
  await report(
    'external-links.json',
    JSON.stringify(Object.fromEntries([...external].map(([url, from]) => [url, [...from].sort()])), null, 2),
    'application/json',
  )
  process.stdout.write(`Lists of links: ${testInfo.outputDir}\n`)

  expect(pages.length, 'pages found by the crawl').toBeGreaterThan(150)
  expect.soft(broken, `Broken links and resources:\n${grouped(broken)}\n`).toEqual([])
  expect.soft(missingFragments, `Links to #fragments that do not exist:\n${grouped(missingFragments)}\n`).toEqual([])
  expect.soft(offSiteResources, `Resources loaded from other hosts:\n${grouped(offSiteResources)}\n`).toEqual([])
  expect.soft(badTypes, `Files served with the wrong content type:\n${grouped(badTypes)}\n`).toEqual([])
  expect.soft(redirected, `Links that go through a redirect (trailingSlash is "always"):\n${grouped(redirected)}\n`).toEqual([])
})

test('downloads on /data/ return 200 with a sensible content type', async ({ site }) => {
  const response = await fetch(`${site.origin}${BASE}data/`)
  expect(response.status).toBe(200)
  const { anchors } = readLinks(await response.text())
  const downloads = [
    ...new Set(
      anchors
        .map((href) => new URL(href, `${site.origin}${BASE}data/`))
        .filter((url) => url.origin === site.origin && DOWNLOAD_TYPES[extensionOf(url.pathname)] !== undefined)
        .map((url) => url.pathname),
    ),
  ]
  expect(downloads).toContain(`${BASE}data/metrics.csv`)
  for (const path of downloads) {
    const file = await fetch(site.origin + path)
    expect(file.status, `${path} status`).toBe(200)
    const type = file.headers.get('content-type') ?? ''
    expect(type, `${path} content type`).toMatch(DOWNLOAD_TYPES[extensionOf(path)]!)
    const body = await file.text()
    expect(bodyProblem(path, body), `${path} body`).toBeUndefined()
  }
})
