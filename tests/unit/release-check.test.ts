import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sha256Bytes } from '../../src/pipeline/sources/checksum.ts'
import { isEesCheck } from '../../src/pipeline/sources/registry.ts'
import { applyUpdates, checkReleases, DEFAULT_EES_API } from '../../src/pipeline/sources/release-check.ts'
import { startMirrorServer } from '../../scripts/rehearsal/mirror-server.ts'
import { startMockEes, type MockEes } from '../helpers/mock-ees.ts'
import { tempProject } from '../helpers/temp-project.ts'
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

describe('./dashboard check-releases --update', () => {
  it('updates data/sources.json and puts the new file in the cache, from a local EES', async () => {
    const p = tempProject()
    const registry = JSON.parse(readFileSync(join(p.root, 'data/sources.json'), 'utf8')) as { sources: Source[] }
    const caseload = registry.sources.find((s) => s.id === 'ehcp-2025-caseload')!
    const changed = `${readFileSync(join(p.mirror, caseload.mirror_path), 'utf8')}`.replace('638745', '638746')
    // Every other EES publication's latest release is the newest one registered: nothing new there.
    const unchanged = Object.fromEntries(
      registry.sources.flatMap((s) => (isEesCheck(s.release_check) ? [[s.release_check.publication, s.release_check.release]] : [])).sort(),
    )
    const local = await startMockEes({
      ...Object.fromEntries(
        Object.entries(unchanged).map(([publication, slug]) => [
          publication,
          { id: `rv-${publication}`, slug, title: slug, published: '2025-06-01T09:30:00', files: {} },
        ]),
      ),
      'education-health-and-care-plans': {
        id: 'rv-x',
        slug: '2026',
        title: 'Reporting year 2026',
        published: '2026-06-25T09:30:00',
        files: { 'data/caseload.csv': changed },
      },
    })
    // Every other publisher answers from the mirror server: nothing new there.
    const others = await startMirrorServer({ sources: p.sources, mirror: p.mirror, repository: 'owner/repo' })
    try {
      const r = await p.runAsync('scripts/check-releases.ts', ['--update'], {
        EES_CONTENT_API: local.api,
        DASHBOARD_URL_REWRITE: others.base,
      })
      expect(r.stdout).toMatch(/ehcp-2025-caseload\s+NEW FILE in Reporting year 2026/)
      expect(r.stdout).toMatch(/ehcp-2025-timeliness\s+NEEDS ATTENTION: .*no member "data\/timeliness_20_week.csv"/)
      expect(r.stdout).toMatch(/neet-2025\s+up to date/)
      // Every source gets a status, each checked by the way its publisher announces new files.
      const lines = r.stdout.trim().split('\n')
      expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(p.sources.map((s) => s.id))
      expect(r.stdout).toMatch(/ons-mye-2023\s+up to date \(release mid20232023localauthority/)
      expect(r.stdout).toMatch(/ons-boundaries\s+up to date \(release b2fde50cb1\)/)
      expect(r.stdout).toMatch(/statistical-neighbours-2025\s+recorded the GOV.UK page's last update/)
      expect(r.stdout).toMatch(/d2i-absence-by-sen\s+refresh by hand \(last refreshed 2026-11-23\)/)
      expect(r.stdout).toMatch(
        /ees-exclusions-by-characteristic\s+NEEDS ATTENTION: not yet downloaded.*reads d2i-exclusions-by-sen instead/,
      )
      expect(r.stdout).not.toMatch(/NOT CHECKED|CHECK FAILED/)
      const after = JSON.parse(readFileSync(join(p.root, 'data/sources.json'), 'utf8')) as { sources: Source[] }
      const entry = after.sources.find((s) => s.id === 'ehcp-2025-caseload')!
      expect(entry.sha256).toBe(sha256Bytes(strToU8(changed)))
      expect(entry.release_check).toMatchObject({ release: '2026' })
      const cached = join(p.root, 'data/raw/ehcp-2025-caseload/caseload.csv')
      expect(existsSync(cached) && readFileSync(cached, 'utf8')).toBe(changed)
      expect(r.status).toBe(0)
    } finally {
      await local.close()
      await others.close()
    }
  })
})
