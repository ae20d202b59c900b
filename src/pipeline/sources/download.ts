// HTTP downloads of sources and release checks: a file, a member of a ZIP (EES serves a release as
// one ZIP of all its files), or JSON from a publisher's API. Every request goes through
// networkUrl, so that DASHBOARD_URL_REWRITE can send all of them to a local server (the
// from-nothing test and ./dashboard rehearse serve the registered URLs from a mirror).
import { execFileSync } from 'node:child_process'
import { unzipSync } from 'fflate'

export type ProgressFn = (received: number, total: number | undefined) => void

/** Publishers' servers refuse some clients without a user agent (the ONS website among them). */
const USER_AGENT = 'send-ap-inclusion-dashboard (scheduled rebuild of a public statistics site)'

/**
 * The address actually requested for url. With DASHBOARD_URL_REWRITE=http://127.0.0.1:PORT,
 * https://host/path?q becomes http://127.0.0.1:PORT/host/path?q: one local server can then answer
 * for every publisher, each keeping its own host and path. Addresses already on this machine are
 * left alone.
 */
export function networkUrl(url: string, env: NodeJS.ProcessEnv = process.env): string {
  const base = env.DASHBOARD_URL_REWRITE
  if (!base) return url
  const u = new URL(url)
  if (u.hostname === '127.0.0.1' || u.hostname === 'localhost') return url
  return `${base.replace(/\/$/, '')}/${u.host}${u.pathname}${u.search}`
}

let repositoryFromGit: string | null | undefined

/**
 * This project's GitHub repository (owner/name), home of its data release: DASHBOARD_DATA_REPOSITORY,
 * else GITHUB_REPOSITORY (set on GitHub Actions), else the github.com address of the git remote
 * "origin". null when none is known.
 */
export function dataRepository(env: NodeJS.ProcessEnv = process.env): string | null {
  const named = env.DASHBOARD_DATA_REPOSITORY || env.GITHUB_REPOSITORY
  if (named) return named
  if (repositoryFromGit === undefined) {
    try {
      const origin = execFileSync('git', ['remote', 'get-url', 'origin'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
      repositoryFromGit = /github\.com[:/]([^/]+\/[^/]+?)(?:\.git)?$/.exec(origin)?.[1] ?? null
    } catch {
      repositoryFromGit = null
    }
  }
  return repositoryFromGit
}

/** A registered URL with "{repository}" filled in; throws when no repository is known. */
export function expandUrl(url: string, env: NodeJS.ProcessEnv = process.env): string {
  if (!url.includes('{repository}')) return url
  const repository = dataRepository(env)
  if (!repository)
    throw new Error(
      "this project's GitHub repository is not known (set DASHBOARD_DATA_REPOSITORY=owner/name, or clone from GitHub so that the git remote origin names it)",
    )
  return url.replaceAll('{repository}', repository)
}

async function request(url: string, timeoutMs: number, headers: Record<string, string> = {}): Promise<Response> {
  const response = await fetch(networkUrl(url), {
    signal: AbortSignal.timeout(timeoutMs),
    redirect: 'follow',
    headers: { 'user-agent': USER_AGENT, ...headers },
  })
  if (!response.ok || !response.body) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim())
  return response
}

export async function downloadBytes(url: string, onProgress?: ProgressFn, timeoutMs = 300_000): Promise<Uint8Array> {
  const response = await request(url, timeoutMs)
  const total = Number(response.headers.get('content-length')) || undefined
  const chunks: Uint8Array[] = []
  let received = 0
  for await (const chunk of response.body!) {
    chunks.push(chunk)
    received += chunk.byteLength
    onProgress?.(received, total)
  }
  return Buffer.concat(chunks)
}

export async function downloadText(url: string, timeoutMs = 60_000): Promise<string> {
  return (await request(url, timeoutMs)).text()
}

export async function downloadJson(url: string, headers: Record<string, string> = {}, timeoutMs = 60_000): Promise<unknown> {
  const response = await request(url, timeoutMs, { accept: 'application/json', ...headers })
  try {
    return await response.json()
  } catch (e) {
    throw new Error(`the answer is not JSON (${(e as Error).message})`, { cause: e })
  }
}

/**
 * The all-files ZIP of an EES release named by its content API address
 * (.../api/publications/<publication>/releases/<release>): the API gives the release's id.
 */
export async function eesReleaseFilesUrl(releaseUrl: string): Promise<string> {
  const api = /^(.*\/api)\/publications\/[^/]+\/releases\/[^/]+$/.exec(releaseUrl)?.[1]
  if (!api) throw new Error(`${releaseUrl} is not an EES content API release address (.../api/publications/<p>/releases/<r>)`)
  const body = (await downloadJson(releaseUrl)) as { id?: unknown }
  if (typeof body.id !== 'string' || body.id === '') throw new Error(`${releaseUrl}: the answer has no release "id"`)
  return `${api}/releases/${body.id}/files`
}

export function extractZipMember(zip: Uint8Array, member: string): Uint8Array {
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(zip, { filter: (f) => f.name === member })
  } catch (e) {
    throw new Error(`not a readable ZIP (${(e as Error).message})`, { cause: e })
  }
  const bytes = files[member]
  if (!bytes) throw new Error(`the ZIP has no member "${member}"`)
  return bytes
}

/** Remembers downloaded ZIPs for the length of one fetch run. */
export class ZipCache {
  private readonly zips = new Map<string, Promise<Uint8Array>>()
  get(url: string, onProgress?: ProgressFn): Promise<Uint8Array> {
    let p = this.zips.get(url)
    if (!p) {
      p = downloadBytes(url, onProgress)
      this.zips.set(url, p)
      p.catch(() => this.zips.delete(url))
    }
    return p
  }
}
