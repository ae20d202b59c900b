// Pages a parent can read on a phone (360 x 740): the LA summary fits in about three screens;
// the tallest pages the build wrote (the largest theme pages of any area, 45 measures in groups; an
// LA's comparison; a page of many missing figures) stay under about fifteen, folded, with a
// reasonable DOM; no page of any template, and no page of the methodology, is taller than 20,000 px
// as first shown; a theme of many measures folds all but its first group; chart text renders at
// 12 px or more; tables keep England in view beside the area and show when they scroll. Print hides
// the navigation and sharing, and every LA's summary prints on one A4 sheet.
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { THEMES } from '../../src/contract/vocabulary.ts'
import { TEMPLATES } from './templates.ts'

const SITE = process.env['SITE_DIR'] ?? 'dist'
const PHONE = { width: 360, height: 740 }
const LA = 'leeds'
/**
 * Elements on a theme page, its groups, charts and tables folded (Lighthouse warns above about
 * 1,400; 53 measures need more): about 70 a measure, most of them inside closed <details>, which
 * the browser does not lay out. A table shows the latest 4 periods and the earlier ones in one
 * paragraph, and repeated controls are named by reference (control-labels.ts), to stay within it.
 */
const THEME_DOM = 4000
/** How many of the largest theme pages in the build are laid out and counted. */
const LARGEST = 3

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

/** Every theme page in the build (LAs, regions, England), largest file first: the most measures and words. */
function largestThemePages(n: number): string[] {
  const themes = new Set<string>(THEMES.map((t) => t.id))
  const found: Array<{ path: string; size: number }> = []
  const look = (dir: string, path: string) => {
    for (const theme of readdirSync(dir).filter((d) => themes.has(d))) {
      const file = join(dir, theme, 'index.html')
      found.push({ path: `${path}${theme}/`, size: statSync(file).size })
    }
  }
  look(join(SITE, 'england'), '/england/')
  for (const kind of ['region', 'la'])
    for (const slug of readdirSync(join(SITE, kind))) {
      if (statSync(join(SITE, kind, slug)).isDirectory()) look(join(SITE, kind, slug), `/${kind}/${slug}/`)
    }
  expect(found.length).toBeGreaterThan(153 * 8)
  return found
    .sort((a, b) => b.size - a.size)
    .slice(0, n)
    .map((f) => f.path)
}

test(`the tallest pages stay under fifteen phone screens; theme pages folded, with at most ${THEME_DOM} elements`, async ({ page }) => {
  test.setTimeout(120_000)
  await page.setViewportSize(PHONE)
  const themePages = [...largestThemePages(LARGEST), `/la/${LA}/who/`]
  for (const path of [...themePages, `/la/${LA}/compare/`, '/la/city-of-london/exclusions/']) {
    const height = await pageHeight(page, path)
    process.stdout.write(`${path}: ${height} px (${(height / PHONE.height).toFixed(1)} screens)\n`)
    expect.soft(height, path).toBeLessThanOrEqual(15 * PHONE.height)
    if (!themePages.includes(path)) continue
    const found = await page.evaluate(() => ({
      measures: document.querySelectorAll('main section.metric').length,
      elements: document.querySelectorAll('*').length,
      open: Array.from(document.querySelectorAll('main details')).filter((d) => (d as HTMLDetailsElement).open).length,
    }))
    process.stdout.write(`  ${found.measures} measures, ${found.elements} elements\n`)
    expect.soft(found.open, `${path}: groups, charts and tables start folded`).toBe(0)
    expect.soft(found.elements, `${path}: DOM elements`).toBeLessThanOrEqual(THEME_DOM)
  }
})

test('a theme with many measures folds its less central groups, and every measure is on the page', async ({ page }) => {
  await open(page, `/la/${LA}/who/`)
  const groups = page.locator('main section.measure-group')
  expect(await groups.count()).toBeGreaterThan(2)
  // The contents list links to every group.
  const targets = await page.locator('nav[aria-labelledby="groups"] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
  expect(targets).toEqual(await groups.evaluateAll((all) => all.map((g) => `#${g.id}`)))
  // The first group is open, later ones folded; a folded group opens to show its measures.
  await expect(groups.first().locator(':scope > section.metric').first()).toBeVisible()
  const folded = page.locator('main details.group-fold').first()
  await expect(folded.locator('section.metric').first()).toBeHidden()
  await folded.locator(':scope > summary').click()
  await expect(folded.locator('section.metric').first()).toBeVisible()
  // Every measure of the theme is on the page once: as many as the summary says the theme holds.
  await open(page, `/la/${LA}/`)
  const holds = await page.locator('.theme-summary:has(#theme-who) a.more').innerText()
  await open(page, `/la/${LA}/who/`)
  expect(holds).toContain(`${await page.locator('main section.metric').count()} measures`)
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

/** The pages an A4 sheet with 10 mm margins takes for the page open now, as Chromium prints it. */
async function printedSheets(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4', margin: { top: '10mm', right: '10mm', bottom: '10mm', left: '10mm' } })
  return pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0
}

test('printing a summary hides navigation, search and sharing, and every LA summary fits on one A4 sheet', async ({ page }) => {
  test.setTimeout(300_000)
  await page.emulateMedia({ media: 'print' })
  await page.goto(`/la/${LA}/`)
  await expect(page.locator('.site-header')).toBeHidden()
  await expect(page.locator('#more')).toBeHidden()
  await expect(page.locator('#theme-who')).toBeVisible()
  await expect(page.locator('#theme-money')).toBeVisible()
  // Every LA's summary the build wrote, printed as a reader would (one page, reused): any that takes two sheets is named.
  const slugs = readdirSync(join(SITE, 'la')).filter((slug) => statSync(join(SITE, 'la', slug, 'index.html'), { throwIfNoEntry: false }))
  expect(slugs).toHaveLength(153)
  const over: string[] = []
  for (const slug of slugs) {
    await page.goto(`/la/${slug}/`)
    const sheets = await printedSheets(page)
    if (sheets !== 1) over.push(`${await page.locator('h1').innerText()} (/la/${slug}/): ${sheets} sheets`)
  }
  expect(over, 'LA summaries that do not print on one A4 sheet with 10 mm margins').toEqual([])
})

/** Pages of the methodology: its contents, every topic page it links to, and the measures' pages with the most to say (largest files). */
function methodologyPages(): string[] {
  const dir = join(SITE, 'methodology')
  const topics = readdirSync(dir).filter((d) => d !== 'measures' && statSync(join(dir, d)).isDirectory())
  const measures = readdirSync(join(dir, 'measures'))
    .map((id) => ({ id, size: statSync(join(dir, 'measures', id, 'index.html')).size }))
    .sort((a, b) => b.size - a.size)
  expect(topics.length).toBeGreaterThan(3)
  expect(measures.length).toBeGreaterThan(150)
  return ['/methodology/', ...topics.map((t) => `/methodology/${t}/`), ...measures.slice(0, 3).map((m) => `/methodology/measures/${m.id}/`)]
}

/**
 * The page a search without JavaScript opens: every place name in England in one list, for the
 * browser's find in page, which not every browser can do in folded text. Long by design (about
 * 45,000 px on a phone); it is measured and listed, not held to 20,000 px.
 */
const LONG_BY_DESIGN = new Set(['/find/'])

test('no page, as first shown, is taller than 20,000 px on a 360 px phone: every template and the methodology', async ({ page }) => {
  test.setTimeout(180_000)
  await page.setViewportSize(PHONE)
  const paths = [...new Set([...TEMPLATES.map((t) => t.path), ...methodologyPages()])]
  for (const path of paths) {
    await open(page, path)
    // Parts laid out only near the screen (content-visibility: auto) are laid out in full, so the height is not a guess.
    const height = await page.evaluate(() => {
      for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *')))
        if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible'
      return document.documentElement.scrollHeight
    })
    process.stdout.write(`${path}: ${height} px at 360 px${LONG_BY_DESIGN.has(path) ? ' (long by design)' : ''}\n`)
    if (!LONG_BY_DESIGN.has(path)) expect.soft(height, `${path} as first shown at 360 px`).toBeLessThanOrEqual(20_000)
  }
})

test('on a 360 px phone, England stays in view beside the area in the trend, "at a glance" and compare tables, and a table that scrolls shows it', async ({
  page,
}) => {
  await page.setViewportSize(PHONE)
  /** The column headed `name` in the table of `wrap`: its right edge inside the box the table scrolls in, as first shown. */
  const inView = async (wrap: ReturnType<Page['locator']>, name: string) => {
    const box = (await wrap.boundingBox())!
    const head = (await wrap.locator('thead th', { hasText: name }).first().boundingBox())!
    return head.x + head.width <= box.x + box.width + 0.5
  }
  await open(page, `/la/${LA}/where/`)
  const glance = page.locator('details.at-a-glance')
  await glance.locator(':scope > summary').click()
  const glanceWrap = glance.locator('.table-wrap')
  expect(await inView(glanceWrap, 'England'), '"at a glance": England in view').toBe(true)
  expect(await glanceWrap.evaluate((w) => w.scrollWidth <= w.clientWidth + 1), '"at a glance" fits the phone without scrolling').toBe(true)
  const measure = page.locator('section.metric').first()
  await measure.locator('details.metric-more > summary').click()
  const trendWrap = measure.locator('.table-wrap')
  const heads = await trendWrap.locator('thead th').allInnerTexts()
  expect(heads.slice(1, 3), 'the trend table: the area, then England').toEqual(['Leeds', 'England'])
  expect(await inView(trendWrap, 'England'), 'the trend table: England in view').toBe(true)

  await open(page, `/la/${LA}/compare/`)
  const compareWrap = page.locator('details.compare-theme[open] .table-wrap').first()
  expect(await inView(compareWrap, 'England'), 'the compare table: England in view').toBe(true)
  // Twelve areas do not fit a phone: the table scrolls, with its measure column fixed in place.
  expect(await compareWrap.evaluate((w) => w.scrollWidth > w.clientWidth)).toBe(true)
  const firstCell = compareWrap.locator('tbody th').first()
  const before = (await firstCell.boundingBox())!.x
  await compareWrap.evaluate((w) => w.scrollBy(200, 0))
  expect(Math.abs((await firstCell.boundingBox())!.x - before), 'the measure column stays in place').toBeLessThan(1)
  // Every table box carries the shadows that show hidden columns (CSS only: no script needed), and they move with the scroll.
  const cue = await page.locator('.table-wrap').evaluateAll((wraps) =>
    wraps.map((w) => {
      const style = getComputedStyle(w)
      return `${(style.backgroundImage.match(/radial-gradient/g) ?? []).length} shadows, ${style.backgroundAttachment}`
    }),
  )
  expect(new Set(cue)).toEqual(new Set(['2 shadows, local, local, scroll, scroll']))
})
