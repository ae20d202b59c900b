// ./dashboard data-release --dry-run: every derived source (an extract or table with no public
// download of its own) has an asset in the project's data release, and each asset would be
// uploaded from a copy with the registered checksum.
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { loadRegistry } from '../../src/pipeline/sources/registry.ts'

describe('the data release', () => {
  it('holds every derived source, each from a verified copy', () => {
    const r = spawnSync(process.execPath, ['scripts/data-release.ts', '--dry-run'], {
      encoding: 'utf8',
      env: { ...process.env, DASHBOARD_OFFLINE: '1' },
    })
    expect(r.status, r.stderr).toBe(0)
    const sources = loadRegistry()
    const inRelease = sources.filter((s) => s.downloads.some((d) => d.url.startsWith('https://github.com/{repository}/releases/download/')))
    const derived = sources.filter((s) => s.kind === 'derived')
    expect(inRelease.map((s) => s.id)).toEqual(derived.map((s) => s.id))
    expect(derived.length).toBeGreaterThanOrEqual(22)
    for (const s of inRelease) expect(r.stdout).toContain(`source-extracts-v1/${s.file}  sha256 ${s.sha256}`)
    expect(r.stderr).toContain(`${derived.length} assets checked; nothing uploaded (--dry-run).`)
  })
})
