// "Are children with plans in mainstream schools?" has one answer everywhere: the home page,
// England's, a region's and an LA's summaries and their where-they-learn pages give the same
// measure's figure, with the ages it covers in the words. Rendered from the site-data fixture;
// the expected figures are read from the fixture's own JSON, not from the pages' code.
import { readFileSync } from 'node:fs'
import { experimental_AstroContainer as AstroContainer } from 'astro/container'
import type { AstroComponentFactory } from 'astro/runtime/server/index.js'
import { parseHTML } from 'linkedom'
import { beforeAll, describe, expect, it } from 'vitest'

process.env.SITE_DATA_DIR = 'tests/fixtures/site-data'

let container: AstroContainer
beforeAll(async () => {
  container = await AstroContainer.create()
})

type Page = {
  default: AstroComponentFactory
  getStaticPaths: () => Array<{ params: Record<string, string>; props?: Record<string, unknown> }>
}

async function render(module: Page | { default: AstroComponentFactory }, params: Record<string, string> = {}): Promise<Document> {
  const found =
    'getStaticPaths' in module
      ? module.getStaticPaths().find((p) => Object.entries(params).every(([k, v]) => p.params[k] === v))
      : undefined
  const html = await container.renderToString(module.default, { params: found?.params ?? {}, props: found?.props ?? {}, partial: false })
  return parseHTML(html).document
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()

/** The fixture's latest all-ages figure for an area, rounded as DfE prints it. */
function allAges(code: string): string {
  const data = JSON.parse(readFileSync(`tests/fixtures/site-data/metrics/ehcp_mainstream_pct.json`, 'utf8')) as {
    values: Array<{ area: string; period: string; value: number | null }>
  }
  const v = data.values.find((x) => x.area === code && x.period === '202425')!.value!
  return `${v.toFixed(1)}%`
}

const ANSWER = (figure: string) => `${figure} of children and young people aged 0-25 with an EHC plan are in mainstream schools`

describe('one answer to "are children with plans in mainstream schools?"', () => {
  const england = allAges('E92000001')

  it("the home page gives England's all-ages share, with its ages", async () => {
    const home = await render(await import('../../src/pages/index.astro'))
    const items = Array.from(home.querySelectorAll('.headlines li')).map(text)
    expect(items.filter((t) => t.includes('in mainstream schools'))).toEqual([expect.stringContaining(ANSWER(england))])
  })

  it.each([
    [
      'England',
      'E92000001',
      () => import('../../src/pages/england/index.astro'),
      {},
      () => import('../../src/pages/england/[theme].astro'),
      {},
    ],
    [
      'a region',
      'E12000003',
      () => import('../../src/pages/region/[slug]/index.astro'),
      { slug: 'yorkshire-and-the-humber' },
      () => import('../../src/pages/region/[slug]/[theme].astro'),
      { slug: 'yorkshire-and-the-humber' },
    ],
    [
      'an LA',
      'E08000035',
      () => import('../../src/pages/la/[slug]/index.astro'),
      { slug: 'leeds' },
      () => import('../../src/pages/la/[slug]/[theme].astro'),
      { slug: 'leeds' },
    ],
  ] as const)(
    '%s: its summary answers with the figure its where-they-learn page opens with',
    async (_, code, summary, params, theme, themeParams) => {
      const figure = allAges(code)
      const page = await render((await summary()) as Page, params)
      const answer = text(page.querySelector('section[aria-labelledby="theme-where"] .answer'))
      expect(answer).toContain(ANSWER(figure))
      if (code !== 'E92000001') expect(answer).toContain(`England (${england})`)

      const where = await render((await theme()) as Page, { ...themeParams, theme: 'where' })
      const first = where.querySelector('section.metric')!
      expect(first.id).toBe('ehcp_mainstream_pct')
      expect(text(first.querySelector('.headline'))).toContain(figure)
    },
  )
})
