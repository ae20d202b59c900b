// Where page generation spends its time, by route family (theme pages, metric pages, LA summaries,
// CSVs...): read from the line Astro prints for every file it writes,
// "  ├─ /la/leeds/who/index.html (+12ms)" (uncoloured: the page build runs Astro with NO_COLOR).
export interface FamilyTime {
  family: string
  files: number
  ms: number
}

const THEME_PAGE = /^\/(la|region)\/[^/]+\/[^/]+\/index\.html$/

/** The route family of an output path ("/la/leeds/who/index.html" -> "LA theme pages"). */
export function routeFamily(path: string): string {
  const parts = path.split('/').filter(Boolean)
  const file = parts.at(-1) ?? ''
  switch (parts[0]) {
    case 'metric':
      return file === 'index.html' ? 'metric pages' : `metric ${file}`
    case 'la':
      if (parts.length === 2) return `LA ${file}`
      if (parts.length === 3) return file === 'index.html' ? 'LA summaries' : `LA ${file}`
      if (parts[2] === 'compare') return 'LA compare pages'
      return THEME_PAGE.test(path) ? 'LA theme pages' : `LA ${file}`
    case 'region':
      return parts.length === 3 ? 'region summaries' : 'region theme pages'
    case 'england':
      return parts.length === 2 ? 'England summary' : 'England theme pages'
    default:
      return 'other pages'
  }
}

const ROUTE_LINE = /[├└]─ (\/\S+) \(\+([\d.]+)(ms|s)\)/

/** Adds up Astro's per-file lines; `base` ("/repo/") is taken off paths when Astro prints it. */
export class PageTimings {
  readonly #families = new Map<string, FamilyTime>()
  readonly #base: string

  constructor(base = '/') {
    this.#base = base
  }

  /** Takes one line of Astro's output; when it was a file's line (printed once the file is written), the file's path. */
  add(line: string): string | null {
    const m = ROUTE_LINE.exec(line)
    if (!m) return null
    const path = this.#base !== '/' && m[1]!.startsWith(this.#base) ? `/${m[1]!.slice(this.#base.length)}` : m[1]!
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1)
    const family = routeFamily(path)
    const f = this.#families.get(family) ?? { family, files: 0, ms: 0 }
    f.files++
    f.ms += ms
    this.#families.set(family, f)
    return path
  }

  get files(): number {
    return [...this.#families.values()].reduce((n, f) => n + f.files, 0)
  }

  /** Families, slowest first. */
  families(): FamilyTime[] {
    return [...this.#families.values()].sort((a, b) => b.ms - a.ms)
  }
}
