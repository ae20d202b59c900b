// ./dashboard report: every metric's latest England value, how many LAs have a value, and why the
// others do not, from the site data of the last build (or of ./dashboard build-data).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AreaData, MetricData, SiteIndex } from '../src/pipeline/site-data/types.ts'

const dir = process.argv[2] ?? '.build/site-data'
if (!existsSync(join(dir, 'index.json'))) {
  process.stderr.write(`No site data in ${dir}/: run ./dashboard build first.\n`)
  process.exit(1)
}
const read = <T>(file: string): T => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T
const index = read<SiteIndex>('index.json')
const england = read<AreaData>('areas/E92000001.json')
const laCodes = new Set(index.areas.filter((a) => a.type === 'la').map((a) => a.code))
const lines = [['metric', 'latest period', 'England', '95% interval', 'LAs with a value', 'LAs without (why)']]
for (const m of index.metrics) {
  const period = m.periods.find((p) => p.id === m.latest)
  const e = england.metrics[m.id]?.values.find((v) => v.period === m.latest)
  const data = read<MetricData>(join('metrics', `${m.id}.json`))
  const las = data.values.filter((v) => v.period === m.latest && laCodes.has(v.area))
  const why: Record<string, number> = {}
  for (const v of las) if (v.value === null) why[v.missing ?? '?'] = (why[v.missing ?? '?'] ?? 0) + 1
  const fmt = (x: number) => x.toFixed(m.decimals + 1)
  lines.push([
    m.id,
    period?.label ?? '-',
    e?.value != null ? fmt(e.value) : `(${e?.missing ?? 'none'})`,
    e?.ci95 ? `${fmt(e.ci95.lower)}-${fmt(e.ci95.upper)}` : '',
    String(las.filter((v) => v.value !== null).length),
    Object.entries(why)
      .map(([k, n]) => `${n} ${k}`)
      .join(', '),
  ])
}
const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)))
for (const l of lines)
  process.stdout.write(
    `${l
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd()}\n`,
  )
