// Release checks for the publishers other than EES, against a local server answering as each
// publisher does (DASHBOARD_URL_REWRITE sends every request to it): a newer ONS edition, a new
// commit to the file in a publisher's repository, a GOV.UK page updated, a new file linked from an
// NHS England page, and a preferred source's first download recorded only when it looks right.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sha256Bytes } from '../../src/pipeline/sources/checksum.ts'
import { checkGithub, checkGovuk, checkOnsDataset, checkWebPage, dataFileLinks } from '../../src/pipeline/sources/publisher-checks.ts'
import { checkReleases } from '../../src/pipeline/sources/release-check.ts'
import type { Source } from '../../src/contract/schemas.ts'

const routes: Record<string, string> = {
  'www.ons.gov.uk/datasets/pop/data': JSON.stringify({
    datasets: [{ uri: '/datasets/pop/mid2024' }, { uri: '/datasets/pop/mid2023' }, { uri: '/datasets/pop/mid2022' }],
  }),
  'api.github.com/repos/ons/topo/commits?path=output%2Ftopo.json&per_page=1': JSON.stringify([
    { sha: 'b'.repeat(40), commit: { committer: { date: '2026-02-03T10:00:00Z' } } },
  ]),
  // As of commit ccc..., the file had last changed in aaa...; as of ddd..., in bbb... (its latest change).
  [`api.github.com/repos/ons/topo/commits?path=output%2Ftopo.json&sha=${'c'.repeat(40)}&per_page=1`]: JSON.stringify([
    { sha: 'a'.repeat(40) },
  ]),
  [`api.github.com/repos/ons/topo/commits?path=output%2Ftopo.json&sha=${'d'.repeat(40)}&per_page=1`]: JSON.stringify([
    { sha: 'b'.repeat(40) },
  ]),
  'www.gov.uk/api/content/government/publications/lait': JSON.stringify({ public_updated_at: '2026-05-01T09:30:00.000+01:00' }),
  'www.england.nhs.uk/statistics/autism/': `<a href="/wp-content/a-2026-01.xlsx">Jan</a> <a href='https://www.england.nhs.uk/wp-content/a-2026-02.xlsx'>Feb</a>
     <a href="/statistics/other/">page</a> <a href="data.csv?x=1&amp;y=2">csv</a>`,
  'explore-education-statistics.service.gov.uk/data-set/good/csv':
    '\uFEFF"time_period",time_identifier,geographic_level\n202425,Spring term,National\n',
  'explore-education-statistics.service.gov.uk/data-set/zip/csv': 'PK\u0003\u0004 not a CSV',
}
let server: Server
const saved = process.env.DASHBOARD_URL_REWRITE
beforeAll(async () => {
  server = createServer((req, res) => {
    const body = routes[(req.url ?? '').slice(1)]
    if (body === undefined) res.writeHead(404).end()
    else res.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  process.env.DASHBOARD_URL_REWRITE = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  if (saved === undefined) delete process.env.DASHBOARD_URL_REWRITE
  else process.env.DASHBOARD_URL_REWRITE = saved
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

const source = (over: Partial<Source> = {}): Source => ({
  id: 'demo',
  title: 'Demo',
  kind: 'raw',
  format: 'ees-csv',
  publisher: 'P',
  publication: 'P',
  release: 'R',
  period: '2024',
  official_page: 'https://example.org/',
  file: 'demo.csv',
  mirror_path: 'x/demo.csv',
  downloads: [],
  sha256: 'a'.repeat(64),
  bytes: 1,
  licence: 'OGL',
  notes: '',
  ...over,
})

describe('ONS dataset editions', () => {
  it('reports editions listed before the registered one as newer, and is up to date on the newest', async () => {
    const older = await checkOnsDataset(source(), { method: 'ons-dataset', dataset: '/datasets/pop', edition: 'mid2022' })
    expect(older).toMatchObject({ status: 'needs_attention', why: expect.stringContaining('mid2024, mid2023') })
    expect(await checkOnsDataset(source(), { method: 'ons-dataset', dataset: '/datasets/pop', edition: 'mid2024' })).toMatchObject({
      status: 'up_to_date',
    })
    const gone = await checkOnsDataset(source(), { method: 'ons-dataset', dataset: '/datasets/pop', edition: 'mid2019' })
    expect(gone).toMatchObject({ status: 'needs_attention', why: expect.stringContaining('no longer lists edition mid2019') })
  })
})

describe("a publisher's repository", () => {
  const check = { method: 'github' as const, repository: 'ons/topo', path: 'output/topo.json' }
  it('compares the last commit touching the file with the registered one', async () => {
    expect(await checkGithub(source(), { ...check, commit: 'b'.repeat(40) })).toMatchObject({ status: 'up_to_date' })
    const changed = await checkGithub(source(), { ...check, commit: 'c'.repeat(40) })
    expect(changed).toMatchObject({ status: 'needs_attention', why: expect.stringContaining('commit bbbbbbbbbb on 2026-02-03') })
  })
  it('is up to date when the file was taken at a later commit than its own last change', async () => {
    expect(await checkGithub(source(), { ...check, commit: 'd'.repeat(40) })).toMatchObject({
      status: 'up_to_date',
      release: 'dddddddddd',
    })
  })
})

describe('a GOV.UK page', () => {
  const check = { method: 'govuk' as const, path: '/government/publications/lait' }
  it('records its last update the first time, then reports a later one', async () => {
    expect(await checkGovuk(source(), check)).toMatchObject({
      status: 'recorded',
      patch: { release_check: { ...check, updated: '2026-05-01T09:30:00.000+01:00' } },
    })
    expect(await checkGovuk(source(), { ...check, updated: '2026-05-01T08:30:00Z' })).toMatchObject({ status: 'up_to_date' })
    expect(await checkGovuk(source(), { ...check, updated: '2026-04-01T00:00:00Z' })).toMatchObject({
      status: 'needs_attention',
      why: expect.stringContaining('updated on 2026-05-01'),
    })
  })
})

describe('a statistics page (NHS England)', () => {
  const url = 'https://www.england.nhs.uk/statistics/autism/'
  it('lists the data files it links, as absolute addresses', () => {
    expect(dataFileLinks(routes['www.england.nhs.uk/statistics/autism/']!, url)).toEqual([
      'https://www.england.nhs.uk/statistics/autism/data.csv?x=1&y=2',
      'https://www.england.nhs.uk/wp-content/a-2026-01.xlsx',
      'https://www.england.nhs.uk/wp-content/a-2026-02.xlsx',
    ])
  })
  it('records the links the first time, then reports a new one', async () => {
    const first = await checkWebPage(source(), { method: 'web-page', url })
    expect(first).toMatchObject({ status: 'recorded' })
    const known = ['https://www.england.nhs.uk/statistics/autism/data.csv?x=1&y=2', 'https://www.england.nhs.uk/wp-content/a-2026-01.xlsx']
    const later = await checkWebPage(source(), { method: 'web-page', url, links: known })
    expect(later).toMatchObject({ status: 'needs_attention', why: expect.stringContaining('a-2026-02.xlsx') })
  })
})

describe('a preferred source without a checksum', () => {
  const preferred = (url: string) =>
    source({ sha256: null, bytes: null, downloads: [{ url, note: '' }], fallback: { source: 'extract', reason: 'Not yet downloaded.' } })
  it('records the checksum of its first download when it is an EES CSV', async () => {
    const [o] = await checkReleases([preferred('https://explore-education-statistics.service.gov.uk/data-set/good/csv')])
    const bytes = Buffer.from(routes['explore-education-statistics.service.gov.uk/data-set/good/csv']!)
    expect(o).toMatchObject({ status: 'recorded', patch: { sha256: sha256Bytes(bytes), bytes: bytes.length } })
  })
  it('records nothing when the download is not a CSV or fails, and names the fallback', async () => {
    const [zip] = await checkReleases([preferred('https://explore-education-statistics.service.gov.uk/data-set/zip/csv')])
    expect(zip).toMatchObject({ status: 'needs_attention', why: expect.stringContaining('not an EES CSV header') })
    const [gone] = await checkReleases([preferred('https://explore-education-statistics.service.gov.uk/data-set/gone/csv')])
    expect(gone).toMatchObject({ status: 'needs_attention', why: expect.stringMatching(/HTTP 404.*|reads extract instead/) })
    expect((gone as { why: string }).why).toContain('the build reads extract instead')
  })
})
