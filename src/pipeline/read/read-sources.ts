// Reads every fetched source through its adapter and collects the observations, the reference
// tables (statistical neighbours, geography changes) and the accounts.
import { existsSync, readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { ConfigError, SourceDataError } from '../errors.ts'
import type { Geography } from '../geography/areas.ts'
import type { ReadInput } from './adapter.ts'
import { checkFormat, FACT_ADAPTERS, isFactFormat, readObservations, type FactFormat, type FactsOf } from './formats.ts'
import { checkGeographyChanges, readGeographyChanges } from './geography-changes.ts'
import type { Observation } from './observation.ts'
import { OBSERVATION_SPECS } from './specs.ts'
import { readStatisticalNeighbours, type Neighbour } from './statistical-neighbours.ts'
import { readDistrictLookup } from './district-lookup.ts'
import type { Source, SourceAccount } from '../../contract/schemas.ts'

/** Facts read from one source, with the format that says what they are. */
export interface SourceFacts {
  source: string
  format: FactFormat
  facts: unknown
}

/** The facts of every source of one format, typed by the format's reader. */
export function factsOfFormat<F extends FactFormat>(all: readonly SourceFacts[], format: F): Array<{ source: string; facts: FactsOf<F> }> {
  return all.filter((f) => f.format === format).map((f) => ({ source: f.source, facts: f.facts as FactsOf<F> }))
}

export interface ReadAll {
  observations: Observation[]
  /** Facts (NHS figures and lookups, inspection outcomes), in registry order. */
  facts: SourceFacts[]
  neighbours: Map<string, Neighbour[]>
  accounts: SourceAccount[]
  /** Path of each source's file, for stages that read a file as a whole (map boundaries). */
  paths: Map<string, string>
  timings: Array<{ source: string; ms: number }>
}

function checkTopoJson(input: ReadInput): SourceAccount {
  let doc: { type?: string; objects?: Record<string, unknown> }
  try {
    doc = JSON.parse(readFileSync(input.path, 'utf8'))
  } catch (e) {
    throw new SourceDataError({ file: input.displayName }, `not valid JSON (${(e as Error).message})`)
  }
  if (doc.type !== 'Topology' || !doc.objects?.utla)
    throw new SourceDataError({ file: input.displayName }, 'expected a TopoJSON Topology with an object "utla"')
  return {
    source: input.sourceId,
    file: input.displayName,
    rowsRead: 1,
    rowsUsed: 1,
    setAside: {},
    recoded: {},
    checks: [],
    observations: 0,
    missing: {},
  }
}

export async function readAllSources(
  sources: Array<{ source: Source; path: string }>,
  geography: Geography,
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Promise<ReadAll> {
  const result: ReadAll = { observations: [], facts: [], neighbours: new Map(), accounts: [], paths: new Map(), timings: [] }
  for (const { source, path } of sources) {
    if (!existsSync(path)) throw new ConfigError(`source ${source.id}: ${path} is missing; run ./dashboard fetch first`)
    const started = performance.now()
    checkFormat(source.id, source.format)
    const input: ReadInput = { sourceId: source.id, path, displayName: relative(process.cwd(), path) || path, geography }
    result.paths.set(source.id, path)
    let account: SourceAccount
    if (source.format === 'statistical-neighbours') {
      const r = readStatisticalNeighbours(input)
      result.neighbours = r.neighbours
      account = r.account
    } else if (source.format === 'ons-geography-changes') {
      const r = readGeographyChanges(input)
      checkGeographyChanges(r.changes, geography, input.displayName)
      account = r.account
    } else if (source.format === 'topojson') {
      account = checkTopoJson(input)
    } else if (source.format === 'ons-district-lookup') {
      // Checked here; the place index (pipeline/places) reads it again by path.
      account = readDistrictLookup(input).account
    } else if (isFactFormat(source.format)) {
      const r = FACT_ADAPTERS[source.format](input)
      result.facts.push({ source: source.id, format: source.format, facts: r.facts })
      account = r.account
    } else {
      const spec = OBSERVATION_SPECS[source.id]
      if (!spec) throw new ConfigError(`source ${source.id} has no entry in src/pipeline/read/specs/ saying what to read from it`)
      if (spec.format !== source.format)
        throw new ConfigError(`source ${source.id} is registered as ${source.format} but its read spec is for ${spec.format}`)
      const r = await readObservations(input, spec)
      for (const o of r.observations) result.observations.push(o)
      account = r.account
    }
    result.accounts.push(account)
    const ms = performance.now() - started
    result.timings.push({ source: source.id, ms })
    log(
      `  read ${source.id.padEnd(34)} ${String(account.rowsRead).padStart(7)} rows, ${String(account.observations).padStart(7)} observations  ${(ms / 1000).toFixed(2)} s`,
    )
  }
  return result
}
