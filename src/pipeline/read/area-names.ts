// Finds an area by the name a table prints, for the few published tables that carry names but no
// codes (DfE's SEND and AP Inclusion Dashboard prepared tables). Names are compared after folding
// case, punctuation and "&"; a name that matches no area, or more than one area that existed at
// the time, is refused rather than guessed.
import { createdOn, type Area, type Geography } from '../geography/areas.ts'

/** Spellings the prepared tables use for current LAs, beside the names in data/geography/. */
const LA_ALIASES: Readonly<Record<string, string>> = {
  durham: 'E06000047',
  'bristol city of': 'E06000023',
  bristol: 'E06000023',
  'kingston upon hull': 'E06000010',
  'hull city of': 'E06000010',
  herefordshire: 'E06000019',
  'st helens': 'E08000013',
}

export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** Whether a current or former LA existed on a date (YYYY-MM-DD); England and regions always did. */
export function existedAt(g: Geography, area: Area, date: string): boolean {
  if (area.type === 'former_la') return date < (g.former.find((f) => f.code === area.code)?.effective ?? '')
  if (area.type !== 'la') return true
  const created = createdOn(g, area.code)
  return created === undefined || date >= created
}

export interface NameIndex {
  la(name: string, periodStart: string): Area | string
  region(name: string): Area | undefined
}

export function nameIndex(g: Geography): NameIndex {
  const las = new Map<string, Area[]>()
  const add = (key: string, area: Area) => {
    const list = las.get(key) ?? []
    if (!list.includes(area)) list.push(area)
    las.set(key, list)
  }
  for (const area of [...g.las, ...g.former]) add(foldName(area.name), area)
  for (const [alias, code] of Object.entries(LA_ALIASES)) add(alias, g.byCode.get(code)!)
  const regions = new Map(g.regions.map((r) => [foldName(r.name), r]))
  return {
    la(name, periodStart) {
      const candidates = las.get(foldName(name)) ?? []
      if (candidates.length === 0) return `no local authority is called "${name}"`
      if (candidates.length === 1) return candidates[0]!
      const existing = candidates.filter((a) => existedAt(g, a, periodStart))
      if (existing.length === 1) return existing[0]!
      return `"${name}" names more than one local authority (${candidates.map((a) => `${a.name} ${a.code}`).join(', ')})`
    },
    region: (name) => regions.get(foldName(name)),
  }
}
