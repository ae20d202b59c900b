// Pages a parent can read on a phone (360 x 740): the LA summary fits in about three screens,
// no LA page (summary, theme pages, comparison) is taller than about fifteen, and chart text
// renders at 12 px or more. Print hides the navigation and sharing.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'

const PHONE = { width: 360, height: 740 }
const LA = 'leeds'
const THEMES = ['who', 'where', 'process', 'post16', 'exclusions']

async function pageHeight(page: Page, path: string): Promise<number> {
  await page.goto(path)
  return page.evaluate(() => document.documentElement.scrollHeight)
}

test('the LA summary (every theme answer) fits in about three phone screens', async ({ page }) => {
  await page.setViewportSize(PHONE)
  await page.goto(`/la/${LA}/`)
  // From the top of the page to the end of the last theme's answer; links, terms and dates follow.
  const height = await page
    .locator('.theme-summary')
    .last()
    .evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY)
  process.stdout.write(`/la/${LA}/ summary at 360 px: ${Math.round(height)} px (${(height / PHONE.height).toFixed(1)} screens)\n`)
  expect(height).toBeLessThanOrEqual(3.25 * PHONE.height)
  expect(await page.locator('*').count(), 'DOM elements on the summary').toBeLessThan(1500)
})

test('no LA page is taller than about fifteen phone screens', async ({ page }) => {
  test.setTimeout(120_000)
  await page.setViewportSize(PHONE)
  for (const path of [`/la/${LA}/`, ...THEMES.map((t) => `/la/${LA}/${t}/`), `/la/${LA}/compare/`, '/la/city-of-london/exclusions/']) {
    const height = await pageHeight(page, path)
    process.stdout.write(`${path} at 360 px: ${height} px (${(height / PHONE.height).toFixed(1)} screens)\n`)
    expect(height, path).toBeLessThanOrEqual(15 * PHONE.height)
  }
})

test('chart text is at least 12 px on a 360 px phone', async ({ page }) => {
  await page.setViewportSize(PHONE)
  for (const path of [
    `/la/${LA}/where/`,
    `/la/${LA}/exclusions/`,
    '/metric/ehcp_mainstream_pct/',
    '/change-programme/',
    '/embed/ehcp_mainstream_pct/leeds/',
  ]) {
    await page.goto(path)
    // Open folded sections: their charts must be readable too.
    await page.locator('main details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)))
    const small = await page.evaluate(() =>
      Array.from(document.querySelectorAll('main svg text')).flatMap((t) => {
        const svg = (t as SVGTextElement).ownerSVGElement!
        // Nested SVGs (downloads) are not inline here; the outermost svg sets the scale.
        const box = svg.getBoundingClientRect()
        if (box.width === 0) return []
        const scale = box.width / svg.viewBox.baseVal.width
        const px = parseFloat(getComputedStyle(t).fontSize) * scale
        return px < 11.95 ? [`${svg.dataset.chart ?? '?'}: "${t.textContent}" at ${px.toFixed(1)} px`] : []
      }),
    )
    expect(small, `chart text under 12 px on ${path}`).toEqual([])
  }
})

test('printing the summary hides navigation, search and sharing', async ({ page }) => {
  await page.goto(`/la/${LA}/`)
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.site-header')).toBeHidden()
  await expect(page.locator('#more')).toBeHidden()
  await expect(page.locator('#theme-who')).toBeVisible()
})
