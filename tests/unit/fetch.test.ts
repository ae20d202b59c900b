import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FetchError } from '../../src/pipeline/errors.ts'
import { sha256Bytes } from '../../src/pipeline/sources/checksum.ts'
import { expandUrl, networkUrl } from '../../src/pipeline/sources/download.ts'
import { fetchRecord, refreshByHandMarkdown } from '../../src/pipeline/sources/fetch-record.ts'
import { cachePath, fetchAll, fetchSource, mirrorsFromEnv } from '../../src/pipeline/sources/fetch.ts'
import { loadRegistry, parseRegistry } from '../../src/pipeline/sources/registry.ts'
import type { Source } from '../../src/contract/schemas.ts'

const content = 'time_period,value\n2024,1\n'
const sha = sha256Bytes(strToU8(content))

function source(over: Partial<Source> = {}): Source {
  return {
    id: 'demo',
    title: 'Demo',
    kind: 'raw',
    format: 'ees-csv',
    publisher: 'DfE',
    publication: 'Demo',
    release: '2025',
    period: '2024',
    official_page: 'https://example.org/',
    file: 'demo.csv',
    mirror_path: 'pub/demo.csv',
    downloads: [],
    sha256: sha,
    bytes: content.length,
    licence: 'OGL',
    notes: '',
    ...over,
  }
}

function dirs() {
  const root = mkdtempSync(join(tmpdir(), 'fetch-test-'))
  const cacheDir = join(root, 'raw')
  const mirror = join(root, 'mirror')
  mkdirSync(join(mirror, 'pub'), { recursive: true })
  return { root, cacheDir, mirror }
}

const quiet = { log: () => {} }
let server: Server
let base: string
const requests: string[] = []

beforeAll(async () => {
  const zip = zipSync({ 'data/demo.csv': strToU8(content), 'data/other.csv': strToU8('x\n') })
  server = createServer((req, res) => {
    requests.push(req.url ?? '')
    if (req.url === '/demo.csv') res.end(content)
    else if (req.url === '/release.zip') res.end(Buffer.from(zip))
    else if (req.url === '/api/publications/pub/releases/2022') res.end(JSON.stringify({ id: 'rv-2022', slug: '2022' }))
    else if (req.url === '/api/releases/rv-2022/files') res.end(Buffer.from(zip))
    else if (req.url === '/proxied/example.org/owner/repo/demo.csv') res.end(content)
    else if (req.url === '/revised.csv') res.end(`${content}2025,2\n`)
    else {
      res.statusCode = 404
      res.end('not found')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('fetch', () => {
  it('copies from the mirror, then uses the cache', async () => {
    const { cacheDir, mirror } = dirs()
    writeFileSync(join(mirror, 'pub/demo.csv'), content)
    const first = await fetchSource(source(), { cacheDir, mirrors: [mirror], ...quiet })
    expect(first.origin).toBe('mirror')
    expect(readFileSync(cachePath(cacheDir, source()), 'utf8')).toBe(content)
    const second = await fetchSource(source(), { cacheDir, mirrors: [mirror], ...quiet })
    expect(second.origin).toBe('cache')
  })

  it('replaces a cached copy whose checksum is wrong', async () => {
    const { cacheDir, mirror } = dirs()
    writeFileSync(join(mirror, 'pub/demo.csv'), content)
    mkdirSync(join(cacheDir, 'demo'), { recursive: true })
    writeFileSync(cachePath(cacheDir, source()), 'stale')
    expect((await fetchSource(source(), { cacheDir, mirrors: [mirror], ...quiet })).origin).toBe('mirror')
    expect(readFileSync(cachePath(cacheDir, source()), 'utf8')).toBe(content)
  })

  it('refuses a mirror file with the wrong checksum, says where it looked, and leaves nothing behind', async () => {
    const { cacheDir, mirror } = dirs()
    writeFileSync(join(mirror, 'pub/demo.csv'), `${content}tampered\n`)
    const error = await fetchSource(source(), { cacheDir, mirrors: [mirror], download: false, ...quiet }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FetchError)
    const message = (error as FetchError).message
    expect(message).toContain('Could not obtain source "demo"')
    expect(message).toContain(`mirror ${join(mirror, 'pub/demo.csv')}: sha256`)
    expect(message).toContain(`does not match the registered ${sha}`)
    expect(message).toContain('What to do')
    expect(existsSync(cachePath(cacheDir, source()))).toBe(false)
    expect(readdirSync(join(cacheDir, 'demo'))).toEqual([])
  })

  it('downloads a file, or a member of a release ZIP (fetched once for several sources)', async () => {
    const { cacheDir } = dirs()
    const direct = source({
      id: 'direct',
      downloads: [
        { url: `${base}/missing.csv`, note: '' },
        { url: `${base}/demo.csv`, note: '' },
      ],
    })
    const zipped = (id: string) => source({ id, downloads: [{ url: `${base}/release.zip`, zip_path: 'data/demo.csv', note: '' }] })
    requests.length = 0
    const { fetched: results } = await fetchAll([direct, zipped('zip-a'), zipped('zip-b')], { cacheDir, mirrors: [], ...quiet })
    expect(results.map((r) => r.origin)).toEqual(['download', 'download', 'download'])
    expect(readFileSync(cachePath(cacheDir, zipped('zip-b')), 'utf8')).toBe(content)
    expect(requests.filter((u) => u === '/release.zip')).toHaveLength(1)
  })

  it('refuses a download that the publisher has revised, naming the URL', async () => {
    const { cacheDir } = dirs()
    const revised = source({
      downloads: [
        { url: `${base}/revised.csv`, note: '' },
        { url: `${base}/release.zip`, zip_path: 'data/gone.csv', note: '' },
      ],
    })
    const message = await fetchSource(revised, { cacheDir, mirrors: [], ...quiet }).then(
      () => '',
      (e: Error) => e.message,
    )
    expect(message).toContain(`download ${base}/revised.csv: sha256`)
    expect(message).toContain('the publisher may have revised the file')
    expect(message).toContain('the ZIP has no member "data/gone.csv"')
  })

  it('finds an EES release by its slugs, then takes the file from its all-files ZIP', async () => {
    const { cacheDir } = dirs()
    const release = source({
      downloads: [{ url: `${base}/api/publications/pub/releases/2022`, resolve: 'ees-release', zip_path: 'data/demo.csv', note: '' }],
    })
    requests.length = 0
    expect(await fetchSource(release, { cacheDir, mirrors: [], ...quiet })).toMatchObject({ origin: 'download' })
    expect(requests).toEqual(['/api/publications/pub/releases/2022', '/api/releases/rv-2022/files'])
  })

  it("fills in this project's repository and sends every request to the address DASHBOARD_URL_REWRITE names", async () => {
    const { cacheDir } = dirs()
    const saved = { ...process.env }
    process.env.DASHBOARD_URL_REWRITE = `${base}/proxied`
    process.env.DASHBOARD_DATA_REPOSITORY = 'owner/repo'
    try {
      const remote = source({ downloads: [{ url: 'https://example.org/{repository}/demo.csv', note: '' }] })
      expect(await fetchSource(remote, { cacheDir, mirrors: [], ...quiet })).toMatchObject({ origin: 'download' })
      expect(networkUrl('https://www.ons.gov.uk/file?uri=/a/b.xlsx')).toBe(`${base}/proxied/www.ons.gov.uk/file?uri=/a/b.xlsx`)
      expect(networkUrl(`${base}/demo.csv`)).toBe(`${base}/demo.csv`)
    } finally {
      process.env = saved
    }
    expect(() => expandUrl('https://github.com/{repository}/x', { DASHBOARD_DATA_REPOSITORY: 'a/b' })).not.toThrow()
    expect(expandUrl('https://github.com/{repository}/x', { GITHUB_REPOSITORY: 'c/d' })).toBe('https://github.com/c/d/x')
  })

  it('reads a fallback only when its preferred source cannot be obtained, and says why', async () => {
    const { cacheDir, mirror } = dirs()
    writeFileSync(join(mirror, 'pub/demo.csv'), content)
    const extract = source({ id: 'extract' })
    const unpinned = source({ id: 'official', sha256: null, bytes: null, fallback: { source: 'extract', reason: 'Not yet.' } })
    const first = await fetchAll([extract, unpinned], { cacheDir, mirrors: [mirror], ...quiet })
    expect(first.fetched.map((f) => f.source.id)).toEqual(['extract'])
    expect(first.fellBack).toEqual([{ source: unpinned, fallback: 'extract', why: expect.stringContaining('no verified checksum yet') }])
    expect(fetchRecord([extract, unpinned], first).map((r) => [r.id, r.status])).toEqual([
      ['extract', 'used'],
      ['official', 'fell_back'],
    ])
    const pinned = source({ id: 'official', mirror_path: 'pub/demo.csv', fallback: { source: 'extract', reason: 'Not yet.' } })
    const second = await fetchAll([extract, pinned], { cacheDir, mirrors: [mirror], ...quiet })
    expect(second.fetched.map((f) => f.source.id)).toEqual(['official'])
    expect(second.fellBack).toEqual([])
    expect(fetchRecord([extract, pinned], second).map((r) => [r.id, r.status])).toEqual([
      ['extract', 'not_needed'],
      ['official', 'used'],
    ])
  })

  it('names every source it could not obtain, not only the first', async () => {
    const { cacheDir } = dirs()
    const error = await fetchAll([source({ id: 'one' }), source({ id: 'two' })], {
      cacheDir,
      mirrors: [],
      download: false,
      ...quiet,
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FetchError)
    expect((error as Error).message).toMatch(/^2 of 2 sources could not be obtained \(one, two\)/)
  })

  it('reads mirror folders from EES_MIRROR', () => {
    expect(mirrorsFromEnv({ EES_MIRROR: '/a:/b' })).toEqual(['/a', '/b'])
    expect(mirrorsFromEnv({})[0]).toMatch(/shared\/ees$/)
  })
})

describe('registry', () => {
  it('loads the project registry: every source has a checksum, a mirror path and a licence', async () => {
    const sources = parseRegistry(readFileSync('data/sources.json', 'utf8'), 'data/sources.json')
    expect(sources.length).toBeGreaterThanOrEqual(19)
    const derived = sources.filter((s) => s.kind === 'derived').map((s) => s.id)
    expect(derived.slice(0, 3)).toEqual(['d2i-exclusions-by-sen', 'd2i-absence-by-sen', 'lait-send'])
    // The rest: tables DfE's SEND and AP Inclusion Dashboard prepared, its CSV export of Ofsted's inspection sheet, and D2I's inspection table and Ofsted lookup.
    const prepared = sources.filter((s) => s.official_page.includes('SEND-AP-Inclusion-Dashboard')).map((s) => s.id)
    expect(prepared).toHaveLength(24)
    expect(new Set(derived.slice(3))).toEqual(
      new Set([...prepared, 'ofsted-area-send-2023-framework', 'd2i-area-send-inspections-2023-framework', 'd2i-ofsted-providers']),
    )
  })
  it('gives every source a download, and every derived one the data release first', () => {
    const sources = loadRegistry()
    expect(sources.filter((s) => s.downloads.length === 0).map((s) => s.id)).toEqual([])
    const release = /^https:\/\/github\.com\/\{repository\}\/releases\/download\/source-extracts-v1\//
    expect(sources.filter((s) => s.kind === 'derived' && !release.test(s.downloads[0]!.url)).map((s) => s.id)).toEqual([])
    // Raw files are never only in the data release: each has the publisher's download or a pinned public copy.
    expect(sources.filter((s) => s.kind === 'raw' && s.downloads.every((d) => release.test(d.url))).map((s) => s.id)).toEqual([])
  })
  it('refuses a registry with a malformed entry, naming it', () => {
    const bad = JSON.stringify({ sources: [{ ...source(), sha256: 'abc' }] })
    expect(() => parseRegistry(bad, 'sources.json')).toThrow('sources.json: sources[0] (demo).sha256: 64 lower-case hex digits')
    const twice = JSON.stringify({ sources: [source(), source()] })
    expect(() => parseRegistry(twice, 'sources.json')).toThrow(/duplicate id/)
  })
  it('refuses two sources that download the same whole file but expect different bytes', () => {
    const url = 'https://github.com/{repository}/releases/download/source-extracts-v1/demo.csv'
    const clash = [
      source({ id: 'one', downloads: [{ url, note: '' }] }),
      source({ id: 'two', sha256: 'b'.repeat(64), downloads: [{ url, note: '' }] }),
    ]
    expect(() => parseRegistry(JSON.stringify({ sources: clash }), 'f')).toThrow(`f: two and one download the same file ${url}`)
    // Members of one ZIP are different files.
    const zip = (id: string, member: string) =>
      source({ id, downloads: [{ url: 'https://example.org/all.zip', zip_path: member, note: '' }] })
    expect(
      parseRegistry(JSON.stringify({ sources: [zip('one', 'a.csv'), { ...zip('two', 'b.csv'), sha256: 'b'.repeat(64) }] }), 'f'),
    ).toHaveLength(2)
  })
  it('allows a missing checksum only on a source with a fallback, which must be registered', () => {
    const unpinned = { ...source({ id: 'official' }), sha256: null, bytes: null }
    expect(() => parseRegistry(JSON.stringify({ sources: [unpinned] }), 'f')).toThrow(
      '"sha256" may be null only for a source with a "fallback"',
    )
    const orphan = { ...unpinned, fallback: { source: 'nowhere', reason: 'Not yet.' } }
    expect(() => parseRegistry(JSON.stringify({ sources: [orphan] }), 'f')).toThrow('"fallback" names nowhere')
    expect(
      parseRegistry(JSON.stringify({ sources: [source(), { ...orphan, fallback: { source: 'demo', reason: 'Not yet.' } }] }), 'f'),
    ).toHaveLength(2)
  })
  it('checks each kind of release check', () => {
    const withCheck = (release_check: unknown) => JSON.stringify({ sources: [{ ...source(), release_check }] })
    expect(() => parseRegistry(withCheck({ method: 'github', repository: 'a/b', path: 'x', commit: 'abc' }), 'f')).toThrow(
      'f: sources[0] (demo).release_check.commit: 40 hex digits',
    )
    expect(() => parseRegistry(withCheck({ method: 'by-hand' }), 'f')).toThrow('release_check: needs one of the known methods')
    expect(() => parseRegistry(withCheck({ method: 'rss' }), 'f')).toThrow('by-hand (reason)')
    expect(parseRegistry(withCheck({ method: 'ons-dataset', dataset: '/d', edition: 'mid2023' }), 'f')[0]!.release_check).toMatchObject({
      edition: 'mid2023',
    })
  })
  it('gives every registered source a release check, and lists those refreshed by hand with their dates', () => {
    const sources = loadRegistry()
    expect(
      sources.filter((s) => !s.release_check).map((s) => s.id),
      'sources without a release_check',
    ).toEqual([])
    const records = fetchRecord(sources, { fetched: [], fellBack: [] })
    const markdown = refreshByHandMarkdown(records)
    expect(markdown).toContain('| d2i-exclusions-by-sen | 2026-11-23 |')
    // Exactly the by-hand sources, each with its date.
    const listed = [...markdown.matchAll(/^\| ([a-z0-9-]+) \| (\d{4}-\d{2}-\d{2}) \|/gm)].map((m) => m[1])
    expect(listed).toEqual(sources.filter((s) => s.release_check?.method === 'by-hand').map((s) => s.id))
    expect(listed).toContain('ons-ltla-utla-2023')
  })
})
