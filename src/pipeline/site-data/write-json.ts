import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

/** Written with a fixed layout so that the same data always gives the same bytes. */
export function writeJson(path: string, data: unknown): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, `${JSON.stringify(data, null, 1)}\n`)
}

export function writeText(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, text)
}
