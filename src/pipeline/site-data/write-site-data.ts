// Writes the site data (the JSON the pages read, each file through its schema in src/contract/)
// and the downloads (CSV and their descriptions).
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { ChangeProgrammeInput } from '../../contract/change-programme.ts'
import { AREAS_FILE } from '../../contract/change-programme-downloads.ts'
import { DOWNLOADS_FOLDER, writeSiteDataFile, type SiteDataInputOf } from '../../contract/files.ts'
import { periodLabel, shortPeriodLabel } from '../../contract/periods.ts'
import type {
  AreaData,
  AreaSummary,
  Benchmark,
  DesignatedOfficers,
  Distribution,
  LaInspections,
  MapShapes,
  Place,
  Source,
  SourceAccount,
  SourceRecord,
} from '../../contract/schemas.ts'
import { MISSING_REASONS, NO_COMPARISON, WITHHELD_CHANGE } from '../../contract/vocabulary.ts'
import { metricFunnel } from '../benchmarks/funnel.ts'
import type { Area, Geography } from '../geography/areas.ts'
import type { NhsAreas } from '../health/nhs-areas.ts'
import type { ComputedMetric } from '../metrics/compute.ts'
import { isNhsMeasure, sourcesOf, type AreaNote } from '../metrics/definition.ts'
import { groupOf, themeLayouts } from '../metrics/layout.ts'
import { NOT_SHOWN } from '../metrics/registry/not-shown.ts'
import { areasCsv, programmeDownloads } from '../programme/downloads.ts'
import { accountsCsv } from '../read/accounts.ts'
import { benchmarksCsv, csvwMetadata, metricsCsv } from './tables.ts'

export interface SiteDataInput {
  geography: Geography
  sources: Source[]
  computed: ComputedMetric[]
  benchmarks: Benchmark[]
  distributions: Distribution[]
  /** Notes beside particular figures that the pipeline adds to the registry's own: cautions on implausible jumps, by measure. */
  cautions: ReadonlyMap<string, readonly AreaNote[]>
  neighbours: ReadonlyMap<string, ReadonlyArray<{ code: string }>>
  partnerships: ReadonlyMap<string, string>
  /** The Change Programme evaluation. */
  programme: ChangeProgrammeInput
  map: MapShapes
  /** The NHS's own areas, for which it publishes its figures, and where each LA sits among them. */
  nhs: NhsAreas
  /** Area SEND inspection outcomes by LA: facts, not ranked metrics. */
  inspections: Record<string, LaInspections>
  places: Place[]
  accounts: SourceAccount[]
  /** What the fetch step did with every registered source. */
  fetched: SourceRecord[]
  /** Each LA's designated medical, clinical and social care officers, by year: facts, not ranked. */
  designatedOfficers: DesignatedOfficers
}

export function metricInfo(
  m: ComputedMetric,
  sources: Source[],
  group: string,
  cautions: readonly AreaNote[] = [],
): SiteDataInputOf<'index'>['metrics'][number] {
  const def = m.definition
  // How the figures are read (segments, or an NHS table) stays in the pipeline: the pages need the figures.
  const { caveats, breaks, flaggedPeriods, id, title, question, theme, unit, direction, ageBand, numeratorLabel, denominatorLabel } = def
  const definition = {
    id,
    title,
    question,
    theme,
    unit,
    direction,
    ageBand,
    numeratorLabel,
    denominatorLabel,
    decimals: def.decimals,
    sentence: def.sentence,
    ...(def.negativeSentence ? { negativeSentence: def.negativeSentence } : {}),
  }
  const ids = sourcesOf(m.definition)
  const used = sources.filter((s) => ids.includes(s.id))
  const withValue = new Set(m.values.filter((v) => v.value !== null).map((v) => v.period))
  const latest = [...m.periods].reverse().find((p) => withValue.has(p.id))
  const areaNotes = [...(isNhsMeasure(def) ? [] : (def.areaNotes ?? [])), ...cautions]
  return {
    ...definition,
    caveats: [...caveats],
    breaks: breaks.map((b) => ({ ...b })),
    ...(flaggedPeriods ? { flaggedPeriods: { periods: [...flaggedPeriods.periods], note: flaggedPeriods.note } } : {}),
    ...(areaNotes.length > 0 ? { areaNotes: areaNotes.map((n) => ({ areas: [...n.areas], periods: [...n.periods], note: n.note })) } : {}),
    group,
    areaLevel: isNhsMeasure(def) ? def.areaLevel : 'la',
    sources: used.map((s) => s.id),
    derived: used.some((s) => s.kind === 'derived'),
    // From the figures, not the definition: a segment of counts whose source is not registered
    // (DfE's official exclusions file) gives no interval.
    intervals: m.values.some((v) => v.ci95 !== null),
    periods: m.periods.map((p) => ({ ...p, label: periodLabel(p), short: shortPeriodLabel(p) })),
    latest: latest?.id ?? null,
  }
}

export function areaSummaries(input: SiteDataInput): AreaSummary[] {
  const g = input.geography
  const current: AreaSummary[] = [g.england, ...g.regions, ...g.las].map((a) => {
    const predecessors = g.former.filter((f) => f.successorCodes.includes(a.code)).map((f) => f.code)
    const recodedFrom = g.recodes.filter((r) => r.toCode === a.code).map((r) => ({ code: r.fromCode, note: r.note }))
    const partnership = input.partnerships.get(a.code)
    const neighbours = input.neighbours.get(a.code)?.map((n) => n.code)
    return {
      ...a,
      ...(neighbours ? { neighbours } : {}),
      ...(partnership ? { partnership } : {}),
      ...(predecessors.length > 0 ? { predecessors } : {}),
      ...(recodedFrom.length > 0 ? { recodedFrom } : {}),
    }
  })
  const former: AreaSummary[] = g.former.map(({ successorCodes, ...f }) => ({ ...f, successors: successorCodes }))
  return [...current, ...former, ...nhsAreaList(input.nhs)]
}

/** A download, written as it is. */
function writeDownload(outDir: string, name: string, text: string): void {
  const path = join(outDir, DOWNLOADS_FOLDER, name)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, text)
}

const prettyJson = (data: unknown) => `${JSON.stringify(data, null, 1)}\n`

const nhsAreaList = (nhs: NhsAreas): Area[] => [...nhs.regions, ...nhs.icbs, ...nhs.subIcbs]

export function writeSiteData(outDir: string, input: SiteDataInput): void {
  const { geography: g, computed } = input
  const themes = themeLayouts(computed.map((m) => m.definition))
  const groups = groupOf(themes)
  const index: SiteDataInputOf<'index'> = {
    areas: areaSummaries(input),
    metrics: computed.map((m) => metricInfo(m, input.sources, groups.get(m.definition.id)!, input.cautions.get(m.definition.id))),
    themes,
    sources: input.sources,
    notShown: [...NOT_SHOWN],
  }
  writeSiteDataFile(outDir, 'index', index)
  writeSiteDataFile(outDir, 'changeProgramme', input.programme)
  writeSiteDataFile(outDir, 'map', input.map)
  writeSiteDataFile(outDir, 'nhs', input.nhs.placements)
  writeSiteDataFile(outDir, 'inspections', input.inspections)
  writeSiteDataFile(outDir, 'places', input.places)
  writeSiteDataFile(outDir, 'accounts', input.accounts)
  writeSiteDataFile(outDir, 'sources', input.sources)
  writeSiteDataFile(outDir, 'fetch', input.fetched)
  writeSiteDataFile(outDir, 'designatedOfficers', input.designatedOfficers)

  const byArea = new Map<string, AreaData>()
  const areaData = (code: string) => {
    let d = byArea.get(code)
    if (!d) byArea.set(code, (d = { code, metrics: {} }))
    return d
  }
  for (const m of computed) {
    for (const v of m.values) (areaData(v.area).metrics[v.metric] ??= { values: [], benchmarks: [] }).values.push(v)
    const id = m.definition.id
    const data = { id, values: m.values, distributions: input.distributions.filter((d) => d.metric === id), funnel: metricFunnel(m, g) }
    writeSiteDataFile(outDir, 'metric', data, id)
  }
  for (const b of input.benchmarks) areaData(b.area).metrics[b.metric]!.benchmarks.push(b)
  for (const [code, data] of byArea) writeSiteDataFile(outDir, 'area', data, code)

  const areaByCode = new Map([...g.byCode, ...nhsAreaList(input.nhs).map((a) => [a.code, a] as const)])
  writeDownload(outDir, 'metrics.csv', metricsCsv(computed, areaByCode))
  writeDownload(outDir, 'benchmarks.csv', benchmarksCsv(input.benchmarks, computed))
  writeDownload(outDir, 'accounts.csv', accountsCsv(input.accounts))
  writeDownload(outDir, AREAS_FILE, areasCsv(index.areas))
  for (const d of programmeDownloads(input.programme)) writeDownload(outDir, d.file, d.text)
  writeDownload(outDir, 'metrics.csv-metadata.json', prettyJson(csvwMetadata()))
  writeDownload(
    outDir,
    'metric-definitions.json',
    prettyJson({
      metrics: index.metrics,
      missing_reasons: MISSING_REASONS,
      no_test_reasons: NO_COMPARISON,
      withheld_change_reasons: WITHHELD_CHANGE,
    }),
  )
}
