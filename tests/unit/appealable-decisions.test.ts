// The tribunal table's appealable decisions against their four parts, on a fixture table with a
// swapped pair (Central Bedfordshire and Cambridgeshire, 2024) and hand-made parts. Each rebuilt
// figure is worked out in a comment.
import { describe, expect, it } from 'vitest'
import { ConfigError, SourceDataError } from '../../src/pipeline/errors.ts'
import { APPEALABLE_DECISIONS, checkAppealableDecisions, type DecisionsCheck } from '../../src/pipeline/read/appealable-decisions.ts'
import { breakdownOf, type Observation } from '../../src/pipeline/read/observation.ts'
import { readTribunalTable, type TribunalSpec } from '../../src/pipeline/read/tribunal-table.ts'
import { ENGLAND, observation } from '../helpers/metric-fixtures.ts'
import { fixture, inputFor, realGeography } from '../helpers/read-input.ts'

const g = realGeography()
const FILE = fixture('tribunal/swapped-pair.csv')
const CENTRAL_BEDFORDSHIRE = 'E06000056'
const CAMBRIDGESHIRE = 'E10000003'
const BCP = 'E06000058'
const DORSET = 'E06000059'
const SWAP = [{ year: '2024', measure: 'appealable_decisions', labels: ['Cambridgeshire', 'Central Bedfordshire'] }] as const
const spec: TribunalSpec = {
  format: 'tribunal-table',
  uncodedAreas: { Bournemouth: '837' },
  codeCorrections: {},
  formerAreaYears: { Dorset: { number: '835' } },
  swappedCells: SWAP,
}
const table = (s: Partial<TribunalSpec> = {}) => readTribunalTable(inputFor(FILE), { ...spec, ...s }).observations
const config: DecisionsCheck = { ...APPEALABLE_DECISIONS, tribunal: 'test-source', swaps: SWAP, known: [] }

const topic = (t: string) => breakdownOf({ breakdown_topic: t, breakdown: t })
/** The four parts for 2024: refused requests and assessments without a plan in 2024, plans in January 2025, plans ceased in 2024. */
function parts(area: string, [refused, notIssued, plans, needsMet]: [number, number, number, number]): Observation[] {
  const calendar = { period: '2024', periodKind: 'calendar_year' as const, area }
  return [
    observation({
      ...calendar,
      source: 'ehcp-2025-requests',
      measure: 'requests_decided_not_to_assess',
      breakdown: topic('All requests for EHC needs assessments'),
      value: refused,
    }),
    observation({
      ...calendar,
      source: 'ehcp-2025-assessments',
      measure: 'assess_not_issued',
      breakdown: topic('All EHC needs assessments'),
      value: notIssued,
    }),
    observation({
      source: 'ehcp-2025-caseload',
      measure: 'ehcplans',
      breakdown: topic('All EHC plans'),
      area,
      period: '202425',
      periodKind: 'academic_year',
      value: plans,
    }),
    observation({
      ...calendar,
      source: 'ehcp-2025-ceased-plans',
      measure: 'needs_met',
      breakdown: topic('All ceased EHC plans'),
      value: needsMet,
    }),
  ]
}
// Central Bedfordshire 300 + 39 + 4,035 + 36 = 4,410 (printed in Cambridgeshire's row: exact).
// Cambridgeshire 158 + 72 + 8,007 + 1 = 8,238 (printed in Central Bedfordshire's: 8,246, 0.1% apart).
// BCP 295 + 170 + 4,432 + 25 = 4,922 (4,977 published, 1.1% apart). Dorset 200 + 20 + 4,380 + 22 =
// 4,622 (exact). England 38,889 + 6,404 + 638,745 + 3,955 = 687,993 (689,739 published, 0.25%).
const PARTS: Record<string, [number, number, number, number]> = {
  [CENTRAL_BEDFORDSHIRE]: [300, 39, 4035, 36],
  [CAMBRIDGESHIRE]: [158, 72, 8007, 1],
  [BCP]: [295, 170, 4432, 25],
  [DORSET]: [200, 20, 4380, 22],
  [ENGLAND]: [38889, 6404, 638745, 3955],
}
const allParts = (overrides: Record<string, [number, number, number, number]> = {}) =>
  Object.entries({ ...PARTS, ...overrides }).flatMap(([area, p]) => parts(area, p))
const check = (obs: Observation[], c: Partial<DecisionsCheck> = {}) => checkAppealableDecisions(obs, g, FILE, { ...config, ...c })
const failure = (fn: () => unknown): SourceDataError => {
  try {
    fn()
  } catch (e) {
    if (e instanceof SourceDataError) return e
    throw e
  }
  throw new Error('expected a SourceDataError')
}

describe('appealable decisions rebuilt from their four parts', () => {
  it('accept the corrected table, and give the evidence for the swap', () => {
    const notes = check([...table(), ...allParts()])
    expect(notes[0]).toMatch(
      /for 2024 to 2024, after the correction of 1 swapped pair: of 5 figures for England and local authorities, 2 equal the rebuilt figure, 3 are within 5\.0% of it and 0 are further apart/,
    )
    expect(notes[1]).toBe(
      "2024: Cambridgeshire's appealable decisions are the 8,246 printed in Central Bedfordshire's row, and Central Bedfordshire's the 4,410 printed in Cambridgeshire's: rebuilt from the EHC plan files (requests refused + assessments not leading to a plan + plans the next January + plans ceased because needs were met), Cambridgeshire 158 + 72 + 8,007 + 1 = 8,238; Central Bedfordshire 300 + 39 + 4,035 + 36 = 4,410.",
    )
  })

  it('stop the build on the table as printed, at the row and column of each swapped figure', () => {
    const e = failure(() => check([...table({ swappedCells: [] }), ...allParts()], { swaps: [] }))
    // |8,246 − 4,410| / 8,246 = 46.5%; |4,410 − 8,238| / 4,410 = 86.8%.
    expect(e.location).toEqual({ file: FILE, row: 6, column: '2024 appealable_decisions' })
    expect(e.message).toContain(
      "Central Bedfordshire's 2024 appealable decisions, 8,246, are 46.5% from the 4,410 rebuilt from the EHC plan files",
    )
    expect(e.message).toContain(
      'row 7, column "2024 appealable_decisions": Cambridgeshire\'s 2024 appealable decisions, 4,410, are 86.8% from the 8,238 rebuilt',
    )
  })

  it('keep a listed difference with its reason, and stop when a listed one no longer differs', () => {
    // Dorset with 4,000 plans: 200 + 20 + 4,000 + 22 = 4,242, 8.2% below the published 4,622.
    const lower = allParts({ [DORSET]: [200, 20, 4000, 22] })
    expect(() => check([...table(), ...lower])).toThrow(/Dorset's 2024 appealable decisions, 4,622, are 8\.2% from the 4,242 rebuilt/)
    const notes = check([...table(), ...lower], { known: [{ area: DORSET, year: '2024', reason: 'a reason' }] })
    expect(notes).toContain(
      '2024 Dorset: published 4,622, rebuilt requests refused 200 + assessments not leading to a plan 20 + plans the next January 4,000 + plans ceased because needs were met 22 = 4,242 (8.2% apart); kept as published: a reason.',
    )
    expect(() => check([...table(), ...allParts()], { known: [{ area: DORSET, year: '2024', reason: 'a reason' }] })).toThrow(
      /Dorset 2024 is listed in KNOWN_DIFFERENCES, but its published figure is now within 5\.0% of the rebuilt one/,
    )
    expect(() => check([...table(), ...allParts()], { known: [{ area: DORSET, year: '2023', reason: 'a reason' }] })).toThrow(
      /KNOWN_DIFFERENCES lists Dorset 2023, which cannot be rebuilt or is not in the table: remove it/,
    )
  })

  it('stop the build when a listed swap is not borne out', () => {
    // Dorset and BCP fit as printed; "correcting" them puts each 7% to 8% away.
    const swap = [{ year: '2024', measure: 'appealable_decisions', labels: ['Dorset', 'Bournemouth, Christchurch and Poole'] }] as const
    const e = failure(() => check([...table({ swappedCells: swap }), ...allParts()], { swaps: swap }))
    expect(e.message).toContain(
      'swappedCells lists Dorset and Bournemouth, Christchurch and Poole for 2024, but the figures as printed already fit',
    )
  })

  it('stop the build when no figure can be rebuilt (a part source is not read)', () => {
    expect(() => check(table())).toThrow(ConfigError)
    expect(() => check(table())).toThrow(/cannot be checked: none can be rebuilt from ehcp-2025-requests, ehcp-2025-assessments/)
  })
})
