// Runs axe (WCAG 2.0-2.2 A and AA, and axe's best practices) on a page and fails on any violation,
// listing each rule with the elements and what to fix; the full violations are also written as JSON
// into the test's folder under test-results/.
import { writeFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Page, TestInfo } from '@playwright/test'
import { expect } from './fixtures.ts'

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>

/** A readable list of axe violations: rule, impact, help link, and each element with its fix. */
export function formatViolations(violations: AxeResults['violations']): string {
  const MAX_NODES = 8
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, MAX_NODES).map((node) => {
        const target = node.target.map((t) => (Array.isArray(t) ? t.join(' >> ') : String(t))).join(' | ')
        const summary = (node.failureSummary ?? '').replace(/\n\s*/g, '\n        ')
        return `    - ${target}\n      ${node.html.length > 200 ? `${node.html.slice(0, 200)}…` : node.html}\n        ${summary}`
      })
      const more = v.nodes.length > MAX_NODES ? [`    … and ${v.nodes.length - MAX_NODES} more elements`] : []
      return [
        `[${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.nodes.length} element${v.nodes.length === 1 ? '' : 's'})`,
        `  ${v.helpUrl}`,
        ...nodes,
        ...more,
      ].join('\n')
    })
    .join('\n\n')
}

export async function expectNoViolations(page: Page, testInfo: TestInfo, label: string): Promise<void> {
  // Legacy mode runs axe in the page itself: 2-3 times faster on the big LA pages than the
  // default's partial runs across frames, and the pages have no iframes. Only violations are
  // reported in full.
  const results = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze()
  if (results.violations.length > 0) {
    const path = testInfo.outputPath(`axe-${label.replace(/[^\w-]+/g, '-')}.json`)
    writeFileSync(path, JSON.stringify(results.violations, null, 2))
    await testInfo.attach('axe violations', { path, contentType: 'application/json' })
  }
  const report = formatViolations(results.violations)
  expect(
    results.violations.length,
    `axe found ${results.violations.length} rule(s) violated on ${page.url()} (${label}):\n\n${report}\n`,
  ).toBe(0)
}
