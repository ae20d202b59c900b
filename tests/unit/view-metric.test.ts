// The view of one measure on an area's pages (src/site/metric-view.ts, nhs-area.ts), checked against
// the site-data fixture's own JSON: the figure and its counts, the comparison with England in the
// benchmark's words, whose figure an NHS measure shows, and missing figures said with their reason.
import { describe, expect, it } from 'vitest'
import {
  areaNamed,
  benchmarkOf,
  ENGLAND,
  LA_MEASURES,
  LAS,
  measure,
  metricJson,
  NHS_MEASURE,
  nhsJson,
  areaJson,
  number,
  valueOf,
  withUnit,
  index,
} from './view-fixture.ts'
import { MISSING_REASONS } from '../../src/contract/vocabulary.ts'
import { cellText, metricView, sentenceFor } from '../../src/site/metric-view.ts'
import { metricById } from '../../src/pipeline/metrics/registry.ts'
import { figureArea, measureApplies } from '../../src/site/nhs-area.ts'
import { area, metric } from '../../src/site/site-data.ts'
import { forgetViewsOf } from '../../src/site/per-metric-and-area.ts'

const view = (id: string, name: string) => metricView(metric(id), area(areaNamed(name).code))
const PHRASE = { higher: 'higher than', lower: 'lower than', similar: 'similar to' } as const

describe('the headline figure', () => {
  it('is the latest value in the area file, with its counts: a percentage', () => {
    const m = measure('ehcp_mainstream_pct')
    const v = valueOf(areaNamed('Leeds').code, m.id)!
    const shown = view(m.id, 'Leeds')
    expect(shown.latest?.id).toBe(m.latest)
    expect(shown.valueText).toBe(`${number(v.value!, m.decimals)}%`)
    expect(shown.counts).toBe(`${number(v.numerator!)} of ${number(v.denominator!)}`)
    expect(shown.countsInFull).toContain(number(v.numerator!))
    expect(shown.countsInFull).toContain(number(v.denominator!))
    // With the ages the measure covers, which its own sentence leaves out.
    expect(m.sentence).not.toContain('aged')
    expect(shown.sentence).toBe(
      m.sentence.replace('{value}', `${number(v.value!, m.decimals)}%`).replace('and young people with', 'and young people aged 0-25 with'),
    )
  })

  it('is the latest value in the area file, with its counts: a rate per 1,000', () => {
    const m = measure('ehcp_per_1000_0_25')
    const v = valueOf(areaNamed('Hartlepool').code, m.id)!
    const shown = view(m.id, 'Hartlepool')
    expect(shown.valueText).toBe(`${number(v.value!, m.decimals)} per 1,000`)
    // A rate's short counts are its numerator, named without the label's note in brackets.
    expect(m.numeratorLabel).toBe('EHC plans (January census)')
    expect(shown.counts).toBe(`${number(v.numerator!)} EHC plans`)
    expect(shown.sentence).toContain(number(v.value!, m.decimals))
  })

  it('has no counts where the source publishes only a rate', () => {
    const m = measure('suspension_rate_ehcp')
    expect(valueOf(areaNamed('Leeds').code, m.id)!.numerator).toBeNull()
    const shown = view(m.id, 'Leeds')
    expect(shown.valueText).toBe(withUnit(m, valueOf(areaNamed('Leeds').code, m.id)!.value!))
    expect(shown.counts).toBeNull()
    expect(shown.countsInFull).toBeNull()
  })

  it('is shown for every LA and measure exactly when the area file has a latest value', () => {
    for (const la of LAS)
      for (const m of LA_MEASURES) {
        const v = valueOf(la.code, m.id)
        const shown = metricView(metric(m.id), area(la.code))
        expect(shown.valueText, `${m.id} ${la.name}`).toBe(v?.value != null ? withUnit(m, v.value) : null)
      }
  })
})

describe('a figure below zero', () => {
  // The registry's own words for the dedicated schools grant balance, on a fixture measure's shape.
  const deficit = metricById('dsg_deficit_pct_of_income')!
  const m = { ...measure('ehcp_mainstream_pct'), unit: deficit.unit, decimals: deficit.decimals, sentence: deficit.sentence }

  it('calls a negative deficit a surplus, with its size', () => {
    const words = { ...m, negativeSentence: deficit.negativeSentence }
    expect(sentenceFor(words, -4.8)).toBe(
      "the council's dedicated schools grant had a cumulative surplus of 4.8% of its income from the grant",
    )
    expect(sentenceFor(words, 3.25)).toBe("the council's cumulative dedicated schools grant deficit was 3.3% of its income from the grant")
    expect(sentenceFor(words, 0)).toBe("the council's cumulative dedicated schools grant deficit was 0.0% of its income from the grant")
    // Leeds, 2021-22: −0.02%, which rounds to no surplus at all.
    expect(sentenceFor(words, -0.02)).toBe("the council's cumulative dedicated schools grant deficit was 0.0% of its income from the grant")
    expect(sentenceFor(words, -0.05)).toBe(
      "the council's dedicated schools grant had a cumulative surplus of 0.1% of its income from the grant",
    )
  })

  it('keeps the sign where a measure has no words for a figure below zero', () => {
    expect(sentenceFor(m, -4.8)).toBe(
      "the council's cumulative dedicated schools grant deficit was \u22124.8% of its income from the grant",
    )
  })
})

describe('a missing figure', () => {
  it('is said with its reason, never as a zero', () => {
    const m = measure('ehcp_issued_20_weeks_pct')
    const v = valueOf(areaNamed('City of London').code, m.id)!
    expect(v.value).toBeNull()
    expect(v.missing).toBe('no_denominator')
    const shown = view(m.id, 'City of London')
    expect(shown.valueText).toBeNull()
    expect(shown.counts).toBeNull()
    const period = m.periods.find((p) => p.id === m.latest)!.label
    expect(shown.sentence).toBe(`no figure for ${period}: ${MISSING_REASONS.no_denominator}`)
    expect(shown.sentence).not.toMatch(/\b0(\.0)?%/)
    expect(cellText(m, v)).toBe(MISSING_REASONS.no_denominator)
    expect(shown.comparison).toBeNull()
  })

  it('differs from a true zero, which is a figure', () => {
    const m = measure('tribunal_appeal_rate')
    const v = valueOf(areaNamed('City of London').code, m.id)!
    expect(v.value).toBe(0)
    expect(view(m.id, 'City of London').valueText).toBe(`${number(0, m.decimals)}%`)
  })

  it("of a council before it was formed says so, in the table's words", () => {
    const m = measure('ehcp_per_1000_0_25')
    const first = m.periods[0]!.id
    const v = valueOf(areaNamed('Cumberland').code, m.id, first)!
    expect(v.missing).toBe('area_not_created')
    expect(cellText(m, v)).toBe(MISSING_REASONS.area_not_created)
  })
})

describe('the comparison with England', () => {
  it("follows the benchmark's vsEngland for every LA and measure, with England's figure", () => {
    let compared = 0
    for (const la of LAS)
      for (const m of LA_MEASURES) {
        const b = benchmarkOf(la.code, m.id)
        const shown = metricView(metric(m.id), area(la.code))
        const where = `${m.id} ${la.name}`
        expect(shown.vsEngland, where).toBe(b?.vsEngland.result ?? null)
        const englandValue = valueOf(ENGLAND.code, m.id)?.value
        if (!shown.valueText || englandValue == null) continue
        expect(b!.england, where).toBe(englandValue)
        const result = b!.vsEngland.result
        if (result) {
          compared++
          expect(shown.comparison, where).toBe(`${PHRASE[result]} England (${withUnit(m, englandValue)})`)
          expect(shown.comparisonNote, where).toBeNull()
        } else {
          expect(shown.comparison, where).toBe(`England: ${withUnit(m, englandValue)}`)
          expect(shown.comparisonNote, where).toMatch(/^not compared: /)
        }
      }
    expect(compared).toBeGreaterThan(10)
  })

  it('is not made for a council with very small numbers and no counts to test with, and says why', () => {
    const m = measure('pupils_ehcp_pct')
    const b = benchmarkOf(areaNamed('City of London').code, m.id)!
    expect(b.vsEngland).toEqual({ result: null, reason: 'small_numbers' })
    const shown = view(m.id, 'City of London')
    expect(shown.vsEngland).toBeNull()
    expect(shown.comparisonNote).toBe('not compared: numbers are very small, so a comparison would mislead')
    expect(shown.facts).toContain('Not ranked: numbers are very small.')
  })

  it('is with the middle LA where England has no figure', () => {
    const m = measure('suspension_rate_ehcp')
    expect(valueOf(ENGLAND.code, m.id)!.missing).toBe('not_aggregable')
    const median = metricJson(m.id).distributions.find((d) => d.period === m.latest)!.quartiles!.median
    const shown = view(m.id, 'Leeds')
    expect(shown.reference).toEqual({ kind: 'median', name: 'Middle LA', value: median })
    expect(shown.comparison).toBe(`no England figure; the middle local authority has ${withUnit(m, median)}`)
    expect(shown.vsEngland).toBeNull()
  })
})

describe('the region, similar areas and rank', () => {
  it("name the region's figure and the neighbours' average from the benchmark", () => {
    const m = measure('ehcp_special_pct')
    const leeds = areaNamed('Leeds')
    const b = benchmarkOf(leeds.code, m.id)!
    const region = index.areas.find((a) => a.code === leeds.regionCode)!
    const shown = view(m.id, 'Leeds')
    expect(shown.nearby).toContain(`${region.name}: ${withUnit(m, b.region!)}`)
    expect(shown.similar).toBe(`similar areas average ${withUnit(m, b.neighbours!.mean!)}`)
    const place = b.rank!.rank === 1 ? '' : `${b.rank!.rank}(st|nd|rd|th) `
    expect(shown.facts[0]).toMatch(new RegExp(`^The (joint )?${place}highest of ${b.rank!.of} local authorities`))
  })

  it("set an LA among its statistical neighbours' latest figures, in the index's order", () => {
    const m = measure('ehcp_per_1000_0_25')
    const cumberland = areaNamed('Cumberland')
    const shown = view(m.id, 'Cumberland')
    expect(shown.neighbours.map((n) => n.name)).toEqual([
      'Cumberland',
      ...cumberland.neighbours!.map((c) => index.areas.find((a) => a.code === c)!.name),
    ])
    expect(shown.neighbours.map((n) => n.value)).toEqual([cumberland.code, ...cumberland.neighbours!].map((c) => valueOf(c, m.id)!.value))
    expect(shown.neighbours[0]!.highlight).toBe(true)
  })
})

describe('an NHS measure', () => {
  const leeds = areaNamed('Leeds')
  const placed = nhsJson[leeds.code]![NHS_MEASURE.areaLevel as 'nhs_icb']

  it("shows on an LA's page the figure of the NHS area it is placed in, named as that area's", () => {
    const nhsArea = index.areas.find((a) => a.code === placed.area)!
    expect(areaJson(leeds.code).metrics[NHS_MEASURE.id]).toBeUndefined()
    const v = valueOf(nhsArea.code, NHS_MEASURE.id)!
    const shown = view(NHS_MEASURE.id, 'Leeds')
    expect(shown.area.code).toBe(leeds.code)
    expect(shown.shownArea.code).toBe(nhsArea.code)
    expect(shown.valueText).toBe(withUnit(NHS_MEASURE, v.value!))
    expect(shown.nhsNote).toMatch(new RegExp(`^NHS figure for ${nhsArea.name}, `))
    expect(figureArea(metric(NHS_MEASURE.id), area(leeds.code)).area?.code).toBe(nhsArea.code)
  })

  it('says why an LA that cannot be placed in one NHS area has no figure', () => {
    const cumberland = areaNamed('Cumberland')
    const reason = nhsJson[cumberland.code]![NHS_MEASURE.areaLevel as 'nhs_icb'].reason!
    expect(reason).toBeTruthy()
    const shown = view(NHS_MEASURE.id, 'Cumberland')
    expect(shown.value).toBeUndefined()
    expect(shown.valueText).toBeNull()
    expect(shown.sentence).toBe(`no NHS figure can be given for Cumberland: ${reason}`)
  })

  it("is England's own on England's page, and not shown on a region's", () => {
    const england = view(NHS_MEASURE.id, 'England')
    expect(england.shownArea.code).toBe(ENGLAND.code)
    expect(england.valueText).toBe(withUnit(NHS_MEASURE, valueOf(ENGLAND.code, NHS_MEASURE.id)!.value!))
    expect(england.nhsNote).toBeNull()
    const region = index.areas.find((a) => a.type === 'region')!
    expect(measureApplies(metric(NHS_MEASURE.id), area(region.code))).toBe(false)
    expect(measureApplies(metric('ehcp_per_1000_0_25'), area(region.code))).toBe(true)
  })
})

describe('notes on particular figures', () => {
  it('are said beside a change measured from a figure they concern, and said on that period', () => {
    const leeds = areaNamed('Leeds')
    const id = 'ehcp_per_1000_0_25'
    const b = benchmarkOf(leeds.code, id)!
    expect(b.previous?.change, 'the fixture gives Leeds a change from the period before').not.toBeNull()
    const from = metric(id).periods.find((p) => p.id === b.previous!.from)!
    const note = 'Treat this figure with caution: it is far higher than the figures just before and after it.'
    const plain = metricView(metric(id), area(leeds.code))
    // The same measure with a caution on Leeds's figure for the period before; views are kept per
    // measure id and area, so Leeds's are let go of before and after.
    const cautioned = { ...metric(id), areaNotes: [{ areas: [leeds.code], periods: [from.id], note }] }
    forgetViewsOf(leeds.code)
    const shown = metricView(cautioned, area(leeds.code))
    forgetViewsOf(leeds.code)
    expect(plain.facts.join(' ')).toContain(`compared with ${from.label}.`)
    expect(shown.facts.join(' ')).toContain(`compared with ${from.label} (see the note on that figure)`)
    expect(shown.earlierNotes).toEqual([`${from.label}: ${note}`])
    expect(shown.notes).toEqual([])
  })
})
