// Finds an area by the name a table prints, for the few published tables that carry names but no
// codes (DfE's SEND and AP Inclusion Dashboard prepared tables). Names are compared after folding
// case, punctuation and "&"; a name that matches no area, or more than one area that existed at
// the time, is refused rather than guessed. A name that two councils have borne (Dorset: the county
// council area until April 2019, the unitary council since) is decided by the table's own rows for
// the period where they show which side of the reorganisation the table is on.
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

/** The folded names of the LAs a table's rows name in one period (see rowNamesByPeriod). */
export type RowNames = ReadonlySet<string>

export interface NameIndex {
  /**
   * The LA a name stands for in a period. Where two councils have borne the name, the rows the table
   * gives for the period decide when they can (see byRows), and otherwise the period's start.
   */
  la(name: string, periodStart: string, rows?: RowNames): Area | string
  /**
   * For a name two councils have borne, the one a table's rows for a period point to, with the names
   * that show it: the rows name other councils formed in the same reorganisation (Bournemouth,
   * Christchurch and Poole) and none it abolished (Bournemouth, Poole), or the reverse. Undefined for
   * an unambiguous name, or where the rows name both sides or neither.
   */
  byRows(name: string, rows: RowNames): { area: Area; shownBy: string[] } | undefined
  /** Every current or former LA a name can stand for. */
  councils(name: string): readonly Area[]
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
  const byRows: NameIndex['byRows'] = (name, rows) => {
    const candidates = las.get(foldName(name)) ?? []
    if (candidates.length < 2) return undefined
    const sides = reorganisationSides(g, candidates)
    if (!sides) return undefined
    const shown = (areas: readonly Area[]) => areas.filter((a) => rows.has(foldName(a.name))).map((a) => a.name)
    const after = shown(sides.formed)
    const before = shown(sides.abolished)
    if (after.length > 0 && before.length === 0) return { area: sides.successor, shownBy: after }
    if (before.length > 0 && after.length === 0) return { area: sides.predecessor, shownBy: before }
    return undefined
  }
  return {
    la(name, periodStart, rows) {
      const candidates = las.get(foldName(name)) ?? []
      if (candidates.length === 0) return `no local authority is called "${name}"`
      if (candidates.length === 1) return candidates[0]!
      const chosen = rows ? byRows(name, rows) : undefined
      if (chosen) return chosen.area
      const existing = candidates.filter((a) => existedAt(g, a, periodStart))
      if (existing.length === 1) return existing[0]!
      return `"${name}" names more than one local authority (${candidates.map((a) => `${a.name} ${a.code}`).join(', ')})`
    },
    byRows,
    councils: (name) => las.get(foldName(name)) ?? [],
    region: (name) => regions.get(foldName(name)),
  }
}

/**
 * Two councils of one name, a former LA and the current LA that replaced it: the other councils
 * that reorganisation formed and abolished, whose presence in a table's rows shows its geography.
 */
function reorganisationSides(
  g: Geography,
  candidates: readonly Area[],
): { predecessor: Area; successor: Area; formed: Area[]; abolished: Area[] } | undefined {
  if (candidates.length !== 2) return undefined
  const predecessor = g.former.find((f) => candidates.some((c) => c.code === f.code))
  const successor = candidates.find((c) => c.type === 'la')
  if (!predecessor || !successor || !predecessor.successorCodes.includes(successor.code)) return undefined
  const date = predecessor.effective
  return {
    predecessor,
    successor,
    formed: g.las.filter((la) => la.code !== successor.code && createdOn(g, la.code) === date),
    abolished: g.former.filter((f) => f.code !== predecessor.code && f.effective === date),
  }
}

/** Each period's folded LA names, from a table's rows (period id and LA name of each row). */
export function rowNamesByPeriod(rows: Iterable<{ period: string; name: string }>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  for (const { period, name } of rows) {
    if (name.trim() === '') continue
    let set = out.get(period)
    if (!set) out.set(period, (set = new Set()))
    set.add(foldName(name))
  }
  return out
}
