// Full-page screenshots of an LA summary on a phone and a laptop, to look at: saved in
// test-results/screenshots/ (git-ignored) and attached to the test.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures.ts'
import { LA_PAGE } from './templates.ts'

const WIDTHS = [360, 1280]
const SCREENSHOTS = join('test-results', 'screenshots')

for (const width of WIDTHS) {
  test(`screenshot: ${LA_PAGE} at ${width} px`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto(LA_PAGE)
    await expect(page.locator('h1')).toBeVisible()
    mkdirSync(SCREENSHOTS, { recursive: true })
    const name = `${LA_PAGE.replace(/^\/|\/$/g, '').replace(/\//g, '-')}-${width}px.png`
    const path = join(SCREENSHOTS, name)
    await page.screenshot({ path, fullPage: true, animations: 'disabled' })
    await testInfo.attach(name, { path, contentType: 'image/png' })
  })
}
