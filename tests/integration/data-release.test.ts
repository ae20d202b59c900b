// ./dashboard data-release --dry-run: every download that points at the project's data release is
// found, and each asset would be uploaded from a copy with the registered checksum.
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { loadRegistry } from '../../src/pipeline/sources/registry.ts'

describe('the data release', () => {
  it('holds every extract without a public download, each from a verified copy', () => {
    const r = spawnSync(process.execPath, ['scripts/data-release.ts', '--dry-run'], {
      encoding: 'utf8',
      env: { ...process.env, DASHBOARD_OFFLINE: '1' },
    })
    expect(r.status, r.stderr).toBe(0)
    const inRelease = loadRegistry().filter((s) =>
      s.downloads.some((d) => d.url.startsWith('https://github.com/{repository}/releases/download/')),
    )
    expect(inRelease.map((s) => s.id)).toEqual(['d2i-exclusions-by-sen', 'd2i-absence-by-sen', 'lait-send'])
    for (const s of inRelease) expect(r.stdout).toContain(`source-extracts-v1/${s.file}  sha256 ${s.sha256}`)
    expect(r.stderr).toContain('3 assets checked; nothing uploaded (--dry-run).')
  })
})
