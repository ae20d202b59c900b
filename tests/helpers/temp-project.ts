// A throwaway copy of the project (sharing node_modules) with its own mirror folder, for tests that
// run the real build command against changed inputs without touching this checkout.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { spawn, spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { sha256Bytes } from '../../src/pipeline/sources/checksum.ts'
import { mirrorsFromEnv } from '../../src/pipeline/sources/fetch.ts'
import { loadRegistry } from '../../src/pipeline/sources/registry.ts'
import type { Source } from '../../src/contract/schemas.ts'

const PROJECT_FILES = [
  'src',
  'scripts',
  'data/sources.json',
  'data/geography',
  'public',
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
]

export interface TempProject {
  root: string
  mirror: string
  sources: Source[]
  /** Replace a source file in this project's mirror; optionally register its new checksum. */
  replaceSource(id: string, change: (text: string) => string, options?: { updateChecksum: boolean }): void
  run(script: string, env?: Record<string, string>): { status: number | null; stdout: string; stderr: string }
  /** The same without blocking this process, for scripts that talk to a server the test runs (undefined unsets a variable). */
  runAsync(
    script: string,
    args?: string[],
    env?: Record<string, string | undefined>,
  ): Promise<{ status: number | null; stdout: string; stderr: string }>
}

export function tempProject(): TempProject {
  const root = mkdtempSync(join(tmpdir(), 'dashboard-project-'))
  for (const p of PROJECT_FILES) cpSync(p, join(root, p), { recursive: true })
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'))
  const realMirror = mirrorsFromEnv()[0]!
  const mirror = join(root, 'mirror')
  const sources = loadRegistry()
  // The mirror links to the real published files, so that only a replaced file differs. Two
  // entries of the registry can read the same file (each for its own rows): one link serves both.
  for (const s of sources) {
    const target = join(mirror, s.mirror_path)
    mkdirSync(dirname(target), { recursive: true })
    if (!existsSync(target)) symlinkSync(join(realMirror, s.mirror_path), target)
  }
  const project: TempProject = {
    root,
    mirror,
    sources,
    replaceSource(id, change, options = { updateChecksum: false }) {
      const source = sources.find((s) => s.id === id)!
      const target = join(mirror, source.mirror_path)
      const bytes = Buffer.from(change(readFileSync(target, 'utf8')))
      rmSync(target) // the link, not the real file
      writeFileSync(target, bytes)
      if (options.updateChecksum) {
        const registryPath = join(root, 'data/sources.json')
        const registry = JSON.parse(readFileSync(registryPath, 'utf8')) as { sources: Source[] }
        const entry = registry.sources.find((s) => s.id === id)!
        entry.sha256 = sha256Bytes(bytes)
        entry.bytes = bytes.length
        writeFileSync(registryPath, JSON.stringify(registry, null, 2))
      }
    },
    run(script, env = {}) {
      const r = spawnSync(process.execPath, [script], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, EES_MIRROR: mirror, DASHBOARD_OFFLINE: '1', ...env },
      })
      return { status: r.status, stdout: r.stdout, stderr: r.stderr }
    },
    runAsync(script, args = [], env = {}) {
      return new Promise((resolve) => {
        const merged: Record<string, string | undefined> = { ...process.env, EES_MIRROR: mirror, DASHBOARD_OFFLINE: '1', ...env }
        const child = spawn(process.execPath, [script, ...args], {
          cwd: root,
          env: Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined)),
        })
        let stdout = ''
        let stderr = ''
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
        child.on('close', (status) => resolve({ status, stdout, stderr }))
      })
    },
  }
  return project
}
