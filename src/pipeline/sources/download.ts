// HTTP download of a source: either the file itself or a member of a ZIP (EES serves a release as
// one ZIP of all its files). A ZIP is downloaded once per run even when several sources use it.
import { unzipSync } from 'fflate'

export type ProgressFn = (received: number, total: number | undefined) => void

export async function downloadBytes(url: string, onProgress?: ProgressFn, timeoutMs = 300_000): Promise<Uint8Array> {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' })
  if (!response.ok || !response.body) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim())
  const total = Number(response.headers.get('content-length')) || undefined
  const chunks: Uint8Array[] = []
  let received = 0
  for await (const chunk of response.body) {
    chunks.push(chunk)
    received += chunk.byteLength
    onProgress?.(received, total)
  }
  return Buffer.concat(chunks)
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
