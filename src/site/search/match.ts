// Matching what a person types against every name of every local authority, forgiving spelling and
// punctuation: "St Helens" finds "St. Helens", "Leads" finds Leeds, "Durham County" finds County
// Durham, and "Hull" finds Kingston upon Hull (a whole word) before Solihull (part of a word).
// Pure functions, shared by the browser script and the tests.

/** A searchable name: [display name, kind, indexes of the LAs it leads to]. */
export type PlaceEntry = readonly [name: string, kind: PlaceKindCode, las: readonly number[]]
/** l local authority, c ONS code, f former LA, d district, t town. */
export type PlaceKindCode = 'l' | 'c' | 'f' | 'd' | 't'

export interface PlaceData {
  /** [slug, name] of each current LA. */
  las: ReadonlyArray<readonly [string, string]>
  places: readonly PlaceEntry[]
}

export interface Match {
  la: number
  /** The name that matched, and what kind of name it is. */
  via: string
  kind: PlaceKindCode
  score: number
}

/** Words that do not tell councils apart. */
const NOISE = new Set(['county', 'council', 'city', 'of', 'the', 'borough', 'royal', 'metropolitan', 'district', 'upon', 'on'])

function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\bsaint\b/g, 'st')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** The words that matter: "City of Kingston upon Hull" -> ["kingston", "hull"]. */
function words(text: string): string[] {
  const all = normalise(text).split(' ').filter(Boolean)
  const kept = all.filter((w) => !NOISE.has(w))
  return kept.length > 0 ? kept : all
}

/** Optimal string alignment distance (edits, with swapped neighbours counting as one). */
function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let prev2: number[] = []
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1)
      cur.push(d)
      best = Math.min(best, d)
    }
    if (best > limit) return limit + 1
    prev2 = prev
    prev = cur
  }
  return prev[b.length]!
}

/** Edits allowed for a word of this length: none for short words, one or two for longer ones. */
const allowed = (length: number) => (length <= 3 ? 0 : length <= 7 ? 1 : 2)

const KIND_BONUS: Readonly<Record<PlaceKindCode, number>> = { l: 5, c: 5, f: 4, d: 3, t: 2 }

/** How well a query's words match a name's words (0 = not at all). */
function scoreName(query: readonly string[], name: readonly string[]): number {
  if (query.length === 0 || name.length === 0) return 0
  if (query.join(' ') === name.join(' ')) return 100
  let total = 0
  for (const q of query) {
    let best = 0
    for (const w of name) {
      if (w === q) best = Math.max(best, 30)
      else if (w.startsWith(q) && q.length >= 2) best = Math.max(best, 20)
      else if (!/\d/.test(q)) {
        // Codes must match exactly or from the start; names may be misspelt.
        const d = editDistance(q, w, allowed(Math.max(q.length, w.length)))
        if (d <= allowed(Math.max(q.length, w.length))) best = Math.max(best, 15 - 5 * d)
      }
    }
    if (best === 0) return 0
    total += best
  }
  // Every word of the name matched: a full match beats a partial one.
  const coverage = name.every((w) => query.some((q) => w === q || w.startsWith(q))) ? 10 : 0
  return total / query.length + coverage
}

/** Every local authority a name in the index leads to, best first, each once with its best-matching name. */
function scored(data: PlaceData, query: string): Match[] {
  const q = words(query)
  if (q.length === 0) return []
  const best = new Map<number, Match>()
  for (const [name, kind, las] of data.places) {
    const s = scoreName(q, words(name))
    if (s === 0) continue
    const score = s + KIND_BONUS[kind]
    for (const la of las) {
      const current = best.get(la)
      if (!current || score > current.score) best.set(la, { la, via: name, kind, score })
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || data.las[a.la]![1].localeCompare(data.las[b.la]![1]))
}

/**
 * Local authorities for a query, best first, each once with the name that led to it. A query of
 * a place and where it is, "Harrogate, North Yorkshire", searches the place and keeps the LAs the
 * parts after the comma also lead to; where they lead to none of them (Hove is not in East Sussex
 * county council's area) the place's own matches stand, and where the place matches nothing, the
 * parts after the comma answer.
 */
export function search(data: PlaceData, query: string, max = 8): Match[] {
  const [place = '', ...within] = query.split(',').map((part) => part.trim())
  const found = scored(data, place)
  const around = within.map((part) => scored(data, part)).filter((m) => m.length > 0)
  const near = new Set(around.flat().map((m) => m.la))
  const narrowed = found.filter((m) => near.has(m.la))
  const matches = narrowed.length > 0 ? narrowed : found.length > 0 ? found : (around[0] ?? [])
  // Far weaker matches (a misspelling of some other word) are noise beside a strong one.
  const top = Math.max(0, ...matches.map((m) => m.score))
  return matches.filter((m) => m.score >= top / 2).slice(0, max)
}

/**
 * The local authority names closest in spelling, for "did you mean": the whole query against each
 * name (one edit more than a search forgives), and each word of four letters or more against each
 * word of a name (as many as a search forgives: "Leedz Towne Hall" -> Leeds). Names further away
 * are not offered, so a query like no name gets no unrelated suggestions. Closest first; ties go
 * to the name matched by the query's earlier word: people type the place first.
 */
export function suggestions(data: PlaceData, query: string, max = 3): number[] {
  const q = normalise(query)
  if (q === '') return []
  const queryWords = words(query).filter((w) => w.length >= 4)
  /** Edits from a to b, or Infinity beyond what is allowed for their length and `extra`. */
  const edits = (a: string, b: string, extra: number) => {
    const limit = allowed(Math.max(a.length, b.length)) + extra
    const d = editDistance(a, b, limit)
    return d <= limit ? d : Infinity
  }
  return data.las
    .map(([, name], i) => {
      const whole = edits(q, normalise(name), 1)
      if (whole < Infinity) return { i, by: -1, d: whole }
      const nameWords = words(name)
      const found = queryWords.map((qw) => Math.min(...nameWords.map((w) => edits(qw, w, 0))))
      const by = found.findIndex((d) => d < Infinity)
      return { i, by, d: by === -1 ? Infinity : found[by]! }
    })
    .filter((x) => x.d < Infinity)
    .sort((a, b) => a.d - b.d || a.by - b.by || a.i - b.i)
    .slice(0, max)
    .map((x) => x.i)
}

/** A UK postcode or its first half ("LS6", "LS1 4AP", "SW1A 1AA"): not searchable with these files. */
export function looksLikePostcode(query: string): boolean {
  return /^[a-z]{1,2}\d[a-z\d]?(\s*\d[a-z]{2})?$/i.test(query.trim())
}

export const KIND_WORDS: Readonly<Record<PlaceKindCode, string>> = {
  l: 'local authority',
  c: 'ONS code',
  f: 'former local authority',
  d: 'district',
  t: 'town or village',
}
