// axe on every page template, and on the states JavaScript or a reader can put them in: zero
// violations. See axe.ts for the rules and the report.
import { expectNoViolations } from './axe.ts'
import { expect, test } from './fixtures.ts'
import { LA_THEME_PAGE, TEMPLATES } from './templates.ts'

for (const template of TEMPLATES) {
  test(`axe: ${template.name} ${template.path}`, async ({ page }, testInfo) => {
    await page.goto(template.path)
    await expectNoViolations(page, testInfo, template.name)
  })
}

test(`axe: LA theme page at 320 px wide, with its tables of figures open ${LA_THEME_PAGE}`, async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 320, height: 640 })
  await page.goto(LA_THEME_PAGE)
  // Open every <details>, so that axe checks the tables inside them as a reader sees them, and
  // any table wider than the screen scrolls in a region a keyboard can reach.
  await page.locator('main details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)))
  await expectNoViolations(page, testInfo, 'LA 320px details open')
})

test('axe: home page with search results, and with the no-match help', async ({ page }, testInfo) => {
  await page.goto('/')
  await page.getByLabel('Town, district, council or ONS code').fill('Harrogate')
  await expect(page.locator('[data-results] a').first()).toBeVisible()
  await expectNoViolations(page, testInfo, 'home search results')
  await page.getByLabel('Town, district, council or ONS code').fill('zzzz')
  await expect(page.locator('[data-results] .no-match')).toBeVisible()
  await expectNoViolations(page, testInfo, 'home search no match')
})

test('axe: a metric page with an LA marked', async ({ page }, testInfo) => {
  await page.goto('/metric/ehcp_mainstream_pct/#leeds')
  await expect(page.locator('tr#leeds')).toHaveClass(/is-highlighted/)
  await expectNoViolations(page, testInfo, 'metric highlighted')
})
