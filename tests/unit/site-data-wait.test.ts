// The build starts Astro before the pipeline has written the site data: the pages' first read of
// the site data waits for the build's ready file (SITE_DATA_READY), and only then reads it.
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

describe('reading site data that the pipeline is still writing', () => {
  it('waits for the ready file, then reads what is there by then', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-data-wait-'))
    const ready = join(dir, 'ready')
    const child = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { siteIndex } from ${JSON.stringify(resolve('src/site/site-data.ts'))}; console.log(siteIndex().areas.length)`,
      ],
      { env: { ...process.env, SITE_DATA_DIR: dir, SITE_DATA_READY: ready }, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    const exited = new Promise<number | null>((done) => child.on('close', done))
    // The index is written after the reader started: had it read at once, it would have failed.
    await new Promise((r) => setTimeout(r, 500))
    expect(child.exitCode).toBeNull()
    writeFileSync(join(dir, 'index.json'), JSON.stringify({ areas: [{}, {}, {}], metrics: [], sources: [] }))
    writeFileSync(ready, '')
    expect(await exited).toBe(0)
    expect(out.trim()).toBe('3')
  })
})
