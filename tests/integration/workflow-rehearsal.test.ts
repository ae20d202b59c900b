// The rebuild workflow as it will really run, short of GitHub's own actions: its steps in order,
// with their conditions, from a fresh clone with no mirror and an empty cache, every download
// answered from the mirror by a local server. --fast builds the site data instead of the pages
// and skips ./dashboard test (this suite cannot run itself); ./dashboard rehearse without it runs
// every step in full.
import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'

function rehearse(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/rehearse.ts', ...args], { env: { ...process.env, DASHBOARD_OFFLINE: '' } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('close', (status) => resolve({ status, stdout, stderr }))
  })
}

describe('the rebuild workflow, rehearsed from a fresh clone', () => {
  it('checks, builds, (tests), commits the registry and pushes, in that order', { timeout: 300_000 }, async () => {
    const r = await rehearse(['--fast', '--link-modules', '--event', 'schedule'])
    expect(r.status, r.stderr.slice(-3000)).toBe(0)
    const result = JSON.parse(r.stdout.trim().split('\n').pop()!) as { steps: string[]; lastCommit: string; requests: number }
    console.log(`rehearsal: ${result.steps.length} steps; ${result.requests} requests to the local server; pushed "${result.lastCommit}"`)
    expect(result.steps.map((s) => s.split('\n')[0])).toEqual([
      'uses actions/checkout@v4',
      'uses actions/cache@v4',
      './dashboard check-releases --update',
      './dashboard build-data',
      'skipped ./dashboard test',
      "git config user.name 'dashboard-bot'",
      'skipped ./dashboard build && ./dashboard check-site',
      'skipped ./dashboard check-site-size',
      'uses actions/upload-pages-artifact@v3',
    ])
    // The check recorded something new (a first value), so the registry was committed and pushed.
    expect(result.lastCommit).toBe('Sources: newer files and first checksums (automatic release check)')
    expect(r.stderr).toMatch(/\d+ sources to read: (\d+) downloaded by URL, 0 from the mirror, 0 already cached/)
  })
})
