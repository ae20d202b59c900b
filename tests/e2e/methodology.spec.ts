// The methodology as short pages (issue 28.10): every measure's "how it is measured" leads to its
// own page; the contents page keeps each anchor of the single page it replaced, on a link to where
// that text now is; a missing address gets the 404 page, which offers the search.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures.ts'

const SITE = process.env['SITE_DIR'] ?? 'dist'

/** Every measure the site defines, from the definitions it publishes for download. */
function definedMeasures(): Array<{ id: string; title: string }> {
  const { metrics: list } = JSON.parse(readFileSync(join(SITE, 'data', 'metric-definitions.json'), 'utf8')) as {
    metrics: Array<{ id: string; title: string }>
  }
  expect(list.length).toBeGreaterThan(150)
  return list
}

test('each old anchor of the single methodology page still leads to its text', async ({ page }) => {
  await page.goto('/methodology/')
  const topics = [
    'comparisons',
    'intervals',
    'similar',
    'ranks',
    'statistical-neighbours',
    'changes',
    'geography',
    'missing',
    'derived',
    'change-programme',
  ]
  for (const anchor of [...topics, ...definedMeasures().map((m) => m.id)]) {
    const link = page.locator(`[id="${anchor}"] > a`)
    await expect(link, `#${anchor} on the contents page`).toHaveCount(1)
  }
  await expect(page.locator('#measures')).toHaveCount(1)
  // An anchor of a topic's section leads to that section on the topic's page.
  await page.locator('#intervals > a').click()
  await expect(page).toHaveURL(/\/methodology\/comparisons\/#intervals$/)
  await expect(page.locator('h2#intervals')).toBeVisible()
})

test('a measure\'s "how it is measured" leads to its own methodology page', async ({ page }) => {
  const titles = new Map(definedMeasures().map((m) => [m.id, m.title]))
  await page.goto('/la/leeds/where/')
  const measure = page.locator('section.metric').first()
  const id = (await measure.getAttribute('id'))!
  await measure.locator('details.metric-more > summary').click()
  await measure.getByRole('link', { name: /^how it is measured/ }).click()
  await expect(page).toHaveURL(new RegExp(`/methodology/measures/${id}/$`))
  await expect(page.locator('h1')).toHaveText(titles.get(id)!)
  await expect(page.locator('dl.definition dt').first()).toHaveText('Id')
})

test('a missing address answers 404 with a page that offers the search', async ({ request }) => {
  const response = await request.get('/no-such-page/at/all/')
  expect(response.status()).toBe(404)
  const html = await response.text()
  expect(html).toContain('<h1>Page not found</h1>')
  expect(html).toMatch(/<form action="\/find\/" method="get" role="search">/)
})
