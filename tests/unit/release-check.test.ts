import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sha256Bytes } from '../../src/pipeline/sources/checksum.ts'
import { applyUpdates, checkReleases, DEFAULT_EES_API } from '../../src/pipeline/sources/release-check.ts'
import { startMockEes, type MockEes } from '../helpers/mock-ees.ts'
import { strToU8 } from 'fflate'
import type { Source } from '../../src/contract/schemas.ts'

const OLD = 'time_period,value\n202425,1\n'
const NEW = 'time_period,value\n202425,1\n202526,2\n'

function source(id: string, over: Partial<Source>): Source {
  return {
    id,
    title: id,
    kind: 'raw',
    format: 'ees-csv',
    publisher: 'DfE',
    publication: 'EHC plans',
    release: 'Reporting year 2025',
    period: '2025',
    official_page: 'https://example.org/',
    file: `${id}.csv`,
    mirror_path: `x/${id}.csv`,
    downloads: [{ url: `${DEFAULT_EES_API}/releases/old/files`, zip_path: `data/${id}.csv`, note: '' }],
    sha256: sha256Bytes(strToU8(OLD)),
    bytes: OLD.length,
    licence: 'OGL',
    notes: '',
    ...over,
  }
}

let ees: MockEes
beforeAll(async () => {
  ees = await startMockEes({
    'education-health-and-care-plans': {
      id: 'rv-2026',
      slug: '2026',
      title: 'Reporting year 2026',
      published: '2026-06-25T09:30:00',
      files: { 'data/caseload.csv': NEW, 'data/same.csv': OLD },
    },
    'neet-publication': { id: 'rv-neet', slug: '2025', title: '2025', published: '2025-06-01T09:30:00', files: {} },
  })
})
afterAll(() => ees.close())

describe('release check against a local EES', () => {
  const auto = { publication: 'education-health-and-care-plans', release: '2025', update: 'auto' as const }
  const sources = [
    source('caseload', { release_check: auto }),
    source('same', { release_check: auto }),
    source('gone', { release_check: auto }),
    source('neet-2025', { release_check: { publication: 'neet-publication', release: '2025', update: 'notify' } }),
    source('neet-2024', { release_check: { publication: 'neet-publication', release: '2024', update: 'notify' } }),
    source('missing-publication', { release_check: { publication: 'no-such-publication', release: '2025', update: 'notify' } }),
    source('derived', { kind: 'derived' }),
  ]

  it('finds a newer release and takes the changed file from its ZIP, fetched once', async () => {
    ees.requests.length = 0
    const outcomes = await checkReleases(sources, ees.api)
    const by = Object.fromEntries(outcomes.map((o) => [o.source, o]))
    expect(by.caseload).toMatchObject({
      status: 'updated',
      from: '2025',
      sha256: sha256Bytes(strToU8(NEW)),
      bytes: NEW.length,
      to: { slug: '2026', id: 'rv-2026' },
    })
    expect(by.same).toMatchObject({ status: 'unchanged_file' })
    expect(by.gone).toMatchObject({ status: 'needs_attention' })
    expect((by.gone as { why: string }).why).toContain('the ZIP has no member "data/gone.csv"')
    expect(by['neet-2025']).toMatchObject({ status: 'up_to_date' })
    expect(by['neet-2024']).toMatchObject({ status: 'up_to_date' }) // the newest release is already registered for the publication
    expect(by['missing-publication']).toMatchObject({ status: 'check_failed' })
    expect(by.derived).toMatchObject({ status: 'no_check' })
    expect(ees.requests.filter((u) => u === '/api/releases/rv-2026/files')).toHaveLength(1)
    expect(ees.requests.filter((u) => u.endsWith('/education-health-and-care-plans/releases/latest'))).toHaveLength(1)
  })

  it('reports a newer release of a source that must be updated by hand', async () => {
    const stale = [
      source('neet-2023', { release_check: { publication: 'education-health-and-care-plans', release: '2023', update: 'notify' } }),
    ]
    const [o] = await checkReleases(stale, ees.api)
    expect(o).toMatchObject({ status: 'needs_attention' })
    expect((o as { why: string }).why).toContain('Reporting year 2026')
  })

  it('writes the new release, page, download and checksum into the registry', async () => {
    const outcomes = await checkReleases(sources, ees.api)
    const updated = applyUpdates({ sources }, outcomes).sources
    const caseload = updated.find((s) => s.id === 'caseload')!
    expect(caseload).toMatchObject({
      sha256: sha256Bytes(strToU8(NEW)),
      bytes: NEW.length,
      release: 'Reporting year 2026 (published 2026-06-25)',
      official_page: 'https://explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans/2026',
      release_check: { release: '2026' },
    })
    expect(caseload.downloads[0]).toEqual({
      url: `${DEFAULT_EES_API}/releases/rv-2026/files`,
      zip_path: 'data/caseload.csv',
      note: 'all files of the release as one ZIP (Explore Education Statistics)',
    })
    expect(updated.find((s) => s.id === 'same')!.sha256).toBe(sha256Bytes(strToU8(OLD)))
    expect(updated.find((s) => s.id === 'gone')).toEqual(sources.find((s) => s.id === 'gone'))
  })
})
