// Every source format the pipeline reads, registered in one place: the adapter map keyed by
// format. The registry's list of formats and the type of a read spec are derived from it, so a new
// format is one new entry here (and its adapter module).
import { ConfigError } from '../errors.ts'
import type { ReadInput, ReadResult } from './adapter.ts'
import { readAreaSendInspectionsMi, readAreaSendInspectionsOds } from './area-send-inspections.ts'
import { readD2iAreaSendInspections, readD2iOfstedProviders } from './d2i-area-send-inspections.ts'
import { readDesignatedOfficers } from './designated-officers.ts'
import { readDsgOds } from './dsg-allocations.ts'
import { readEesCsv } from './ees-csv.ts'
import { readD2iLong, readLaitLong } from './long-table.ts'
import { readAutismWaits, readCommunityWaits, readCypMentalHealth, readNhsLaLookup } from './nhs-tables.ts'
import { readOnsPopulation } from './ons-population.ts'
import { readPreparedTable } from './prepared-table.ts'
import { readTribunalTable } from './tribunal-table.ts'

/** Formats whose files become observations, each with the adapter that reads them. */
export const OBSERVATION_ADAPTERS = {
  'ees-csv': readEesCsv,
  'tribunal-table': readTribunalTable,
  'ons-mye-xlsx': readOnsPopulation,
  'd2i-long': readD2iLong,
  'lait-long': readLaitLong,
  'dfe-prepared': readPreparedTable,
  'dsg-ods': readDsgOds,
} as const

export type ObservationFormat = keyof typeof OBSERVATION_ADAPTERS

/** What to read from a source: the spec its format's adapter takes (each spec names its format). */
export type ObservationSpec = { [F in ObservationFormat]: Parameters<(typeof OBSERVATION_ADAPTERS)[F]>[1] }[ObservationFormat]

/**
 * Formats whose rows are facts, not values of a measure for an area: NHS figures for NHS areas and
 * DfE's lookup placing LAs in them, and area SEND inspection outcomes (src/pipeline/read/facts.ts).
 */
export const FACT_ADAPTERS = {
  'nhs-la-lookup': readNhsLaLookup,
  'nhs-autism-waits': readAutismWaits,
  'nhs-cyp-mental-health': readCypMentalHealth,
  'nhs-community-waits': readCommunityWaits,
  'area-send-inspections-ods': readAreaSendInspectionsOds,
  'area-send-inspections-mi': readAreaSendInspectionsMi,
  'd2i-area-send-inspections': readD2iAreaSendInspections,
  'd2i-ofsted-providers': readD2iOfstedProviders,
  'sen2-designated-officers': readDesignatedOfficers,
} as const

export type FactFormat = keyof typeof FACT_ADAPTERS
/** The facts each format's reader returns. */
export type FactsOf<F extends FactFormat> = ReturnType<(typeof FACT_ADAPTERS)[F]>['facts']

export function isFactFormat(format: string): format is FactFormat {
  return format in FACT_ADAPTERS
}

/** Formats read as reference tables or checked as whole files, not turned into observations. */
const REFERENCE_FORMATS = ['statistical-neighbours', 'ons-geography-changes', 'topojson', 'ons-district-lookup'] as const

const SOURCE_FORMATS: readonly string[] = [...Object.keys(OBSERVATION_ADAPTERS), ...Object.keys(FACT_ADAPTERS), ...REFERENCE_FORMATS]

/** Stops a build whose registry names a format no reader knows (the registry itself cannot tell). */
export function checkFormat(sourceId: string, format: string): void {
  if (!SOURCE_FORMATS.includes(format))
    throw new ConfigError(
      `data/sources.json: source ${sourceId} has format "${format}", which no reader knows (${SOURCE_FORMATS.join(', ')})`,
    )
}

export function readObservations(input: ReadInput, spec: ObservationSpec): Promise<ReadResult> {
  const adapter = OBSERVATION_ADAPTERS[spec.format] as (input: ReadInput, spec: ObservationSpec) => ReadResult | Promise<ReadResult>
  return Promise.resolve(adapter(input, spec))
}
