// An area name that contains markup (as a changed source or a bad edit could bring) is shown as
// text on every page that names the area, never interpreted as HTML.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { experimental_AstroContainer as AstroContainer } from 'astro/container'
import { parseHTML } from 'linkedom'
import { beforeAll, describe, expect, it } from 'vitest'
import { runPipeline } from '../../src/pipeline/run.ts'
import type { SiteIndex } from '../../src/contract/schemas.ts'

const HOSTILE = 'Leeds <script>alert("x")</script> & <b onmouseover="alert(1)">Co</b>'
let container: AstroContainer

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'site-data-'))
  await runPipeline({ outDir: dir, log: () => {} })
  const indexPath = join(dir, 'index.json')
  const index = JSON.parse(readFileSync(indexPath, 'utf8')) as SiteIndex
  index.areas.find((a) => a.code === 'E08000035')!.name = HOSTILE
  writeFileSync(indexPath, JSON.stringify(index))
  process.env.SITE_DATA_DIR = dir
  container = await AstroContainer.create()
}, 300_000)

/** Parsed as a browser would: the name is text wherever it appears, and never became elements. */
function expectEscaped(html: string): Document {
  const { document } = parseHTML(html.startsWith('<html') ? html : `<html><body>${html}</body></html>`)
  for (const script of Array.from(document.querySelectorAll('script'))) expect(script.textContent).not.toContain('alert')
  expect(document.querySelectorAll('[onmouseover]')).toHaveLength(0)
  expect(document.querySelectorAll('b')).toHaveLength(0)
  expect(document.body.textContent).toContain(HOSTILE)
  return document
}

describe('an area name with markup', () => {
  it('is text in the list of every LA and its places', async () => {
    const { default: FindPage } = await import('../../src/pages/find/index.astro')
    expectEscaped(await container.renderToString(FindPage))
  })
  it('is text on its own page, in headings, sentences, tables and chart labels', async () => {
    const { default: AreaPage } = await import('../../src/components/AreaPage.astro')
    const { area } = await import('../../src/site/site-data.ts')
    const html = await container.renderToString(AreaPage, { props: { area: area('E08000035') } })
    const document = expectEscaped(html)
    expect(document.querySelector('h1')?.textContent).toBe(HOSTILE)
    expect(document.querySelector('title')?.textContent).toBe(`${HOSTILE} | SEND and AP inclusion dashboard`)
  })
  it('is text on its theme pages, in sentences, chart summaries and image descriptions', async () => {
    const { default: ThemePage } = await import('../../src/components/ThemePage.astro')
    const { area } = await import('../../src/site/site-data.ts')
    const { themesWithMetrics } = await import('../../src/site/area-pages.ts')
    const where = themesWithMetrics().find((t) => t.id === 'where')!
    const html = await container.renderToString(ThemePage, { props: { area: area('E08000035'), theme: where } })
    const document = expectEscaped(html)
    // Chart summaries (alt text of the at-a-glance chart and of the folded charts) hold the name as text too.
    expect(document.querySelector('.at-a-glance img')?.getAttribute('alt')).toContain(HOSTILE)
    expect(document.querySelector('.metric img')?.getAttribute('alt')).toContain(HOSTILE)
    // So does the at-a-glance chart file: its title (the file's name for a screen reader) is text, not markup.
    const { glanceSvg } = await import('../../src/site/at-a-glance.ts')
    const chart = expectEscaped(glanceSvg(area('E08000035'), where)!)
    expect(chart.querySelector('svg > title')?.textContent).toContain(HOSTILE)
  })
})
