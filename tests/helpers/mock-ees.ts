// A local stand-in for the Explore Education Statistics content API, answering like the real
// service for the two calls the release check makes: a publication's latest release, and the
// ZIP of all the files of a release version.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { strToU8, zipSync } from 'fflate'

export interface MockRelease {
  id: string
  slug: string
  title: string
  published: string
  files: Record<string, string>
}

export interface MockEes {
  api: string
  requests: string[]
  close(): Promise<void>
}

export async function startMockEes(publications: Record<string, MockRelease>): Promise<MockEes> {
  const requests: string[] = []
  const server: Server = createServer((req, res) => {
    const url = req.url ?? ''
    requests.push(url)
    const latest = /^\/api\/publications\/([^/]+)\/releases\/latest$/.exec(url)
    if (latest) {
      const r = publications[decodeURIComponent(latest[1]!)]
      if (!r) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"title":"Not Found","status":404}')
        return
      }
      // The real answer carries many more fields; the check uses these four.
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          id: r.id,
          slug: r.slug,
          title: r.title,
          published: r.published,
          type: 'AccreditedOfficialStatistics',
          latestRelease: true,
          downloadFiles: [],
        }),
      )
      return
    }
    const files = /^\/api\/releases\/([^/]+)\/files$/.exec(url)
    const release = files && Object.values(publications).find((r) => r.id === files[1])
    if (release) {
      const zip = zipSync(Object.fromEntries(Object.entries(release.files).map(([k, v]) => [k, strToU8(v)])))
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': zip.length }).end(Buffer.from(zip))
      return
    }
    res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { api: `http://127.0.0.1:${port}/api`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) }
}
