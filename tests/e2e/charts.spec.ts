// Every chart the build wrote, in pages and in SVG files, checked in the browser: no label overlaps
// a mark (a dot or a marker), measured with the browser's own text layout; and every downloadable
// chart file carries its title and its source. Charts repeated on several pages are checked once.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures.ts'

const SITE = process.env['SITE_DIR'] ?? 'dist'
const BATCH = 250

function files(dir: string, keep: (name: string) => boolean, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) files(full, keep, out)
    else if (keep(entry.name)) out.push(full)
  }
  return out
}

/**
 * The chart inside a labelled SVG file (a download, or the image on a theme page): its own <svg>
 * root, placed below the labels, without the placement so that it matches the inline drawing.
 */
function innerChart(file: string): string | null {
  const text = readFileSync(file, 'utf8')
  const start = text.indexOf('<svg x="0" ')
  const outerEnd = text.lastIndexOf('</svg>')
  const end = text.lastIndexOf('</svg>', outerEnd - 1)
  if (start < 0 || end < start) return null
  return text.slice(start, end + '</svg>'.length).replace(/^<svg x="0" y="[\d.]+" /, '<svg ')
}

test('no chart label overlaps a mark, on every chart in dist/', async ({ page }) => {
  test.setTimeout(900_000)
  const charts = new Map<string, string>()
  const add = (svg: string) => {
    if (!svg.includes('data-chart=')) return
    const key = createHash('sha1').update(svg).digest('hex')
    if (!charts.has(key)) charts.set(key, svg)
  }
  // Charts drawn into pages, and charts drawn into files (pages show some of these as images).
  for (const file of files(SITE, (n) => n.endsWith('.html')))
    for (const [svg] of readFileSync(file, 'utf8').matchAll(/<svg\b[\s\S]*?<\/svg>/g)) add(svg)
  let chartFiles = 0
  for (const file of files(SITE, (n) => n.endsWith('.svg'))) {
    const svg = innerChart(file)
    if (svg === null) continue
    chartFiles++
    add(svg)
  }
  process.stdout.write(`${chartFiles} chart files\n`)
  expect(chartFiles).toBeGreaterThan(1000)
  const all = [...charts.values()]
  process.stdout.write(`${all.length} distinct charts in ${SITE}/\n`)
  expect(all.length).toBeGreaterThan(1000)
  await page.setContent('<!doctype html><html><body style="margin:0;width:640px"><div id="c"></div></body></html>')
  const overlaps: string[] = []
  for (let i = 0; i < all.length; i += BATCH) {
    const found = await page.evaluate(
      (svgs) => {
        const host = document.getElementById('c')!
        host.innerHTML = svgs.join('')
        const out: string[] = []
        for (const svg of Array.from(host.querySelectorAll(':scope > svg'))) {
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
                out.push(`${svg.getAttribute('data-chart')}: "${t.textContent}"`)
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
  expect(overlaps.slice(0, 30), `${overlaps.length} labels overlap a mark`).toEqual([])
})

test('every downloadable chart file carries its title and its source with the licence', () => {
  const downloads = files(join(SITE, 'embed'), (n) => n.endsWith('.svg'))
  expect(downloads.length).toBeGreaterThan(1000)
  const problems: string[] = []
  for (const file of downloads) {
    const svg = readFileSync(file, 'utf8')
    const title = /<title>([^<]+)<\/title>/.exec(svg)?.[1] ?? ''
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ')
    if (title.length < 10) problems.push(`${file}: no title`)
    if (!texts.includes('Source:')) problems.push(`${file}: no source`)
    if (!texts.includes('Open Government Licence')) problems.push(`${file}: no licence`)
    if (!texts.includes('SEND and AP inclusion dashboard')) problems.push(`${file}: no site name`)
  }
  expect(problems.slice(0, 20), `${problems.length} chart files without their labels`).toEqual([])
})
