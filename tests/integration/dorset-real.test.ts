// Dorset on the real files, for every family of sources. Two councils have been called Dorset: the
// county council area (E10000009, until March 2019) and the unitary council (E06000059, from April
// 2019, without Christchurch). A file's own rows for a period show which side of that
// reorganisation it is on: Bournemouth and Poole before it, Bournemouth, Christchurch and Poole
// after. Files keyed by code (EES CSVs, Data to Insight's extracts, LAIT) give Dorset's code
// themselves; files keyed by name (DfE's Inclusion Dashboard tables, the SEND Tribunal table) are
// placed by those rows. Either way a Dorset figure must sit on the side its period's rows show.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadGeography } from '../../src/pipeline/geography/areas.ts'
import { computeMetric } from '../../src/pipeline/metrics/compute.ts'
import { metricById } from '../../src/pipeline/metrics/registry.ts'
import { ObservationIndex } from '../../src/pipeline/metrics/series.ts'
import type { Observation } from '../../src/pipeline/read/observation.ts'
import type { ReadAll } from '../../src/pipeline/read/read-sources.ts'
import { loadRegistry } from '../../src/pipeline/sources/registry.ts'
import { readRealSources } from '../helpers/real-data.ts'

const g = loadGeography()
const COUNTY = 'E10000009'
const COUNCIL = 'E06000059'
const BEFORE = new Set(['E06000028', 'E06000029']) // Bournemouth, Poole
const AFTER = new Set(['E06000058']) // Bournemouth, Christchurch and Poole
const formats = new Map(loadRegistry().map((s) => [s.id, s.format]))

/**
 * Periods whose rows give figures for both sides, so that they cannot decide: each with what the
 * file does there. Files keyed by code carry Dorset's code in each row.
 */
const BOTH_SIDES: Record<string, string> = {
  'd2i-absence-by-sen|201819': 'keyed by code: the extract carries the old and the new councils for 2018/19',
  // LAIT keys every row by DfE number and back-casts or keeps councils measure by measure.
  ...Object.fromEntries(['201516', '201617', '201718', '201819', '201920', '202021'].map((p) => [`lait-send|${p}`, 'keyed by DfE number'])),
  // The spend table carries Bournemouth, Poole and Bournemouth, Christchurch and Poole in 2018-19
  // (a population without spend on one side): the period's start decides (April 2018: the county).
  'prepared-specialist-spend|201819': 'named: decided by the period (the county council area)',
}

let data: ReadAll
beforeAll(async () => {
  data = await readRealSources()
})

interface PeriodRows {
  before: boolean
  after: boolean
  dorset: Set<string>
}

function rowSets(observations: readonly Observation[]): Map<string, PeriodRows> {
  const out = new Map<string, PeriodRows>()
  for (const o of observations) {
    if (o.value === null) continue
    const key = `${o.source}|${o.period}`
    let r = out.get(key)
    if (!r) out.set(key, (r = { before: false, after: false, dorset: new Set() }))
    if (BEFORE.has(o.areaCode)) r.before = true
    if (AFTER.has(o.areaCode)) r.after = true
    if (o.areaCode === COUNTY || o.areaCode === COUNCIL) r.dorset.add(o.areaCode)
  }
  return out
}

describe("Dorset is placed by each file's own rows, in every family of sources", () => {
  it('a Dorset figure sits on the side of the reorganisation its period’s rows show', () => {
    const checked = new Map<string, number>()
    const wrong: string[] = []
    const both: string[] = []
    for (const [key, r] of rowSets(data.observations)) {
      if (r.dorset.size === 0) continue
      const format = formats.get(key.split('|')[0]!)!
      if (r.before && r.after) {
        both.push(key)
        continue
      }
      const expected = r.before ? COUNTY : r.after ? COUNCIL : undefined
      if (expected === undefined || [...r.dorset].some((code) => code !== expected)) wrong.push(`${key}: ${[...r.dorset].join(' ')}`)
      checked.set(format, (checked.get(format) ?? 0) + 1)
    }
    expect(wrong).toEqual([])
    expect(both.sort()).toEqual(Object.keys(BOTH_SIDES).sort())
    // Every family that gives Dorset a figure is checked: by code (EES CSVs, Data to Insight, ONS),
    // by name (the Inclusion Dashboard tables), by DfE number (LAIT, the DSG workbooks) and by both
    // (the SEND Tribunal table); each with the number of source periods it gives Dorset a figure in.
    expect(Object.fromEntries([...checked].sort())).toEqual({
      'd2i-long': 11,
      'dfe-prepared': 68,
      'dsg-ods': 4,
      'ees-csv': 147,
      'lait-long': 12,
      'ons-mye-xlsx': 2,
      'tribunal-table': 11,
    })
  })

  it('the Inclusion Dashboard tables: 2018/19 is the new council where the rows name Bournemouth, Christchurch and Poole', () => {
    const index = new ObservationIndex(data.observations)
    const at = (id: string, area: string, period: string) =>
      computeMetric(metricById(id)!, index, g).values.find((v) => v.area === area && v.period === period)
    // Phonics 2018/19, no SEN: 2,615 of 2,968 (88.1%), the new council's, not the county's.
    expect(at('phonics_expected_no_sen', COUNCIL, '201819')).toMatchObject({ numerator: 2615, denominator: 2968 })
    expect(at('phonics_expected_no_sen', COUNTY, '201819')?.numerator ?? null).toBeNull()
    // Ofsted's judgements of 2019 (a calendar year that began before April): the new council's.
    expect(at('special_schools_good_or_outstanding_pct', COUNCIL, '2019')).toMatchObject({ numerator: 5, denominator: 5 })
    // 16-18 destinations 2019/20, no SEN: the new council's row (86.8% of 1,716); the county's
    // old code, left with a cohort of 1, is set aside.
    expect(at('destination_16_18_sustained_no_sen', COUNCIL, '201920')?.value).toBe(86.8)
    expect(at('destination_16_18_sustained_no_sen', COUNTY, '201920')).toBeUndefined()
  })

  it('the SEND Tribunal table: the years with Bournemouth and Poole are the county’s, those with Bournemouth, Christchurch and Poole the new council’s', () => {
    const dorset = data.observations.filter(
      (o) => o.source === 'ehcp-2025-tribunal' && o.measure === 'appealable_decisions' && (o.areaCode === COUNTY || o.areaCode === COUNCIL),
    )
    expect(dorset.filter((o) => o.areaCode === COUNTY).map((o) => o.period)).toEqual(['2014', '2015', '2016', '2017', '2018'])
    expect(dorset.filter((o) => o.areaCode === COUNCIL).map((o) => o.period)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024'])
  })
})
