// ./dashboard site-data-fixture [from] [to]: cuts the small site-data fixture that `./dashboard
// dev` serves and the golden tests render (tests/fixtures/site-data/) out of a full build's site
// data (.build/site-data/, from ./dashboard build-data). Every file is read and written through
// the contract (src/contract/files.ts), so the fixture is checked as the pipeline's output is.
//
// What is kept, and why:
// - Five LAs, each for a case the pages treat differently: Leeds (a Change Programme partner, the
//   LA most tests look at), Hartlepool (a 2023-framework area SEND inspection after a 2016 one with
//   a revisit), City of London (very small numbers: not ranked, not compared), Cumberland and
//   Westmorland and Furness (the successors of Cumbria, a former LA shown on their pages; each
//   other's statistical neighbours; placed in no NHS area).
// - England, the regions of those LAs, the former LAs they replaced, and the NHS areas they are
//   placed in (nhs.json) with their NHS regions.
// - The measures in FIXTURE_MEASURES: the home page's headline measures (it names them), the other
//   themes' headline measures, among them a termly rate from a derived extract published without
//   counts and a money measure (its theme carries the inspections), and exactly one NHS measure.
// - Everything that refers to them: inspections, designated officers, map shapes, places, the Change Programme file
//   (its partnerships with a kept LA), the sources the kept measures, inspections and geography
//   use, their accounts and fetch records, and the downloads, cut to the same areas and measures.
//
// References to areas that are not kept are dropped from lists (statistical neighbours, the
// councils an NHS area covers, a place's LAs, a partnership's LAs), so every code in the fixture
// names an area in its index; so the fixture's pages name fewer councils than a full build's (NHS
// West Yorkshire ICB reads as covering Leeds alone). "Every LA" is the kept LAs: each measure's
// quartiles, and each LA's rank and quarter, are worked out again among them (with the pipeline's
// functions), so that the charts of all LAs draw the LAs the fixture has. Every other figure is
// the full build's: values, England's and the regions' figures, neighbour averages, funnels and
// the Change Programme's averages.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { DOWNLOADS_FOLDER, readSiteDataFile, writeSiteDataFile } from '../src/contract/files.ts'
import type { AreaSummary, Benchmark, MetricInfo, Quartiles } from '../src/contract/schemas.ts'
import { quartileBand, quartiles, rankAreas } from '../src/pipeline/statistics/ranking.ts'
import { MISSING_REASONS, NO_COMPARISON, WITHHELD_CHANGE } from '../src/contract/vocabulary.ts'
import { AREAS_FILE } from '../src/contract/change-programme-downloads.ts'
import { areasCsv, programmeDownloads } from '../src/pipeline/programme/downloads.ts'

/** Current LA codes, with the name each must have (a check that the codes still mean these LAs). */
const FIXTURE_LAS: Readonly<Record<string, string>> = {
  E08000035: 'Leeds',
  E06000001: 'Hartlepool',
  E09000001: 'City of London',
  E06000063: 'Cumberland',
  E06000064: 'Westmorland and Furness',
}

const FIXTURE_MEASURES: readonly string[] = [
  // The home page's headline measures (src/pages/index.astro names these eight).
  'ehcp_per_1000_0_25', // a rate per 1,000 with counts and a series break; the "who" headline
  'pupils_ehcp_pct', // a percentage from a derived extract (LAIT), without counts
  'ehcp_mainstream_pct', // a percentage with counts, two series breaks; tracked by the Change Programme
  'ehcp_special_pct',
  'ehcp_issued_20_weeks_pct', // the "process" headline
  'tribunal_appeal_rate',
  'supported_internship_pct',
  'neet_16_17_ehcp_pct', // in a folded group
  // The other themes' headline measures.
  'ehcp_school_age_mainstream_pct',
  'ks4_sustained_destination_ehcp',
  'suspension_rate_ehcp', // a termly rate per 100 pupils from a derived extract without counts
  'high_needs_block_per_head', // money: its theme's page carries the area SEND inspections
  // The one NHS measure: the health headline, published for integrated care boards.
  'community_wait_speech_language_over_18_weeks_pct',
]

function main(): void {
  const from = process.argv[2] ?? '.build/site-data'
  const to = process.argv[3] ?? 'tests/fixtures/site-data'
  if (!existsSync(join(from, 'index.json'))) throw new Error(`no site data in ${from}/: run ./dashboard build-data first`)

  const index = readSiteDataFile(from, 'index')
  const byCode = new Map(index.areas.map((a) => [a.code, a]))
  for (const [code, name] of Object.entries(FIXTURE_LAS))
    if (byCode.get(code)?.name !== name) throw new Error(`${code} is ${byCode.get(code)?.name ?? 'not in the site data'}, not ${name}`)
  const measures = new Set(FIXTURE_MEASURES)
  const metrics = index.metrics.filter((m) => measures.has(m.id))
  const missing = FIXTURE_MEASURES.filter((id) => !metrics.some((m) => m.id === id))
  if (missing.length > 0) throw new Error(`the site data has no measure ${missing.join(', ')}`)
  if (metrics.filter((m) => m.areaLevel !== 'la').length !== 1) throw new Error('the fixture keeps exactly one NHS measure')

  // The areas: England, the regions, the LAs, the councils they replaced, their NHS areas and NHS regions.
  const las = Object.keys(FIXTURE_LAS)
  const nhsPlacements = readSiteDataFile(from, 'nhs')
  const nhsAreas = las.flatMap((code) => {
    const p = nhsPlacements[code]
    return [p?.nhs_sub_icb.area, p?.nhs_icb.area].filter((x): x is string => typeof x === 'string')
  })
  const nhsRegions = nhsAreas.map((code) => byCode.get(code)!.regionCode!)
  const former = las.flatMap((code) => byCode.get(code)!.predecessors ?? [])
  const regions = [...las, ...former].map((code) => byCode.get(code)!.regionCode!)
  const england = index.areas.find((a) => a.type === 'england')!.code
  const keptCodes = new Set([england, ...regions, ...las, ...former, ...nhsAreas, ...nhsRegions])
  const kept = (code: string) => keptCodes.has(code)
  const areas = index.areas
    .filter((a) => kept(a.code))
    .map((a) => {
      const out: AreaSummary = { ...a }
      if (a.neighbours) out.neighbours = a.neighbours.filter(kept)
      if (a.successors) out.successors = a.successors.filter(kept)
      if (a.predecessors) out.predecessors = a.predecessors.filter(kept)
      return out
    })

  // The sources: those of the kept measures and inspections, and those no measure reads (geography, places, maps).
  const byMeasure = new Set(index.metrics.flatMap((m) => m.sources))
  const inspections = readSiteDataFile(from, 'inspections')
  const keptInspections = Object.fromEntries(Object.entries(inspections).filter(([code]) => las.includes(code)))
  const sourceIds = new Set([
    ...metrics.flatMap((m) => m.sources),
    ...Object.values(keptInspections).flatMap((r) =>
      [...r.inspections, ...r.predecessors.flatMap((p) => p.inspections)].map((i) => i.source),
    ),
    ...index.sources.filter((s) => !byMeasure.has(s.id)).map((s) => s.id),
  ])
  const sources = index.sources.filter((s) => sourceIds.has(s.id))

  const themes = index.themes.map((t) => {
    const groups = t.groups.map((g) => ({ ...g, metrics: g.metrics.filter((id) => measures.has(id)) })).filter((g) => g.metrics.length > 0)
    return { ...t, headline: t.headline !== null && measures.has(t.headline) ? t.headline : null, groups }
  })

  rmSync(to, { recursive: true, force: true })
  // What the files cannot show, pointing only at kept measures.
  const notShown = index.notShown?.map((e) => ({ ...e, instead: e.instead !== null && measures.has(e.instead) ? e.instead : null }))
  writeSiteDataFile(to, 'index', { areas, metrics, themes, sources, ...(notShown ? { notShown } : {}) })
  writeSiteDataFile(to, 'sources', sources)
  writeSiteDataFile(
    to,
    'accounts',
    readSiteDataFile(from, 'accounts').filter((a) => sourceIds.has(a.source)),
  )
  writeSiteDataFile(
    to,
    'fetch',
    readSiteDataFile(from, 'fetch').filter((r) => sourceIds.has(r.id) || (r.fallback !== undefined && sourceIds.has(r.fallback))),
  )
  writeSiteDataFile(to, 'inspections', keptInspections)
  const officers = readSiteDataFile(from, 'designatedOfficers')
  writeSiteDataFile(to, 'designatedOfficers', {
    las: Object.fromEntries(Object.entries(officers.las).filter(([code]) => kept(code))),
    summaries: Object.fromEntries(Object.entries(officers.summaries).filter(([code]) => kept(code))),
  })
  writeSiteDataFile(
    to,
    'nhs',
    Object.fromEntries(
      las.map((code) => {
        const p = nhsPlacements[code]
        if (!p) throw new Error(`nhs.json has no placing for ${code}`)
        const trim = (x: typeof p.nhs_icb) => ({ ...x, alsoCovers: x.alsoCovers.filter(kept), partlyCovers: x.partlyCovers.filter(kept) })
        return [code, { nhs_sub_icb: trim(p.nhs_sub_icb), nhs_icb: trim(p.nhs_icb) }]
      }),
    ),
  )
  const map = readSiteDataFile(from, 'map')
  writeSiteDataFile(to, 'map', { ...map, paths: Object.fromEntries(Object.entries(map.paths).filter(([code]) => las.includes(code))) })
  writeSiteDataFile(
    to,
    'places',
    readSiteDataFile(from, 'places')
      .map((p) => ({ ...p, las: p.las.filter((code) => las.includes(code)) }))
      .filter((p) => p.las.length > 0),
  )
  // The evaluation itself is kept as computed on every LA; only what names a measure or LA the
  // fixture lacks is dropped, so the page shows the same numbers as the full build.
  const programme = readSiteDataFile(from, 'changeProgramme')
  const claims = programme.claims
    .filter((c) => measures.has(c.metric))
    .map((c) => ({ ...c, secondary: c.secondary.filter((o) => measures.has(o.metric)) }))
  const claimIds = new Set(claims.map((c) => c.id))
  writeSiteDataFile(to, 'changeProgramme', {
    ...programme,
    excluded: programme.excluded.filter(kept),
    claims,
    outcomes: programme.outcomes
      .filter((o) => measures.has(o.metric))
      .map((o) => ({
        ...o,
        claims: o.claims.filter((id) => claimIds.has(id)),
        partnerships: o.partnerships.filter((p) => kept(p.region)),
        laChanges: o.laChanges.filter((l) => kept(l.la)),
      }))
      .filter((o) => o.claims.length > 0),
  })

  // Ranks and quartiles among the kept LAs, as the pipeline ranks all of them (benchmarks.ts).
  const rankable = new Set(areas.filter((a) => a.type === 'la' && !a.smallNumbers).map((a) => a.code))
  const standing = new Map<string, { ranks: Map<string, NonNullable<Benchmark['rank']>>; quartiles: Quartiles | null }>()
  for (const m of metrics) {
    const data = readSiteDataFile(from, 'metric', m.id)
    const values = data.values.filter((v) => kept(v.area))
    const distributions = data.distributions.map((d) => {
      const ranked = values.flatMap((v) =>
        v.period === d.period && v.value !== null && rankable.has(v.area) ? [{ key: v.area, value: v.value }] : [],
      )
      const q = ranked.length > 0 ? quartiles(ranked.map((x) => x.value)) : null
      standing.set(`${m.id}|${d.period}`, { ranks: rankAreas(ranked, 'descending'), quartiles: q })
      return { ...d, quartiles: q, ranked: ranked.length }
    })
    writeSiteDataFile(to, 'metric', { ...data, values, distributions }, m.id)
  }
  for (const a of areas) {
    const data = readSiteDataFile(from, 'area', a.code)
    const own = Object.entries(data.metrics)
      .filter(([id]) => measures.has(id))
      .map(([id, d]) => {
        const benchmarks = d.benchmarks.map((b) => {
          const out = { ...b }
          if (b.neighbours) out.neighbours = { ...b.neighbours, missing: b.neighbours.missing.filter(kept) }
          const s = standing.get(`${id}|${b.period}`)
          if (s && b.rank !== null) {
            out.rank = s.ranks.get(b.area) ?? null
            out.quartile = out.rank && s.quartiles && b.value !== null ? quartileBand(b.value, s.quartiles) : null
          }
          return out
        })
        return [id, { values: d.values, benchmarks }] as const
      })
    writeSiteDataFile(to, 'area', { code: a.code, metrics: Object.fromEntries(own) }, a.code)
  }

  writeDownloads(from, to, metrics, keptCodes, sourceIds)
  report(to)
}

/** The downloads, cut to the same measures, areas and sources, in the pipeline's own formats. */
function writeDownloads(
  from: string,
  to: string,
  metrics: readonly MetricInfo[],
  areas: ReadonlySet<string>,
  sources: ReadonlySet<string>,
): void {
  const source = join(from, DOWNLOADS_FOLDER)
  const target = join(to, DOWNLOADS_FOLDER)
  mkdirSync(target, { recursive: true })
  const ids = new Set(metrics.map((m) => m.id))
  const csv = (name: string, keep: (row: Record<string, string>) => boolean) => {
    const parsed = Papa.parse<Record<string, string>>(readFileSync(join(source, name), 'utf8'), { header: true, skipEmptyLines: true })
    const rows = parsed.data.filter(keep)
    writeFileSync(
      join(target, name),
      `${Papa.unparse({ fields: parsed.meta.fields!, data: rows.map((r) => parsed.meta.fields!.map((f) => r[f])) }, { newline: '\n' })}\n`,
    )
  }
  csv('metrics.csv', (r) => ids.has(r.metric_id!) && areas.has(r.area_code!))
  csv('benchmarks.csv', (r) => ids.has(r.metric_id!) && areas.has(r.area_code!))
  csv('accounts.csv', (r) => sources.has(r.source!))
  writeFileSync(join(target, 'metrics.csv-metadata.json'), readFileSync(join(source, 'metrics.csv-metadata.json')))
  // The Change Programme's downloads and areas.csv as the pipeline writes them, from the fixture's own data.
  writeFileSync(join(target, AREAS_FILE), areasCsv(readSiteDataFile(to, 'index').areas))
  for (const d of programmeDownloads(readSiteDataFile(to, 'changeProgramme'))) writeFileSync(join(target, d.file), d.text)
  const pretty = (data: unknown) => `${JSON.stringify(data, null, 1)}\n`
  writeFileSync(
    join(target, 'metric-definitions.json'),
    pretty({ metrics, missing_reasons: MISSING_REASONS, no_test_reasons: NO_COMPARISON, withheld_change_reasons: WITHHELD_CHANGE }),
  )
}

function report(dir: string): void {
  let files = 0
  let bytes = 0
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name))
      else {
        files++
        bytes += readFileSync(join(d, e.name)).length
      }
    }
  }
  walk(dir)
  process.stderr.write(`Site-data fixture written to ${dir}/: ${files} files, ${(bytes / 1024).toFixed(0)} KB\n`)
}

main()
