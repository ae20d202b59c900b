// The NHS's own areas, as DfE's lookup of LAs to NHS areas names them: sub-ICB locations (the
// former clinical commissioning groups), the integrated care boards (ICBs) they belong to and the
// NHS regions; and where each current LA sits among them. An LA is placed in one NHS area per level
// only where that is exact: the sub-ICB location when the LA has only one, the ICB when all its
// sub-ICB locations belong to one ICB. Otherwise the LA has no figure at that level, and the
// reason says why: an NHS figure is never shown as an LA's own.
import type { NhsPlacement, NhsPlacements } from '../../contract/nhs.ts'
import { slugify, type Area, type Geography } from '../geography/areas.ts'
import { foldName } from '../read/area-names.ts'
import type { NhsLaLookup, SubIcb } from '../read/nhs-tables.ts'

export type NhsLevel = 'nhs_sub_icb' | 'nhs_icb'

export interface NhsAreas {
  subIcbs: Area[]
  icbs: Area[]
  regions: Area[]
  placements: NhsPlacements
  /** The NHS regions serving each current LA (usually one). */
  regionsOfLa: ReadonlyMap<string, ReadonlySet<string>>
  /** The area a table's row names: a sub-ICB location by its NHS code, an ICB or an NHS region by its name. */
  subIcbByNhsCode: ReadonlyMap<string, Area>
  icbByName: (name: string) => Area | undefined
  regionByName: (name: string) => Area | undefined
}

/** ICBs are written "NHS Sussex ICB" in the lookup and "Sussex" in the waiting-list tables. */
const icbKey = (name: string) =>
  foldName(name)
    .replace(/^nhs /, '')
    .replace(/ icb$/, '')
    .replace(/ integrated care board$/, '')
/** Commissioning regions are written "LONDON COMMISSIONING REGION", "London" or "East Of England". */
const regionKey = (name: string) => foldName(name).replace(/ commissioning region$/, '')

export function nhsAreas(lookup: NhsLaLookup, g: Geography): NhsAreas {
  const regions = new Map<string, Area>()
  const icbs = new Map<string, Area>()
  const subIcbs = new Map<string, Area>()
  const region = (name: string) => {
    const key = regionKey(name)
    let a = regions.get(key)
    if (!a)
      regions.set(
        key,
        (a = { code: `nhs-region-${slugify(key)}`, name: `${name} NHS region`, type: 'nhs_region', slug: `nhs-region-${slugify(key)}` }),
      )
    return a
  }
  for (const list of lookup.byLa.values())
    for (const s of list) {
      const inRegion = region(s.nhsRegion)
      const key = icbKey(s.icb)
      if (!icbs.has(key))
        icbs.set(key, { code: `icb-${slugify(key)}`, name: s.icb, type: 'nhs_icb', slug: `icb-${slugify(key)}`, regionCode: inRegion.code })
      if (!subIcbs.has(s.code)) {
        const code = `sub-icb-${s.code.toLowerCase()}`
        subIcbs.set(s.code, { code, name: s.name, type: 'nhs_sub_icb', slug: code, regionCode: inRegion.code })
      }
    }

  // Each current LA's sub-ICB locations, and the ICB and region each belongs to.
  const subIcbsOf = (la: string): readonly SubIcb[] | undefined => lookup.byLa.get(la)
  const areaOf = (s: SubIcb, level: NhsLevel) => (level === 'nhs_sub_icb' ? subIcbs.get(s.code)! : icbs.get(icbKey(s.icb))!)

  const place = (la: Area, level: NhsLevel): NhsPlacement => {
    const list = subIcbsOf(la.code)
    const none = (reason: string): NhsPlacement => ({ area: null, reason, alsoCovers: [], partlyCovers: [] })
    if (!list) {
      const former = g.former.find((f) => f.successorCodes.includes(la.code) && lookup.byLa.has(f.code))
      return none(
        former
          ? `DfE's lookup of local authorities to NHS areas is on the 2022 geography, before ${la.name} was formed from ${former.name}, which several NHS areas served`
          : `${la.name} is not in DfE's lookup of local authorities to NHS areas`,
      )
    }
    const areas = [...new Set(list.map((s) => areaOf(s, level)))]
    const inRegions = new Set(list.map((s) => s.nhsRegion))
    if (areas.length !== 1 || inRegions.size !== 1) {
      const what = level === 'nhs_sub_icb' ? 'NHS sub-ICB locations' : 'integrated care boards'
      return none(
        `${la.name} is served by ${areas.length} ${what} (${areas.map((a) => a.name).join(', ')}), whose figures cannot be combined into one for ${la.name}`,
      )
    }
    const area = areas[0]!
    // The other councils it serves: wholly, or in part (a council served by several NHS areas).
    const alsoCovers: string[] = []
    const partlyCovers: string[] = []
    for (const other of g.las) {
      if (other.code === la.code) continue
      const theirs = subIcbsOf(other.code)?.map((s) => areaOf(s, level)) ?? []
      if (!theirs.includes(area)) continue
      if (theirs.every((a) => a === area)) alsoCovers.push(other.code)
      else partlyCovers.push(other.code)
    }
    return { area: area.code, reason: null, alsoCovers, partlyCovers }
  }

  const placements: NhsPlacements = {}
  for (const la of g.las) placements[la.code] = { nhs_sub_icb: place(la, 'nhs_sub_icb'), nhs_icb: place(la, 'nhs_icb') }
  const regionsOfLa = new Map(
    g.las.flatMap((la) => {
      const list = subIcbsOf(la.code)
      return list ? [[la.code, new Set(list.map((s) => region(s.nhsRegion).code))] as const] : []
    }),
  )
  return {
    subIcbs: [...subIcbs.values()],
    icbs: [...icbs.values()],
    regions: [...regions.values()],
    placements,
    regionsOfLa,
    subIcbByNhsCode: subIcbs,
    icbByName: (name) => icbs.get(icbKey(name)),
    regionByName: (name) => regions.get(regionKey(name)),
  }
}

/** The LAs whose under-18 population makes up an NHS area's: those it serves wholly, when it serves no LA in part. */
export function wholeLasOf(areas: NhsAreas, code: string, level: NhsLevel): string[] | null {
  const wholly: string[] = []
  for (const [la, p] of Object.entries(areas.placements)) {
    const own = p[level]
    if (own.area === code) {
      if (own.partlyCovers.length > 0) return null
      wholly.push(la)
    }
  }
  return wholly.length > 0 ? wholly : null
}
