// The build starts Astro before the pipeline has written the site data: each read of a site data
// file waits until the pipeline has written that file (whole), or until the build's ready file
// (SITE_DATA_READY) says the site data is complete, after which a file not there is missing.
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/** A process that reads the site data in `dir` as a page would, printing what `expression` gives. */
function reader(dir: string, ready: string, expression: string) {
  const child = spawn(
    process.execPath,
    ['--input-type=module', '-e', `import * as data from ${JSON.stringify(resolve('src/site/site-data.ts'))}; console.log(${expression})`],
    { env: { ...process.env, SITE_DATA_DIR: dir, SITE_DATA_READY: ready }, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let out = ''
  let err = ''
  child.stdout.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr.on('data', (d: Buffer) => (err += d.toString()))
  const exited = new Promise<number | null>((done) => child.on('close', done))
  return { child, result: exited.then((code) => ({ code, out: out.trim(), err })) }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('reading site data that the pipeline is still writing', () => {
  it('reads a file as soon as it is written, before the site data is complete', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-data-wait-'))
    const { child, result } = reader(dir, join(dir, 'ready'), 'data.siteIndex().areas.length')
    // Written after the reader started: had it read at once, it would have failed.
    await pause(500)
    expect(child.exitCode).toBeNull()
    writeFileSync(join(dir, 'index.json'), JSON.stringify({ areas: [{}, {}, {}], metrics: [], sources: [] }))
    // No ready file: the reader has what it needs.
    expect(await result).toMatchObject({ code: 0, out: '3' })
  })

  it('waits for the ready file before calling a file missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-data-wait-'))
    const ready = join(dir, 'ready')
    const { child, result } = reader(dir, ready, 'data.health()')
    await pause(500)
    expect(child.exitCode).toBeNull()
    writeFileSync(ready, '')
    const { code, err } = await result
    expect(code).not.toBe(0)
    expect(err).toMatch(/ENOENT.*health\.json/)
  })
})

describe("letting go of an area's site data", () => {
  it('reads the area again once it has been let go of (an embed worker done with it)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-data-wait-'))
    mkdirSync(join(dir, 'areas'))
    const file = join(dir, 'areas', 'E08000035.json')
    writeFileSync(file, JSON.stringify({ code: 'E08000035', metrics: { a: {} } }))
    // Read, the file replaced, read again (the copy kept), let go of, read once more (the new file).
    const expression = [
      'Object.keys(data.areaData("E08000035").metrics)',
      `(await import("node:fs")).writeFileSync(${JSON.stringify(file)}, JSON.stringify({ code: "E08000035", metrics: { b: {} } }))`,
      'Object.keys(data.areaData("E08000035").metrics)',
      'data.forgetAreaData("E08000035")',
      'Object.keys(data.areaData("E08000035").metrics)',
    ]
    const { result } = reader(dir, join(dir, 'ready'), `JSON.stringify([${expression.join(', ')}])`)
    const { code, out } = await result
    expect(code).toBe(0)
    expect(JSON.parse(out)).toEqual([['a'], null, ['a'], null, ['b']])
  })
})
