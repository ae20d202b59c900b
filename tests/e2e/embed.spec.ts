// Embeds for journalists: an embed framed by a page on another origin shows its labelled chart and
// sizes the iframe to its content through our host script (and keeps its default height without
// it); it sets no cookies and asks nothing of other hosts. The downloads on an LA page give a
// labelled SVG, a PNG made in the browser, and a CSV stating the measure, units, source and page
// above a table holding the figures the page shows.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFileSync } from 'node:fs'
import { parseHTML } from 'linkedom'
import type { Page } from '@playwright/test'
import Papa from 'papaparse'
import { palette } from '../../src/charts/palette.ts'
import type { SiteIndex } from '../../src/contract/schemas.ts'
import { expect, test, watchPage } from './fixtures.ts'

const METRIC = 'ehcp_mainstream_pct'
/** The measure's title, as the site data gives it to every page. */
const TITLE = (
  JSON.parse(readFileSync(`${process.env['SITE_DATA_DIR'] ?? '.build/site-data'}/index.json`, 'utf8')) as SiteIndex
).metrics.find((m) => m.id === METRIC)!.title
const LA = 'leeds'
/** The height the embed code gives the iframe, before the host script sets its content's. */
const DEFAULT_HEIGHT = '560'
/** The columns of a single-measure table, as the data page describes them to users. */
const FIGURE_COLUMNS = [
  'area_code',
  'area',
  'period',
  'period_label',
  'value',
  'count',
  'out_of',
  'likely_range_low',
  'likely_range_high',
  'why_missing',
]

/** A host page on its own origin (another port), framing the embed with the code the site gives. */
async function hostServer(embedCode: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newspaper article</title></head><body><h1>An article</h1><p>Some text.</p>${embedCode}<p>More text.</p></body></html>`
  const server: Server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** The embed code the share script writes on the LA page when the measure's "Use and share" block opens. */
async function embedCodeFrom(page: Page): Promise<string> {
  await page.goto(`/la/${LA}/where/#${METRIC}`)
  const section = page.locator(`section#${METRIC}`)
  await section.locator('details.metric-more > summary').click()
  await section.locator('details.share > summary').click()
  const code = section.locator('pre.embed-code')
  // The site's own address, as the page was opened: the embed code is pasted on other sites.
  await expect(code).toContainText(`src="${new URL(`/embed/${METRIC}/${LA}/`, page.url()).href}"`)
  return (await code.textContent())!
}

test('an embed framed by another site shows its chart and the iframe takes its content height', async ({ page, browser, site }) => {
  const code = await embedCodeFrom(page)
  for (const withScript of [true, false]) {
    const host = await hostServer(withScript ? code : code.replace(/<script[^>]*><\/script>/, ''))
    const context = await browser.newContext()
    const hostPage = await context.newPage()
    const problems = watchPage(hostPage, site.origin)
    try {
      await hostPage.goto(host.origin)
      const frame = hostPage.frameLocator('iframe[data-send-dashboard-embed]')
      // The labelled chart is one picture (its title, source and licence are inside the file), with the figure in words.
      const chart = frame.locator('figure img[src="chart.svg"]')
      await expect(chart).toBeVisible()
      // Visible means laid out, not yet loaded: decode() waits for the file and rejects if it is not a picture.
      expect(await chart.evaluate(async (img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).toBeGreaterThan(0)
      await expect(frame.locator('h1')).toContainText('mainstream')
      await expect(frame.locator('figcaption')).toContainText('Leeds')
      const iframe = hostPage.locator('iframe[data-send-dashboard-embed]')
      if (withScript) {
        // The host script sets the height the embed reports: its document's height.
        await expect.poll(async () => iframe.getAttribute('height')).not.toBe(DEFAULT_HEIGHT)
        const contentHeight = await frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height))
        expect(Math.abs(Number(await iframe.getAttribute('height')) - contentHeight)).toBeLessThanOrEqual(2)
      } else {
        await hostPage.waitForTimeout(500)
        expect(await iframe.getAttribute('height')).toBe(DEFAULT_HEIGHT)
      }
      expect(await context.cookies()).toEqual([])
      // Requests from the host page itself go to the host; everything else to the site.
      expect(problems.offSite.filter((r) => !r.includes(host.origin))).toEqual([])
      expect(problems.consoleErrors).toEqual([])
    } finally {
      await context.close()
      await host.close()
    }
  }
})

test('downloads give a labelled SVG, a PNG, and a labelled CSV with the figures the page shows; the copy button copies', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(`/la/${LA}/where/`)
  const section = page.locator(`section#${METRIC}`)
  // The measure's fold holds its charts, its table of figures (first column is Leeds) and the sharing block.
  await section.locator('details.metric-more > summary').click()
  await section.locator('details.share > summary').click()
  const shownLatest = (await section.locator('tbody tr').last().locator('td').first().innerText()).split(/\s+/)[0]!

  const download = async (name: RegExp) => {
    const [d] = await Promise.all([page.waitForEvent('download'), section.getByRole('link', { name }).click()])
    return readFileSync((await d.path())!)
  }
  const svg = (await download(/the chart \(SVG\)/)).toString('utf8')
  const { document } = parseHTML(svg)
  const root = document.querySelector('svg')!
  expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg')
  expect(root.getAttribute('role')).toBe('img')
  expect(root.querySelector(':scope > title')!.textContent).toContain('Leeds')
  // Each <text> as it reads, its wrapped lines (<tspan>) joined by spaces.
  const words = Array.from(document.querySelectorAll('text'))
    .map((t) => Array.from(t.childNodes, (n) => n.textContent).join(' '))
    .join(' ')
  for (const part of [
    'children and young people with an EHC plan in mainstream schools',
    'Leeds',
    'January 2025',
    'Units: percent',
    'Source: Department for Education',
    'Open Government Licence v3.0',
    'SEND and AP inclusion dashboard',
    `/la/${LA}/where/#${METRIC}`,
  ])
    expect(words).toContain(part)

  // The CSV: what holds for every row in lines above the table, then a blank line, then the table.
  const [above, table] = (await download(/the figures \(CSV\)/)).toString('utf8').split('\n\n')
  const lines = Papa.parse<string[]>(above!).data.map((line) => (line.length === 1 ? line[0] : `${line.length} fields`))
  expect(lines).toHaveLength(4)
  expect(lines[0]).toBe(TITLE)
  expect(lines[1]).toMatch(/^Leeds, Yorkshire and The Humber, England, January \d{4} to January 2025\. Units: percent\.$/)
  expect(lines[2]).toMatch(/^Source: Department for Education, Education, health and care plans.*\. Open Government Licence v3\.0\.$/)
  expect(lines[3]).toBe(`From the SEND and AP inclusion dashboard: /la/${LA}/where/#${METRIC}`)
  const rows = Papa.parse<Record<string, string>>(table!.trim(), { header: true }).data
  expect(Object.keys(rows[0]!)).toEqual(FIGURE_COLUMNS)
  const leeds = rows.filter((r) => r['area'] === 'Leeds')
  const latest = leeds.at(-1)!
  expect(latest['period_label']).toBe('January 2025')
  expect(`${latest['value']}%`).toBe(shownLatest)
  // The SVG draws one dot for each Leeds figure in the CSV (the dots of the area's colour).
  expect(document.querySelectorAll(`g[fill="${palette.area}"] > circle`)).toHaveLength(leeds.filter((r) => r['value'] !== '').length)

  // The PNG is drawn from the labelled SVG at the SVG's own size.
  const png = await download(/as a picture \(PNG\)/)
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  expect(png.readUInt32BE(16)).toBe(Number(root.getAttribute('width')))

  await section.getByRole('button', { name: 'Copy the code' }).click()
  await expect(section.locator('.share-actions [role="status"]')).toHaveText('Copied.')
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toContain(`/embed/${METRIC}/${LA}/`)
  expect(copied).toContain('http://')
})
