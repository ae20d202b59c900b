import { describe, expect, it } from 'vitest'
import { drawAssignments } from '../../src/pipeline/programme/assignments.ts'
import { designFromGeography, indexDesign, SMALL_NUMBER_LAS } from '../../src/pipeline/programme/design.ts'
import { loadChangeProgramme } from '../../src/pipeline/geography/change-programme.ts'
import { realGeography } from '../helpers/read-input.ts'
import { syntheticDesign } from './programme-synthetic.ts'

const design = indexDesign(syntheticDesign())

describe('the design', () => {
  it('leaves out the City of London and the Isles of Scilly, and keeps 32 pilots in 9 regions', () => {
    expect(design.codes).toHaveLength(151)
    for (const code of SMALL_NUMBER_LAS) expect(design.index.has(code)).toBe(false)
    expect(design.pilot.reduce((n, p) => n + p, 0)).toBe(32)
    expect(design.strata.map((s) => s.pilots)).toEqual([4, 4, 4, 3, 4, 3, 4, 4, 2]) // E12000001 ... E12000009
    expect(design.strata.every((s) => s.partnership !== null)).toBe(true)
  })
  it('from the geography: the small-number LAs are the ones the geography flags', () => {
    const g = realGeography()
    const d = designFromGeography(g, loadChangeProgramme(g), new Map())
    expect(d.excluded).toEqual(SMALL_NUMBER_LAS)
  })
  it('refuses a pilot without a region or among the LAs left out', () => {
    const base = syntheticDesign()
    expect(() => indexDesign({ ...base, partnership: new Map([...base.partnership, ['E09000001', 'London']]) })).toThrow(/left out/)
    expect(() => indexDesign({ ...base, partnership: new Map([...base.partnership, ['X1', 'London']]) })).toThrow(/no region/)
  })
})

describe('the redraws', () => {
  const a = drawAssignments(design, 2000, 99)
  const assignment = (k: number) => [...a.members.subarray(k * a.size, (k + 1) * a.size)]

  it('start with the real pilots', () => {
    expect(assignment(0).every((i) => design.pilot[i] === 1)).toBe(true)
    expect(new Set(assignment(0)).size).toBe(32)
  })
  it("keep the pilots' regional split, with no LA twice", () => {
    for (let k = 1; k < a.count; k++) {
      const members = assignment(k)
      expect(new Set(members).size).toBe(32)
      design.strata.forEach((s, r) => {
        const slots = members.slice(a.slots[r]!.start, a.slots[r]!.end)
        expect(slots.every((i) => s.members.includes(i))).toBe(true)
      })
    }
  })
  it('pick every LA of a region about equally often', () => {
    // North East (first stratum): 4 of 12 LAs each time, so each LA in about a third of redraws.
    const ne = design.strata[0]!
    const counts = ne.members.map((i) => {
      let n = 0
      for (let k = 1; k < a.count; k++) if (assignment(k).includes(i)) n++
      return n / (a.count - 1)
    })
    for (const c of counts) expect(c).toBeCloseTo(ne.pilots / ne.members.length, 1)
  })
  it("leave out of each pseudo-pilot's matched neighbours those in the same assignment", () => {
    for (const k of [0, 1, 500, 2000]) {
      const members = new Set(assignment(k))
      for (let s = 0; s < a.size; s++) {
        const i = assignment(k)[s]!
        const left = [...a.unmatched.subarray(a.unmatchedStart[k * a.size + s]!, a.unmatchedStart[k * a.size + s + 1]!)]
        expect(left).toEqual(design.neighbours[i]!.filter((n) => members.has(n)))
      }
    }
  })
  it('are the same for the same seed and differ for another', () => {
    expect(drawAssignments(design, 50, 99).members).toEqual(a.members.subarray(0, 51 * a.size))
    expect(drawAssignments(design, 50, 100).members).not.toEqual(a.members.subarray(0, 51 * a.size))
  })
})
