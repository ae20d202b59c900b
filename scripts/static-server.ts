// A small static file server for the browser tests: serves the built site (dist/) on 127.0.0.1 at a
// free port, the way a static host would (index.html for a folder, a redirect from /folder to
// /folder/, 404 for anything missing), and records every request it answers so that tests can check
// what a page asked for. Each Playwright worker starts its own (see fixtures.ts).
//
// Run it on its own to look at the site the tests see:
//   node scripts/static-server.ts [port]      (default: a free port; root: dist/)
// With a base path (a site built with SITE_BASE=/repo/), the site is served under it, as GitHub
// Pages serves a project, and nothing is served outside it: SITE_BASE=/repo/ node scripts/static-server.ts
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, resolve, sep } from 'node:path'
import { gzipSync } from 'node:zlib'

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.topojson': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.webmanifest': 'application/manifest+json',
}

/** One request the server answered. `path` is the URL path and query as the client sent it. */
export interface ServedRequest {
  method: string
  path: string
  status: number
  /** The Location header of a redirect. */
  location?: string
}

export interface StaticServer {
  /** e.g. http://127.0.0.1:40123 */
  origin: string
  root: string
  /** The path the site is served under: "/" or "/repo/". */
  base: string
  /** Every request answered so far, in order. */
  requests: ServedRequest[]
  close(): Promise<void>
}

export async function startStaticServer(options: { root?: string; port?: number; base?: string } = {}): Promise<StaticServer> {
  const root = resolve(options.root ?? 'dist')
  const base = options.base ?? '/'
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`the base path must start and end with "/": ${JSON.stringify(base)}`)
  const requests: ServedRequest[] = []

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<number> => {
    const send = (status: number, body: string, headers: Record<string, string> = {}): number => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers })
      res.end(req.method === 'HEAD' ? undefined : body)
      return status
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed\n', { allow: 'GET, HEAD' })

    const url = new URL(req.url ?? '/', 'http://localhost')
    let pathname: string
    try {
      pathname = decodeURIComponent(url.pathname)
    } catch {
      return send(400, 'Bad request: malformed URL\n')
    }
    // Under a base path, only what is inside it belongs to the site.
    if (base !== '/') {
      if (`${pathname}/` === base) return send(301, 'Moved permanently\n', { location: `${base}${url.search}` })
      if (!pathname.startsWith(base)) return send(404, `Not found: ${url.pathname} is outside the site's base path ${base}\n`)
      pathname = pathname.slice(base.length - 1)
    }
    const file = resolve(join(root, pathname))
    if (file !== root && !file.startsWith(root + sep)) return send(403, 'Forbidden\n')

    let target = file
    let info = await stat(target).catch(() => null)
    if (info?.isDirectory()) {
      if (!url.pathname.endsWith('/')) return send(301, 'Moved permanently\n', { location: `${url.pathname}/${url.search}` })
      target = join(target, 'index.html')
      info = await stat(target).catch(() => null)
    }
    if (!info?.isFile()) {
      const notFound = join(root, '404.html')
      const page = await stat(notFound).catch(() => null)
      if (page?.isFile()) {
        res.writeHead(404, { 'content-type': CONTENT_TYPES['.html']!, 'content-length': page.size, 'cache-control': 'no-store' })
        if (req.method === 'HEAD') res.end()
        else createReadStream(notFound).pipe(res)
        return 404
      }
      return send(404, `Not found: ${url.pathname}\n`)
    }

    const type = CONTENT_TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream'
    // Text compressed for clients that accept it, as static hosts do (so that page weights and
    // Lighthouse figures measured through this server match a real host).
    const compress =
      info.size <= 1 << 20 &&
      /^(text\/|application\/(json|xml)|image\/svg)/.test(type) &&
      /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    if (compress) {
      const body = gzipSync(await readFile(target))
      res.writeHead(200, {
        'content-type': type,
        'content-length': body.length,
        'content-encoding': 'gzip',
        vary: 'accept-encoding',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      })
      res.end(req.method === 'HEAD' ? undefined : body)
      return 200
    }
    res.writeHead(200, {
      'content-type': type,
      'content-length': info.size,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    })
    if (req.method === 'HEAD') {
      res.end()
      return 200
    }
    // Small files in one read (most of the site); big downloads streamed.
    if (info.size <= 1 << 20) {
      res.end(await readFile(target))
      return 200
    }
    await new Promise<void>((done) => {
      const stream = createReadStream(target)
      stream.on('error', () => {
        res.destroy()
        done()
      })
      res.on('close', () => {
        stream.destroy()
        done()
      })
      stream.pipe(res)
    })
    return 200
  }

  const server = createServer((req, res) => {
    handle(req, res).then(
      (status) => {
        const location = res.getHeader('location')
        requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', status, ...(typeof location === 'string' ? { location } : {}) })
      },
      (error: unknown) => {
        requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', status: 500 })
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
        res.end(`Server error: ${String(error)}\n`)
      },
    )
  })
  // Browsers keep connections open; don't let them hold close() up.
  server.keepAliveTimeout = 1000

  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(options.port ?? 0, '127.0.0.1', () => done())
  })
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    root,
    base,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}

// Started directly: serve until interrupted.
if (import.meta.main) {
  const port = process.argv[2] ? Number(process.argv[2]) : 0
  const server = await startStaticServer({ port, base: process.env['SITE_BASE'] ?? '/' })
  process.stdout.write(`Serving ${server.root} on ${server.origin}${server.base} (Ctrl-C to stop)\n`)
  const stop = () => void server.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
