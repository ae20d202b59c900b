// The scheduled rebuild on a runner that has never seen the mirror: an empty cache, no mirror
// folder, downloads allowed. Every registered download URL is answered by a local server from the
// mirror's files (DASHBOARD_URL_REWRITE sends every request there), so each source must come
// through its own URL, checksum checked, or fall back as the registry allows, with the reason.
// A source with no working download and no registered fallback fails this test, by name.
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { mirrorsFromEnv } from '../../src/pipeline/sources/fetch.ts'
import { startMirrorServer, type MirrorServer } from '../../scripts/rehearsal/mirror-server.ts'
import { tempProject } from '../helpers/temp-project.ts'
import type { SourceRecord } from '../../src/contract/schemas.ts'

const REPOSITORY = 'rehearsal-owner/send-dashboard'
let server: MirrorServer | undefined
const project = tempProject()
afterAll(async () => {
  await server?.close()
  rmSync(project.root, { recursive: true, force: true })
})

describe('a build from nothing', () => {
  it('fetches every source by its URL (or its registered fallback) and builds the site data', { timeout: 300_000 }, async () => {
    server = await startMirrorServer({ sources: project.sources, mirror: mirrorsFromEnv()[0]!, repository: REPOSITORY })
    // The mirror holds every registered file (so every address, second downloads too, can be answered),
    // except the official files the registry knows may be out of reach: those have a fallback.
    const noFallback = server.unservable.filter((u) => !project.sources.find((x) => x.id === u.source)?.fallback)
    expect(noFallback).toEqual([])
    const out = join(project.root, '.build/site-data')
    const r = await project.runAsync('scripts/build-data.ts', [out], {
      EES_MIRROR: '',
      DASHBOARD_OFFLINE: undefined,
      DASHBOARD_URL_REWRITE: server.base,
      DASHBOARD_DATA_REPOSITORY: REPOSITORY,
      GITHUB_REPOSITORY: undefined,
    })
    // On failure, the build's own message names every source it could not obtain.
    expect(r.status, r.stderr.slice(-4000)).toBe(0)

    const records = JSON.parse(readFileSync(join(out, 'fetch.json'), 'utf8')) as SourceRecord[]
    const byUrl = records.filter((s) => s.status === 'used' && s.origin === 'download')
    const fellBack = records.filter((s) => s.status === 'fell_back')
    const summary =
      `from nothing: ${byUrl.length} of ${records.length} registered sources fetched by URL` +
      (fellBack.length ? `; fell back: ${fellBack.map((f) => `${f.id} -> ${f.fallback} (${f.why})`).join('; ')}` : '') +
      `; build: exit ${r.status}, ${/(\d+) observations/.exec(r.stderr)?.[1] ?? '?'} observations, ${server.requests.length} requests to the local server`
    console.log(summary)

    expect(records.every((s) => s.status !== 'used' || s.origin === 'download')).toBe(true)
    // Each came through the first download the registry lists: the publisher's own where one exists.
    for (const s of byUrl) expect(s.from, s.id).toBe(project.sources.find((x) => x.id === s.id)!.downloads[0]!.url)
    // Only sources registered with a fallback may fall back, and each fallback was read instead.
    for (const f of fellBack) {
      expect(project.sources.find((x) => x.id === f.id)!.fallback?.source).toBe(f.fallback)
      expect(records.find((x) => x.id === f.fallback)).toMatchObject({ status: 'used', origin: 'download' })
      expect(r.stderr).toContain(`FALLBACK: ${f.id} was not obtained, so ${f.fallback} is read instead`)
    }
    expect(byUrl.length + fellBack.length).toBe(records.length)
    // The local server was asked for each of those URLs (the cache started empty, no mirror).
    for (const s of byUrl) {
      const u = new URL(s.from!.replace('{repository}', REPOSITORY))
      expect(server.requests, s.id).toContain(`${u.host}${u.pathname}${u.search}`)
    }
  })
})
