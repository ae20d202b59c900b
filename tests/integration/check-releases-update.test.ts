// ./dashboard check-releases --update in a throwaway copy of the project, whose mirror is copied from
// the real one: a new file in a local EES is taken into data/sources.json and the cache, and every
// other source gets its publisher's status.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { startMirrorServer } from '../../scripts/rehearsal/mirror-server.ts'
import type { Source } from '../../src/contract/schemas.ts'
import { sha256Bytes } from '../../src/pipeline/sources/checksum.ts'
import { isEesCheck } from '../../src/pipeline/sources/registry.ts'
import { startMockEes } from '../helpers/mock-ees.ts'
import { tempProject } from '../helpers/temp-project.ts'

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
