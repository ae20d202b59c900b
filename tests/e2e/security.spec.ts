// Every page carries a Content-Security-Policy that allows scripts and styles from the site only,
// and has no inline scripts, inline styles or inline event handlers for that policy to block.
import { expect, test } from './fixtures.ts'
import { TEMPLATES } from './templates.ts'

for (const t of TEMPLATES) {
  test(`${t.name} ${t.path}: a strict Content-Security-Policy and nothing inline`, async ({ page }) => {
    await page.goto(t.path)
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("style-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(await page.locator('script:not([src])').count()).toBe(0)
    expect(await page.locator('style').count()).toBe(0)
    expect(await page.locator('[style]').count()).toBe(0)
    const handlers = await page.evaluate(() =>
      Array.from(document.querySelectorAll('*')).flatMap((e) =>
        Array.from(e.attributes)
          .filter((a) => a.name.startsWith('on'))
          .map((a) => `${e.tagName} ${a.name}`),
      ),
    )
    expect(handlers).toEqual([])
  })
}
