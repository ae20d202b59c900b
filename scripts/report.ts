// ./dashboard report: every metric's England value for its earliest and its latest period, how
// many LAs have a value in the latest period, and why the others do not, from the site data of
// the last build (or of ./dashboard build-data). `--csv` prints the same table as CSV.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import type { MetricValue, AreaData, MetricData, MetricInfo, SiteIndex } from '../src/contract/schemas.ts'

const args = process.argv.slice(2)
const csv = args.includes('--csv')
const dir = args.find((a) => !a.startsWith('--')) ?? '.build/site-data'
if (!existsSync(join(dir, 'index.json'))) {
  process.stderr.write(`No site data in ${dir}/: run ./dashboard build first.\n`)
  process.exit(1)
}
const read = <T>(file: string): T => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T
const index = read<SiteIndex>('index.json')
const england = read<AreaData>('areas/E92000001.json')
const laCodes = new Set(index.areas.filter((a) => a.type === 'la').map((a) => a.code))

/** England's value for a period in words: the figure, or the reason it is missing. */
function englandAt(m: MetricInfo, period: string | undefined): { value: string; interval: string } {
  const fmt = (x: number) => x.toFixed(m.decimals + 1)
  const e: MetricValue | undefined = england.metrics[m.id]?.values.find((v) => v.period === period)
  return {
    value: e?.value != null ? fmt(e.value) : `(${e?.missing ?? 'none'})`,
    interval: e?.ci95 ? `${fmt(e.ci95.lower)}-${fmt(e.ci95.upper)}` : '',
  }
}

const lines = [
  [
    'metric',
    'earliest period',
    'England, earliest',
    'latest period',
    'England, latest',
    '95% interval',
    'LAs with a value',
    'LAs without (why)',
  ],
]
for (const m of index.metrics) {
  const earliest = m.periods[0]
  const latest = m.periods.find((p) => p.id === m.latest)
  const data = read<MetricData>(join('metrics', `${m.id}.json`))
  const las = data.values.filter((v) => v.period === m.latest && laCodes.has(v.area))
  const why: Record<string, number> = {}
  for (const v of las) if (v.value === null) why[v.missing ?? '?'] = (why[v.missing ?? '?'] ?? 0) + 1
  const first = englandAt(m, earliest?.id)
  const last = englandAt(m, m.latest ?? undefined)
  lines.push([
    m.id,
    earliest?.label ?? '-',
    first.value,
    latest?.label ?? '-',
    last.value,
    last.interval,
    String(las.filter((v) => v.value !== null).length),
    Object.entries(why)
      .map(([k, n]) => `${n} ${k}`)
      .join(', '),
  ])
}

if (csv) process.stdout.write(`${Papa.unparse(lines, { newline: '\n' })}\n`)
else {
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)))
  for (const l of lines)
    process.stdout.write(
      `${l
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd()}\n`,
    )
}
