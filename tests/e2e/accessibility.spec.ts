// axe on every page template, and on the states JavaScript or a reader can put them in: zero
// violations. See axe.ts for the rules and the report.
import { expectNoViolations } from './axe.ts'
import { expect, test } from './fixtures.ts'
import { LA_PAGE, TEMPLATES } from './templates.ts'

for (const template of TEMPLATES) {
  test(`axe: ${template.name} ${template.path}`, async ({ page }, testInfo) => {
    await page.goto(template.path)
    await expectNoViolations(page, testInfo, template.name)
  })
}

test(`axe: LA page at 320 px wide, with its tables of figures open ${LA_PAGE}`, async ({ page }, testInfo) => {
  // With 111 measures (and their tables open) the single LA page takes axe over a minute.
  test.setTimeout(300_000)
  await page.setViewportSize({ width: 320, height: 640 })
  await page.goto(LA_PAGE)
  // Open every <details>, so that axe checks the tables inside them as a reader sees them, and
  // any table wider than the screen scrolls in a region a keyboard can reach.
  await page.locator('main details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)))
  await expectNoViolations(page, testInfo, 'LA 320px details open')
})

test('axe: home page with the area filter in use', async ({ page }, testInfo) => {
  await page.goto('/')
  await page.getByLabel('Filter local authorities by name').fill('leed')
  await expect(page.locator('#area-filter-status')).not.toBeEmpty()
  await expectNoViolations(page, testInfo, 'home filtered')
})
