// Every chart is drawn once: a chart asked for again with the same input (the trend on an embed
// page and in its chart.svg) is the SVG already drawn (charts are pure functions of their input).
// The wrapper also counts and times the charts: the figures ./dashboard bench reports. Every chart
// function is wrapped where it is defined, so no caller can draw uncounted or twice.
// Charts are drawn in several processes and threads (Astro's, the embed generator's workers):
// each keeps a tally, and the build merges them.
import { writeFileSync } from 'node:fs'

/** One process's charts of one kind. */
export interface ChartTally {
  kind: string
  /** Charts asked for by pages and files. */
  requested: number
  /** Charts drawn: the others had the same input as a chart already drawn, so the same SVG. */
  drawn: number
  /** Time spent drawing, in milliseconds. */
  ms: number
}

const byKind = new Map<string, ChartTally>()

/** Recent charts by input: pages ask for the same chart close together (an embed and its SVG file). */
const recent = new Map<string, string>()
const RECENT = 256

/** `draw`, drawn once per input, counted and timed under `kind` ("trend", "neighbours", ...). */
export function cachedChart<I>(kind: string, draw: (input: I) => string): (input: I) => string {
  return (input) => {
    let s = byKind.get(kind)
    if (!s) byKind.set(kind, (s = { kind, requested: 0, drawn: 0, ms: 0 }))
    s.requested++
    const key = `${kind}\n${JSON.stringify(input)}`
    const known = recent.get(key)
    if (known !== undefined) return known
    const started = performance.now()
    const svg = draw(input)
    s.ms += performance.now() - started
    s.drawn++
    if (recent.size >= RECENT) recent.clear()
    recent.set(key, svg)
    return svg
  }
}

/** This process's (or thread's) tallies so far. */
export function chartTallies(): ChartTally[] {
  return [...byKind.values()].map((t) => ({ ...t }))
}

/** Tallies from several processes and threads, added up by kind. */
export function chartStats(tallies: readonly ChartTally[]): ChartTally[] {
  const merged = new Map<string, ChartTally>()
  for (const t of tallies) {
    const m = merged.get(t.kind) ?? { kind: t.kind, requested: 0, drawn: 0, ms: 0 }
    m.requested += t.requested
    m.drawn += t.drawn
    m.ms += t.ms
    merged.set(t.kind, m)
  }
  return [...merged.values()].sort((a, b) => b.requested - a.requested)
}

// The page build (Astro) runs in a process of its own: the build asks it for its tallies by naming
// a file in DASHBOARD_CHART_STATS, written when the process ends.
const statsFile = process.env.DASHBOARD_CHART_STATS
if (statsFile) process.once('exit', () => writeFileSync(statsFile, `${JSON.stringify(chartTallies())}\n`))
