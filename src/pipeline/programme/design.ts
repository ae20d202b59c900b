// The evaluation's design: which LAs are pilots (and in which partnership), each LA's region and
// statistical neighbours, and which LAs are left out. Indexed once into arrays so that the many
// redraws of the randomisation tests loop over numbers, not strings.
import type { Geography } from '../geography/areas.ts'
import type { Neighbour } from '../read/statistical-neighbours.ts'

/** City of London and the Isles of Scilly: so few children that their rates swing by chance. */
export const SMALL_NUMBER_LAS: ReadonlySet<string> = new Set(['E09000001', 'E06000053'])

export interface Design {
  /** Pilot LA code -> its partnership. */
  partnership: ReadonlyMap<string, string>
  /** Every current LA code -> its region code. Only these areas are read from a panel. */
  region: ReadonlyMap<string, string>
  /** LA code -> its statistical neighbours' codes, closest first. */
  neighbours: ReadonlyMap<string, readonly string[]>
  /** LAs left out of every comparison; SMALL_NUMBER_LAS when not given. */
  excluded?: ReadonlySet<string>
}

/** A region's LAs, the stratum within which the redraws pick pseudo-pilots. */
export interface Stratum {
  region: string
  /** The partnership of the region's pilots, if it has any. */
  partnership: string | null
  members: readonly number[]
  pilots: number
}

export interface IndexedDesign {
  /** Included LA codes, sorted; an LA's index is its position here. */
  codes: readonly string[]
  index: ReadonlyMap<string, number>
  /** 1 for a pilot LA. */
  pilot: Uint8Array
  /** Strata in region-code order; a stratum's pilots take consecutive slots in every assignment. */
  strata: readonly Stratum[]
  /** Each LA's stratum (index into strata). */
  stratumOf: Int32Array
  /** Each LA's included statistical neighbours (indices), closest first. */
  neighbours: readonly (readonly number[])[]
}

export function indexDesign(design: Design): IndexedDesign {
  const excluded = design.excluded ?? SMALL_NUMBER_LAS
  for (const [code, partnership] of design.partnership) {
    if (!design.region.has(code)) throw new RangeError(`pilot LA ${code} (${partnership}) has no region`)
    if (excluded.has(code)) throw new RangeError(`pilot LA ${code} (${partnership}) is among the LAs left out`)
  }
  const codes = [...design.region.keys()].filter((c) => !excluded.has(c)).sort()
  const index = new Map(codes.map((c, i) => [c, i]))
  const pilot = Uint8Array.from(codes, (c) => (design.partnership.has(c) ? 1 : 0))

  const byRegion = new Map<string, number[]>()
  codes.forEach((c, i) => {
    const r = design.region.get(c)!
    byRegion.set(r, [...(byRegion.get(r) ?? []), i])
  })
  const strata = [...byRegion.keys()].sort().map((region) => {
    const members = byRegion.get(region)!
    const partnerships = new Set(members.filter((i) => pilot[i] === 1).map((i) => design.partnership.get(codes[i]!)!))
    // A partnership's estimate compares the pseudo-pilots redrawn in its region: one per region.
    if (partnerships.size > 1)
      throw new RangeError(`region ${region} has pilots of more than one partnership: ${[...partnerships].join(', ')}`)
    return { region, partnership: [...partnerships][0] ?? null, members, pilots: members.filter((i) => pilot[i] === 1).length }
  })
  const partnershipRegions = new Map<string, number>()
  for (const s of strata) if (s.partnership) partnershipRegions.set(s.partnership, (partnershipRegions.get(s.partnership) ?? 0) + 1)
  for (const [p, n] of partnershipRegions) if (n > 1) throw new RangeError(`partnership ${p} spans ${n} regions`)

  const stratumOf = new Int32Array(codes.length)
  strata.forEach((s, k) => s.members.forEach((i) => (stratumOf[i] = k)))
  const neighbours = codes.map((c) => (design.neighbours.get(c) ?? []).flatMap((n) => (index.has(n) ? [index.get(n)!] : [])))
  return { codes, index, pilot, strata, stratumOf, neighbours }
}

/** The design from the project's geography, the Change Programme table and DfE's neighbours. */
export function designFromGeography(
  g: Geography,
  partnerships: ReadonlyMap<string, string>,
  neighbours: ReadonlyMap<string, readonly Neighbour[]>,
): Design {
  return {
    partnership: partnerships,
    region: new Map(g.las.map((la) => [la.code, la.regionCode!])),
    neighbours: new Map([...neighbours].map(([code, list]) => [code, list.map((n) => n.code)])),
    excluded: new Set(g.las.filter((la) => la.smallNumbers).map((la) => la.code)),
  }
}
