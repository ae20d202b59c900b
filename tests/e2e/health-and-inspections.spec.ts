// NHS figures and area SEND inspections on the pages, checked against the site data they come
// from: every NHS figure on an LA's health page is its NHS area's, named with the councils that
// area covers, never the LA's own; the summary's health answer names its NHS area; inspections are
// given in the inspectorates' words, with the history on the money page and the reason where none.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures.ts'
import type { HealthData } from '../../src/contract/health.ts'
import type { LaInspections, SiteIndex } from '../../src/contract/schemas.ts'

const SITE_DATA = process.env['SITE_DATA_DIR'] ?? '.build/site-data'
const read = <T>(name: string): T => JSON.parse(readFileSync(join(SITE_DATA, name), 'utf8')) as T
const health = read<HealthData>('health.json')
const inspections = read<Record<string, LaInspections>>('inspections.json')
const areas = read<SiteIndex>('index.json').areas
const byCode = (code: string) => areas.find((a) => a.code === code)!
const bySlug = (slug: string) => areas.find((a) => a.slug === slug)!
const squash = (s: string) => s.replace(/\s+/g, ' ').trim()

test("every NHS figure on an LA's health page is its NHS area's, with that area's value, England's and the region's", async ({ page }) => {
  const leeds = bySlug('leeds')
  await page.goto('/la/leeds/health/')
  await expect(page.locator('main section.nhs-figure')).toHaveCount(health.figures.length)
  for (const [i, f] of health.figures.entries()) {
    const p = health.las[leeds.code]![i]!
    const block = page.locator(`section#${f.id}`)
    const neighbours = p.alsoServes.map((c) => byCode(c).name)
    const covers =
      neighbours.length === 0
        ? 'Leeds'
        : `Leeds and its neighbours ${neighbours.slice(0, -1).join(', ')}${neighbours.length > 1 ? ' and ' : ''}${neighbours.at(-1)}`
    expect(squash(await block.locator('.nhs-area').innerText())).toBe(`NHS figure for ${p.area!.name}, which covers ${covers}.`)
    const headline = squash(await block.locator('.headline').innerText())
    expect(headline).toContain(f.period)
    if (p.value.value !== null) expect(headline).toContain(`in ${p.area!.name}`)
    else expect(headline).toContain(p.value.missing!)
    if (f.england.value !== null) expect(headline).toContain(`England ${f.england.value.toFixed(f.decimals)}`)
    expect(headline).toContain(`${p.area!.nhsRegion} NHS region`)
    // The figure is never put as Leeds's own.
    expect(headline).not.toMatch(/in Leeds\b/)
  }
})

test("the summary's health answer names the NHS area it belongs to", async ({ page }) => {
  await page.goto('/la/leeds/')
  const answer = squash(await page.locator('.theme-summary:has(#theme-health)').innerText())
  const speech = health.figures.findIndex((f) => f.id === 'community_wait_speech_language_over_18_weeks_pct')
  const p = health.las[bySlug('leeds').code]![speech]!
  expect(answer).toContain(`NHS figure for ${p.area!.name}, which covers Leeds`)
  expect(answer).toContain(`${p.value.value!.toFixed(1)}%`)
  expect(answer).toContain(`England ${health.figures[speech]!.england.value!.toFixed(1)}%`)
})

test("inspections in the inspectorates' words: the latest on the summary, the history on the money page, the reason where none", async ({
  page,
}) => {
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
  const none = Object.entries(inspections).find(([, r]) => r.none !== null)!
  await page.goto(`/la/${byCode(none[0]).slug}/money/`)
  expect(squash(await page.locator('#group-inspections .headline').innerText())).toBe(none[1].none)
})
