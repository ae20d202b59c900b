// What changed since the previous build: which source files, which metric values (by how much),
// and which areas appeared or vanished. Written by every build into dist/build-info/, the one
// place where output depends on the previous build (and so is left out of reproducibility checks).
import Papa from 'papaparse'

export interface ValueChange {
  metric: string
  area: string
  period: string
  before: number | null
  after: number | null
}

export interface ChangeLog {
  sources: { changed: string[]; added: string[]; removed: string[] }
  values: { changed: number; added: number; removed: number; largest: ValueChange[] }
  areas: { added: string[]; removed: string[] }
  firstBuild: boolean
}

type Row = { metric_id: string; area_code: string; period: string; value: string }

function index(csv: string): Map<string, Row> {
  const rows = Papa.parse<Row>(csv, { header: true, skipEmptyLines: true }).data
  return new Map(rows.map((r) => [`${r.metric_id}|${r.area_code}|${r.period}`, r]))
}

const num = (v: string | undefined): number | null => (v === undefined || v === '' ? null : Number(v))

export function changeLog(
  previous: { metricsCsv: string; inputs: Record<string, string> } | null,
  next: { metricsCsv: string; inputs: Record<string, string> },
  largest = 25,
): ChangeLog {
  if (!previous) {
    return {
      sources: { changed: [], added: Object.keys(next.inputs).sort(), removed: [] },
      values: { changed: 0, added: index(next.metricsCsv).size, removed: 0, largest: [] },
      areas: { added: [], removed: [] },
      firstBuild: true,
    }
  }
  const ids = new Set([...Object.keys(previous.inputs), ...Object.keys(next.inputs)])
  const sources = { changed: [] as string[], added: [] as string[], removed: [] as string[] }
  for (const id of [...ids].sort()) {
    if (!(id in previous.inputs)) sources.added.push(id)
    else if (!(id in next.inputs)) sources.removed.push(id)
    else if (previous.inputs[id] !== next.inputs[id]) sources.changed.push(id)
  }
  const before = index(previous.metricsCsv)
  const after = index(next.metricsCsv)
  const changes: ValueChange[] = []
  let added = 0
  let removed = 0
  for (const [key, row] of after) {
    const old = before.get(key)
    if (!old) added++
    else if (old.value !== row.value)
      changes.push({ metric: row.metric_id, area: row.area_code, period: row.period, before: num(old.value), after: num(row.value) })
  }
  for (const key of before.keys()) if (!after.has(key)) removed++
  const areasOf = (m: Map<string, Row>) => new Set([...m.values()].map((r) => r.area_code))
  const beforeAreas = areasOf(before)
  const afterAreas = areasOf(after)
  const size = (c: ValueChange) => (c.before === null || c.after === null ? Infinity : Math.abs(c.after - c.before))
  return {
    sources,
    values: {
      changed: changes.length,
      added,
      removed,
      largest: [...changes].sort((a, b) => size(b) - size(a) || a.metric.localeCompare(b.metric)).slice(0, largest),
    },
    areas: {
      added: [...afterAreas].filter((a) => !beforeAreas.has(a)).sort(),
      removed: [...beforeAreas].filter((a) => !afterAreas.has(a)).sort(),
    },
    firstBuild: false,
  }
}

export function changeLogMarkdown(log: ChangeLog): string {
  if (log.firstBuild) return `# Changes\n\nFirst build: ${log.sources.added.length} sources, ${log.values.added} values.\n`
  const list = (xs: string[]) => (xs.length === 0 ? 'none' : xs.join(', '))
  const lines = [
    '# Changes since the previous build',
    '',
    `- Sources changed: ${list(log.sources.changed)}; added: ${list(log.sources.added)}; removed: ${list(log.sources.removed)}.`,
    `- Values changed: ${log.values.changed}; new: ${log.values.added}; gone: ${log.values.removed}.`,
    `- Areas added: ${list(log.areas.added)}; vanished: ${list(log.areas.removed)}.`,
  ]
  if (log.values.largest.length > 0) {
    lines.push('', '| metric | area | period | before | after |', '|---|---|---|---|---|')
    for (const c of log.values.largest)
      lines.push(`| ${c.metric} | ${c.area} | ${c.period} | ${c.before ?? 'missing'} | ${c.after ?? 'missing'} |`)
  }
  return `${lines.join('\n')}\n`
}
