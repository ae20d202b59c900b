// "Find your area" on the home page: a full list of LAs by region without JavaScript, a filter box
// with it, and both usable from the keyboard.
import { expect, test } from './fixtures.ts'

const LA_COUNT = 153
const REGION_COUNT = 9

test.describe('Find your area', () => {
  test('without JavaScript: every LA is listed under its region, and a link reaches the LA page', async ({ noJsPage: page }) => {
    await page.goto('/')
    const section = page.locator('section:has(> h2#find-your-area)')
    await expect(section.locator('h2')).toHaveText('Find your area')
    // The filter box needs JavaScript, so it stays hidden.
    await expect(section.locator('#area-filter')).toBeHidden()

    const laLinks = section.locator('a[href^="/la/"]')
    await expect(laLinks).toHaveCount(LA_COUNT)
    await expect(section.locator('a[href^="/la/"]:visible')).toHaveCount(LA_COUNT)
    const hrefs = await laLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(new Set(hrefs).size, 'each LA listed once').toBe(LA_COUNT)

    const regionHeadings = section.locator('h3')
    await expect(regionHeadings).toHaveCount(REGION_COUNT)
    await expect(section.locator('h3 a[href^="/region/"]')).toHaveCount(REGION_COUNT)
    // Each region heading has its own non-empty list, and together they hold every LA.
    const perRegion = await section.locator('[data-region]').evaluateAll((groups) =>
      groups.map((g) => ({
        region: g.querySelector('h3')?.textContent?.trim() ?? '',
        las: g.querySelectorAll('a[href^="/la/"]').length,
      })),
    )
    expect(perRegion).toHaveLength(REGION_COUNT)
    for (const { region, las } of perRegion) expect(las, `LAs listed under ${region}`).toBeGreaterThan(0)
    expect(perRegion.reduce((sum, r) => sum + r.las, 0)).toBe(LA_COUNT)
    expect(perRegion.find((r) => r.region === 'Yorkshire and The Humber')?.las).toBeGreaterThan(0)
    const yorkshire = section.locator('[data-region]').filter({ has: page.locator('h3', { hasText: /^Yorkshire and The Humber$/ }) })
    await expect(yorkshire.getByRole('link', { name: 'Leeds', exact: true })).toHaveCount(1)

    await section.getByRole('link', { name: 'Leeds', exact: true }).click()
    await expect(page).toHaveURL(/\/la\/leeds\/$/)
    await expect(page.locator('h1')).toHaveText('Leeds')
  })

  test('with JavaScript: the filter box narrows the list as you type', async ({ page }) => {
    await page.goto('/')
    const section = page.locator('section:has(> h2#find-your-area)')
    const input = section.getByLabel('Filter local authorities by name')
    const status = section.locator('#area-filter-status')
    const visibleLas = section.locator('li[data-name]:visible a')
    const visibleRegions = section.locator('[data-region]:visible')

    await expect(input).toBeVisible()
    await expect(input).toHaveAttribute('type', 'search')
    await expect(status).toHaveAttribute('role', 'status')
    await expect(visibleLas).toHaveCount(LA_COUNT)

    await input.fill('leed')
    await expect(visibleLas).toHaveCount(1)
    await expect(visibleLas).toHaveText('Leeds')
    await expect(visibleRegions).toHaveCount(1)
    await expect(visibleRegions.locator('h3')).toHaveText('Yorkshire and The Humber')
    await expect(status).toHaveText(/^1 local authority matches\.?$/)

    // Case does not matter; several matches are counted.
    await input.fill('NORTH')
    const northCount = await visibleLas.count()
    expect(northCount).toBeGreaterThan(1)
    await expect(status).toHaveText(`${northCount} local authorities match.`)

    await input.fill('zzzz')
    await expect(visibleLas).toHaveCount(0)
    await expect(visibleRegions).toHaveCount(0)
    await expect(status).toHaveText('No local authority matches.')

    await input.fill('')
    await expect(visibleLas).toHaveCount(LA_COUNT)
    await expect(visibleRegions).toHaveCount(REGION_COUNT)
    await expect(status).toHaveText('')
  })

  test('keyboard only: Tab into the box, type, Tab to the link, Enter opens the LA page', async ({ page }) => {
    await page.goto('/')
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement
        return { id: el?.id ?? '', text: el?.textContent?.trim() ?? '', href: el?.getAttribute('href') ?? '' }
      })

    // The first Tab reaches the skip link.
    await page.keyboard.press('Tab')
    expect((await focused()).text).toBe('Skip to main content')

    let tabs = 1
    while ((await focused()).id !== 'area-filter') {
      expect(tabs, 'Tab presses to reach the filter box').toBeLessThan(60)
      await page.keyboard.press('Tab')
      tabs++
    }
    await page.keyboard.type('leed')
    await expect(page.locator('#area-filter-status')).toHaveText(/^1 local authority matches/)

    // After the box: the (only) region heading shown, then Leeds.
    let after = 0
    do {
      await page.keyboard.press('Tab')
      after++
      expect(after, 'Tab presses from the box to the Leeds link').toBeLessThanOrEqual(2)
    } while ((await focused()).href !== '/la/leeds/')

    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/la\/leeds\/$/)
    await expect(page.locator('h1')).toHaveText('Leeds')
  })
})
