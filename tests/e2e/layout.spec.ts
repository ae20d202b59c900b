// Pages a parent can read on a phone (360 x 740): the LA summary fits in about three screens,
// no LA page (summary, theme pages, comparison) is taller than about fifteen, a theme that grows to
// thirty measures stays under fifteen with a reasonable DOM, and chart text renders at 12 px or
// more. Print hides the navigation and sharing.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'

const PHONE = { width: 360, height: 740 }
const LA = 'leeds'
/** Measures a theme may reach once every EHC plan and inclusion measure is in (issues #11 and #12). */
const LARGE_THEME = 30
/** Elements on a theme page of LARGE_THEME measures, charts and tables folded: about 100 a measure. */
const LARGE_THEME_DOM = 3500

/** Opens a page and lets it finish every request (the favicon too), so that moving on aborts none. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path)
  await page.waitForLoadState('networkidle')
}

/** Height of the whole page, laid out in full: no part may skip its layout (content-visibility: auto guesses a height). */
async function pageHeight(page: Page, path: string): Promise<number> {
  await open(page, path)
  const skipped = await page.evaluate(
    () => Array.from(document.querySelectorAll('body *')).filter((el) => getComputedStyle(el).contentVisibility === 'auto').length,
  )
  expect(skipped, `${path}: elements laid out only near the screen, whose height would be a guess`).toBe(0)
  return page.evaluate(() => document.documentElement.scrollHeight)
}

/** The LA's theme pages, as its summary links to them. */
async function themePages(page: Page): Promise<string[]> {
  await open(page, `/la/${LA}/`)
  const hrefs = await page.locator('.theme-summary .more a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
  expect(hrefs.length).toBeGreaterThanOrEqual(5)
  return hrefs
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
  const paths = [`/la/${LA}/`, ...(await themePages(page)), `/la/${LA}/compare/`, '/la/city-of-london/exclusions/']
  for (const path of paths) {
    const height = await pageHeight(page, path)
    process.stdout.write(`${path} at 360 px: ${height} px (${(height / PHONE.height).toFixed(1)} screens)\n`)
    expect(height, path).toBeLessThanOrEqual(15 * PHONE.height)
  }
})

test(`a theme page grown to ${LARGE_THEME} measures stays under fifteen phone screens`, async ({ page }) => {
  test.setTimeout(120_000)
  await page.setViewportSize(PHONE)
  for (const path of await themePages(page)) {
    await pageHeight(page, path)
    // Today's measures of the theme, repeated in order until there are LARGE_THEME of them: the
    // page such a theme would make, laid out by the browser. The copies leave out the folded
    // chart images (a copied <img> would start loading at once; folded, they take no room).
    const grown = await page.evaluate((n) => {
      const blocks = Array.from(document.querySelectorAll('main section.metric'))
      const last = blocks.at(-1)!
      for (let i = n - 1; i >= blocks.length; i--)
        last.insertAdjacentHTML('afterend', blocks[i % blocks.length]!.outerHTML.replace(/<img\b[^>]*>/g, ''))
      return {
        measures: document.querySelectorAll('main section.metric').length,
        height: document.documentElement.scrollHeight,
        elements: document.querySelectorAll('*').length,
        closed: Array.from(document.querySelectorAll('main section.metric details')).every((d) => !(d as HTMLDetailsElement).open),
      }
    }, LARGE_THEME)
    process.stdout.write(
      `${path} grown to ${grown.measures} measures: ${grown.height} px (${(grown.height / PHONE.height).toFixed(1)} screens), ${grown.elements} elements\n`,
    )
    expect(grown.measures).toBe(LARGE_THEME)
    expect.soft(grown.closed, 'charts and tables start folded').toBe(true)
    expect.soft(grown.height, path).toBeLessThanOrEqual(15 * PHONE.height)
    expect.soft(grown.elements, `${path}: DOM elements`).toBeLessThanOrEqual(LARGE_THEME_DOM)
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
    await open(page, path)
    // Open folded sections: their charts must be readable too.
    await page.locator('main details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)))
    const small = await page.evaluate(async () => {
      // Load every chart image now, so that none is still loading when the test moves on.
      const images = Array.from(document.querySelectorAll<HTMLImageElement>('main img'))
      for (const img of images) img.loading = 'eager'
      await Promise.all(images.map((img) => img.decode()))
      const found: string[] = []
      // Inline charts: each text's computed size, scaled as its outermost svg is drawn.
      for (const t of Array.from(document.querySelectorAll('main svg text'))) {
        const svg = (t as SVGTextElement).ownerSVGElement!
        const box = svg.getBoundingClientRect()
        if (box.width === 0) continue
        const px = parseFloat(getComputedStyle(t).fontSize) * (box.width / svg.viewBox.baseVal.width)
        if (px < 11.95) found.push(`${svg.dataset['chart'] ?? '?'}: "${t.textContent}" at ${px.toFixed(1)} px`)
      }
      // Charts shown as images of their SVG files: the smallest font size in the file, scaled as the image is drawn.
      for (const img of Array.from(document.querySelectorAll<HTMLImageElement>('main img[src$=".svg"]'))) {
        const width = img.getBoundingClientRect().width
        const doc = new DOMParser().parseFromString(await (await fetch(img.src)).text(), 'image/svg+xml')
        const root = doc.documentElement
        const viewWidth = Number(root.getAttribute('viewBox')!.split(/\s+/)[2])
        const sizes = Array.from(doc.querySelectorAll('[font-size]')).map((e) => Number(e.getAttribute('font-size')))
        const px = Math.min(...sizes) * (width / viewWidth)
        if (width === 0 || px < 11.95) found.push(`${img.getAttribute('src')}: smallest text at ${px.toFixed(1)} px`)
      }
      return found
    })
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
