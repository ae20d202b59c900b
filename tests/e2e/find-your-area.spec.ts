// "Find your area": the search at the top of the home page finds a local authority from any name
// people use (misspelt, punctuated differently, a district, a town, a former council), and helps
// when nothing matches. Without JavaScript the form opens /find/, which lists every local authority
// with the towns and districts in it.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'

const LA_COUNT = 153

/** Expected: the first results are these LAs (in any order). */
const CASES: ReadonlyArray<{ query: string; las: readonly string[] }> = [
  { query: 'Leads', las: ['Leeds'] },
  { query: 'Harrogate', las: ['North Yorkshire'] },
  { query: 'Harrogate, North Yorkshire', las: ['North Yorkshire'] },
  { query: 'St Helens', las: ['St. Helens'] },
  { query: 'Cumbria', las: ['Cumberland', 'Westmorland and Furness'] },
  { query: 'Durham County', las: ['County Durham'] },
  { query: 'Hull', las: ['Kingston upon Hull, City of'] },
  { query: 'Cornwell', las: ['Cornwall'] },
  { query: 'Kendal', las: ['Westmorland and Furness'] },
]

async function searchFor(page: Page, query: string) {
  const box = page.getByLabel('Town, district, council or ONS code')
  await box.fill(query)
  return page.locator('[data-results] li')
}

test.describe('Find your area', () => {
  test('the search box is at the top of the home page, on a phone too', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto('/')
    const box = page.getByLabel('Town, district, council or ONS code')
    const top = await box.evaluate((el) => el.getBoundingClientRect().top + window.scrollY)
    expect(top, 'pixels from the top of the page to the search box').toBeLessThan(740)
  })

  for (const { query, las } of CASES) {
    test(`with JavaScript: "${query}" finds ${las.join(' and ')}`, async ({ page }) => {
      await page.goto('/')
      const results = await searchFor(page, query)
      await expect(results.first()).toBeVisible()
      const names = await page.locator('[data-results] li > a').allTextContents()
      expect(names.slice(0, las.length).sort()).toEqual([...las].sort())
    })
  }

  test('with JavaScript: no match is said once, then what can be searched, with close names', async ({ page }) => {
    await page.goto('/')
    await searchFor(page, 'Leedz Towne Hall')
    await expect(page.locator('[data-results] .no-match')).toContainText('You can search by council, former council')
    await expect(page.locator('[data-results] .no-match a').first()).toBeVisible()
    await expect(page.locator('[data-status]')).toHaveText('No local authority matches.')
    const said = await page.locator('[data-find-area]').innerText()
    expect(said.split('No local authority matches').length - 1, 'times "No local authority matches" is on the page').toBe(1)
  })

  for (const postcode of ['LS1 4AP', 'LS6'])
    test(`with JavaScript: the postcode "${postcode}" gets one line, and no suggestions`, async ({ page }) => {
      await page.goto('/')
      await searchFor(page, postcode)
      await expect(page.locator('[data-status]')).toHaveText(
        'Postcodes cannot be searched yet: type your town, district or council instead.',
      )
      await expect(page.locator('[data-results] li')).toHaveCount(0)
    })

  test('with JavaScript: a result opens the LA page', async ({ page }) => {
    await page.goto('/')
    await searchFor(page, 'Leads')
    await page.locator('[data-results] a', { hasText: 'Leeds' }).first().click()
    await expect(page).toHaveURL(/\/la\/leeds\/$/)
    await expect(page.locator('h1')).toHaveText('Leeds')
  })

  test('with JavaScript: /find/?q= shows the results of the search sent by the form', async ({ page }) => {
    await page.goto('/find/?q=Harrogate')
    await expect(page.locator('[data-results] li > a').first()).toHaveText('North Yorkshire')
  })

  test('without JavaScript: the form opens /find/, which lists every LA with its towns and districts', async ({ noJsPage: page }) => {
    await page.goto('/')
    await page.getByLabel('Town, district, council or ONS code').fill('Harrogate')
    await page.getByRole('button', { name: 'Search' }).click()
    await expect(page).toHaveURL(/\/find\/\?q=Harrogate$/)
    const las = page.locator('dl.places > dt a')
    await expect(las).toHaveCount(LA_COUNT)
    const placesOf = async (name: string) =>
      (
        await page
          .locator('dl.places > dt', { has: page.getByRole('link', { name, exact: true }) })
          .locator('+ dd')
          .innerText()
      ).split(', ')
    expect(await placesOf('North Yorkshire')).toContain('Harrogate')
    expect(await placesOf('St. Helens')).toContain('St Helens')
    expect(await placesOf('Cumberland')).toContain('Cumbria')
    expect(await placesOf('Westmorland and Furness')).toContain('Cumbria')
    expect(await placesOf('Westmorland and Furness')).toContain('Kendal')
    expect(await placesOf('Leeds')).toContain('Leeds')
  })

  test('without JavaScript: the home page lists every LA under its region', async ({ noJsPage: page }) => {
    await page.goto('/')
    const links = page.locator('[data-region] a[href*="/la/"]')
    await expect(links).toHaveCount(LA_COUNT)
    await expect(page.locator('[data-region] h3')).toHaveCount(9)
  })
})
