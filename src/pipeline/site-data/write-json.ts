import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

/**
 * A copy with floats at six decimals: far beyond any figure's precision, and the same data always
 * gives the same bytes. (A copy made first and serialised natively is several times faster than
 * JSON.stringify's replacer callback, which the site data's 200 MB would pay per value.)
 */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? value : Math.round(value * 1e6) / 1e6
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map(rounded)
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return value
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value)) out[key] = rounded((value as Record<string, unknown>)[key])
  return out
}

/**
 * Site data for the pages, compact (read back by every page-building process, so bytes and parsing
 * time count); `pretty` for files people download and read.
 */
export function writeJson(path: string, data: unknown, { pretty = false }: { pretty?: boolean } = {}): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, `${JSON.stringify(rounded(data), null, pretty ? 1 : undefined)}\n`)
}

export function writeText(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, text)
}
