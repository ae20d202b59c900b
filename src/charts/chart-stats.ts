// How many charts a build draws, how long they take, and how many are the same drawing as another
// (the same SVG made for two pages): the figures ./dashboard bench reports for chart rendering.
// Every chart function is wrapped once, where it is defined, so no caller can draw uncounted.
// Charts are drawn in several processes and threads (Astro's, the embed generator's workers):
// each keeps a tally, and the build merges them.
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'

/** One process's charts of one kind; `digests` identify each different SVG. */
export interface ChartTally {
  kind: string
  drawn: number
  ms: number
  digests: string[]
}

export interface ChartKindStats {
  kind: string
  /** Charts drawn. */
  drawn: number
  /** Different SVGs among them: drawn - distinct were drawn again for a second page. */
  distinct: number
  /** Time spent drawing, in milliseconds. */
  ms: number
}

const byKind = new Map<string, { drawn: number; ms: number; digests: Set<string> }>()

/** `draw`, counted and timed under `kind` ("trend", "neighbours", ...). */
export function measuredChart<I>(kind: string, draw: (input: I) => string): (input: I) => string {
  return (input) => {
    const started = performance.now()
    const svg = draw(input)
    const ms = performance.now() - started
    let s = byKind.get(kind)
    if (!s) byKind.set(kind, (s = { drawn: 0, ms: 0, digests: new Set() }))
    s.drawn++
    s.ms += ms
    s.digests.add(createHash('sha1').update(svg).digest('base64'))
    return svg
  }
}

/** This process's (or thread's) tallies so far. */
export function chartTallies(): ChartTally[] {
  return [...byKind].map(([kind, s]) => ({ kind, drawn: s.drawn, ms: s.ms, digests: [...s.digests] }))
}

/** Tallies from several processes, merged by kind: an SVG drawn in two of them counts once as different. */
export function chartStats(tallies: readonly ChartTally[]): ChartKindStats[] {
  const merged = new Map<string, { drawn: number; ms: number; digests: Set<string> }>()
  for (const t of tallies) {
    const m = merged.get(t.kind) ?? { drawn: 0, ms: 0, digests: new Set<string>() }
    m.drawn += t.drawn
    m.ms += t.ms
    for (const d of t.digests) m.digests.add(d)
    merged.set(t.kind, m)
  }
  return [...merged].map(([kind, m]) => ({ kind, drawn: m.drawn, distinct: m.digests.size, ms: m.ms })).sort((a, b) => b.drawn - a.drawn)
}

// The page build (Astro) runs in a process of its own: the build asks it for its tallies by naming
// a file in DASHBOARD_CHART_STATS, written when the process ends.
const statsFile = process.env.DASHBOARD_CHART_STATS
if (statsFile) process.once('exit', () => writeFileSync(statsFile, `${JSON.stringify(chartTallies())}\n`))
