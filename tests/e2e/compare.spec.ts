// Comparing local authorities: the compare page leads with an LA beside England, its region, its
// neighbours' average and its statistical neighbours (without JavaScript too); with JavaScript, any
// two to five LAs the reader picks, kept in the address.
// Figures are checked against the measure's own CSV download, which is written by other code.
import Papa from 'papaparse'
import { expect, test } from './fixtures.ts'

const METRIC = 'ehcp_mainstream_pct'

test('with JavaScript, any two to five chosen LAs sit side by side with England, and the address keeps the choice', async ({
  page,
  request,
}) => {
  // The measure's CSV: its title on the first line above the table, then a blank line, then the table.
  const [above, figures] = (await (await request.get(`/metric/${METRIC}/figures.csv`)).text()).split('\n\n')
  const measure = Papa.parse<string[]>(above!).data[0]![0]!
  const rows = Papa.parse<Record<string, string>>(figures!.trim(), { header: true }).data
  const latest = (area: string) => rows.filter((r) => r['area'] === area && r['value'] !== '').at(-1)!

  await page.goto('/la/leeds/compare/?with=leeds,york,bradford')
  const section = page.locator('#choose')
  await expect(section).toBeVisible()
  await expect(section.locator('select')).toHaveCount(5)
  await expect(section.locator('#choose-la-2')).toHaveValue('york')
  // The chosen areas' themes start folded (the neighbours' tables above lead the page); one opens like any <details>.
  await expect(section.locator('details.compare-theme[open]')).toHaveCount(0)
  const where = section.locator('details.compare-theme').filter({ hasText: 'in mainstream schools' })
  await where.locator('summary').click()
  const table = where.locator('table')
  await expect(table.locator('thead th')).toHaveText(['Measure', 'England', 'Leeds', 'York', 'Bradford'])
  // The measure's own row (other placement measures also say "in mainstream schools"): its title, from the CSV, then its period.
  const title = measure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const row = table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${title} Jan`) }) })
  const cells = await row.locator('td').allTextContents()
  expect(cells).toEqual(['England', 'Leeds', 'York', 'Bradford'].map((a) => `${latest(a)['value']}%`))

  // Dropping one: the table and the address follow, and the theme opened stays open.
  await section.locator('#choose-la-3').selectOption('')
  await expect(table.locator('thead th')).toHaveText(['Measure', 'England', 'Leeds', 'York'])
  expect(new URL(page.url()).searchParams.get('with')).toBe('leeds,york')
  // Fewer than two: no table, and the page says why.
  await section.locator('#choose-la-2').selectOption('')
  await expect(section.locator('table')).toHaveCount(0)
  await expect(section.locator('[data-compare-status]')).toHaveText('Choose at least two local authorities.')
})

test('without JavaScript, the compare page leads with the LA beside England, its region, its neighbours and their average', async ({
  noJsPage,
  request,
}) => {
  const [above, figures] = (await (await request.get(`/metric/${METRIC}/figures.csv`)).text()).split('\n\n')
  const measure = Papa.parse<string[]>(above!).data[0]![0]!
  const rows = Papa.parse<Record<string, string>>(figures!.trim(), { header: true }).data
  const latest = (area: string) => rows.filter((r) => r['area'] === area && r['value'] !== '').at(-1)!
  await noJsPage.goto('/la/leeds/compare/?with=leeds,york')
  await expect(noJsPage.locator('#choose')).toBeHidden()
  // The first theme's table is open under the page's first heading after the title.
  await expect(noJsPage.locator('main h2').first()).toHaveText('Leeds beside its statistical neighbours')
  const first = noJsPage.locator('details.compare-theme').first()
  await expect(first).toHaveAttribute('open', '')
  const heads = await first.locator('thead th').allTextContents()
  expect(heads.slice(0, 5).map((h) => h.trim())).toEqual([
    'Measure',
    'Leeds',
    'England',
    'Yorkshire and The Humber',
    'Similar areas average',
  ])
  expect(heads).toHaveLength(15)
  await expect(first.locator('p.source')).toContainText('Department for Education')
  // The measure's row: Leeds, England and the region as the measure's own CSV gives them.
  const where = noJsPage.locator('details.compare-theme').filter({ hasText: 'in mainstream schools' })
  await where.locator('summary').click()
  const title = measure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const row = where.locator('tbody tr').filter({ has: noJsPage.getByRole('rowheader', { name: new RegExp(`^${title} January`) }) })
  const cells = (await row.locator('td').allTextContents()).slice(0, 3).map((c) => c.trim())
  expect(cells).toEqual(['Leeds', 'England', 'Yorkshire and The Humber'].map((a) => `${latest(a)['value']}%`))
})
