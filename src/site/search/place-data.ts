// The search index the browser loads: each current LA once, and every name pointing at them.
import { areas, placesData } from '../site-data.ts'
import type { PlaceData, PlaceKindCode } from './match.ts'
import type { Place, PlaceKind } from '../../contract/schemas.ts'

const CODES: Readonly<Record<PlaceKind, PlaceKindCode>> = { la: 'l', code: 'c', former: 'f', district: 'd', town: 't' }

export function placeData(places: readonly Place[] = placesData()): PlaceData {
  const las = areas('la')
  const index = new Map(las.map((a, i) => [a.code, i]))
  return {
    las: las.map((a) => [a.slug, a.name] as const),
    places: places.map((p) => [p.name, CODES[p.kind], p.las.map((code) => index.get(code)!)] as const),
  }
}

/** Under each LA: its districts and towns (not its own name or codes), sorted. */
export function namesByLa(places: readonly Place[] = placesData()): Map<string, string[]> {
  const out = new Map<string, Set<string>>()
  for (const p of places)
    if (p.kind === 'district' || p.kind === 'town' || p.kind === 'former')
      for (const code of p.las) (out.get(code) ?? out.set(code, new Set()).get(code)!).add(p.name)
  return new Map([...out].map(([code, names]) => [code, [...names].sort((a, b) => a.localeCompare(b))]))
}
