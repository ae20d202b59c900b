import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

/**
 * Rounds the floats in `value` to six decimals, in place: far beyond any figure's precision, and
 * the same data always gives the same bytes. In place, because a rounded copy of the site data's
 * 200 MB cost more than serialising it (and JSON.stringify's replacer callback, called per value,
 * more still). Rounding twice gives the same number, so objects shared between files (a value in
 * its metric's file and in its area's) may be rounded again.
 */
function roundFloats(value: object): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const x: unknown = value[i]
      if (typeof x === 'number') {
        if (!Number.isInteger(x)) value[i] = Math.round(x * 1e6) / 1e6
      } else if (x !== null && typeof x === 'object') roundFloats(x)
    }
    return
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) {
    const x = record[key]
    if (typeof x === 'number') {
      if (!Number.isInteger(x)) record[key] = Math.round(x * 1e6) / 1e6
    } else if (x !== null && typeof x === 'object') roundFloats(x)
  }
}

/**
 * Site data for the pages, compact (read back by every page-building process, so bytes and parsing
 * time count); `pretty` for files people download and read, with a newline at the end. The data's
 * floats are rounded in place first (see roundFloats): the pipeline writes its results last.
 */
export function writeJson(path: string, data: unknown, { pretty = false }: { pretty?: boolean } = {}): void {
  if (data !== null && typeof data === 'object') roundFloats(data)
  // The compact files end without a newline: the string JSON.stringify returns is written as it is,
  // where one joined to a newline would first be copied whole (200 MB in all).
  writeText(path, pretty ? `${JSON.stringify(data, null, 1)}\n` : JSON.stringify(data))
}

/**
 * Pages read each file as soon as it appears, while the pipeline writes the rest
 * (src/site/site-data.ts): a file is written under another name and renamed, so that it appears
 * whole.
 */
export function writeText(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true })
  const partial = `${path}.partial`
  writeFileSync(partial, text)
  renameSync(partial, path)
}
