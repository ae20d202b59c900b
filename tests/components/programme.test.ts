// The Change Programme page's parts, rendered as the build renders them, from a small evaluation
// (no mirror, no site data): on a phone the verdict comes first under each claim, the charts and
// tables are folded, and every chart has its words and its table.
import { experimental_AstroContainer as AstroContainer } from 'astro/container'
import { parseHTML } from 'linkedom'
import { beforeAll, describe, expect, it } from 'vitest'
import ProgrammeClaims from '../../src/components/ProgrammeClaims.astro'
import ProgrammeOutcome from '../../src/components/ProgrammeOutcome.astro'
import { programmeView } from '../../src/site/programme-view.ts'
import { pageFixture } from '../unit/programme-page-fixture.ts'

const { data, metricOf, las } = pageFixture()
const view = programmeView(data, metricOf, las)
let container: AstroContainer
beforeAll(async () => {
  container = await AstroContainer.create()
})

const render = async (component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) =>
  parseHTML(`<html><body>${await container.renderToString(component, { props })}</body></html>`).document

describe('the claims', () => {
  it('each claim quoted, then its verdict with its number, the rest folded', async () => {
    const doc = await render(ProgrammeClaims, { claims: view.claims })
    const items = [...doc.querySelectorAll('li.claim')]
    expect(items).toHaveLength(6)
    const mainstream = doc.querySelector('#claim-more_in_mainstream')!
    expect(mainstream.querySelector('h3')!.textContent).toBe('“More children kept in mainstream education”')
    // The verdict is the first paragraph after the heading.
    expect(mainstream.querySelector('h3 + p.verdict')!.textContent).toMatch(
      /^Cannot tell yet, because pilot LAs were already moving apart .* percentage points .*\(p [=<] 0\.0\d+\)\.$/,
    )
    expect(mainstream.querySelector('a[href="#outcome-ehcp_mainstream_pct"]')).not.toBeNull()
    expect(doc.querySelectorAll('details[open]')).toHaveLength(0)
    expect(doc.querySelector('#claim-less_specialist_demand p.verdict')!.textContent).toMatch(
      /^Supported: since the programme began, the figure fell by /,
    )
  })
})

describe('an outcome', () => {
  it('its reading in words, then each comparison folded: tests, the chart as an image with words, the table', async () => {
    const outcome = view.primary.find((o) => o.metric.id === 'ehcp_mainstream_pct')!
    const doc = await render(ProgrammeOutcome, { outcome })
    const section = doc.querySelector('section.outcome')!
    expect(section.getAttribute('aria-labelledby')).toBe('outcome-ehcp_mainstream_pct')
    expect(section.querySelector('h4')!.id).toBe('outcome-ehcp_mainstream_pct')
    expect(section.querySelector('p.headline')!.textContent).toMatch(/^Cannot tell yet, because /)
    expect(section.querySelector('p.note')!.textContent).toContain('do not break this difference in differences')
    const folds = [...section.querySelectorAll('details')]
    // Each fold names its outcome too (read by a screen reader, not shown): the page has one set for each outcome.
    expect(folds.map((d) => d.querySelector('summary')!.textContent)).toEqual([
      `Against all other LAs: tests, chart and table (${outcome.metric.title})`,
      `Against each pilot’s similar LAs: tests, chart and table (${outcome.metric.title})`,
      `Each partnership against all other LAs (${outcome.metric.title})`,
    ])
    const first = folds[0]!
    const img = first.querySelector('figure.chart img')!
    expect(img.getAttribute('src')).toBe('/change-programme/charts/ehcp_mainstream_pct-all_other_las.svg')
    expect(img.getAttribute('alt')).toMatch(/^Event study of /)
    const tables = [...first.querySelectorAll('table')]
    expect(tables).toHaveLength(2)
    for (const t of tables) expect(t.querySelector('caption')!.textContent!.length).toBeGreaterThan(10)
    const base = first.querySelector('tr.is-base')!
    expect(base.querySelector('th[scope="row"]')!.textContent).toBe('January 2023 (base)')
    expect(base.querySelector('td')!.textContent).toBe('0')
    expect(folds[2]!.querySelectorAll('tbody tr')).toHaveLength(9)
  })
})
