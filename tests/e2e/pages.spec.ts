// Every page template renders: HTTP 200, one <h1>, the right title, nothing broken in the console
// or the network, nothing fetched from another host, a strict Content-Security-Policy with nothing
// inline for it to block, the same content with JavaScript off, and no page-wide sideways scrolling
// on a 320 px screen (wide tables scroll in their own box, which a keyboard can reach).
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { SITE_NAME, TEMPLATES } from './templates.ts'

/**
 * What a reader gets from the main content: headings, tables, charts and links; leaving out the
 * parts only a script can offer ([data-js-only], hidden without JavaScript).
 */
function contentOutline(page: Page) {
  return page.evaluate(() => {
    const all = (selector: string) => Array.from(document.querySelectorAll(`main :is(${selector}):not([data-js-only] *)`))
    const texts = (selector: string) => all(selector).map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim())
    return {
      headings: texts('h1, h2, h3, h4, h5, h6'),
      tables: texts('table caption'),
      tableCount: all('table').length,
      inlineSvgs: all('svg').length,
      figures: all('figure').length,
      links: all('a[href]').length,
    }
  })
}

for (const template of TEMPLATES) {
  test.describe(`${template.name} ${template.path}`, () => {
    test('renders, with nothing broken, nothing from other hosts and nothing inline', async ({ page, served }) => {
      const response = await page.goto(template.path)
      expect(response?.status(), `HTTP status of ${template.path}`).toBe(200)
      expect(response?.headers()['content-type']).toMatch(/^text\/html/)
      await expect(page).toHaveTitle(`${template.title ?? template.h1} | ${SITE_NAME}`)
      await expect(page.locator('h1')).toHaveCount(1)
      await expect(page.locator('h1')).toHaveText(template.h1)
      await expect(page.locator('html')).toHaveAttribute('lang', /^en/)
      await expect(page.locator('main')).toHaveCount(1)
      // Every chart is inline SVG or an image of an SVG file, with a text alternative: no canvas, no plugin content.
      await expect(page.locator('main canvas, main object, main embed')).toHaveCount(0)
      await expect(
        page.locator('main svg[role="img"]:not([aria-label]:not([aria-label=""]))'),
        'charts without a text alternative',
      ).toHaveCount(0)
      await expect(page.locator('main img:not([alt]:not([alt=""]))'), 'images without a text alternative').toHaveCount(0)
      // Scripts and styles come from the site only, and nothing is inline for the policy to block.
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
      expect(csp).toContain("script-src 'self'")
      expect(csp).toContain("style-src 'self'")
      expect(csp).not.toContain('unsafe-inline')
      const inline = await page.evaluate(() => ({
        scripts: document.querySelectorAll('script:not([src])').length,
        styles: document.querySelectorAll('style, [style]').length,
        handlers: Array.from(document.querySelectorAll('*')).flatMap((e) =>
          Array.from(e.attributes)
            .filter((a) => a.name.startsWith('on'))
            .map((a) => `${e.tagName} ${a.name}`),
        ),
      }))
      expect(inline).toEqual({ scripts: 0, styles: 0, handlers: [] })
      // The server saw only requests for this site's own files, all answered.
      const paths = served().map((r) => `${r.status} ${r.method} ${r.path}`)
      expect(
        paths.filter((p) => !p.startsWith('200 ')),
        'requests the server did not answer with 200',
      ).toEqual([])
    })

    test('reads the same without JavaScript', async ({ page, noJsPage }) => {
      await page.goto(template.path)
      const response = await noJsPage.goto(template.path)
      expect(response?.status()).toBe(200)
      await expect(noJsPage.locator('h1')).toHaveText(template.h1)
      // Each needed element is on screen, or inside a collapsed <details> that opens without JavaScript.
      for (const selector of template.needs ?? []) {
        const shown = noJsPage.locator(`:is(${selector}):visible, details:not([open]) :is(${selector})`)
        await expect(shown.first(), `${selector} should show without JavaScript`).toBeAttached()
      }
      // Charts are drawn at build time: every figure that is a chart holds its SVG, or an image of its SVG file.
      await expect(noJsPage.locator('main figure.chart:not(:has(svg, img[src$=".svg"]))')).toHaveCount(0)
      // A collapsed table of figures opens without JavaScript (<details> is native).
      const details = noJsPage.locator('main details:has(table)').first()
      if ((await details.count()) > 0) {
        // A fold that starts open (the compare page's first theme) is closed and opened again.
        const startsOpen = await details.evaluate((d) => (d as HTMLDetailsElement).open)
        if (startsOpen) await details.locator(':scope > summary').click()
        await details.locator(':scope > summary').click()
        await expect(details.locator('table').first()).toBeVisible()
        if (!startsOpen) await details.locator(':scope > summary').click()
      }
      expect(await contentOutline(noJsPage)).toEqual(await contentOutline(page))
    })

    test('fits a 320 px wide screen: no sideways page scrolling, wide tables scroll where a keyboard can reach', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 })
      await page.goto(template.path)
      const { scrollWidth, clientWidth, culprits, unreachable } = await page.evaluate(() => {
        // Open every <details>: what a reader can open must fit too.
        for (const details of Array.from(document.querySelectorAll('details'))) details.open = true
        const root = document.documentElement
        const width = root.clientWidth
        const all = Array.from(document.body.querySelectorAll('*'))
        const scrolls = (el: Element) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(el).overflowX)
        const describe = (el: Element) =>
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('aria-labelledby') ? `[aria-labelledby="${el.getAttribute('aria-labelledby')}"]` : ''}${el.classList.length > 0 ? `.${Array.from(el.classList).join('.')}` : ''}`
        const where = (el: Element) => {
          const container = el.parentElement?.closest('[id], [aria-labelledby]')
          return container ? describe(container) : 'body'
        }
        const listed = (els: Element[], line: (el: Element) => string) => [
          ...els.slice(0, 5).map(line),
          ...(els.length > 5 ? [`... and ${els.length - 5} more`] : []),
        ]

        // The innermost elements that stick out of the screen, outside any scrolling box.
        const clipped = new Set<Element>()
        for (const el of all)
          if (el.parentElement && (clipped.has(el.parentElement) || (el.parentElement !== document.body && scrolls(el.parentElement))))
            clipped.add(el)
        const sticksOut = all.filter((el) => !clipped.has(el) && el.getBoundingClientRect().right > width + 0.5)
        const innermost = sticksOut.filter((el) => !sticksOut.some((other) => other !== el && el.contains(other)))
        const culprits = listed(
          innermost,
          (el) =>
            `${describe(el)} (right edge at ${Math.round(el.getBoundingClientRect().right)} px) in ${where(el)}: "${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)}"`,
        )

        // A box that scrolls sideways must take keyboard focus itself or hold something focusable
        // (WCAG 2.1.1; axe's scrollable-region-focusable).
        const focusable = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])'
        const scrollBoxes = all.filter(
          (el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1,
        )
        const unreachable = listed(
          scrollBoxes.filter((el) => (el as HTMLElement).tabIndex < 0 && !el.querySelector(focusable)),
          (el) => `${describe(el)} in ${where(el)} (${el.scrollWidth} px of content in ${el.clientWidth} px)`,
        )
        return { scrollWidth: root.scrollWidth, clientWidth: width, culprits, unreachable }
      })
      expect
        .soft(scrollWidth, `the page is ${scrollWidth} px wide on a ${clientWidth} px screen. Sticking out:\n  ${culprits.join('\n  ')}\n`)
        .toBeLessThanOrEqual(clientWidth)
      expect
        .soft(
          unreachable,
          'boxes that scroll sideways but cannot be reached with the keyboard (add tabindex="0", role="region" and a label)',
        )
        .toEqual([])
    })
  })
}
