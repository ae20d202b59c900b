// Notes for particular areas' figures (areaNotes) on the real files: each is for an area and period
// the metric has, and the figures a note quotes are the data's, so that the words on the page
// cannot drift from the numbers beside them.
import { beforeAll, describe, expect, it } from 'vitest'
import type { MetricDefinition } from '../../src/pipeline/metrics/definition.ts'
import { METRICS, metricById, type MetricId } from '../../src/pipeline/metrics/registry.ts'
import type { ObservationIndex } from '../../src/pipeline/metrics/series.ts'
import { breakdownOf } from '../../src/pipeline/read/observation.ts'
import { realMetrics, type RealMetrics } from '../helpers/real-data.ts'

let index: ObservationIndex
let metric: RealMetrics['metric']
beforeAll(async () => {
  ;({ index, metric } = await realMetrics())
})
const at = (id: MetricId, area: string, period: string) => metric(id).values.find((v) => v.area === area && v.period === period)
const round1 = (x: number) => Math.round(x * 10) / 10
const noteOf = (id: MetricId, area: string) => metricById(id)!.areaNotes!.find((n) => n.areas.includes(area))!.note
/** The numbers a note quotes, in order ("8,007" -> 8007). */
const numbersIn = (text: string) => [...text.matchAll(/\d[\d,]*(\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')))

describe('notes for particular areas', () => {
  it('every note is for areas and periods the metric has figures or reasons for', () => {
    let checked = 0
    const all: readonly MetricDefinition[] = METRICS
    for (const def of all) {
      for (const n of def.areaNotes ?? []) {
        for (const area of n.areas)
          for (const period of n.periods) {
            expect(at(def.id as MetricId, area, period), `${def.id} ${area} ${period}`).toBeDefined()
            checked++
          }
      }
    }
    expect(checked).toBeGreaterThan(50)
  })

  it("January 2025 placements: the two LAs have no share, and the totals' shares are as the notes say", () => {
    const plans = (area: string) =>
      index
        .get('ehcp-2025-caseload', 'ehcplans', breakdownOf({ breakdown_topic: 'All EHC plans', breakdown: 'All EHC plans' }))
        .find((o) => o.areaCode === area && o.period === '202425')!.value!
    const [cambridgeshire, northEastLincolnshire] = [plans('E10000003'), plans('E06000012')]
    expect([cambridgeshire, northEastLincolnshire]).toEqual([8007, 1983])
    for (const la of ['E10000003', 'E06000012'])
      expect(at('ehcp_mainstream_pct', la, '202425'), la).toMatchObject({ value: null, missing: 'not_available' })
    for (const [area, left] of [
      ['E12000006', cambridgeshire],
      ['E12000003', northEastLincolnshire],
      ['E92000001', cambridgeshire + northEastLincolnshire],
    ] as const) {
      const v = at('ehcp_mainstream_pct', area, '202425')!
      const quoted = numbersIn(noteOf('ehcp_mainstream_pct', area)).filter((x) => !Number.isInteger(x) || x < 100)
      expect(quoted.slice(-2), area).toEqual([round1(v.value!), round1((100 * v.numerator!) / (v.denominator! - left))])
    }
  })

  it("2024 appeal rates of Cambridgeshire and Central Bedfordshire: the notes' counts and rates are the site's", () => {
    for (const area of ['E10000003', 'E06000056']) {
      const v = at('tribunal_appeal_rate', area, '2024')!
      const quoted = numbersIn(noteOf('tribunal_appeal_rate', area))
      expect(quoted, area).toContain(v.numerator)
      expect(quoted, area).toContain(v.denominator)
      expect(quoted, area).toContain(round1(v.value!))
    }
  })
})
