// The view models of the area and measure pages (summary.ts, theme-page.ts, trend.ts, metric-page.ts,
// at-a-glance.ts, embeds.ts), checked against the site-data fixture's own JSON: which themes and
// measures a page holds and in what order, the lines of a trend, the LAs of a measure's page, and
// which charts and embeds exist.
import { describe, expect, it } from 'vitest'
import {
  areaJson,
  areaNamed,
  benchmarkOf,
  ENGLAND,
  fixtureJson,
  index,
  LA_MEASURES,
  LAS,
  measure,
  metricJson,
  NHS_MEASURE,
  valueOf,
} from './view-fixture.ts'
import { THEMES } from '../../src/contract/vocabulary.ts'
import type { LaInspections } from '../../src/contract/schemas.ts'
import { glanceRows, glanceSvg } from '../../src/site/at-a-glance.ts'
import { embedBackPath, embedsOf, neighbourRows } from '../../src/site/embeds.ts'
import { metricPage } from '../../src/site/metric-page.ts'
import { area, metric } from '../../src/site/site-data.ts'
import { themeSummaries } from '../../src/site/summary.ts'
import { themeGroups, themeViews } from '../../src/site/theme-page.ts'
import { areaTrend, trendCaption, trendPeriod } from '../../src/site/trend.ts'

const theme = (id: string) => THEMES.find((t) => t.id === id)!
const leeds = areaNamed('Leeds')

describe("an area's summary", () => {
  it('answers each theme with a measure, in the order a parent thinks, with its headline measure', () => {
    const summaries = themeSummaries(area(leeds.code))
    const themesWithMeasures = THEMES.filter((t) => index.metrics.some((m) => m.theme === t.id)).map((t) => t.id)
    expect(summaries.map((s) => s.theme.id)).toEqual(themesWithMeasures)
    for (const s of summaries) {
      const layout = index.themes.find((t) => t.theme === s.theme.id)!
      expect(s.headline?.metric.id, s.theme.id).toBe(layout.headline)
      const n = index.metrics.filter((m) => m.theme === s.theme.id).length
      expect(s.holds).toBe(`${n} ${n === 1 ? 'measure' : 'measures'}`)
      expect(s.href).toBe(`/la/leeds/${s.theme.id}/`)
    }
  })

  it("has no health theme for a region (the NHS's figures are not the region's)", () => {
    const region = index.areas.find((a) => a.code === leeds.regionCode)!
    expect(themeSummaries(area(region.code)).map((s) => s.theme.id)).not.toContain('health')
  })

  it('carries the latest area SEND inspection on the theme that lists the inspections', () => {
    const hartlepool = areaNamed('Hartlepool')
    const record = fixtureJson<Record<string, LaInspections>>('inspections.json')[hartlepool.code]!
    const latest = record.inspections[0]!
    expect(latest.framework).toBe('2023')
    const money = themeSummaries(area(hartlepool.code)).find((s) => s.theme.id === 'money')!
    expect(money.fact).toContain(`“${latest.outcome}”`)
    expect(money.fact).toContain('report published 16 May 2023')
    const files = record.inspections.flatMap((i) => [i.source, ...(i.alsoIn ?? []).map((a) => a.source)])
    expect([...money.factSources].sort()).toEqual([...new Set([...files, record.ofstedPageSource!])].sort())
    expect(themeSummaries(area(hartlepool.code)).filter((s) => s.fact !== null)).toHaveLength(1)
  })

  it('shows a successor council its own latest inspection, once it has one', () => {
    const money = themeSummaries(area(areaNamed('Cumberland').code)).find((s) => s.theme.id === 'money')!
    expect(money.fact).toMatch(
      /^Latest area SEND inspection: under the framework introduced in 2023, “Inconsistent experiences and outcomes”/,
    )
  })
})

describe("a theme's page", () => {
  it("lists the layout's groups and measures in order, each compared with England as its benchmark says", () => {
    for (const t of index.themes.filter((x) => x.groups.length > 0 && x.theme !== 'health')) {
      const groups = themeGroups(area(leeds.code), theme(t.theme))
      expect(groups.map((g) => [g.id, g.views.map((v) => v.metric.id)])).toEqual(t.groups.map((g) => [g.id, g.metrics]))
      for (const g of groups) {
        const words = g.views.map((v) => benchmarkOf(leeds.code, v.metric.id)?.vsEngland.result ?? null)
        const count = (w: string) => words.filter((x) => x === w).length
        if (words.every((w) => w === null)) expect(g.tally).toBeNull()
        else
          for (const w of ['higher', 'similar', 'lower'])
            if (count(w) > 0) expect(g.tally, `${t.theme}/${g.id}`).toContain(`${count(w)} ${w}`)
      }
    }
  })

  it('keeps a folded group folded', () => {
    const neet = themeGroups(area(leeds.code), theme('post16')).find((g) => g.views.some((v) => v.metric.id === 'neet_16_17_ehcp_pct'))!
    expect(neet.folded).toBe(true)
  })
})

describe('a trend', () => {
  it("has the area, its region and England, in that order, with each one's values by period", () => {
    const m = measure('ehcp_mainstream_pct')
    const t = areaTrend(metric(m.id), area(leeds.code))
    const region = index.areas.find((a) => a.code === leeds.regionCode)!
    expect(t.series.map((s) => s.name)).toEqual(['Leeds', region.name, 'England'])
    expect(t.input.series.map((s) => s.role)).toEqual(['area', 'region', 'england'])
    for (const [i, code] of [leeds.code, region.code, ENGLAND.code].entries()) {
      const expected = m.periods.map((p) => valueOf(code, m.id, p.id)?.value ?? null)
      expect(t.input.series[i]!.values, code).toEqual(expected)
      expect(t.series[i]!.values.map((v) => v?.period)).toEqual(m.periods.map((p) => valueOf(code, m.id, p.id)?.period))
    }
    // The area's own line carries its likely range.
    expect(t.input.series[0]!.lower).toEqual(m.periods.map((p) => valueOf(leeds.code, m.id, p.id)?.ci95?.lower ?? null))
    expect(t.hasData).toBe(true)
    expect(t.input.breaks).toHaveLength(m.breaks.length)
    // The legend names the lines: the caption says only what it does not (no gap, no middle LA here).
    expect(trendCaption(t)).toBeNull()
  })

  it('of an NHS area is set against its NHS region and England', () => {
    const icb = index.areas.find((a) => a.type === 'nhs_icb' && valueOf(a.code, NHS_MEASURE.id))!
    const nhsRegion = index.areas.find((a) => a.code === icb.regionCode)!
    const t = areaTrend(metric(NHS_MEASURE.id), area(icb.code))
    expect(t.series.map((s) => s.area?.code)).toEqual([icb.code, nhsRegion.code, ENGLAND.code])
  })

  it('puts terms in order on the time axis and marks the middle LA where England has no figures', () => {
    const m = measure('suspension_rate_ehcp')
    const seqs = m.periods.map((p) => trendPeriod(p).seq)
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs)
    const autumn = m.periods.find((p) => p.id.endsWith('-autumn'))!
    const spring = m.periods.find((p) => p.id === autumn.id.replace('autumn', 'spring'))!
    expect(trendPeriod(spring).seq - trendPeriod(autumn).seq).toBe(1)
    const englandValues = m.periods.map((p) => valueOf(ENGLAND.code, m.id, p.id)?.value ?? null)
    const t = areaTrend(metric(m.id), area(leeds.code))
    // Only lines with at least one figure are drawn.
    const shown = t.series.filter((s) => s.area).map((s) => s.area!.code)
    expect(shown.includes(ENGLAND.code)).toBe(englandValues.some((v) => v !== null))
    expect(t.medianComparator).toBe(englandValues.every((v) => v === null))
    // The caption explains the dotted line exactly when it stands for the middle LA.
    expect(trendCaption(t)?.includes('the dotted line is the middle local authority') ?? false).toBe(t.medianComparator)
  })
})

describe("a measure's page", () => {
  it('ranks every LA with a figure for the latest period, from the highest', () => {
    const m = measure('ehcp_special_pct')
    const page = metricPage(metric(m.id))
    expect(page.latest?.id).toBe(m.latest)
    expect(page.englandLatest?.value).toBe(valueOf(ENGLAND.code, m.id)!.value)
    expect(page.ranked.map((r) => r.la.code).sort()).toEqual(LAS.map((a) => a.code).sort())
    const ranked = page.ranked.filter((r) => r.position !== null)
    expect(ranked.map((r) => r.position!.position)).toEqual(ranked.map((r) => benchmarkOf(r.la.code, m.id)!.rank!.rank))
    expect(ranked.map((r) => r.value!.value)).toEqual(
      LAS.filter((a) => !a.smallNumbers)
        .map((a) => valueOf(a.code, m.id)!.value!)
        .sort((a, b) => b - a),
    )
    // Very small numbers are listed but not ranked, and left out of the strip of every LA.
    const city = page.ranked.find((r) => r.la.name === 'City of London')!
    expect(city.position).toBeNull()
    expect(page.strip!.values).toHaveLength(ranked.length)
    expect(page.areaTable.map((r) => r.area.code)).toEqual([
      ENGLAND.code,
      ...index.areas.filter((a) => a.type === 'region').map((a) => a.code),
    ])
  })

  it('of an NHS measure lists the NHS areas, against the NHS regions, with no map', () => {
    const page = metricPage(metric(NHS_MEASURE.id))
    expect(page.units.many).toBe('integrated care boards')
    expect(page.regionsName).toBe('the NHS regions')
    expect(page.ranked.map((r) => r.la.code).sort()).toEqual(
      index.areas
        .filter((a) => a.type === 'nhs_icb')
        .map((a) => a.code)
        .sort(),
    )
    expect(page.ranked.every((r) => r.position === null)).toBe(true)
    const values = page.ranked.map((r) => r.value?.value ?? -Infinity)
    expect([...values].sort((a, b) => b - a)).toEqual(values)
    expect(page.map).toBeNull()
  })

  it('names the middle LA where England has no figure', () => {
    const m = measure('suspension_rate_ehcp')
    expect(metricPage(metric(m.id)).median).toBe(metricJson(m.id).distributions.find((d) => d.period === m.latest)!.quartiles!.median)
  })
})

describe('at a glance', () => {
  it("draws a row for each measure of the theme with England's figure and every LA's spread", () => {
    const views = themeViews(area(leeds.code), theme('who'))
    const rows = glanceRows(views)
    const expected = views
      .filter((v) => valueOf(ENGLAND.code, v.metric.id)?.value != null)
      .filter((v) => metricJson(v.metric.id).distributions.find((d) => d.period === v.metric.latest)?.quartiles)
    expect(rows.map((r) => r.metricId)).toEqual(expected.map((v) => v.metric.id))
    for (const r of rows) {
      const latest = measure(r.metricId).latest
      const las = LAS.filter((a) => !a.smallNumbers).flatMap((a) => valueOf(a.code, r.metricId, latest!)?.value ?? [])
      expect([r.min, r.max]).toEqual([Math.min(...las), Math.max(...las)])
      expect(r.england).toBe(valueOf(ENGLAND.code, r.metricId)!.value)
      expect(r.value).toBe(valueOf(leeds.code, r.metricId)!.value)
    }
    const svg = glanceSvg(area(leeds.code), theme('who'))!
    expect(svg).toContain('Leeds: Who has an EHC plan, at a glance')
  })
})

describe('embeds', () => {
  it('exist for each measure an area has a figure to chart, and not for former councils', () => {
    for (const a of [...LAS, ENGLAND]) {
      const expected = index.metrics.filter((m) => {
        const shown = m.areaLevel === 'la' || a.type !== 'la' ? a.code : null
        return shown !== null && (areaJson(shown).metrics[m.id]?.values ?? []).some((v) => v.value !== null)
      })
      expect(
        embedsOf(area(a.code)).map((m) => m.id),
        a.name,
      ).toEqual(expected.map((m) => m.id))
    }
    const cumbria = index.areas.find((a) => a.type === 'former_la')!
    expect(embedsOf(area(cumbria.code))).toEqual([])
  })

  it("link back to the measure on the area's theme page, or to the NHS area's row", () => {
    expect(embedBackPath(metric('ehcp_mainstream_pct'), area(leeds.code))).toBe('/la/leeds/where/#ehcp_mainstream_pct')
    const icb = index.areas.find((a) => a.type === 'nhs_icb')!
    expect(embedBackPath(metric(NHS_MEASURE.id), area(icb.code))).toBe(`/metric/${NHS_MEASURE.id}/#${icb.slug}`)
    const nhsRegion = index.areas.find((a) => a.type === 'nhs_region')!
    expect(embedBackPath(metric(NHS_MEASURE.id), area(nhsRegion.code))).toBe(`/metric/${NHS_MEASURE.id}/#regions`)
  })

  it('set an LA among its neighbours, highest first', () => {
    const m = measure('ehcp_mainstream_pct')
    const cumberland = areaNamed('Cumberland')
    const rows = neighbourRows(metric(m.id), area(cumberland.code))!
    const expected = [cumberland.code, ...cumberland.neighbours!].map((c) => valueOf(c, m.id)!.value!).sort((a, b) => b - a)
    expect(rows.map((r) => r.value)).toEqual(expected)
    expect(neighbourRows(metric(m.id), area(leeds.code))).toBeNull()
    expect(LA_MEASURES.length).toBeGreaterThan(0)
  })
})
