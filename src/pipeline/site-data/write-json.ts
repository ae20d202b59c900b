import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

/** Six decimals: far beyond any figure's precision, and the same data always gives the same bytes. */
function roundFloats(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1e6) / 1e6 : value
}

export function writeJson(path: string, data: unknown): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, `${JSON.stringify(data, roundFloats, 1)}\n`)
}

export function writeText(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, text)
}
