// No two controls on a page share a name (issue 28.9): a screen reader lists a page's links and
// buttons by name, so nine buttons called "Trend, similar areas and figures" are nine identical
// choices. On every page template, with every fold opened (and the share script's buttons written),
// the names come from Chromium's accessibility tree: two buttons or two fold summaries may not share
// a name, and two links may share one only when they lead to the same place.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { TEMPLATES } from './templates.ts'

interface Control {
  kind: 'link' | 'button' | 'summary'
  name: string
  /** A link's address (absolute); null for buttons and summaries. */
  target: string | null
}

/** Every link, button and fold summary in the page's accessibility tree, with its computed name. */
async function controls(page: Page): Promise<Control[]> {
  const cdp = await page.context().newCDPSession(page)
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree')
    const kinds: Record<string, Control['kind']> = { link: 'link', button: 'button', DisclosureTriangle: 'summary' }
    return nodes.flatMap((node) => {
      const kind = kinds[String(node.role?.value)]
      if (!kind || node.ignored) return []
      const url = node.properties?.find((p) => p.name === 'url')?.value.value
      return [
        {
          kind,
          name: String(node.name?.value ?? '')
            .replace(/\s+/g, ' ')
            .trim(),
          target: kind === 'link' ? String(url ?? '') : null,
        },
      ]
    })
  } finally {
    await cdp.detach()
  }
}

/** Names that stand for two different things: "link "x": /a/, /b/" or "summary "y" (2 times)". */
export function sharedNames(all: readonly Control[]): string[] {
  const byName = new Map<string, Control[]>()
  for (const c of all) {
    // A link and a button may share a name (a link to a chart and a button that copies its code are different kinds).
    const key = `${c.kind === 'link' ? 'link' : 'button or summary'} "${c.name}"`
    byName.set(key, [...(byName.get(key) ?? []), c])
  }
  return [...byName].flatMap(([key, found]) => {
    if (found.length < 2) return []
    if (found[0]!.kind !== 'link') return [`${key} (${found.length} times)`]
    const targets = [...new Set(found.map((c) => c.target))]
    return targets.length > 1 ? [`${key}: ${targets.join(', ')}`] : []
  })
}

for (const template of TEMPLATES) {
  test(`${template.name} ${template.path}: no two controls share a name`, async ({ page }) => {
    await page.goto(template.path)
    await page.waitForLoadState('networkidle')
    // Open every fold: its controls are the page's too once a reader opens it (the share script writes its buttons on opening).
    await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)))
    await page.waitForLoadState('networkidle')
    const found = await controls(page)
    expect(found.length, 'controls found').toBeGreaterThan(0)
    expect(
      found.filter((c) => c.name === ''),
      'controls without a name',
    ).toEqual([])
    expect(sharedNames(found), `controls on ${template.path} that share a name`).toEqual([])
  })
}
