// Comparing chosen local authorities: without JavaScript the compare page sets an LA beside its
// statistical neighbours; with it, any two to five LAs the reader picks, kept in the address.
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
  // The first theme opens by itself; the placements theme opens like any <details>.
  await expect(section.locator('details.compare-theme').first()).toHaveAttribute('open', '')
  const where = section.locator('details.compare-theme').filter({ hasText: 'in mainstream schools' })
  await where.locator('summary').click()
  const table = where.locator('table')
  await expect(table.locator('thead th')).toHaveText(['Measure', 'Leeds', 'York', 'Bradford', 'England'])
  // The measure's own row (other placement measures also say "in mainstream schools"): its title, from the CSV, then its period.
  const title = measure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const row = table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${title} \\(`) }) })
  const cells = await row.locator('td').allTextContents()
  expect(cells).toEqual(['Leeds', 'York', 'Bradford', 'England'].map((a) => `${latest(a)['value']}%`))

  // Dropping one: the table and the address follow, and the theme opened stays open.
  await section.locator('#choose-la-3').selectOption('')
  await expect(table.locator('thead th')).toHaveText(['Measure', 'Leeds', 'York', 'England'])
  expect(new URL(page.url()).searchParams.get('with')).toBe('leeds,york')
  // Fewer than two: no table, and the page says why.
  await section.locator('#choose-la-2').selectOption('')
  await expect(section.locator('table')).toHaveCount(0)
  await expect(section.locator('[data-compare-status]')).toHaveText('Choose at least two local authorities.')
})

test('without JavaScript, the compare page shows the LA beside its neighbours and no picker', async ({ noJsPage }) => {
  await noJsPage.goto('/la/leeds/compare/?with=leeds,york')
  await expect(noJsPage.locator('#choose')).toBeHidden()
  const first = noJsPage.locator('details.compare-theme').first()
  await first.locator('summary').click()
  await expect(first.locator('thead th').nth(1)).toHaveText('Leeds')
  await expect(first.locator('thead th').last()).toHaveText('England')
  expect(await first.locator('thead th').count()).toBe(13)
})
