// The geography the dashboard publishes on: England, 9 regions and the 153 local authorities
// (LAs) of 2025, plus former LAs whose history is shown on their successors' pages. Loaded from
// the project's own reference tables in data/geography/ and checked on load.
import { readCsvFile, requireColumns } from '../files/csv-file.ts'
import { ENGLAND_CODE, type AreaType } from '../../contract/vocabulary.ts'
import { ConfigError } from '../errors.ts'

export interface Area {
  code: string
  name: string
  type: AreaType
  slug: string
  /** Region of an LA or former LA. */
  regionCode?: string
  /** DfE's 3-digit number (old_la_code for LAs; 970 England, 980-990 regions). */
  oldLaCode?: string
  /**
   * City of London and the Isles of Scilly: so few children that ranks and comparisons without an
   * interval would mislead. Their pages stay; those comparisons are not made.
   */
  smallNumbers?: boolean
}

export interface FormerArea extends Area {
  type: 'former_la'
  successorCodes: string[]
  effective: string
  note: string
}

/** An old code that now stands for a current LA (same area, new code). */
export interface Recode {
  fromCode: string
  toCode: string
  oldLaCode: string
  effective: string
  note: string
}

const LA_COUNT_2025 = 153
const REGION_COUNT = 9

export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

export interface GeographyTables {
  regionsFile: string
  lasFile: string
  changesFile: string
}

const DEFAULT_GEOGRAPHY_TABLES: GeographyTables = {
  regionsFile: 'data/geography/regions.csv',
  lasFile: 'data/geography/local-authorities-2025.csv',
  changesFile: 'data/geography/code-changes.csv',
}

export interface Geography {
  england: Area
  regions: Area[]
  las: Area[]
  former: FormerArea[]
  recodes: Recode[]
  /** Every current and former area by code (England, regions, LAs, former LAs). */
  byCode: Map<string, Area>
  /** England, regions, current LAs and former LAs by DfE 3-digit number. */
  byOldLaCode: Map<string, Area>
  recodeFrom: Map<string, Recode>
}

export function loadGeography(tables: GeographyTables = DEFAULT_GEOGRAPHY_TABLES): Geography {
  const regionsTable = readCsvFile(tables.regionsFile)
  const r = requireColumns(regionsTable, ['code', 'dfe_number', 'name'])
  const regions: Area[] = regionsTable.rows.map(({ cells }) => ({
    code: cells[r.code]!,
    name: cells[r.name]!,
    type: 'region',
    slug: slugify(cells[r.name]!),
    oldLaCode: cells[r.dfe_number]!,
  }))

  const lasTable = readCsvFile(tables.lasFile)
  const l = requireColumns(lasTable, ['code', 'old_la_code', 'name', 'region_code', 'small_numbers'])
  const las: Area[] = lasTable.rows.map(({ cells }) => ({
    code: cells[l.code]!,
    name: cells[l.name]!,
    type: 'la',
    slug: slugify(cells[l.name]!),
    regionCode: cells[l.region_code]!,
    oldLaCode: cells[l.old_la_code]!,
    ...(cells[l.small_numbers] === 'yes' ? { smallNumbers: true } : {}),
  }))

  const changesTable = readCsvFile(tables.changesFile)
  const c = requireColumns(changesTable, ['code', 'old_la_code', 'name', 'region_code', 'change', 'successor_codes', 'effective', 'note'])
  const former: FormerArea[] = []
  const recodes: Recode[] = []
  for (const { cells, line } of changesTable.rows) {
    const successors = cells[c.successor_codes]!.split(';').filter(Boolean)
    const change = cells[c.change]
    if (change === 'recode') {
      if (successors.length !== 1) throw new ConfigError(`${tables.changesFile}, row ${line}: a recode needs exactly one successor code`)
      recodes.push({
        fromCode: cells[c.code]!,
        toCode: successors[0]!,
        oldLaCode: cells[c.old_la_code]!,
        effective: cells[c.effective]!,
        note: cells[c.note]!,
      })
    } else if (change === 'predecessor') {
      const name = cells[c.name]!
      former.push({
        code: cells[c.code]!,
        name,
        type: 'former_la',
        slug: slugify(name),
        regionCode: cells[c.region_code]!,
        oldLaCode: cells[c.old_la_code]!,
        successorCodes: successors,
        effective: cells[c.effective]!,
        note: cells[c.note]!,
      })
    } else {
      throw new ConfigError(`${tables.changesFile}, row ${line}, column "change": expected "recode" or "predecessor", found "${change}"`)
    }
  }

  const england: Area = { code: ENGLAND_CODE, name: 'England', type: 'england', slug: 'england', oldLaCode: '970' }
  const geography = indexGeography(england, regions, las, former, recodes)
  check(geography, tables)
  return geography
}

/** Indexes a geography's areas by code and DfE number (also used by the benchmark's synthetic geographies). */
export function indexGeography(england: Area, regions: Area[], las: Area[], former: FormerArea[], recodes: Recode[]): Geography {
  const byCode = new Map<string, Area>()
  const byOldLaCode = new Map<string, Area>()
  for (const area of [england, ...regions, ...las, ...former]) {
    if (byCode.has(area.code)) throw new ConfigError(`geography tables: area code ${area.code} appears twice`)
    byCode.set(area.code, area)
  }
  for (const area of [england, ...regions, ...las, ...former]) {
    if (!area.oldLaCode) continue
    if (byOldLaCode.has(area.oldLaCode)) throw new ConfigError(`geography tables: LA number ${area.oldLaCode} appears twice`)
    byOldLaCode.set(area.oldLaCode, area)
  }
  const recodeFrom = new Map(recodes.map((r) => [r.fromCode, r]))
  return { england, regions, las, former, recodes, byCode, byOldLaCode, recodeFrom }
}

function check(g: Geography, tables: GeographyTables): void {
  if (g.regions.length !== REGION_COUNT)
    throw new ConfigError(`${tables.regionsFile}: expected ${REGION_COUNT} regions, found ${g.regions.length}`)
  if (g.las.length !== LA_COUNT_2025)
    throw new ConfigError(`${tables.lasFile}: expected ${LA_COUNT_2025} local authorities, found ${g.las.length}`)
  const slugs = new Set<string>()
  for (const area of [...g.las, ...g.regions]) {
    if (slugs.has(area.slug)) throw new ConfigError(`geography tables: two areas share the page name "${area.slug}"`)
    slugs.add(area.slug)
  }
  for (const area of [...g.las, ...g.former]) {
    if (!g.regions.some((r) => r.code === area.regionCode))
      throw new ConfigError(`geography tables: ${area.name} (${area.code}) has unknown region ${area.regionCode}`)
  }
  for (const f of g.former) {
    for (const s of f.successorCodes) {
      if (g.byCode.get(s)?.type !== 'la') throw new ConfigError(`${tables.changesFile}: successor ${s} of ${f.name} is not a current LA`)
    }
  }
  for (const r of g.recodes) {
    if (g.byCode.get(r.toCode)?.type !== 'la')
      throw new ConfigError(`${tables.changesFile}: ${r.fromCode} is recoded to ${r.toCode}, which is not a current LA`)
    if (g.byCode.has(r.fromCode)) throw new ConfigError(`${tables.changesFile}: ${r.fromCode} is both a recode and an area`)
  }
}

/** The date a current LA came into being, if it replaced former LAs (from the code-change table). */
export function createdOn(g: Geography, code: string): string | undefined {
  const dates = g.former.filter((f) => f.successorCodes.includes(code)).map((f) => f.effective)
  return dates.length > 0 ? dates.sort().at(-1) : undefined
}
