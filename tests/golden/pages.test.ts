// Golden snapshots: every page type, download and embed file, rendered from the committed
// site-data fixture (tests/fixtures/site-data/) with Astro's container API, and compared with the
// files in __snapshots__/. A change to any page's markup or words shows in review as a change to
// those files; after a deliberate change, `vitest run tests/golden -u` writes them anew.
// Needs no mirror and no build.
import { fileURLToPath } from 'node:url'
import { experimental_AstroContainer as AstroContainer } from 'astro/container'
import type { AstroComponentFactory } from 'astro/runtime/server/index.js'
import { beforeAll, describe, expect, it } from 'vitest'

process.env.SITE_DATA_DIR = 'tests/fixtures/site-data'

let container: AstroContainer

beforeAll(async () => {
  // The snapshots hold the addresses of a site served from / with no known host (as ./dashboard dev).
  expect(import.meta.env.BASE_URL, 'run the golden tests without SITE_BASE').toBe('/')
  expect(process.env.SITE_URL, 'run the golden tests without SITE_URL').toBeUndefined()
  container = await AstroContainer.create()
})

type Page = {
  default: AstroComponentFactory
  getStaticPaths?: () => Array<{ params: Record<string, string | undefined>; props?: Record<string, unknown> }>
}
type Endpoint = { GET: unknown; getStaticPaths?: Page['getStaticPaths'] }

/** The params and props getStaticPaths gives for one page, so that the page is rendered as the build renders it. */
function entry(
  module: Page | Endpoint,
  params: Record<string, string>,
): { params: Record<string, string | undefined>; props: Record<string, unknown> } {
  if (!module.getStaticPaths) return { params: {}, props: {} }
  const found = module.getStaticPaths().find((p) => Object.entries(params).every(([k, v]) => p.params[k] === v))
  if (!found) throw new Error(`getStaticPaths gives no page for ${JSON.stringify(params)}`)
  return { params: found.params, props: found.props ?? {} }
}

async function page(module: Page, params: Record<string, string> = {}): Promise<string> {
  return container.renderToString(module.default, { ...entry(module, params), partial: false })
}

async function endpoint(module: Endpoint, params: Record<string, string> = {}): Promise<string> {
  const response = await container.renderToResponse(module as never, { ...entry(module, params), routeType: 'endpoint' })
  expect(response.status).toBe(200)
  return response.text()
}

const snapshot = (name: string) => `__snapshots__/${name}`

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/**
 * What is compared: the output with a line break between adjacent tags (HTML, SVG) or indented
 * (JSON), so that a review shows the element or entry that changed. The pages are otherwise the
 * bytes the build writes, but for the stylesheet's <link> that only the build adds and the
 * address of a component's script: the build's is a hashed file in /_astro/, the container's the
 * component's own path, written here from the repository's root so that it is the same in any clone.
 */
function reviewable(name: string, text: string): string {
  if (name.endsWith('.json')) return `${JSON.stringify(JSON.parse(text), null, 1)}\n`
  if (name.endsWith('.html') || name.endsWith('.svg')) return text.replaceAll(`src="${ROOT}`, 'src="/').replaceAll('><', '>\n<')
  return text
}

describe('golden pages', () => {
  it.each([
    ['home.html', () => import('../../src/pages/index.astro'), {}],
    ['find.html', () => import('../../src/pages/find/index.astro'), {}],
    ['england.html', () => import('../../src/pages/england/index.astro'), {}],
    ['england-health.html', () => import('../../src/pages/england/[theme].astro'), { theme: 'health' }],
    [
      'region-yorkshire-and-the-humber.html',
      () => import('../../src/pages/region/[slug]/index.astro'),
      { slug: 'yorkshire-and-the-humber' },
    ],
    ['region-north-east-where.html', () => import('../../src/pages/region/[slug]/[theme].astro'), { slug: 'north-east', theme: 'where' }],
    ['la-leeds.html', () => import('../../src/pages/la/[slug]/index.astro'), { slug: 'leeds' }],
    ['la-city-of-london.html', () => import('../../src/pages/la/[slug]/index.astro'), { slug: 'city-of-london' }],
    ['la-cumberland.html', () => import('../../src/pages/la/[slug]/index.astro'), { slug: 'cumberland' }],
    ['la-leeds-who.html', () => import('../../src/pages/la/[slug]/[theme].astro'), { slug: 'leeds', theme: 'who' }],
    ['la-leeds-health.html', () => import('../../src/pages/la/[slug]/[theme].astro'), { slug: 'leeds', theme: 'health' }],
    ['la-hartlepool-money.html', () => import('../../src/pages/la/[slug]/[theme].astro'), { slug: 'hartlepool', theme: 'money' }],
    ['la-cumberland-exclusions.html', () => import('../../src/pages/la/[slug]/[theme].astro'), { slug: 'cumberland', theme: 'exclusions' }],
    ['la-cumberland-compare.html', () => import('../../src/pages/la/[slug]/compare.astro'), { slug: 'cumberland' }],
    ['metric-ehcp_mainstream_pct.html', () => import('../../src/pages/metric/[id]/index.astro'), { id: 'ehcp_mainstream_pct' }],
    [
      'metric-community_wait_speech_language_over_18_weeks_pct.html',
      () => import('../../src/pages/metric/[id]/index.astro'),
      { id: 'community_wait_speech_language_over_18_weeks_pct' },
    ],
    ['change-programme.html', () => import('../../src/pages/change-programme/index.astro'), {}],
    ['methodology.html', () => import('../../src/pages/methodology/index.astro'), {}],
    ['methodology-comparisons.html', () => import('../../src/pages/methodology/comparisons.astro'), {}],
    [
      'methodology-measure-ehcp_mainstream_pct.html',
      () => import('../../src/pages/methodology/measures/[id].astro'),
      { id: 'ehcp_mainstream_pct' },
    ],
    ['404.html', () => import('../../src/pages/404.astro'), {}],
    ['data.html', () => import('../../src/pages/data/index.astro'), {}],
    ['data-sources.html', () => import('../../src/pages/data/sources.astro'), {}],
    ['accessibility.html', () => import('../../src/pages/accessibility.astro'), {}],
  ] as Array<[string, () => Promise<Page>, Record<string, string>]>)('%s', async (name, load, params) => {
    await expect(reviewable(name, await page(await load(), params))).toMatchFileSnapshot(snapshot(name))
  })
})

describe('golden downloads', () => {
  it.each([
    ['metric-ehcp_per_1000_0_25-figures.csv', () => import('../../src/pages/metric/[id]/figures.csv.ts'), { id: 'ehcp_per_1000_0_25' }],
    ['la-leeds-measures.csv', () => import('../../src/pages/la/[slug]/measures.csv.ts'), { slug: 'leeds' }],
    ['la-compare.json', () => import('../../src/pages/la/compare.json.ts'), {}],
    ['find-places.json', () => import('../../src/pages/find/places.json.ts'), {}],
    ['la-leeds-who-at-a-glance.svg', () => import('../../src/pages/la/[slug]/[theme]/at-a-glance.svg.ts'), { slug: 'leeds', theme: 'who' }],
  ] as Array<[string, () => Promise<Endpoint>, Record<string, string>]>)('%s', async (name, load, params) => {
    await expect(reviewable(name, await endpoint(await load(), params))).toMatchFileSnapshot(snapshot(name))
  })
})

describe('golden embed files', () => {
  it.each([
    ['ehcp_per_1000_0_25', 'E08000035'],
    ['suspension_rate_ehcp', 'E09000001'],
    ['community_wait_speech_language_over_18_weeks_pct', 'icb-west-yorkshire'],
  ])('%s for %s', async (id, code) => {
    const { embedFiles } = await import('../../src/embed-files/embed-files.ts')
    const { area, metric } = await import('../../src/site/site-data.ts')
    const files = embedFiles(metric(id), area(code))
    expect(files.map((f) => f.path.split('/').at(-1))).toEqual(['index.html', 'chart.svg', 'data.csv'])
    for (const f of files) {
      const name = f.path.replaceAll('/', '-')
      await expect(reviewable(name, f.content)).toMatchFileSnapshot(snapshot(name))
    }
  })

  it("are what the dev server's embed routes answer", async () => {
    const { embedFiles } = await import('../../src/embed-files/embed-files.ts')
    const { area, metric } = await import('../../src/site/site-data.ts')
    const routes: Record<string, Endpoint> = {
      'index.html': await import('../../src/pages/embed/[metric]/[area]/index.ts'),
      'chart.svg': await import('../../src/pages/embed/[metric]/[area]/chart.svg.ts'),
      'data.csv': await import('../../src/pages/embed/[metric]/[area]/data.csv.ts'),
    }
    for (const f of embedFiles(metric('ehcp_per_1000_0_25'), area('E08000035')))
      expect(await endpoint(routes[f.path.split('/').at(-1)!]!, { metric: 'ehcp_per_1000_0_25', area: 'leeds' })).toBe(f.content)
  })
})
