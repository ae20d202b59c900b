// The committed site-data fixture (tests/fixtures/site-data/, cut by ./dashboard site-data-fixture)
// that `./dashboard dev` serves and the golden tests render: every file matches the contract, every
// code it refers to names something it holds, and it still has the cases it was cut to cover.
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DOWNLOADS_FOLDER, readSiteDataFile, SITE_DATA_FILES, type SiteDataFile } from '../../src/contract/files.ts'

const DIR = 'tests/fixtures/site-data'
const index = readSiteDataFile(DIR, 'index')
const codes = new Set(index.areas.map((a) => a.code))
const byCode = new Map(index.areas.map((a) => [a.code, a]))
const metricIds = new Set(index.metrics.map((m) => m.id))
const sourceIds = new Set(index.sources.map((s) => s.id))
const las = index.areas.filter((a) => a.type === 'la')
const jsonFiles = (folder: string) =>
  readdirSync(join(DIR, folder))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort()

const areaFiles = new Map(index.areas.map((a) => [a.code, readSiteDataFile(DIR, 'area', a.code)]))
const metricFiles = new Map(index.metrics.map((m) => [m.id, readSiteDataFile(DIR, 'metric', m.id)]))

describe('the site-data fixture', () => {
  it('holds only files of the contract, each of which matches it', () => {
    const single = (Object.keys(SITE_DATA_FILES) as SiteDataFile[]).filter((f) => f !== 'area' && f !== 'metric')
    const names = single.map((f) => (SITE_DATA_FILES[f].path as () => string)())
    expect(readdirSync(DIR).sort()).toEqual([...names, 'areas', 'metrics', DOWNLOADS_FOLDER].sort())
    for (const f of single) expect(() => (readSiteDataFile as (dir: string, file: SiteDataFile) => unknown)(DIR, f)).not.toThrow()
    // One area file per area of the index and one metric file per measure, and no others.
    expect(jsonFiles('areas')).toEqual([...codes].sort())
    expect(jsonFiles('metrics')).toEqual([...metricIds].sort())
    for (const [code, data] of areaFiles) expect(data.code).toBe(code)
    for (const [id, data] of metricFiles) expect(data.id).toBe(id)
  })

  it('is small', () => {
    const size = (path: string): number =>
      statSync(path).isDirectory() ? readdirSync(path).reduce((n, f) => n + size(join(path, f)), 0) : statSync(path).size
    expect(size(DIR)).toBeLessThan(2_000_000)
  })

  it('names only areas it holds', () => {
    const expectArea = (code: string, where: string) => expect(codes.has(code), `${where}: ${code}`).toBe(true)
    for (const a of index.areas) {
      if (a.regionCode) expectArea(a.regionCode, `region of ${a.name}`)
      for (const c of [...(a.neighbours ?? []), ...(a.predecessors ?? []), ...(a.successors ?? [])]) expectArea(c, `relation of ${a.name}`)
    }
    for (const data of metricFiles.values()) for (const v of data.values) expectArea(v.area, `${data.id} value`)
    for (const data of areaFiles.values())
      for (const [id, d] of Object.entries(data.metrics)) {
        for (const v of [...d.values, ...d.benchmarks]) expect(v.area, `${id} in ${data.code}.json`).toBe(data.code)
        for (const b of d.benchmarks) for (const c of b.neighbours?.missing ?? []) expectArea(c, `${id} neighbours missing`)
      }
    for (const [la, placing] of Object.entries(readSiteDataFile(DIR, 'nhs'))) {
      expect(byCode.get(la)?.type).toBe('la')
      for (const p of [placing.nhs_sub_icb, placing.nhs_icb]) {
        if (p.area) expectArea(p.area, `NHS area of ${la}`)
        else expect(p.reason, `why ${la} has no NHS area`).toBeTruthy()
        for (const c of [...p.alsoCovers, ...p.partlyCovers]) expectArea(c, `covered by the NHS area of ${la}`)
      }
    }
    for (const [la, r] of Object.entries(readSiteDataFile(DIR, 'inspections'))) {
      expect(byCode.get(la)?.type).toBe('la')
      for (const i of r.inspections) expect(i.laCode).toBe(la)
      for (const p of r.predecessors) {
        expect(byCode.get(p.code)?.type).toBe('former_la')
        for (const i of p.inspections) expect(i.laCode).toBe(p.code)
      }
    }
    for (const code of Object.keys(readSiteDataFile(DIR, 'map').paths)) expect(byCode.get(code)?.type).toBe('la')
    for (const p of readSiteDataFile(DIR, 'places')) for (const c of p.las) expect(byCode.get(c)?.type, p.name).toBe('la')
    for (const o of readSiteDataFile(DIR, 'changeProgramme').outcomes) {
      for (const p of o.partnerships) expect(byCode.get(p.region)?.type).toBe('region')
      for (const c of o.laChanges) expect(byCode.get(c.la)?.partnership ?? null, `${c.la} in ${c.partnership}`).toBe(c.partnership)
    }
  })

  it('names only measures, periods and sources it holds', () => {
    for (const t of index.themes) {
      if (t.headline !== null) expect(metricIds.has(t.headline), `${t.theme} headline ${t.headline}`).toBe(true)
      for (const g of t.groups)
        for (const id of g.metrics) {
          const m = index.metrics.find((x) => x.id === id)
          expect(m, `${t.theme}/${g.id}: ${id}`).toBeDefined()
          expect([m!.theme, m!.group]).toEqual([t.theme, g.id])
        }
    }
    for (const m of index.metrics) {
      const periods = new Set(m.periods.map((p) => p.id))
      if (m.latest !== null) expect(periods.has(m.latest)).toBe(true)
      for (const s of m.sources) expect(sourceIds.has(s), `${m.id} source ${s}`).toBe(true)
      for (const v of metricFiles.get(m.id)!.values) {
        expect(periods.has(v.period), `${m.id} ${v.period}`).toBe(true)
        for (const s of v.sources) expect(m.sources, `${m.id} value source`).toContain(s)
      }
      for (const d of metricFiles.get(m.id)!.distributions) expect(periods.has(d.period)).toBe(true)
    }
    for (const data of areaFiles.values())
      for (const [id, d] of Object.entries(data.metrics)) {
        expect(metricIds.has(id), `${id} in ${data.code}.json`).toBe(true)
        for (const v of [...d.values, ...d.benchmarks]) expect(v.metric).toBe(id)
      }
    const programme = readSiteDataFile(DIR, 'changeProgramme')
    for (const c of programme.claims)
      for (const o of [c, ...c.secondary]) expect(metricIds.has(o.metric), `claim ${c.id}: ${o.metric}`).toBe(true)
    for (const o of programme.outcomes) expect(metricIds.has(o.metric), o.metric).toBe(true)
    for (const r of Object.values(readSiteDataFile(DIR, 'inspections')))
      for (const i of [...r.inspections, ...r.predecessors.flatMap((p) => p.inspections)]) expect(sourceIds.has(i.source)).toBe(true)
    expect(readSiteDataFile(DIR, 'sources')).toEqual(index.sources)
    for (const a of readSiteDataFile(DIR, 'accounts')) expect(sourceIds.has(a.source), a.source).toBe(true)
    for (const r of readSiteDataFile(DIR, 'fetch')) expect(sourceIds.has(r.id) || sourceIds.has(r.fallback ?? ''), r.id).toBe(true)
  })

  it('ranks each LA among the LAs it holds, as its quartiles are', () => {
    for (const m of index.metrics.filter((x) => x.areaLevel === 'la')) {
      for (const d of metricFiles.get(m.id)!.distributions) {
        const ranked = metricFiles
          .get(m.id)!
          .values.filter(
            (v) => v.period === d.period && v.value !== null && byCode.get(v.area)!.type === 'la' && !byCode.get(v.area)!.smallNumbers,
          )
        expect(d.ranked, `${m.id} ${d.period}`).toBe(ranked.length)
        for (const v of ranked) {
          const b = areaFiles.get(v.area)!.metrics[m.id]!.benchmarks.find((x) => x.period === d.period)!
          const higher = ranked.filter((x) => x.value! > v.value!).length
          expect(b.rank, `${m.id} ${d.period} ${v.area}`).toMatchObject({ rank: higher + 1, of: ranked.length })
          const q = d.quartiles!
          expect(b.quartile).toBe(v.value! <= q.q1 ? 1 : v.value! <= q.median ? 2 : v.value! <= q.q3 ? 3 : 4)
        }
      }
    }
  })

  it('keeps the cases it was cut for', () => {
    expect(las.length).toBeGreaterThanOrEqual(3)
    expect(las.some((a) => a.partnership)).toBe(true)
    expect(las.some((a) => a.smallNumbers)).toBe(true)
    expect(las.some((a) => (a.predecessors ?? []).length > 0)).toBe(true)
    expect(las.some((a) => (a.neighbours ?? []).length > 0)).toBe(true)
    expect(index.metrics.filter((m) => m.areaLevel !== 'la')).toHaveLength(1)
    expect(index.metrics.some((m) => m.breaks.length > 0)).toBe(true)
    expect(index.metrics.some((m) => m.derived && !m.intervals && m.periods[0]!.kind === 'term')).toBe(true)
    const inspections = readSiteDataFile(DIR, 'inspections')
    expect(Object.values(inspections).some((r) => r.inspections.some((i) => i.framework === '2023'))).toBe(true)
    // A missing value, with its reason, somewhere among the LAs.
    expect([...metricFiles.values()].some((d) => d.values.some((v) => v.value === null && v.missing !== null))).toBe(true)
    // Every theme an LA has a page for has its headline measure (as in a full build).
    for (const t of index.themes) if (index.metrics.some((m) => m.theme === t.theme)) expect(t.headline, t.theme).not.toBeNull()
  })
})
