// benchmarks.csv ranks as the pages do: from the highest figure, whatever the measure's reform aim
// (which is a column of its own), for a measure the reforms aim to lower, one they aim to raise
// and one with no aim. The page's positions are read from its table of every LA.
import { strFromU8, unzipSync } from 'fflate'
import Papa from 'papaparse'
import { BULK_DOWNLOAD } from '../../src/contract/downloads.ts'
import { expect, test } from './fixtures.ts'

const MEASURES = [
  { id: 'ehcp_issued_over_1_year_pct', aim: 'lower' },
  { id: 'ehcp_issued_20_weeks_pct', aim: 'raise' },
  { id: 'ehcp_per_1000_0_25', aim: '' },
]

type Row = Record<string, string>
const parse = (text: string) => Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data

test("benchmarks.csv's ranks are the positions on each measure's page, counted from the highest", async ({ page }) => {
  const names = new Map(parse(await (await page.request.get('/data/areas.csv')).text()).map((a) => [a.area_code!, a.area_name!]))
  const zip = unzipSync(await (await page.request.get(`/data/${BULK_DOWNLOAD.file}`)).body())
  const benchmarks = parse(strFromU8(zip['benchmarks.csv']!))
  const header = Object.keys(benchmarks[0]!)
  expect(header).toContain('reform_aim')
  expect(header.join(' ')).not.toMatch(/best|worst/i)
  for (const { id, aim } of MEASURES) {
    await page.goto(`/metric/${id}/`)
    const rows = await page.locator('[aria-labelledby="table-las"] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        position: tr.querySelector('td')!.textContent!.trim(),
        name: tr.querySelector('th a')?.textContent?.trim() ?? tr.querySelector('th')!.textContent!.trim(),
        figure: Number.parseFloat(tr.querySelectorAll('td')[1]!.textContent!),
      })),
    )
    const onPage = new Map(rows.filter((r) => r.position !== '–').map((r) => [r.name, r.position.replace(/^=/, '').replace(/\D+$/, '')]))
    const latest = benchmarks
      .filter((b) => b.metric_id === id && b.rank !== '')
      .map((b) => b.period!)
      .sort()
      .at(-1)
    const ranked = benchmarks.filter((b) => b.metric_id === id && b.period === latest && b.rank !== '')
    expect(ranked.length, id).toBeGreaterThan(140)
    expect(new Set(ranked.map((b) => b.reform_aim)), id).toEqual(new Set([aim]))
    for (const b of ranked) expect(onPage.get(names.get(b.area_code!)!), `${id} ${names.get(b.area_code!)}`).toBe(b.rank)
    // Rank 1 is the highest figure on the page.
    const positioned = rows.filter((r) => r.position !== '–')
    const first = positioned.find((r) => r.position.replace(/^=/, '') === '1st')!
    expect(first.figure, id).toBe(Math.max(...positioned.map((r) => r.figure)))
  }
})
