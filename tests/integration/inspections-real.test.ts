// Area SEND inspections on the real files, against the files themselves read here independently:
// the latest outcome of every LA counted by grade (England and each region) straight from D2I's
// two CSVs and DfE's prepared table, a few LAs checked by hand against their report rows, and the
// 2017 inspections of Dorset and Northamptonshire that only the workbook's notes give.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadGeography } from '../../src/pipeline/geography/areas.ts'
import { inspectionsFromSources } from '../../src/pipeline/inspections/from-sources.ts'
import type { ReadAll } from '../../src/pipeline/read/read-sources.ts'
import { mirrorsFromEnv } from '../../src/pipeline/sources/fetch.ts'
import { loadRegistry } from '../../src/pipeline/sources/registry.ts'
import { latestOutcome } from '../../src/site/inspection-view.ts'
import { readRealSources } from '../helpers/real-data.ts'
import type { LaInspections } from '../../src/contract/schemas.ts'

const g = loadGeography()
let data: ReadAll
let inspections: Record<string, LaInspections>

/** A mirror CSV as records of strings, read here with papaparse, not the project's readers. */
function csv(path: string): Array<Record<string, string>> {
  const text = readFileSync(join(mirrorsFromEnv()[0]!, path), 'utf8').replace(/^\uFEFF/, '')
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data
}
const D2I = 'ofsted/d2i_area_send_inspections_2023_framework_20260629.csv'
const LOOKUP = 'ofsted/d2i_la_ofsted_provider_lookup.csv'
const WORDS: Record<string, string> = {
  '1.0': 'Typically positive experiences and outcomes',
  '2.0': 'Inconsistent experiences and outcomes',
  '3.0': 'Widespread and/or systemic failings',
}

beforeAll(async () => {
  data = await readRealSources()
  inspections = inspectionsFromSources(data, loadRegistry(), g)
})

const byName = (name: string) => g.las.find((la) => la.name === name)!
const count = <T>(items: readonly T[], key: (x: T) => string) => {
  const out: Record<string, number> = {}
  for (const x of items) out[key(x)] = (out[key(x)] ?? 0) + 1
  return out
}

describe('area SEND inspections: the latest of every LA', () => {
  it('every LA has a latest inspection, its own, and a page on Ofsted’s reports site', () => {
    const frameworks = count(g.las, (la) => inspections[la.code]!.inspections[0]?.framework ?? 'none')
    // Printed for the record: how many LAs' latest inspection is under each framework.
    process.stdout.write(`latest inspection by framework: ${JSON.stringify(frameworks)}\n`)
    expect(frameworks).toEqual({ '2023': 96, '2016': 57 })
    for (const la of g.las) {
      expect(inspections[la.code]!.none, la.name).toBeNull()
      expect(inspections[la.code]!.ofstedPage, la.name).toMatch(/^https:\/\/reports\.ofsted\.gov\.uk\/provider\/44\/\d+$/)
    }
  })

  it('counts latest outcomes under the 2023 framework as D2I’s table does, for England and each region (regions from D2I’s own lookup)', () => {
    const rows = csv(D2I)
    const regionOfNumber = new Map(csv(LOOKUP).map((r) => [r.la_code!, r.region_name!]))
    const expected = count(rows, (r) => `${regionOfNumber.get(r.la_code!)}|${r.outcome_grade}`)
    const england = count(rows, (r) => r.outcome_grade!)
    expect(england).toEqual({ '1.0': 19, '2.0': 52, '3.0': 24, NaN: 1 })
    const latest2023 = g.las.filter((la) => inspections[la.code]!.inspections[0]?.framework === '2023')
    const grade = (la: (typeof g.las)[number]) => {
      const outcome = latestOutcome(inspections[la.code]!)
      return Object.keys(WORDS).find((k) => WORDS[k] === outcome) ?? 'NaN'
    }
    expect(count(latest2023, grade)).toEqual(england)
    const regionName = (code: string) => g.regions.find((r) => r.code === code)!.name
    const actual = count(latest2023, (la) => `${regionName(la.regionCode!)}|${grade(la)}`)
    // D2I's lookup spells one region "Yorkshire and the Humber", the project "Yorkshire and The Humber".
    const fold = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v]))
    expect(fold(actual)).toEqual(fold(expected))
  })

  it('counts the others by their 2016-framework outcome as DfE’s prepared table gives it', () => {
    const inD2i = new Set(csv(D2I).map((r) => r.la_code))
    const others = g.las.filter((la) => !inD2i.has(la.oldLaCode))
    const dfe = new Map(csv('dfe-inclusion-dashboard-prepared/ofsted.csv').map((r) => [r.la_code!, r]))
    const wsoa = 'Inspection outcome: written statement of action required? (previous inspection framwork)'
    const expected = count(
      others,
      (la) => (dfe.get(la.code) ?? dfe.get(g.recodes.find((r) => r.toCode === la.code)?.fromCode ?? ''))![wsoa]!,
    )
    expect(expected).toEqual({ Yes: 31, No: 26 })
    expect(count(others, (la) => latestOutcome(inspections[la.code]!))).toEqual({
      'Written statement of action required': expected.Yes,
      'No written statement of action required': expected.No,
    })
  })

  it('gives D2I’s provider number of each LA in both its files', () => {
    const urn = new Map(csv(LOOKUP).map((r) => [r.la_code!, r.urn!]))
    for (const r of csv(D2I)) expect(urn.get(r.la_code!), r.local_authority).toBe(r.urn)
  })
})

describe('area SEND inspections: LAs checked by hand against their rows', () => {
  it('Birmingham (row 4): inconsistent, inspected 23 to 27 June 2025, published 15 August 2025, next within 3 years', () => {
    const r = inspections[byName('Birmingham').code]!
    expect(r.inspections[0]).toMatchObject({
      framework: '2023',
      started: '2025-06-23',
      ended: '2025-06-27',
      published: '2025-08-15',
      outcome: 'Inconsistent experiences and outcomes',
      next: { kind: 'full', within: '3 years', by: '2028-06-23' },
      report: 'https://files.ofsted.gov.uk/v1/file/50284703',
      row: 4,
    })
    expect(r.inspections[1]).toMatchObject({ framework: '2016', writtenStatementRequired: true })
    expect(r.ofstedPage).toBe('https://reports.ofsted.gov.uk/provider/44/80429')
  })

  it('Cumberland: its own 2025 inspection, though D2I files it under Cumbria’s code; Cumbria’s 2019 one as its predecessor’s', () => {
    const r = inspections[byName('Cumberland').code]!
    expect(r.inspections.map((i) => [i.published, i.outcome])).toEqual([['2025-09-09', 'Inconsistent experiences and outcomes']])
    expect(r.predecessors.map((p) => [p.name, p.inspections[0]!.published, p.ofstedPage])).toEqual([
      ['Cumbria', '2019-05-22', 'https://reports.ofsted.gov.uk/provider/44/135513'],
    ])
  })

  it('Hertfordshire: the same inspection in Ofsted’s management information and D2I’s table, shown once with its priority action plan', () => {
    const r = inspections[byName('Hertfordshire').code]!
    const of2023 = r.inspections.filter((i) => i.framework === '2023')
    expect(of2023).toHaveLength(1)
    expect(of2023[0]).toMatchObject({
      published: '2023-11-10',
      outcome: 'Widespread and/or systemic failings',
      priorityActionPlan: true,
      next: { kind: 'monitoring', within: '18 months', by: '2025-01-10' },
      source: 'd2i-area-send-inspections-2023-framework',
      alsoIn: [{ source: 'ofsted-area-send-2023-framework', row: 8 }],
    })
  })

  it('Slough, Cambridgeshire: what D2I could not take from the report is left out, not guessed', () => {
    const slough = inspections[byName('Slough').code]!.inspections[0]!
    expect(slough.published).toBe('2025-11-06')
    expect(slough.outcome).toBeUndefined()
    expect(slough.next).toBeUndefined()
    expect(latestOutcome(inspections[byName('Slough').code]!)).toMatch(/not in the files/)
    const cambs = inspections[byName('Cambridgeshire').code]!.inspections[0]!
    expect([cambs.started, cambs.ended, cambs.published, cambs.outcome]).toEqual([
      undefined,
      undefined,
      '2025-05-13',
      'Inconsistent experiences and outcomes',
    ])
  })

  it('Dorset and the Northamptonshires: the 2017 inspections of the councils they replaced, as the workbook’s notes and DfE’s table give them', () => {
    const dfe = new Map(csv('dfe-inclusion-dashboard-prepared/ofsted.csv').map((r) => [r.la_name!, r]))
    const dorset = inspections[byName('Dorset').code]!
    expect(dorset.inspections[0]).toMatchObject({ published: '2024-05-15', outcome: 'Typically positive experiences and outcomes' })
    const county = dorset.predecessors.find((p) => p.code === 'E10000009')!.inspections[0]!
    expect(county).toMatchObject({ framework: '2016', month: '2017-01', writtenStatementRequired: true })
    const dfeDorset = dfe.get('Dorset')!
    expect(county.month).toBe(dfeDorset['Publication date (previous inspection framework)']!.slice(0, 7))
    expect(county.revisit).toEqual({ month: '2019-02', sufficientProgressOnAll: 'Some' })
    expect(
      dfeDorset['Revisit outcome: sufficient progress in addressing all significant weaknesses? (previous inspection framework)'],
    ).toBe('Some')
    // D2I's row gives the end of the previous inspection its report names: in the same month.
    expect(csv(D2I).find((r) => r.local_authority === 'dorset')!.previous_inspection_date).toMatch(/\/01\/2017$/)
    for (const name of ['North Northamptonshire', 'West Northamptonshire']) {
      const r = inspections[byName(name).code]!
      expect(r.inspections[0]!.outcome, name).toBe('Widespread and/or systemic failings')
      const northants = r.predecessors.find((p) => p.name === 'Northamptonshire')!
      expect(northants.inspections).toEqual([expect.objectContaining({ month: '2017-05', writtenStatementRequired: false })])
      expect(northants.ofstedPage).toBe('https://reports.ofsted.gov.uk/provider/44/121939')
    }
    expect(dfe.get('Northamptonshire')!['Publication date (previous inspection framework)']).toMatch(/^2017-05/)
  })
})
