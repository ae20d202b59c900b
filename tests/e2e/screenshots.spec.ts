// Full-page screenshots of an LA summary, its health page, two theme pages and a measure's page on a phone and a
// laptop, to look at: saved in test-results/screenshots/ (git-ignored) and attached to the test.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures.ts'
import { LA_PAGE } from './templates.ts'

const PAGES = [LA_PAGE, '/la/leeds/health/', '/la/leeds/who/', '/la/leeds/where/', '/metric/ehcp_mainstream_pct/']

const WIDTHS = [360, 1280]
const SCREENSHOTS = join('test-results', 'screenshots')

for (const address of PAGES)
  for (const width of WIDTHS) {
    test(`screenshot: ${address} at ${width} px`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 })
      await page.goto(address)
      await expect(page.locator('h1')).toBeVisible()
      mkdirSync(SCREENSHOTS, { recursive: true })
      const name = `${address.replace(/^\/|\/$/g, '').replace(/\//g, '-')}-${width}px.png`
      const file = join(SCREENSHOTS, name)
      await page.screenshot({ path: file, fullPage: true, animations: 'disabled' })
      await testInfo.attach(name, { path: file, contentType: 'image/png' })
    })
  }
