// Charts are pure functions of their input, so a chart drawn by an earlier build with the same
// input and the same chart code comes from the chart cache on disk instead of being drawn again.
// The wrapper also counts and times the charts: the figures ./dashboard bench reports. Every chart
// function is wrapped where it is defined, so no caller can draw uncounted.
//
// The cache is content-addressed: a chart's key is a hash of the chart code's version, its kind and
// its input. DASHBOARD_CHART_CACHE names the folder for this version of the chart code (the build
// sets it; without it nothing is cached on disk). Each process or worker thread that draws charts
// keeps them in a pack file of its own, named by DASHBOARD_CHART_PACK: it reads
// its pack when it draws its first chart, and writes it anew with the charts it used (so the pack
// never holds charts no longer drawn) when it has finished (saveChartCache).
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** One process's charts of one kind. */
export interface ChartTally {
  kind: string
  /** Charts asked for by pages and files. */
  requested: number
  /** Charts drawn; the others came from the cache. */
  drawn: number
  /** Charts read from the cache on disk. */
  cached: number
  /** Time spent drawing, in milliseconds. */
  ms: number
}

const byKind = new Map<string, ChartTally>()

interface Pack {
  file: string
  /** The pack as read: key -> SVG. */
  stored: Map<string, string>
  /** The charts this process used, to be written back. */
  used: Map<string, string>
}
let pack: Pack | null | undefined

function openPack(): Pack | null {
  const dir = process.env.DASHBOARD_CHART_CACHE
  const name = process.env.DASHBOARD_CHART_PACK
  if (!dir || !name) return null
  const file = join(dir, `${name}.pack`)
  const stored = new Map<string, string>()
  let bytes: Buffer | null = null
  try {
    // DASHBOARD_CHART_CACHE_FRESH=1: draw every chart (a build without the caches), keep them for later.
    if (process.env.DASHBOARD_CHART_CACHE_FRESH !== '1') bytes = readFileSync(file)
  } catch {
    // No pack yet: this is the first build with this chart code.
  }
  // Entries: "<key> <byte length>\n<svg>\n".
  for (let at = 0; bytes && at < bytes.length;) {
    const eol = bytes.indexOf(10, at)
    if (eol < 0) break
    const [key, length] = bytes.toString('latin1', at, eol).split(' ')
    const end = eol + 1 + Number(length)
    // A pack cut short (a build stopped while writing it) is read up to its last whole entry.
    if (!key || !length || !(end < bytes.length)) break
    stored.set(key, bytes.toString('utf8', eol + 1, end))
    at = end + 1
  }
  return { file, stored, used: new Map() }
}

/** Writes this process's pack: the charts it used, whether drawn or read. */
export function saveChartCache(): void {
  if (!pack) return
  const parts: Buffer[] = []
  for (const [key, svg] of pack.used) {
    const body = Buffer.from(svg)
    parts.push(Buffer.from(`${key} ${body.length}\n`, 'latin1'), body, Buffer.from('\n'))
  }
  mkdirSync(join(pack.file, '..'), { recursive: true })
  const temporary = `${pack.file}.${process.pid}.${Math.random().toString(36).slice(2)}`
  writeFileSync(temporary, Buffer.concat(parts))
  renameSync(temporary, pack.file)
}

/** `draw`, counted and timed under `kind`; read from the cache on disk when an earlier build drew it. */
export function cachedChart<I>(kind: string, draw: (input: I) => string): (input: I) => string {
  return (input) => {
    let s = byKind.get(kind)
    if (!s) byKind.set(kind, (s = { kind, requested: 0, drawn: 0, cached: 0, ms: 0 }))
    s.requested++
    if (pack === undefined) pack = openPack()
    const key = pack
      ? createHash('sha256')
          .update(`${kind}\n${JSON.stringify(input)}`)
          .digest('base64url')
      : ''
    let svg = pack?.stored.get(key)
    if (svg !== undefined) s.cached++
    else {
      const started = performance.now()
      svg = draw(input)
      s.ms += performance.now() - started
      s.drawn++
    }
    pack?.used.set(key, svg)
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
    const m = merged.get(t.kind) ?? { kind: t.kind, requested: 0, drawn: 0, cached: 0, ms: 0 }
    m.requested += t.requested
    m.drawn += t.drawn
    m.cached += t.cached
    m.ms += t.ms
    merged.set(t.kind, m)
  }
  return [...merged.values()].sort((a, b) => b.requested - a.requested)
}

// The page build (Astro) runs in a process of its own: the build names a file in
// DASHBOARD_CHART_STATS for its tallies, written when it ends, with its pack.
const statsFile = process.env.DASHBOARD_CHART_STATS
if (statsFile)
  process.once('exit', () => {
    saveChartCache()
    writeFileSync(statsFile, `${JSON.stringify(chartTallies())}\n`)
  })
