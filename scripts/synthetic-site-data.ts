// Site data with every LA copied k times under new codes (for ./dashboard bench's scaling run):
// each copy has the original's figures and benchmarks, and its own copies as statistical
// neighbours. What the embed generator reads is all here (the index, every area's file, every
// metric's values); the rest of the site data is left out.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AreaData, AreaSummary, MetricData, SiteIndex } from '../src/pipeline/site-data/types.ts'

const copyCode = (code: string, i: number) => (i === 0 ? code : `${code}x${i}`)

/** Writes the scaled site data into `to`; returns the number of LAs in it. */
export function writeScaledSiteData(from: string, to: string, k: number): number {
  const read = <T>(rel: string) => JSON.parse(readFileSync(join(from, rel), 'utf8')) as T
  const write = (rel: string, data: unknown) => {
    mkdirSync(join(to, rel, '..'), { recursive: true })
    writeFileSync(join(to, rel), JSON.stringify(data))
  }
  const index = read<SiteIndex>('index.json')
  const las = index.areas.filter((a) => a.type === 'la')
  const isLa = new Set(las.map((a) => a.code))
  const copies: AreaSummary[] = []
  for (let i = 1; i < k; i++)
    for (const a of las)
      copies.push({
        ...a,
        code: copyCode(a.code, i),
        slug: `${a.slug}-${i}`,
        name: `${a.name} ${i}`,
        ...(a.neighbours ? { neighbours: a.neighbours.map((n) => copyCode(n, i)) } : {}),
      })
  write('index.json', { ...index, areas: [...index.areas, ...copies] })

  for (const a of index.areas) {
    const data = read<AreaData>(join('areas', `${a.code}.json`))
    write(join('areas', `${a.code}.json`), data)
    if (!isLa.has(a.code)) continue
    for (let i = 1; i < k; i++) {
      const code = copyCode(a.code, i)
      const metrics = Object.fromEntries(
        Object.entries(data.metrics).map(([id, m]) => [
          id,
          { values: m.values.map((v) => ({ ...v, area: code })), benchmarks: m.benchmarks.map((b) => ({ ...b, area: code })) },
        ]),
      )
      write(join('areas', `${code}.json`), { code, metrics })
    }
  }
  for (const m of index.metrics) {
    const data = read<MetricData>(join('metrics', `${m.id}.json`))
    const extra = data.values
      .filter((v) => isLa.has(v.area))
      .flatMap((v) => Array.from({ length: k - 1 }, (_, i) => ({ ...v, area: copyCode(v.area, i + 1) })))
    write(join('metrics', `${m.id}.json`), { ...data, values: [...data.values, ...extra] })
  }
  return las.length * k
}
