// NHS measures and area SEND inspections on the pages, checked against the site data they come
// from: every NHS figure on an LA's health page is its NHS area's, named with the councils that
// area covers ("part of" where the LA is one of several), never the LA's own; the summary's health
// answer names its NHS area; inspections are given in the inspectorates' words, with the history
// on the money page and the reason where none.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures.ts'
import type { NhsPlacements } from '../../src/contract/nhs.ts'
import type { AreaData, LaInspections, SiteIndex } from '../../src/contract/schemas.ts'

const SITE_DATA = process.env['SITE_DATA_DIR'] ?? '.build/site-data'
const read = <T>(name: string): T => JSON.parse(readFileSync(join(SITE_DATA, name), 'utf8')) as T
const placements = read<NhsPlacements>('nhs.json')
const inspections = read<Record<string, LaInspections>>('inspections.json')
const index = read<SiteIndex>('index.json')
const areas = index.areas
const nhsMeasures = index.metrics.filter((m) => m.areaLevel !== 'la')
const byCode = (code: string) => areas.find((a) => a.code === code)!
const bySlug = (slug: string) => areas.find((a) => a.slug === slug)!
const squash = (s: string) => s.replace(/\s+/g, ' ').trim()

test("every NHS figure on an LA's health page is its NHS area's, with that area's latest value and England's", async ({ page }) => {
  const leeds = bySlug('leeds')
  await page.goto('/la/leeds/health/')
  await expect(page.locator('main section.metric')).toHaveCount(nhsMeasures.length)
  // Folded groups hold measures too: open them, so that their text is read as a reader who opens them sees it.
  await page.evaluate(() => document.querySelectorAll('details.group-fold').forEach((d) => ((d as HTMLDetailsElement).open = true)))
  for (const m of nhsMeasures) {
    const level = m.areaLevel as 'nhs_sub_icb' | 'nhs_icb'
    const p = placements[leeds.code]![level]
    const nhsArea = byCode(p.area!)
    const block = page.locator(`section#${m.id}`)
    const note = squash((await block.locator('.nhs-area').textContent()) ?? '')
    expect(note).toContain(`NHS figure for ${nhsArea.name}`)
    if (p.alsoCovers.length + p.partlyCovers.length === 0) expect(note).toContain('covers the same area as Leeds')
    else expect(note).toContain('the NHS area Leeds is part of')
    for (const c of p.partlyCovers) expect(note).toContain(`part of ${byCode(c).name}`)
    const headline = squash((await block.locator('.headline').textContent()) ?? '')
    const latest = m.periods.find((x) => x.id === m.latest)!
    expect(headline).toContain(latest.label)
    const own = read<AreaData>(`areas/${p.area}.json`).metrics[m.id]!.values.find((v) => v.period === m.latest)!
    if (own.value !== null) expect(headline).toContain(`in ${nhsArea.name}`)
    // The figure is never put as Leeds's own.
    expect(headline).not.toMatch(/in Leeds\b/)
  }
})

test("the summary's health answer names the NHS area it belongs to", async ({ page }) => {
  await page.goto('/la/leeds/')
  const answer = squash(await page.locator('.theme-summary:has(#theme-health)').innerText())
  const p = placements[bySlug('leeds').code]!.nhs_icb
  expect(answer).toContain(`NHS figure for ${byCode(p.area!).name}`)
  const id = 'community_wait_speech_language_over_18_weeks_pct'
  const m = index.metrics.find((x) => x.id === id)!
  const own = read<AreaData>(`areas/${p.area}.json`).metrics[id]!.values.find((v) => v.period === m.latest)!
  expect(answer).toContain(`${own.value!.toFixed(1)}%`)
})

test("inspections in the inspectorates' words: the latest on the summary, the history on the money page", async ({ page }) => {
  const hartlepool = bySlug('hartlepool')
  const [latest, earlier] = inspections[hartlepool.code]!.inspections
  expect(latest?.framework).toBe('2023')
  await page.goto('/la/hartlepool/')
  expect(squash(await page.locator('.theme-summary:has(#theme-money)').innerText())).toContain(`“${latest!.outcome}”`)
  await page.goto('/la/hartlepool/money/')
  const section = page.locator('#group-inspections')
  expect(squash(await section.locator('.headline').innerText())).toContain(`“${latest!.outcome}”`)
  expect(squash(await section.locator('.history').innerText())).toContain(
    `written statement of action required: ${earlier!.writtenStatementRequired ? 'yes' : 'no'}`,
  )
})

test("every LA's money page gives its latest inspection with its dates, its age and a link to the report or Ofsted's page", async ({
  page,
}) => {
  const las = areas.filter((a) => a.type === 'la')
  expect(las).toHaveLength(Object.keys(inspections).length)
  const newest = (r: LaInspections) => r.inspections[0] ?? r.predecessors.find((p) => p.inspections.length > 0)?.inspections[0]
  for (const la of las) {
    const r = inspections[la.code]!
    const latest = newest(r)
    const html = await (await page.request.get(`/la/${la.slug}/money/`)).text()
    const section = squash(
      html.slice(html.indexOf('id="group-inspections"'), html.indexOf('</section>', html.indexOf('id="group-inspections"'))),
    )
    if (!latest) {
      expect(section, la.name).toContain(r.none!)
      continue
    }
    expect(section, la.name).toMatch(
      /(The report was published|The inspection was) (\d+ years?( and \d+ months?)?|\d+ months?|less than a month) ago\./,
    )
    if (latest.published) expect(section, la.name).toContain('report published')
    const link = latest.report ?? r.ofstedPage
    expect(link, la.name).toBeTruthy()
    expect(section, la.name).toContain(`href="${link}"`)
  }
})

test('England and each region count their councils by the outcome of the latest inspection', async ({ page }) => {
  for (const a of areas.filter((x) => x.type === 'england' || x.type === 'region')) {
    await page.goto(a.type === 'england' ? '/england/money/' : `/region/${a.slug}/money/`)
    const cells = await page.locator('#group-inspections table tbody td.num').allInnerTexts()
    const councils = areas.filter((x) => x.type === 'la' && (a.type === 'england' || x.regionCode === a.code)).length
    expect(
      cells.reduce((sum, c) => sum + Number(c), 0),
      a.name,
    ).toBe(councils)
  }
})

test('the health pages say how old the NHS figures are', async ({ page }) => {
  for (const path of ['/la/leeds/health/', '/england/health/', `/metric/${nhsMeasures[0]!.id}/`]) {
    await page.goto(path)
    expect(squash(await page.locator('.nhs-age').innerText()), path).toMatch(
      /^These NHS figures are old\..* \d+ years?( and \d+ months?)? old/,
    )
  }
})
