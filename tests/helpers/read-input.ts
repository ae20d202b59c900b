import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadGeography, type Geography } from '../../src/pipeline/geography/areas.ts'
import type { ReadInput } from '../../src/pipeline/read/adapter.ts'
import { SourceDataError } from '../../src/pipeline/errors.ts'

let geography: Geography | undefined
/** The project's real geography tables (153 LAs, 9 regions, code changes). */
export function realGeography(): Geography {
  geography ??= loadGeography()
  return geography
}

export function fixture(name: string): string {
  return join('tests/fixtures', name)
}

export function inputFor(path: string, sourceId = 'test-source'): ReadInput {
  return { sourceId, path, displayName: path, geography: realGeography() }
}

/** Write text (or bytes) to a new temporary file and return its path. */
export function tempFile(name: string, content: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'dashboard-test-'))
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

/** The SourceDataError a read throws (any other outcome fails the test). */
export function sourceDataError(fn: () => unknown): SourceDataError {
  try {
    fn()
  } catch (e) {
    if (e instanceof SourceDataError) return e
    throw e
  }
  throw new Error('expected a SourceDataError')
}
