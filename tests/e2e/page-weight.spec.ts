// Page weight: every LA page (summary, theme pages, comparison) stays at or under 50 KB gzipped,
// HTML and the stylesheets it links together, and no page loads the share script without a share
// block for it to enhance (on the LA summary, which has none, the script was most of Lighthouse's
// blocking time). Measured on the built files, as a static host would send them; the benchmark
// (./dashboard bench) reports the weights of every page type. The pages are generated from the
// same markup, so the heaviest gzipped is among the largest: only the largest are compressed.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { expect, test } from './fixtures.ts'

const SITE = process.env['SITE_DIR'] ?? 'dist'
const BASE = process.env['SITE_BASE'] ?? '/'
const LIMIT = 50 * 1024
/** How many of the largest LA pages are compressed and weighed. */
const LARGEST = 30

function pages(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) pages(full, out)
    else if (entry.name === 'index.html') out.push(full)
  }
  return out
}

test('the largest LA page is at most 50 KB gzipped, with its stylesheets', () => {
  const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length
  const cssWeights = new Map<string, number>()
  const all = pages(join(SITE, 'la'))
  expect(all.length).toBeGreaterThan(153 * 5)
  const largest = all
    .map((file) => ({ file, size: statSync(file).size }))
    .sort((a, b) => b.size - a.size)
    .slice(0, LARGEST)
  const weighed = largest.map(({ file }) => {
    const html = readFileSync(file, 'utf8')
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce((n, [, href]) => {
      const path = join(SITE, href!.slice(BASE.length))
      if (!cssWeights.has(path)) cssWeights.set(path, gz(path))
      return n + cssWeights.get(path)!
    }, 0)
    return { file, html: gz(file), css }
  })
  const heaviest = weighed.sort((a, b) => b.html + b.css - (a.html + a.css))[0]!
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
  process.stdout.write(
    `Heaviest LA page: ${heaviest.file}: ${kb(heaviest.html)} HTML + ${kb(heaviest.css)} CSS = ${kb(heaviest.html + heaviest.css)} gzipped\n`,
  )
  expect(heaviest.html + heaviest.css, heaviest.file).toBeLessThanOrEqual(LIMIT)
})

test('a page loads the share script exactly when it has a "Use and share" block', () => {
  const script = `<script src="${BASE}js/share.js" defer></script>`
  const all = pages(SITE)
    .filter((file) => !file.includes('/embed/'))
    .map((file) => {
      const html = readFileSync(file, 'utf8')
      return { file, blocks: html.includes('data-share'), script: html.includes(script) }
    })
  // Theme and metric pages have share blocks; summaries, the home page and the methodology do not.
  expect(all.filter((p) => p.script).length).toBeGreaterThan(153 * 5)
  expect(all.filter((p) => !p.script).length).toBeGreaterThan(153)
  const wrong = all.filter((p) => p.blocks !== p.script).map((p) => p.file)
  expect(wrong, 'pages whose share script and share blocks disagree').toEqual([])
})
