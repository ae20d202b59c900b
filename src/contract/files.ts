// The site data files and the one way to write and read each: through its schema. The pipeline
// writes a file only once it matches; the site reads it only after it has matched again, so a
// hand-edited fixture or a file from an older build fails at the field that is wrong.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import { ChangeProgrammeSchema } from './change-programme.ts'
import { NhsPlacementsSchema } from './nhs.ts'
import {
  AreaDataSchema,
  DesignatedOfficersSchema,
  InspectionsSchema,
  MapShapesSchema,
  MetricDataSchema,
  PlaceSchema,
  SiteIndexSchema,
  SourceAccountSchema,
  SourceRecordSchema,
  SourceSchema,
} from './schemas.ts'

/** Every file of the site data, by the name the code uses for it. */
export const SITE_DATA_FILES = {
  index: { path: () => 'index.json', schema: SiteIndexSchema },
  area: { path: (code: string) => `areas/${code}.json`, schema: AreaDataSchema },
  metric: { path: (id: string) => `metrics/${id}.json`, schema: MetricDataSchema },
  changeProgramme: { path: () => 'change-programme.json', schema: ChangeProgrammeSchema },
  map: { path: () => 'map.json', schema: MapShapesSchema },
  nhs: { path: () => 'nhs.json', schema: NhsPlacementsSchema },
  inspections: { path: () => 'inspections.json', schema: InspectionsSchema },
  places: { path: () => 'places.json', schema: z.array(PlaceSchema) },
  accounts: { path: () => 'accounts.json', schema: z.array(SourceAccountSchema) },
  /** The sources this build read, in full (dist/build-info/ lists their checksums). */
  sources: { path: () => 'sources.json', schema: z.array(SourceSchema) },
  fetch: { path: () => 'fetch.json', schema: z.array(SourceRecordSchema) },
  designatedOfficers: { path: () => 'designated-officers.json', schema: DesignatedOfficersSchema },
} as const

export type SiteDataFile = keyof typeof SITE_DATA_FILES
type Entry<F extends SiteDataFile> = (typeof SITE_DATA_FILES)[F]
export type SiteDataOf<F extends SiteDataFile> = z.infer<Entry<F>['schema']>
/** What the pipeline hands the writer: the same shape before parsing (period ids as plain strings). */
export type SiteDataInputOf<F extends SiteDataFile> = z.input<Entry<F>['schema']>
type KeyOf<F extends SiteDataFile> = Parameters<Entry<F>['path']>

/** Downloads the pipeline writes beside the site data, copied into the site's /data/ as they are. */
export const DOWNLOADS_FOLDER = 'downloads'

class SiteDataError extends Error {
  constructor(path: string, error: z.ZodError) {
    super(`site data ${path} does not match the contract (src/contract/):\n${z.prettifyError(error)}`)
    this.name = 'SiteDataError'
  }
}

/**
 * Rounds floats to six decimals, in place: far beyond any figure's precision, and the same data
 * always give the same bytes. In place, because a rounded copy of 200 MB of site data costs more
 * than writing it.
 */
function roundFloats(value: object): void {
  const round = (x: number) => (Number.isInteger(x) ? x : Math.round(x * 1e6) / 1e6)
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const x: unknown = value[i]
      if (typeof x === 'number') value[i] = round(x)
      else if (x !== null && typeof x === 'object') roundFloats(x)
    }
    return
  }
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) {
    const x = record[key]
    if (typeof x === 'number') record[key] = round(x)
    else if (x !== null && typeof x === 'object') roundFloats(x)
  }
}

function parsed<F extends SiteDataFile>(file: F, path: string, data: unknown): SiteDataOf<F> {
  const result = SITE_DATA_FILES[file].schema.safeParse(data)
  if (!result.success) throw new SiteDataError(path, result.error)
  return result.data as SiteDataOf<F>
}

/** Writes one site data file, compact, once it matches its schema. */
export function writeSiteDataFile<F extends SiteDataFile>(dir: string, file: F, data: SiteDataInputOf<F>, ...key: KeyOf<F>): void {
  const path = join(dir, (SITE_DATA_FILES[file].path as (...k: KeyOf<F>) => string)(...key))
  const checked = parsed(file, path, data)
  if (checked !== null && typeof checked === 'object') roundFloats(checked)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, JSON.stringify(checked))
}

/** Reads one site data file and checks it against its schema. */
export function readSiteDataFile<F extends SiteDataFile>(dir: string, file: F, ...key: KeyOf<F>): SiteDataOf<F> {
  const path = join(dir, (SITE_DATA_FILES[file].path as (...k: KeyOf<F>) => string)(...key))
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new Error(`site data ${path} cannot be read (${(error as Error).message}): build the site data first (./dashboard build-data)`, {
      cause: error,
    })
  }
  return parsed(file, path, JSON.parse(text))
}
