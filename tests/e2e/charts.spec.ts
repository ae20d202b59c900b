// No chart label overlaps a mark (a dot or a marker), measured with the browser's own text layout,
// on a sample that holds every kind of chart the site draws and its edge cases: every chart drawn
// into a metric page (each LA on a strip, the map, the funnel, England's and each region's trend)
// and the Change Programme page, and the chart files (an embed's labelled trend, an LA theme's
// "at a glance") of England, a region and three LAs: Leeds, the long name of Bournemouth,
// Christchurch and Poole, and the Isles of Scilly, whose tiny numbers are suppressed. Every
// chart is drawn by the same code for every area, so the rest differ only in their figures. (That
// every chart file carries its labels is checked on every file, without a browser: tests/site/.)
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures.ts'

const SITE = process.env['SITE_DIR'] ?? 'dist'
const AREAS = ['england', 'yorkshire-and-the-humber', 'leeds', 'bournemouth-christchurch-and-poole', 'isles-of-scilly']
const LAS = AREAS.slice(2)
const BATCH = 200
/** A label drawn over a dot, laid out with the sample: the measure must find it. */
const CONTROL =
  '<!-- control --><svg viewBox="0 0 100 40" width="100" height="40"><circle cx="20" cy="20" r="4"/><text x="12" y="24">Leeds</text></svg>'

/** Charts drawn into a page: its outermost <svg> elements marked as charts. */
function inlineCharts(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/<svg\b[^>]*\bdata-chart="[\s\S]*?<\/svg>/g)].map(([svg]) => svg)
}

/** A chart file, as markup to put in a page. */
const chartFile = (file: string) => readFileSync(file, 'utf8').replace(/^<\?xml[^>]*\?>\s*/, '')

function sample(): Map<string, string> {
  const charts = new Map<string, string>()
  const add = (where: string, svg: string) => {
    const key = createHash('sha1').update(svg).digest('hex')
    if (!charts.has(key)) charts.set(key, `<!-- ${where} -->${svg}`)
  }
  const metrics = readdirSync(join(SITE, 'metric'))
  for (const id of metrics) for (const svg of inlineCharts(join(SITE, 'metric', id, 'index.html'))) add(`/metric/${id}/`, svg)
  const programmeCharts = join(SITE, 'change-programme', 'charts')
  for (const file of readdirSync(programmeCharts)) add(`/change-programme/charts/${file}`, chartFile(join(programmeCharts, file)))
  for (const id of metrics)
    for (const area of AREAS) {
      const file = join(SITE, 'embed', id, area, 'chart.svg')
      if (existsSync(file)) add(`/embed/${id}/${area}/chart.svg`, chartFile(file))
    }
  for (const la of LAS)
    for (const theme of readdirSync(join(SITE, 'la', la))) {
      const file = join(SITE, 'la', la, theme, 'at-a-glance.svg')
      if (existsSync(file)) add(`/la/${la}/${theme}/at-a-glance.svg`, chartFile(file))
    }
  return charts
}

test('no chart label overlaps a mark, on every kind of chart for a sample of areas', async ({ page }) => {
  test.setTimeout(300_000)
  const charts = [...sample().values()]
  // Every kind of chart is in the sample: the metric pages' and the chart files'.
  const kinds = new Set(charts.map((svg) => /data-chart="([a-z]+)-/.exec(svg)?.[1] ?? /<!-- \S+\/([\w-]+)\.svg -->/.exec(svg)?.[1]))
  expect([...kinds].sort()).toEqual(['all', 'at-a-glance', 'chart', 'england', 'es', 'funnel', 'map', 'region'])
  expect(charts.length).toBeGreaterThan(160 * AREAS.length)
  process.stdout.write(`${charts.length} distinct charts laid out\n`)
  const all = [CONTROL, ...charts]

  await page.setContent('<!doctype html><html><body style="margin:0;width:640px"><div id="c"></div></body></html>')
  const overlaps: string[] = []
  for (let i = 0; i < all.length; i += BATCH) {
    const found = await page.evaluate(
      (svgs) => {
        const host = document.getElementById('c')!
        host.innerHTML = svgs.join('')
        const out: string[] = []
        for (const svg of Array.from(host.querySelectorAll(':scope > svg'))) {
          const where = svg.previousSibling?.nodeType === Node.COMMENT_NODE ? svg.previousSibling.textContent!.trim() : '?'
          const marks = Array.from(svg.querySelectorAll('circle, .spine-marker')).map((m) => m.getBoundingClientRect())
          for (const t of Array.from(svg.querySelectorAll('text'))) {
            if (!t.textContent?.trim()) continue
            const b = t.getBoundingClientRect()
            // A label's box is taller than its letters: shrink it a little before testing.
            const top = b.top + b.height * 0.2
            const bottom = b.bottom - b.height * 0.2
            for (const m of marks) {
              if (m.width === 0) continue
              if (b.left < m.right - 0.5 && b.right > m.left + 0.5 && top < m.bottom - 0.5 && bottom > m.top + 0.5) {
                out.push(`${where}: "${t.textContent}"`)
                break
              }
            }
          }
        }
        return out
      },
      all.slice(i, i + BATCH),
    )
    overlaps.push(...found)
  }
  expect(overlaps[0], 'the label drawn over a dot on purpose').toBe('control: "Leeds"')
  expect(overlaps.slice(1, 31), `${overlaps.length - 1} labels overlap a mark`).toEqual([])
})
