// A measure's page in the browser: an LA picked out is marked on every chart that has it (the
// strip of every LA too, not only the map and the funnel plot), and said by name alone; the
// regional charts' text is drawn at 12 px or more, on a laptop and on a phone.
import { expect, test } from './fixtures.ts'

test('an LA picked out is marked on the strip, the map, the funnel plot and the table, and named without its tag', async ({ page }) => {
  await page.goto('/metric/ehcp_mainstream_pct/#leeds')
  await expect(page.locator('tr#leeds')).toHaveClass(/is-highlighted/)
  for (const kind of ['strip', 'map', 'funnel'])
    await expect(page.locator(`svg.chart-svg-${kind} [data-area="leeds"]`), kind).toHaveClass(/is-highlighted/)
  // Leeds's row also holds the Change Programme tag: the status names Leeds, not "LeedsCP".
  await expect(page.locator('[data-highlight-status]')).toHaveText(
    'Leeds is marked on the strip of every local authority, the map, the funnel plot and the table.',
  )
  await page.locator('#highlight-la').selectOption('york')
  await expect(page.locator('svg.chart-svg-strip [data-area="york"]')).toHaveClass(/is-highlighted/)
  await expect(page.locator('svg.chart-svg-strip .is-highlighted')).toHaveCount(1)
})

for (const width of [360, 1280])
  test(`the regional charts' text is drawn at 12 px or more at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 })
    await page.goto('/metric/ehcp_mainstream_pct/')
    const sizes = await page.locator('section[aria-labelledby="regions"] svg text').evaluateAll((texts) =>
      texts.map((t) => {
        const svg = t.closest('svg')!
        // The font size in the chart's units, times the chart's scale as drawn.
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width
        return Number.parseFloat(getComputedStyle(t).fontSize) * scale
      }),
    )
    expect(sizes.length).toBeGreaterThan(9 * 5)
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12)
  })
