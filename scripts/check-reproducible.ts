// ./dashboard check-reproducible: builds the site twice from the same inputs and compares the two
// dist/ folders byte for byte, except dist/build-info/ (the declared build record: time of the build
// and changes since the previous one). The first build starts from nothing and reads no cache
// (DASHBOARD_NO_CACHE=1); the second starts from the site built before it and reads the caches
// (the site data and charts the first one kept), as everyday builds do: so the caches cannot
// change a byte.
// Exits non-zero and lists the files that differ.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { join, relative } from 'node:path'

const FIRST = '.build/reproducible-first'
const EXCLUDED = 'build-info'

function build(env: NodeJS.ProcessEnv = {}): void {
  const r = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

function digests(root: string): Map<string, string> {
  const out = new Map<string, string>()
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      const rel = relative(root, path)
      if (rel === EXCLUDED) continue
      if (entry.isDirectory()) walk(path)
      else out.set(rel, createHash('sha256').update(readFileSync(path)).digest('hex'))
    }
  }
  walk(root)
  return out
}

const started = performance.now()
process.stderr.write('First build, from nothing and without the caches (DASHBOARD_NO_CACHE=1)...\n')
build({ DASHBOARD_NO_CACHE: '1' })
rmSync(FIRST, { recursive: true, force: true })
renameSync('dist', FIRST)
process.stderr.write('Second build, from the earlier site and with the caches...\n')
build()
const a = digests(FIRST)
const b = digests('dist')
const differ = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort()
rmSync(FIRST, { recursive: true, force: true })
process.stderr.write(`Both builds and the comparison took ${((performance.now() - started) / 1000).toFixed(0)} s.\n`)
if (differ.length > 0) {
  process.stderr.write(
    `${differ.length} of ${b.size} files differ between two builds from the same inputs:\n${differ
      .slice(0, 50)
      .map((f) => `  ${f}`)
      .join('\n')}\n`,
  )
  process.exit(1)
}
process.stdout.write(`Reproducible: two builds gave ${b.size} byte-identical files (dist/${EXCLUDED}/ excepted).\n`)
