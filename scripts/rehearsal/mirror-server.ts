// A local stand-in for every publisher the registry downloads from, serving only files from the
// mirror: each registered download URL (mapped by host and path, as DASHBOARD_URL_REWRITE sends
// it) answers with the mirror's copy of the file, a ZIP built now from the mirror's files for a
// URL that names a ZIP member, or, for an EES release, the content API's answer with a release id
// and that id's all-files ZIP. A file the mirror does not have is a 404, as an unreachable
// publisher would be. The release checks' questions get answers that say nothing is new, made from
// what the registry records. Used by the from-nothing test and by ./dashboard rehearse.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { zipSync } from 'fflate'
import { DEFAULT_EES_API } from '../../src/pipeline/sources/release-check.ts'
import { GITHUB_API, GOVUK_CONTENT_API, ONS_SITE } from '../../src/pipeline/sources/publisher-checks.ts'
import { isEesCheck } from '../../src/pipeline/sources/registry.ts'
import type { Source } from '../../src/contract/schemas.ts'

export interface MirrorServer {
  /** Base address for DASHBOARD_URL_REWRITE. */
  base: string
  /** Every request, as host/path?query. */
  requests: string[]
  /** Registered download URLs the mirror cannot serve (its file is missing), by source. */
  unservable: Array<{ source: string; url: string }>
  close(): Promise<void>
}

type Answer = () => { type: string; body: Uint8Array | string }

/** host/path?query of a URL, the key DASHBOARD_URL_REWRITE puts after the server's address. */
const key = (url: string) => {
  const u = new URL(url)
  return `${u.host}${u.pathname}${u.search}`
}

export async function startMirrorServer(options: {
  sources: readonly Source[]
  mirror: string
  repository: string
}): Promise<MirrorServer> {
  const { sources, mirror, repository } = options
  const routes = new Map<string, Answer>()
  const zips = new Map<string, Map<string, string>>() // ZIP key -> member -> mirror file
  const unservable: MirrorServer['unservable'] = []
  const json =
    (value: unknown): Answer =>
    () => ({ type: 'application/json', body: JSON.stringify(value) })
  const addZipMember = (zipKey: string, member: string, file: string) => {
    if (!zips.has(zipKey)) zips.set(zipKey, new Map())
    zips.get(zipKey)!.set(member, file)
  }

  for (const source of sources) {
    const file = join(mirror, source.mirror_path)
    for (const d of source.downloads) {
      const url = d.url.replaceAll('{repository}', repository)
      if (!existsSync(file)) {
        unservable.push({ source: source.id, url })
        continue
      }
      if (d.resolve === 'ees-release') {
        const id = `mirror-${createHash('sha256').update(url).digest('hex').slice(0, 12)}`
        const slug = url.split('/').pop()!
        routes.set(key(url), json({ id, slug, title: `Release ${slug}`, published: '2000-01-01T00:00:00' }))
        addZipMember(key(`${url.replace(/\/publications\/.*$/, '')}/releases/${id}/files`), d.zip_path!, file)
      } else if (d.zip_path) {
        addZipMember(key(url), d.zip_path, file)
      } else {
        routes.set(key(url), () => ({ type: 'application/octet-stream', body: readFileSync(file) }))
      }
    }
  }
  for (const [zipKey, members] of zips) {
    routes.set(zipKey, () => ({
      type: 'application/zip',
      body: zipSync(Object.fromEntries([...members].map(([m, f]) => [m, readFileSync(f)])), { level: 1 }),
    }))
  }

  // The release checks: answers that say nothing is new.
  for (const source of sources) {
    const check = source.release_check
    if (isEesCheck(check)) {
      const sameRelease = sources.find(
        (s) => isEesCheck(s.release_check) && s.release_check.publication === check.publication && s.release_check.update === 'auto',
      )
      const slug = isEesCheck(sameRelease?.release_check) ? sameRelease.release_check.release : check.release
      routes.set(
        key(`${DEFAULT_EES_API}/publications/${check.publication}/releases/latest`),
        json({ id: `mirror-latest-${slug}`, slug, title: `Release ${slug}`, published: '2000-01-01T00:00:00' }),
      )
    } else if (check?.method === 'ons-dataset') {
      routes.set(key(`${ONS_SITE}${check.dataset}/data`), json({ datasets: [{ uri: `${check.dataset}/${check.edition}` }] }))
    } else if (check?.method === 'github') {
      routes.set(
        key(`${GITHUB_API}/repos/${check.repository}/commits?path=${encodeURIComponent(check.path)}&per_page=1`),
        json([{ sha: check.commit, commit: { committer: { date: '2000-01-01T00:00:00Z' } } }]),
      )
    } else if (check?.method === 'govuk') {
      routes.set(key(`${GOVUK_CONTENT_API}${check.path}`), json({ public_updated_at: check.updated ?? '2000-01-01T00:00:00Z' }))
    } else if (check?.method === 'web-page') {
      const links = (check.links ?? [`${check.url}/data.csv`]).map((l) => `<a href="${l}">file</a>`).join('\n')
      routes.set(key(check.url), () => ({ type: 'text/html', body: `<!doctype html><title>page</title>${links}` }))
    }
  }

  const requests: string[] = []
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').slice(1)
    requests.push(path)
    const answer = routes.get(path)
    if (!answer) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not in the mirror: ${path}\n`)
      return
    }
    const { type, body } = answer()
    res.writeHead(200, { 'content-type': type, 'content-length': Buffer.byteLength(body) }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    unservable,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
